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
#include <QRandomGenerator>
#include <QRegularExpression>
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

void dropNetwork(const QString &name)
{
    if (virNetworkPtr net
        = virNetworkLookupByName(TestGuest::helperConnection(), name.toUtf8().constData())) {
        virNetworkDestroy(net);
        virNetworkUndefine(net);
        virNetworkFree(net);
    }
    virResetLastError();
}

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
            dropNetwork(n);
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
            dropNetwork(n);
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
};

QTEST_GUILESS_MAIN(TstHostVm)
#include "tst_hostvm.moc"
