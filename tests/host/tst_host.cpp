// The host's resources without a daemon: address ranges, network and pool XML written and read
// back, the checks that refuse a clashing subnet or a bad name before libvirt is asked, which VM
// uses what; then networks, pools and volumes managed through libvirt's test driver, whose state
// afterwards is what a user would look at (virsh on the same connection's objects).
#include "core/Connection.h"
#include "core/Validation.h"
#include "host/HostOverview.h"
#include "host/ResourceUsage.h"
#include "networks/Networks.h"
#include "storage/StoragePools.h"
#include "storage/Volumes.h"
#include "support/LibraryWait.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using Vireo::Test::complete;

class TstHost : public QObject
{
    Q_OBJECT
    std::unique_ptr<Connection> m_conn;
    QTemporaryDir m_dir;

    QList<std::pair<Subnet, QString>> taken(const QStringList &cidrs)
    {
        QList<std::pair<Subnet, QString>> list;
        for (const QString &c : cidrs)
            list.append({Subnet::parse(c), QStringLiteral("the network '%1'").arg(c)});
        return list;
    }

    /// The connection's cached network called `name` (events keep it current), if any.
    std::optional<NetworkInfo> network(const QString &name) const
    {
        for (const NetworkInfo &n : m_conn->networks())
            if (n.name == name)
                return n;
        return std::nullopt;
    }
    std::optional<StoragePoolInfo> pool(const QString &name) const
    {
        for (const StoragePoolInfo &p : m_conn->storagePools())
            if (p.name == name)
                return p;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("test:///default"));
        QSignalSpy up(m_conn.get(), &Connection::networksReset);
        m_conn->open();
        QVERIFY(up.wait(10000));
    }

    void subnets()
    {
        const Subnet a = Subnet::parse(QStringLiteral("192.168.122.1/24"));
        QVERIFY(a.isValid());
        QCOMPARE(a.toString(), QStringLiteral("192.168.122.0/24"));
        QCOMPARE(a.host(1), QStringLiteral("192.168.122.1"));
        QCOMPARE(a.host(254), QStringLiteral("192.168.122.254"));
        QVERIFY(a.host(256).isEmpty());
        QVERIFY(a.overlaps(Subnet::parse(QStringLiteral("192.168.0.0/16"))));
        QVERIFY(a.overlaps(Subnet::parse(QStringLiteral("192.168.122.128/25"))));
        QVERIFY(!a.overlaps(Subnet::parse(QStringLiteral("192.168.123.0/24"))));
        QVERIFY(!a.overlaps(Subnet::parse(QStringLiteral("fd00::/64"))));
        const Subnet v6 = Subnet::parse(QStringLiteral("fd00:100::1/64"));
        QCOMPARE(v6.toString(), QStringLiteral("fd00:100::/64"));
        QCOMPARE(v6.host(2), QStringLiteral("fd00:100::2"));
        QCOMPARE(v6.host(0x1ff), QStringLiteral("fd00:100::1ff"));
        for (const char *bad : {"192.168.1.0", "300.1.1.1/24", "10.0.0.0/33", "x/8", ""})
            QVERIFY2(!Subnet::parse(QLatin1String(bad)).isValid(), bad);
        // The first free /24 from 192.168.100 up, around what is taken.
        QCOMPARE(proposeSubnet({Subnet::parse(QStringLiteral("192.168.100.0/24")),
                                Subnet::parse(QStringLiteral("192.168.101.0/25"))})
                     .toString(),
                 QStringLiteral("192.168.102.0/24"));
        QCOMPARE(proposeSubnet({Subnet::parse(QStringLiteral("192.168.0.0/16"))}).toString(),
                 QStringLiteral("10.0.0.0/24"));
    }

    void sizes()
    {
        QCOMPARE(parseSize(QStringLiteral("512M")), quint64(512) << 20);
        QCOMPARE(parseSize(QStringLiteral("2 GiB")), quint64(2) << 30);
        QCOMPARE(parseSize(QStringLiteral("1.5g")), quint64(3) << 29);
        QCOMPARE(parseSize(QStringLiteral("64K")), quint64(64) << 10);
        QCOMPARE(parseSize(QStringLiteral("20GB")), quint64(20) << 30);
        QCOMPARE(parseSize(QStringLiteral("100")), quint64(100) << 20);
        for (const char *bad : {"", "G", "-5G", "five", "1X", "+3M"})
            QVERIFY2(parseSize(QLatin1String(bad)) == 0, bad);
        QCOMPARE(sizeText(quint64(3) << 29), QStringLiteral("1.5 GiB"));
        QCOMPARE(sizeText(quint64(512) << 20), QStringLiteral("512 MiB"));
        QCOMPARE(sizeText(800 * 1024), QStringLiteral("800 KiB"));
    }

    void networkXmlRoundTrip()
    {
        NetworkSpec spec;
        spec.name = QStringLiteral("lab net ü");
        spec.ipv4 = QStringLiteral("10.20.30.0/24");
        spec.ipv6 = QStringLiteral("fd00:20::/64");
        spec.domainName = QStringLiteral("lab");
        const NetworkDetails d = NetworkDetails::fromXml(spec.toXml());
        QCOMPARE(d.name, spec.name);
        QCOMPARE(d.forwardMode, QStringLiteral("nat"));
        QCOMPARE(d.modeText(), QStringLiteral("NAT"));
        QCOMPARE(d.domainName, QStringLiteral("lab"));
        QCOMPARE(d.ips.size(), 2);
        QCOMPARE(d.ips[0].address, QStringLiteral("10.20.30.1"));
        QCOMPARE(d.ips[0].prefix, 24);
        QCOMPARE(d.ips[0].dhcpStart, QStringLiteral("10.20.30.2"));
        QCOMPARE(d.ips[0].dhcpEnd, QStringLiteral("10.20.30.254"));
        QCOMPARE(d.ips[1].family, QStringLiteral("ipv6"));
        QCOMPARE(d.ips[1].subnet().toString(), QStringLiteral("fd00:20::/64"));

        spec.mode = NetworkSpec::Mode::Isolated;
        spec.ipv6.clear();
        spec.dhcp = false;
        const NetworkDetails iso = NetworkDetails::fromXml(spec.toXml());
        QVERIFY(iso.forwardMode.isEmpty());
        QCOMPARE(iso.modeText(), QStringLiteral("Isolated"));
        QVERIFY(iso.ips[0].dhcpStart.isEmpty());

        spec.mode = NetworkSpec::Mode::Bridge;
        spec.bridge = QStringLiteral("br0");
        const NetworkDetails br = NetworkDetails::fromXml(spec.toXml());
        QCOMPARE(br.modeText(), QStringLiteral("Host bridge br0"));
        QVERIFY(br.ips.isEmpty());

        // What libvirt writes: netmask instead of prefix, fixed hosts, DNS entries.
        const NetworkDetails lv = NetworkDetails::fromXml(QStringLiteral(
            "<network><name>n</name><forward mode='route' dev='eth1'/><bridge name='virbr9'/>"
            "<dns><host ip='10.9.0.5'><hostname>db</hostname><hostname>db.lab</hostname></host>"
            "</dns><ip address='10.9.0.1' netmask='255.255.0.0'><dhcp><range start='10.9.0.2' "
            "end='10.9.0.99'/><host mac='52:54:00:00:00:01' name='web' ip='10.9.0.10'/></dhcp>"
            "</ip></network>"));
        QCOMPARE(lv.modeText(), QStringLiteral("Routed via eth1"));
        QCOMPARE(lv.ips[0].prefix, 16);
        QCOMPARE(lv.ips[0].hosts.size(), 1);
        QCOMPARE(lv.ips[0].hosts[0].ip, QStringLiteral("10.9.0.10"));
        QCOMPARE(lv.dnsHosts.size(), 1);
        QCOMPARE(lv.dnsHosts[0].hostnames,
                 (QStringList{QStringLiteral("db"), QStringLiteral("db.lab")}));
    }

    void networkSpecRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("ipv4");
        QTest::addColumn<QString>("bridge");
        QTest::addColumn<QString>("expected"); // part of the message; empty: accepted
        const int nat = int(NetworkSpec::Mode::Nat);
        QTest::newRow("fine, spaces and unicode") << "lab net ü" << nat << "192.168.150.0/24"
                                                  << ""
                                                  << "";
        QTest::newRow("overlap") << "lab" << nat << "192.168.122.128/25"
                                 << ""
                                 << "overlaps 192.168.122.0/24, used by the network";
        QTest::newRow("host route") << "lab" << nat << "172.17.5.0/24"
                                    << ""
                                    << "the host's route via docker0";
        QTest::newRow("taken name") << "default" << nat << "192.168.150.0/24"
                                    << ""
                                    << "already";
        QTest::newRow("slash") << "a/b" << nat << "192.168.150.0/24"
                               << ""
                               << "'/'";
        QTest::newRow("empty") << "" << nat << "192.168.150.0/24"
                               << ""
                               << "needs a name";
        QTest::newRow("not a range") << "lab" << nat << "192.168.150.7"
                                     << ""
                                     << "not an IPv4";
        QTest::newRow("too large") << "lab" << nat << "10.0.0.0/6"
                                   << ""
                                   << "too large";
        QTest::newRow("bridge exists") << "lab" << nat << "192.168.150.0/24"
                                       << "virbr0"
                                       << "already";
        QTest::newRow("host bridge missing") << "lab" << int(NetworkSpec::Mode::Bridge) << ""
                                             << "br7"
                                             << "no bridge";
        QTest::newRow("host bridge") << "lab" << int(NetworkSpec::Mode::Bridge) << ""
                                     << "br0"
                                     << "";
    }
    void networkSpecRefusals()
    {
        QFETCH(QString, name);
        QFETCH(int, mode);
        QFETCH(QString, ipv4);
        QFETCH(QString, bridge);
        QFETCH(QString, expected);
        NetworkSpec spec;
        spec.name = name;
        spec.mode = NetworkSpec::Mode(mode);
        spec.ipv4 = ipv4;
        spec.bridge = bridge;
        auto used = taken({QStringLiteral("192.168.122.0/24")});
        used.append({Subnet::parse(QStringLiteral("172.17.0.0/16")),
                     QStringLiteral("the host's route via docker0")});
        const QString problem = spec.check(
            used, {QStringLiteral("virbr0"), QStringLiteral("br0"), QStringLiteral("eth0")},
            {QStringLiteral("default")});
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void usageFromDomainXml()
    {
        const DomainUsage u = DomainUsage::fromXml(QStringLiteral(
            "<domain><name>web</name><devices>"
            "<disk type='file'><source file='/p/web.qcow2'/><backingStore type='file'>"
            "<source file='/p/base.qcow2'/></backingStore></disk>"
            "<disk type='volume'><source pool='fast' volume='data'/></disk>"
            "<interface type='network'><mac address='52:54:00:AA:00:01'/>"
            "<source network='lab' bridge='virbr5'/></interface>"
            "<interface type='bridge'><mac address='52:54:00:aa:00:02'/><source bridge='br0'/>"
            "</interface></devices></domain>"));
        QCOMPARE(u.diskPaths,
                 (QStringList{QStringLiteral("/p/web.qcow2"), QStringLiteral("/p/base.qcow2")}));
        QCOMPARE(u.volumes.size(), 1);
        QCOMPARE(u.networks, QStringList{QStringLiteral("lab")});
        QCOMPARE(u.bridges, (QStringList{QStringLiteral("virbr5"), QStringLiteral("br0")}));
        QCOMPARE(u.macs.first().first, QStringLiteral("52:54:00:aa:00:01"));
        QList<DomainUsage> all{u};
        QCOMPARE(networkUsers(all, QStringLiteral("lab")).size(), 1);
        QCOMPARE(networkUsers(all, QStringLiteral("other"), QStringLiteral("br0")).size(), 1);
        QCOMPARE(networkUsers(all, QStringLiteral("other")).size(), 0);
        QCOMPARE(volumeUsers(all, QStringLiteral("/p/base.qcow2")).size(), 1);
        QCOMPARE(volumeUsers(all, {}, QStringLiteral("fast"), QStringLiteral("data")).size(), 1);
    }

    void poolAndVolumeSpecs()
    {
        PoolSpec dir;
        dir.name = QStringLiteral("images");
        dir.path = m_dir.path() + QStringLiteral("/images");
        QVERIFY(dir.check({}, true).isEmpty());
        QVERIFY(dir.check({QStringLiteral("images")}, true).contains(QStringLiteral("already")));
        dir.build = false;
        QVERIFY(dir.check({}, true).contains(QStringLiteral("does not exist")));
        QFile file(m_dir.path() + QStringLiteral("/afile"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        dir.path = file.fileName();
        QVERIFY(dir.check({}, true).contains(QStringLiteral("is a file")));
        dir.path = QStringLiteral("relative");
        QVERIFY(dir.check({}, true).contains(QStringLiteral("absolute")));

        PoolSpec nfs;
        nfs.name = QStringLiteral("nas");
        nfs.type = QStringLiteral("netfs");
        nfs.path = QStringLiteral("/mnt/nas");
        QVERIFY(nfs.check({}, false).contains(QStringLiteral("server")));
        nfs.host = QStringLiteral("nas.lan");
        nfs.sourcePath = QStringLiteral("/export");
        QVERIFY(nfs.check({}, false).isEmpty());
        QVERIFY(nfs.toXml().contains(QStringLiteral("<format type=\"nfs\"/>")));
        QVERIFY(nfs.toXml().contains(QStringLiteral("<dir path=\"/export\"/>")));

        VolumeSpec v;
        v.name = QStringLiteral("disk ü.qcow2");
        QVERIFY(v.check().contains(QStringLiteral("size")));
        v.capacity = 1 << 30;
        QVERIFY(v.check().isEmpty());
        v.format = QStringLiteral("vmdk");
        QVERIFY(v.check().contains(QStringLiteral("qcow2 or raw")));
        v.format = QStringLiteral("raw");
        v.backingPath = QStringLiteral("/p/base.qcow2");
        QVERIFY(v.check().contains(QStringLiteral("overlay")));
    }

    // Through libvirt's test driver: what the engine does to networks, seen afterwards.
    void networkLifecycle()
    {
        NetworkSpec spec;
        spec.name = QStringLiteral("lab ü");
        spec.ipv4 = QStringLiteral("192.168.122.0/25");
        auto r = complete(Networks::create(m_conn.get(), spec));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("the network 'default'")), qPrintable(r.error));
        QCOMPARE(r.why.kind, Failure::Kind::InvalidInput);

        auto proposal = complete(Networks::proposeSubnet(m_conn.get()));
        QVERIFY(proposal.ok);
        spec.ipv4 = proposal.value.toString();
        QVERIFY(!Subnet::parse(spec.ipv4).overlaps(Subnet::parse("192.168.122.0/24")));
        r = complete(Networks::create(m_conn.get(), spec));
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(network(spec.name) && network(spec.name)->active
                                     && network(spec.name)->autostart,
                                 2000);
        auto state = complete(Networks::read(m_conn.get(), spec.name));
        QVERIFY(state.ok);
        const NetworkState s = state.value.value<NetworkState>();
        QCOMPARE(s.details.subnets().first().toString(), spec.ipv4);
        QVERIFY(s.users.isEmpty());

        QVERIFY(complete(Networks::setAutostart(m_conn.get(), spec.name, false)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(network(spec.name) && !network(spec.name)->autostart, 2000);
        QVERIFY(complete(Networks::stop(m_conn.get(), spec.name)).ok);
        QVERIFY(complete(Networks::remove(m_conn.get(), spec.name)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!network(spec.name), 2000);
    }

    void networkInUse()
    {
        // The test driver's running domain "test" has a NIC on "default".
        auto r = complete(Networks::stop(m_conn.get(), QStringLiteral("default")));
        QVERIFY(!r.ok);
        QCOMPARE(r.why.kind, Failure::Kind::NeedsConfirmation);
        QVERIFY2(r.error.contains(QStringLiteral("test (running)")), qPrintable(r.error));
        r = complete(Networks::remove(m_conn.get(), QStringLiteral("default"), true));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("while running VMs use it: test")),
                 qPrintable(r.error));
        // Nothing changed.
        auto state = complete(Networks::read(m_conn.get(), QStringLiteral("default")));
        QVERIFY(state.value.value<NetworkState>().active);
        QCOMPARE(state.value.value<NetworkState>().users.first().name, QStringLiteral("test"));
        r = complete(Networks::read(m_conn.get(), QStringLiteral("ghost")));
        QVERIFY(r.error.contains(QStringLiteral("no network called 'ghost'")));
    }

    void poolsAndVolumes()
    {
        PoolSpec spec;
        spec.name = QStringLiteral("scratch");
        spec.path = m_dir.path() + QStringLiteral("/scratch");
        auto r = complete(StoragePools::create(m_conn.get(), spec));
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(pool(spec.name) && pool(spec.name)->active(), 2000);
        auto types = complete(StoragePools::supportedTypes(m_conn.get()));
        QVERIFY(types.ok);
        QVERIFY(types.value.toStringList().contains(QStringLiteral("dir")));

        VolumeSpec vol{QStringLiteral("a disk.qcow2"), QStringLiteral("qcow2"), 64 << 20, {}};
        QVERIFY(complete(Volumes::create(m_conn.get(), spec.name, vol)).ok);
        r = complete(Volumes::create(m_conn.get(), spec.name, vol));
        QVERIFY(r.error.contains(QStringLiteral("already")));
        VolumeSpec huge{QStringLiteral("huge.raw"), QStringLiteral("raw"), quint64(1) << 50, {}};
        r = complete(Volumes::create(m_conn.get(), spec.name, huge));
        QCOMPARE(r.why.kind, Failure::Kind::NeedsConfirmation);
        QVERIFY(r.error.contains(QStringLiteral("more than the pool 'scratch' has free")));

        r = complete(Volumes::resize(m_conn.get(), spec.name, vol.name, 32 << 20));
        QVERIFY(r.error.contains(QStringLiteral("does not shrink")));
        // (Growing is tested on the real daemon: the test driver has no virStorageVolResize.)
        auto listed = complete(Volumes::listPool(m_conn.get(), spec.name));
        QVERIFY(listed.ok);
        const auto vols = listed.value.value<QList<VolumeInfo>>();
        QCOMPARE(vols.size(), 1);
        QCOMPARE(vols[0].name, vol.name);
        QCOMPARE(vols[0].capacity, quint64(64 << 20));
        QCOMPARE(vols[0].format, QStringLiteral("qcow2"));
        QVERIFY(vols[0].users.isEmpty());

        QVERIFY(complete(Volumes::remove(m_conn.get(), spec.name, vol.name)).ok);
        listed = complete(Volumes::listPool(m_conn.get(), spec.name));
        QVERIFY(listed.value.value<QList<VolumeInfo>>().isEmpty());
        QVERIFY(complete(StoragePools::remove(m_conn.get(), spec.name)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!pool(spec.name), 2000);
    }

    void overview()
    {
        auto r = complete(readHostOverview(m_conn.get()));
        QVERIFY2(r.ok, qPrintable(r.error));
        const HostOverview o = r.value.value<HostOverview>();
        // The test driver's made-up host: 16 CPUs in 2 NUMA cells.
        QCOMPARE(o.cpus, 16);
        QCOMPARE(o.numa.size(), 2);
        QVERIFY(!o.libvirtVersion.isEmpty());
        QVERIFY(o.memory > 0);
        QVERIFY(!o.kvmReason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstHost)
#include "tst_host.moc"
