// The host's networks and storage on the real daemon, with test guests on them: two guests on
// an isolated network made by Vireo get DHCP addresses and reach each other, the leases name
// them, stopping and deleting the network in use ask or refuse; a NAT network hands a lease to a
// NIC plugged in live (the guest only asks for its address and pings the gateway: nothing leaves
// the machine); a directory pool made in a temporary folder takes volumes of both formats, grows
// a disk the running guest sees grow, refuses to delete it, and carries a 64 MiB file up and
// back down unchanged, with progress, or nothing at all when cancelled.
#include "core/Connection.h"
#include "networks/Networks.h"
#include "storage/StoragePools.h"
#include "storage/Volumes.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kLab = QStringLiteral("vireo lab ü"); // a name with a space and Unicode
const QString kNat = QStringLiteral("vireo-nat");
const QString kPool = QStringLiteral("vireo scratch");

void dropPool(const QString &name)
{
    if (virStoragePoolPtr pool
        = virStoragePoolLookupByName(TestGuest::helperConnection(), name.toUtf8().constData())) {
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(pool, &vols, 0);
        for (int i = 0; i < n; ++i) {
            virStorageVolDelete(vols[i], 0);
            virStorageVolFree(vols[i]);
        }
        free(vols);
        virStoragePoolDestroy(pool);
        virStoragePoolUndefine(pool);
        virStoragePoolFree(pool);
    }
    virResetLastError();
}

bool attachLive(const QString &uuid, const QString &xml)
{
    virDomainPtr dom
        = virDomainLookupByUUIDString(TestGuest::helperConnection(), uuid.toLatin1().constData());
    const bool ok
        = dom
          && virDomainAttachDeviceFlags(dom, xml.toUtf8().constData(), VIR_DOMAIN_AFFECT_LIVE) == 0;
    if (!ok)
        qWarning("attach failed: %s", virGetLastErrorMessage());
    if (dom)
        virDomainFree(dom);
    return ok;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result().toHex() : QByteArray();
}

} // namespace

class TstHostVm : public QObject
{
    Q_OBJECT
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_a;
    std::unique_ptr<TestGuest> m_b;
    std::unique_ptr<GuestControl> m_shellA;
    std::unique_ptr<GuestControl> m_shellB;
    QTemporaryDir m_dir{QStringLiteral("/var/tmp/vireo-host-XXXXXX")};

    /// Asks for an address on `iface` in the guest; the address it got, empty when none.
    QString lease(TestGuest &guest, GuestControl &shell, const QString &iface)
    {
        const int before = guest.serialCount(QStringLiteral("VIREO-LEASE ") + iface);
        shell.run(QStringLiteral("udhcpc -i %1 -n -q -t 10 -T 2 -x hostname:%2 "
                                 "-s /lib/vireo/udhcpc.sh")
                      .arg(iface, guest.name()),
                  60000);
        if (!guest.waitForSerial(QStringLiteral("VIREO-LEASE ") + iface, 30000, before + 1))
            return {};
        return guest.serialLines(QStringLiteral("VIREO-LEASE ") + iface).last().section(' ', 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
        // What a killed earlier run may have left.
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-net-a"));
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-net-b"));
        for (const QString &n : {kLab, kNat})
            TestGuest::removeNetwork(n);
        dropPool(kPool);
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void cleanupTestCase()
    {
        m_shellA.reset();
        m_shellB.reset();
        m_a.reset();
        m_b.reset();
        for (const QString &n : {kLab, kNat})
            TestGuest::removeNetwork(n);
        dropPool(kPool);
    }

    void isolatedNetworkJoinsTwoGuests()
    {
        const Outcome proposal = complete(Networks::proposeSubnet(m_conn.get()));
        QVERIFY2(proposal.ok, qPrintable(proposal.error));
        NetworkSpec spec;
        spec.name = kLab;
        spec.mode = NetworkSpec::Mode::Isolated;
        spec.ipv4 = proposal.value.toString();
        Outcome r = complete(Networks::create(m_conn.get(), spec));
        QVERIFY2(r.ok, qPrintable(r.error));

        // The same range again: refused with the reason, nothing made.
        NetworkSpec clash = spec;
        clash.name = QStringLiteral("vireo-clash");
        r = complete(Networks::create(m_conn.get(), clash));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("used by the network '%1'").arg(kLab)),
                 qPrintable(r.error));
        QVERIFY(!virNetworkLookupByName(TestGuest::helperConnection(), "vireo-clash"));
        virResetLastError();

        m_a = std::make_unique<TestGuest>(QStringLiteral("vireo-net-a"),
                                          GuestOptions{.network = kLab});
        m_b = std::make_unique<TestGuest>(QStringLiteral("vireo-net-b"),
                                          GuestOptions{.network = kLab});
        QVERIFY2(m_a->define(), qPrintable(m_a->error()));
        QVERIFY2(m_b->define(), qPrintable(m_b->error()));
        QVERIFY2(m_a->start(), qPrintable(m_a->error()));
        QVERIFY2(m_b->start(), qPrintable(m_b->error()));
        m_shellA = std::make_unique<GuestControl>(m_a->controlSocketPath());
        m_shellB = std::make_unique<GuestControl>(m_b->controlSocketPath());
        QVERIFY(m_shellA->connectToGuest(20000));
        QVERIFY(m_shellB->connectToGuest(20000));

        const QString ipA = lease(*m_a, *m_shellA, QStringLiteral("eth0"));
        const QString ipB = lease(*m_b, *m_shellB, QStringLiteral("eth0"));
        QVERIFY2(!ipA.isEmpty() && !ipB.isEmpty(), "no DHCP lease");
        const Subnet subnet = Subnet::parse(spec.ipv4);
        QVERIFY(Subnet::parse(ipA + QStringLiteral("/32")).overlaps(subnet));
        QVERIFY(Subnet::parse(ipB + QStringLiteral("/32")).overlaps(subnet));
        const QString ping = m_shellA->run(QStringLiteral("ping -c 2 -W 5 %1").arg(ipB), 30000);
        QVERIFY2(ping.contains(QStringLiteral(" 0% packet loss")), qPrintable(ping));

        // The leases table: both, with their VM names.
        r = complete(Networks::leases(m_conn.get(), kLab));
        QVERIFY(r.ok);
        QMap<QString, QString> byVm;
        for (const NetworkLease &l : r.value.value<QList<NetworkLease>>())
            byVm.insert(l.vmName, l.ip);
        QCOMPARE(byVm.value(m_a->name()), ipA);
        QCOMPARE(byVm.value(m_b->name()), ipB);

        // Stopping asks, naming both; deleting is refused while they run; nothing changes.
        r = complete(Networks::stop(m_conn.get(), kLab));
        QCOMPARE(r.why.kind, Failure::Kind::NeedsConfirmation);
        QVERIFY2(r.error.contains(QStringLiteral("vireo-net-a (running)"))
                     && r.error.contains(QStringLiteral("vireo-net-b (running)")),
                 qPrintable(r.error));
        r = complete(Networks::remove(m_conn.get(), kLab, true));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("while running VMs use it")), qPrintable(r.error));
        virNetworkPtr net
            = virNetworkLookupByName(TestGuest::helperConnection(), kLab.toUtf8().constData());
        QVERIFY(net);
        QCOMPARE(virNetworkIsActive(net), 1);

        // Autostart, both ways, as libvirt keeps it.
        int autostart = -1;
        QVERIFY(complete(Networks::setAutostart(m_conn.get(), kLab, false)).ok);
        QVERIFY(virNetworkGetAutostart(net, &autostart) == 0 && autostart == 0);
        QVERIFY(complete(Networks::setAutostart(m_conn.get(), kLab, true)).ok);
        QVERIFY(virNetworkGetAutostart(net, &autostart) == 0 && autostart == 1);
        virNetworkFree(net);
    }

    void natNetworkLeasesToALiveNic()
    {
        QVERIFY(m_shellA);
        const Outcome proposal = complete(Networks::proposeSubnet(m_conn.get()));
        NetworkSpec spec;
        spec.name = kNat;
        spec.ipv4 = proposal.value.toString();
        const Outcome r = complete(Networks::create(m_conn.get(), spec));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(attachLive(m_a->uuid(), QStringLiteral("<interface type='network'><source "
                                                       "network='%1'/><model type='virtio'/>"
                                                       "</interface>")
                                            .arg(kNat)));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_shellA->run(QStringLiteral("ls /sys/class/net")).contains(QStringLiteral("eth1")),
            20000);
        const QString ip = lease(*m_a, *m_shellA, QStringLiteral("eth1"));
        QVERIFY2(!ip.isEmpty(), "no lease on the NAT network");
        const QString gateway = Subnet::parse(spec.ipv4).host(1);
        const QString ping = m_shellA->run(QStringLiteral("ping -c 2 -W 5 %1").arg(gateway), 30000);
        QVERIFY2(ping.contains(QStringLiteral(" 0% packet loss")), qPrintable(ping));
        const Outcome state = complete(Networks::read(m_conn.get(), kNat));
        const NetworkState s = state.value.value<NetworkState>();
        QCOMPARE(s.details.modeText(), QStringLiteral("NAT"));
        QCOMPARE(s.leases.size(), 1);
        QCOMPARE(s.leases.first().vmName, m_a->name());
        QCOMPARE(s.leases.first().ip, ip);
        QCOMPARE(s.users.size(), 1);
    }

    void storagePoolVolumesAndTransfers()
    {
        QVERIFY(m_shellA);
        PoolSpec pool;
        pool.name = kPool;
        pool.path = m_dir.path() + QStringLiteral("/pool");
        Outcome r = complete(StoragePools::create(m_conn.get(), pool));
        QVERIFY2(r.ok, qPrintable(r.error));

        const VolumeSpec qcow{QStringLiteral("data ü.qcow2"), QStringLiteral("qcow2"), 32 << 20};
        const VolumeSpec raw{QStringLiteral("blob.raw"), QStringLiteral("raw"), 16 << 20};
        r = complete(Volumes::create(m_conn.get(), kPool, qcow));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = complete(Volumes::create(m_conn.get(), kPool, raw));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString rawPath = r.value.toString();

        // Grown while the running guest has it: the guest sees the new size. (Its only virtio
        // disk: the guest names it vda whatever the target says.)
        QVERIFY(attachLive(m_a->uuid(), QStringLiteral("<disk type='file' device='disk'><driver "
                                                       "name='qemu' type='raw'/><source "
                                                       "file='%1'/><target dev='vdb' "
                                                       "bus='virtio'/></disk>")
                                            .arg(rawPath)));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shellA->run(QStringLiteral("cat /sys/block/vd*/size")).trimmed(),
            QString::number((16 << 20) / 512), 20000);
        r = complete(Volumes::resize(m_conn.get(), kPool, raw.name, 24 << 20));
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shellA->run(QStringLiteral("cat /sys/block/vd*/size")).trimmed(),
            QString::number((24 << 20) / 512), 20000);

        r = complete(Volumes::listPool(m_conn.get(), kPool));
        QMap<QString, VolumeInfo> vols;
        for (const VolumeInfo &v : r.value.value<QList<VolumeInfo>>())
            vols.insert(v.name, v);
        QCOMPARE(vols.value(qcow.name).format, QStringLiteral("qcow2"));
        QCOMPARE(vols.value(raw.name).format, QStringLiteral("raw"));
        QCOMPARE(vols.value(raw.name).capacity, quint64(24 << 20));
        QCOMPARE(vols.value(raw.name).users.size(), 1);
        QCOMPARE(vols.value(raw.name).users.first().name, m_a->name());

        // In use by a running VM: deleting is refused, naming it; the volume stays.
        r = complete(Volumes::remove(m_conn.get(), kPool, raw.name, true));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("vireo-net-a (running)")), qPrintable(r.error));
        QVERIFY(QFile::exists(rawPath));

        // A 64 MiB random file up and back down: progress by bytes, the same bytes.
        const QString source = m_dir.path() + QStringLiteral("/random.bin");
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int i = 0; i < 64; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                      block.size() / 4);
                f.write(block);
            }
        }
        Operation *up = Volumes::upload(m_conn.get(), source, kPool, QStringLiteral("up load.img"));
        QSignalSpy upProgress(up, &Operation::progress);
        r = complete(up, 120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(upProgress.size() >= 5, qPrintable(QString::number(upProgress.size())));
        const QString back = m_dir.path() + QStringLiteral("/back.bin");
        Operation *down
            = Volumes::download(m_conn.get(), kPool, QStringLiteral("up load.img"), back);
        QSignalSpy downProgress(down, &Operation::progress);
        r = complete(down, 120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(downProgress.size() >= 5);
        QCOMPARE(sha256(back), sha256(source));
        QVERIFY(!QFile::exists(back + QStringLiteral(".part")));

        // Cancelled part-way: no volume left, a clear state.
        Operation *cancelled
            = Volumes::upload(m_conn.get(), source, kPool, QStringLiteral("cancelled.img"));
        connect(cancelled, &Operation::progress, cancelled, [cancelled](int percent) {
            if (percent >= 10)
                cancelled->cancel();
        });
        r = complete(cancelled, 120000);
        QVERIFY(!r.ok);
        QCOMPARE(r.why.kind, Failure::Kind::Cancelled);
        QVERIFY2(r.error.contains(QStringLiteral("Nothing was kept")), qPrintable(r.error));
        r = complete(Volumes::listPool(m_conn.get(), kPool));
        QStringList names;
        for (const VolumeInfo &v : r.value.value<QList<VolumeInfo>>())
            names << v.name;
        QVERIFY2(!names.contains(QStringLiteral("cancelled.img")), qPrintable(names.join(',')));
        QVERIFY(names.contains(QStringLiteral("up load.img")));

        // Larger than the volume it is to go into: refused, the volume untouched.
        r = complete(Volumes::uploadInto(m_conn.get(), source, kPool, qcow.name));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("larger than the volume")), qPrintable(r.error));

        // A full copy, refused while a running VM writes to the source; wiping likewise.
        r = complete(Volumes::clone(m_conn.get(), kPool, qcow.name, QStringLiteral("copy.qcow2")),
                     60000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(QFile::exists(r.value.toString()));
        r = complete(Volumes::clone(m_conn.get(), kPool, raw.name, QStringLiteral("torn.raw")));
        QVERIFY2(r.error.contains(QStringLiteral("writes to it while it runs")),
                 qPrintable(r.error));
        r = complete(Volumes::wipe(m_conn.get(), kPool, QStringLiteral("copy.qcow2")), 60000);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = complete(Volumes::wipe(m_conn.get(), kPool, raw.name));
        QVERIFY2(r.error.contains(QStringLiteral("wiping it would erase")), qPrintable(r.error));

        // The pool's figures are what virsh says.
        QVERIFY(complete(StoragePools::refresh(m_conn.get(), kPool)).ok);
        const ProcessRun info
            = runProcess(QStringLiteral("virsh"),
                         {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                          QStringLiteral("pool-info"), kPool, QStringLiteral("--bytes")});
        auto figure = [&info](const char *label) {
            const QRegularExpression re(QLatin1String(label) + QStringLiteral(":\\s+(\\d+)"));
            return re.match(info.out).captured(1).toULongLong();
        };
        QVERIFY2(figure("Capacity") > 0, qPrintable(info.out));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const StoragePoolInfo &p : m_conn->storagePools())
                    if (p.name == kPool)
                        return p.capacity == figure("Capacity")
                               && p.allocation == figure("Allocation")
                               && p.available == figure("Available");
                return false;
            }(),
            2000);
    }

    // Every terminal command once, as a script would run it; bad input exits 2, changing nothing.
    void terminalCommands()
    {
        QVERIFY(m_a);
        const auto vireo = [](const QStringList &args) {
            return runProcess(QStringLiteral(VIREO_BINARY),
                              QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")}
                                  + args);
        };
        const QString net = QStringLiteral("vireo cli net");
        const QString pool = QStringLiteral("vireo-cli-pool");
        auto cleanUp = qScopeGuard([&] {
            TestGuest::removeNetwork(net);
            dropPool(pool);
        });
        // Leases as JSON name the VMs.
        ProcessRun r = vireo(
            {QStringLiteral("net"), QStringLiteral("leases"), kLab, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray leases = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList vms;
        for (const QJsonValue &l : leases)
            vms << l[QStringLiteral("vm")].toString();
        QVERIFY2(vms.contains(m_a->name()) && vms.contains(m_b->name()), qPrintable(r.out));

        // Bad input: exit 2, nothing made.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("net"), QStringLiteral("create"), net,
                          QStringLiteral("--ipv4"), QStringLiteral("10.1.2.3")},
              QStringList{QStringLiteral("net"), QStringLiteral("create"), net,
                          QStringLiteral("--mode"), QStringLiteral("tunnel")},
              QStringList{QStringLiteral("net"), QStringLiteral("create"), QStringLiteral("a/b")},
              QStringList{QStringLiteral("net"), QStringLiteral("frobnicate")},
              QStringList{QStringLiteral("net"), QStringLiteral("delete"), kLab,
                          QStringLiteral("--yes")},
              QStringList{QStringLiteral("pool"), QStringLiteral("create"), pool,
                          QStringLiteral("--path"), QStringLiteral("/etc/hostname")},
              QStringList{QStringLiteral("vol"), QStringLiteral("create"), kPool,
                          QStringLiteral("x.qcow2"), QStringLiteral("--size"),
                          QStringLiteral("lots")},
              QStringList{QStringLiteral("vol"), QStringLiteral("delete"), kPool,
                          QStringLiteral("blob.raw"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("vol"), QStringLiteral("resize"), kPool,
                          QStringLiteral("blob.raw"), QStringLiteral("1M")}}) {
            r = vireo(bad);
            QVERIFY2(r.code == 2, qPrintable(bad.join(' ') + QStringLiteral(" -> ") + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(bad.join(' ')));
        }
        QVERIFY(!virNetworkLookupByName(TestGuest::helperConnection(), net.toUtf8().constData()));
        virResetLastError();
        QVERIFY(!virStoragePoolLookupByName(TestGuest::helperConnection(), "vireo-cli-pool"));
        virResetLastError();
        r = vireo({QStringLiteral("net"), QStringLiteral("info"), kLab});
        QVERIFY2(r.out.contains(QStringLiteral("vireo-net-a (running)")), qPrintable(r.out));

        // A network's whole life.
        r = vireo({QStringLiteral("net"), QStringLiteral("create"), net, QStringLiteral("--mode"),
                   QStringLiteral("isolated"), QStringLiteral("--no-autostart")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vireo({QStringLiteral("net"), QStringLiteral("list"), QStringLiteral("--json")});
        bool seen = false;
        for (const QJsonValue &n : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (n[QStringLiteral("name")].toString() == net)
                seen = n[QStringLiteral("active")].toBool()
                       && !n[QStringLiteral("autostart")].toBool()
                       && n[QStringLiteral("mode")].toString() == QStringLiteral("isolated");
        QVERIFY2(seen, qPrintable(r.out));
        QCOMPARE(
            vireo({QStringLiteral("net"), QStringLiteral("autostart"), net, QStringLiteral("on")})
                .code,
            0);
        QCOMPARE(vireo({QStringLiteral("net"), QStringLiteral("stop"), net}).code, 0);
        QCOMPARE(vireo({QStringLiteral("net"), QStringLiteral("start"), net}).code, 0);
        r = vireo({QStringLiteral("net"), QStringLiteral("info"), net, QStringLiteral("--json")});
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(info[QStringLiteral("active")].toBool()
                && info[QStringLiteral("autostart")].toBool());
        QCOMPARE(vireo({QStringLiteral("net"), QStringLiteral("delete"), net}).code, 0);

        // A pool, a volume, a file up and down.
        r = vireo({QStringLiteral("pool"), QStringLiteral("create"), pool, QStringLiteral("--path"),
                   m_dir.path() + QStringLiteral("/cli-pool")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vireo({QStringLiteral("pool"), QStringLiteral("list"), QStringLiteral("--json")});
        QStringList pools;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            pools << v[QStringLiteral("name")].toString();
        QVERIFY2(pools.contains(pool), qPrintable(r.out));
        r = vireo({QStringLiteral("pool"), QStringLiteral("info"), pool, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("type")].toString(),
                 QStringLiteral("dir"));
        r = vireo({QStringLiteral("vol"), QStringLiteral("create"), pool, QStringLiteral("v.qcow2"),
                   QStringLiteral("--size"), QStringLiteral("8M")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(vireo({QStringLiteral("vol"), QStringLiteral("resize"), pool,
                        QStringLiteral("v.qcow2"), QStringLiteral("12M")})
                     .code,
                 0);
        const QString file = m_dir.path() + QStringLiteral("/cli.bin");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(3 << 20, 'c'));
        }
        r = vireo({QStringLiteral("vol"), QStringLiteral("upload"), pool, QStringLiteral("up.bin"),
                   file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // not a terminal: no progress bar
        const QString back = m_dir.path() + QStringLiteral("/cli-back.bin");
        QCOMPARE(vireo({QStringLiteral("vol"), QStringLiteral("download"), pool,
                        QStringLiteral("up.bin"), back})
                     .code,
                 0);
        QCOMPARE(sha256(back), sha256(file));
        r = vireo({QStringLiteral("vol"), QStringLiteral("list"), pool, QStringLiteral("--json")});
        QMap<QString, double> sizes;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            sizes.insert(v[QStringLiteral("name")].toString(),
                         v[QStringLiteral("capacity")].toDouble());
        QCOMPARE(sizes.value(QStringLiteral("v.qcow2")), double(12 << 20));
        QCOMPARE(sizes.value(QStringLiteral("up.bin")), double(3 << 20));
        QCOMPARE(vireo({QStringLiteral("vol"), QStringLiteral("clone"), pool,
                        QStringLiteral("up.bin"), QStringLiteral("copy.bin")})
                     .code,
                 0);
        QCOMPARE(vireo({QStringLiteral("vol"), QStringLiteral("wipe"), pool,
                        QStringLiteral("copy.bin"), QStringLiteral("--yes")})
                     .code,
                 0);
        {
            QFile wiped(m_dir.path() + QStringLiteral("/cli-pool/copy.bin"));
            QVERIFY(wiped.open(QIODevice::ReadOnly));
            const QByteArray data = wiped.readAll();
            QCOMPARE(data.size(), 3 << 20);
            QCOMPARE(data.count('\0'), qsizetype(3 << 20)); // the 'c's are gone
        }
        QCOMPARE(vireo({QStringLiteral("vol"), QStringLiteral("delete"), pool,
                        QStringLiteral("copy.bin")})
                     .code,
                 0);
        QCOMPARE(
            vireo({QStringLiteral("vol"), QStringLiteral("delete"), pool, QStringLiteral("up.bin")})
                .code,
            0);
        QCOMPARE(vireo({QStringLiteral("vol"), QStringLiteral("delete"), pool,
                        QStringLiteral("v.qcow2")})
                     .code,
                 0);
        QCOMPARE(vireo({QStringLiteral("pool"), QStringLiteral("stop"), pool}).code, 0);
        QCOMPARE(vireo({QStringLiteral("pool"), QStringLiteral("start"), pool}).code, 0);
        QCOMPARE(vireo({QStringLiteral("pool"), QStringLiteral("delete"), pool}).code, 0);
        QVERIFY(!virStoragePoolLookupByName(TestGuest::helperConnection(), "vireo-cli-pool"));
        virResetLastError();
    }
};

QTEST_GUILESS_MAIN(TstHostVm)
#include "tst_hostvm.moc"
