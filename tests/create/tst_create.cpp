// Creating VMs through the engine path the wizard and `vireo create` share: a real guest from the
// test ISO, every bad input refused with nothing created, and failures rolled back.

#include "create/VmCreator.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

ProcessRun vireo(const QStringList &args)
{
    return runProcess(QStringLiteral(VIREO_BINARY), QStringList{QStringLiteral("create")} + args);
}

bool domainExists(const QString &name)
{
    virDomainPtr d
        = virDomainLookupByName(TestGuest::helperConnection(), name.toUtf8().constData());
    if (d)
        virDomainFree(d);
    virResetLastError();
    return d != nullptr;
}

} // namespace

class TstCreate : public QObject
{
    Q_OBJECT

    QString m_iso;

    QStringList baseArgs(const QString &name) const
    {
        return {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                QStringLiteral("--name"),    name,
                QStringLiteral("--iso"),     m_iso,
                QStringLiteral("--os"),      QStringLiteral("linux2022"),
                QStringLiteral("--accel"),   QStringLiteral("emulation"),
                QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--memory"),  QStringLiteral("256"),
                QStringLiteral("--vcpus"),   QStringLiteral("1")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_iso = TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso");
        QVERIFY(QFile::exists(m_iso));
    }

    void commandLineCreatesARunningGuest()
    {
        const QString name = QStringLiteral("vireo-create-cli");
        const QString serial = TestGuest::stagingDir() + QStringLiteral("/create-cli-serial.log");
        const ProcessRun r
            = vireo(baseArgs(name)
                    + QStringList{QStringLiteral("--disk"), QStringLiteral("1"),
                                  QStringLiteral("--graphics"), QStringLiteral("vnc"),
                                  QStringLiteral("--serial-log"), serial});
        auto cleanup = qScopeGuard([&] { TestGuest::removeDomainAndVolumes(name); });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList words = r.out.trimmed().split(QLatin1Char(' '));
        QCOMPARE(words.size(), 2);
        QCOMPARE(words[0], name);
        QVERIFY(!QUuid::fromString(words[1]).isNull());

        virConnectPtr conn = TestGuest::helperConnection();
        virDomainPtr dom = virDomainLookupByUUIDString(conn, words[1].toLatin1().constData());
        QVERIFY(dom);
        virDomainInfo info{};
        QCOMPARE(virDomainGetInfo(dom, &info), 0);
        QCOMPARE(info.state, quint8(VIR_DOMAIN_RUNNING));
        QCOMPARE(info.maxMem, 256ul * 1024);
        QCOMPARE(info.nrVirtCpu, quint16(1));
        char *xml = virDomainGetXMLDesc(dom, 0);
        const QString text = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(dom);
        QVERIFY(text.contains(QStringLiteral("http://libosinfo.org/linux/2022")));
        QVERIFY(text.contains(QStringLiteral("<graphics type='vnc'")));
        QVERIFY(text.contains(QStringLiteral("listen='127.0.0.1'")));

        // The disk is a 1 GiB qcow2 volume in the default pool.
        const QString volume = QStringLiteral("/var/lib/libvirt/images/vireo-create-cli.qcow2");
        virStorageVolPtr vol = virStorageVolLookupByPath(conn, volume.toUtf8().constData());
        QVERIFY(vol);
        virStorageVolInfo volInfo{};
        QCOMPARE(virStorageVolGetInfo(vol, &volInfo), 0);
        virStorageVolFree(vol);
        QCOMPARE(volInfo.capacity, 1024ull * 1024 * 1024);

        // The guest booted from the ISO and marked its disk.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile(serial).open(QIODevice::ReadOnly) &&
                [&] {
                    QFile f(serial);
                    f.open(QIODevice::ReadOnly);
                    return f.readAll().contains("VIREO-GUEST READY");
                }(),
            90000);
        QTRY_VERIFY_WITH_TIMEOUT(
            TestGuest::diskStart(volume).contains(QStringLiteral("VIREO.DISK.MARKE")), 30000);

        // A q35 machine Vireo made has free PCIe root ports: two disks and a NIC plug in live
        // (with only the ports libvirt adds, the second device found "No more available PCI
        // slots").
        dom = virDomainLookupByUUIDString(conn, words[1].toLatin1().constData());
        QVERIFY(dom);
        auto unplug = qScopeGuard([&] { virDomainFree(dom); });
        QTemporaryDir scratch(QStringLiteral("/var/tmp/vireo-hotplug-XXXXXX"));
        QFile::setPermissions(scratch.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadOther | QFile::ExeOther);
        for (const QString &target : {QStringLiteral("vdb"), QStringLiteral("vdc")}) {
            const QString file = scratch.filePath(target + QStringLiteral(".img"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(16 << 20));
            f.close();
            const QByteArray disk = QStringLiteral("<disk type='file' device='disk'><driver "
                                                   "name='qemu' type='raw'/><source file='%1'/>"
                                                   "<target dev='%2' bus='virtio'/></disk>")
                                        .arg(file, target)
                                        .toUtf8();
            QVERIFY2(virDomainAttachDeviceFlags(dom, disk.constData(), VIR_DOMAIN_AFFECT_LIVE) == 0,
                     virGetLastErrorMessage());
        }
        const char nic[] = "<interface type='user'><model type='virtio'/></interface>";
        QVERIFY2(virDomainAttachDeviceFlags(dom, nic, VIR_DOMAIN_AFFECT_LIVE) == 0,
                 virGetLastErrorMessage());
        virDomainDestroy(dom);
    }

    void armMachineRunsEmulatedWithItsFirmware()
    {
        // qemu-system-arm and qemu-efi-aarch64 are installed (installer/setup.sh test): an ARM
        // machine on virt, emulated, whose UEFI firmware starts and looks at its CD-ROM (on
        // virtio-scsi: virt has no SATA). The test guest is x86: the firmware finds nothing to
        // boot on it, which is all this checks.
        const QString name = QStringLiteral("vireo-create-arm");
        const QString serial = TestGuest::stagingDir() + QStringLiteral("/create-arm-serial.log");
        auto cleanup = qScopeGuard([&] { TestGuest::removeDomainAndVolumes(name); });
        QStringList args = baseArgs(name);
        args.replace(args.indexOf(QStringLiteral("256")), QStringLiteral("512"));
        const ProcessRun r
            = vireo(args
                    + QStringList{QStringLiteral("--arch"), QStringLiteral("aarch64"),
                                  QStringLiteral("--disk"), QStringLiteral("1"),
                                  QStringLiteral("--graphics"), QStringLiteral("vnc"),
                                  QStringLiteral("--serial-log"), serial});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        virDomainPtr dom
            = virDomainLookupByName(TestGuest::helperConnection(), name.toUtf8().constData());
        QVERIFY(dom);
        char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
        const QString text = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(dom);
        QVERIFY(text.contains(QStringLiteral("arch='aarch64'")));
        QVERIFY(text.contains(QStringLiteral("machine='virt")));
        QVERIFY(text.contains(QStringLiteral("<cpu mode='maximum'")));
        QVERIFY(text.contains(QStringLiteral("bus='scsi'")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(serial);
                return f.open(QIODevice::ReadOnly) && f.readAll().contains("QEMU CD-ROM");
            }(),
            120000);
        QFile f(serial);
        QVERIFY(f.open(QIODevice::ReadOnly) && f.readAll().contains("UEFI firmware"));

        // KVM for ARM on this x86 host: refused with the reason, nothing made.
        const ProcessRun kvm
            = vireo(baseArgs(QStringLiteral("vireo-create-arm-kvm"))
                    + QStringList{QStringLiteral("--arch"), QStringLiteral("aarch64"),
                                  QStringLiteral("--accel"), QStringLiteral("kvm")});
        QCOMPARE(kvm.code, 2);
        QVERIFY2(kvm.err.contains(QStringLiteral("emulated")), qPrintable(kvm.err));
        QVERIFY(!domainExists(QStringLiteral("vireo-create-arm-kvm")));
    }

    void badInputIsRefusedAndNothingIsCreated_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty name") << QStringList{} << QString() << "needs a name";
        QTest::newRow("slash") << QStringList{} << QStringLiteral("a/b") << "cannot contain '/'";
        QTest::newRow("control character")
            << QStringList{} << QStringLiteral("a\tb") << "control characters";
        QTest::newRow("memory 0") << QStringList{QStringLiteral("--memory"), QStringLiteral("0")}
                                  << QStringLiteral("vireo-bad-mem") << "needs some memory";
        QTest::newRow("memory above host")
            << QStringList{QStringLiteral("--memory"), QStringLiteral("99999999")}
            << QStringLiteral("vireo-bad-mem2") << "more than this host has";
        QTest::newRow("disk above free space")
            << QStringList{QStringLiteral("--disk"), QStringLiteral("900000")}
            << QStringLiteral("vireo-bad-disk") << "larger than the free space";
        QTest::newRow("missing iso")
            << QStringList{QStringLiteral("--iso"), QStringLiteral("/nonexistent/x.iso")}
            << QStringLiteral("vireo-bad-iso") << "does not exist";
        QTest::newRow("not an iso")
            << QStringList{QStringLiteral("--iso"), QStringLiteral(VIREO_SOURCE_DIR "/README.md")}
            << QStringLiteral("vireo-bad-iso2") << "not an install image";
        QTest::newRow("bad firmware")
            << QStringList{QStringLiteral("--firmware"), QStringLiteral("coreboot")}
            << QStringLiteral("vireo-bad-fw") << "bios, uefi or uefi-secure";
    }
    void badInputIsRefusedAndNothingIsCreated()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        const QStringList volumesBefore = TestGuest::defaultPoolVolumes();
        QStringList args = baseArgs(name);
        // Later options win: --iso and --memory given again replace the base ones.
        for (int i = 0; i + 1 < extra.size(); i += 2) {
            const int at = args.indexOf(extra[i]);
            if (at >= 0)
                args[at + 1] = extra[i + 1];
            else
                args << extra[i] << extra[i + 1];
        }
        const ProcessRun r = vireo(args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        if (!name.isEmpty() && !name.contains(QLatin1Char('/')))
            QVERIFY(!domainExists(name));
        QCOMPARE(TestGuest::defaultPoolVolumes(), volumesBefore);
    }

    void duplicateNameIsRefused()
    {
        TestGuest existing(QStringLiteral("vireo-create-dup"));
        QVERIFY(existing.define());
        const QStringList volumesBefore = TestGuest::defaultPoolVolumes();
        const ProcessRun r = vireo(baseArgs(QStringLiteral("vireo-create-dup"))
                                   + QStringList{QStringLiteral("--disk"), QStringLiteral("1")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("exists already")), qPrintable(r.err));
        QCOMPARE(TestGuest::defaultPoolVolumes(), volumesBefore);
    }

    void existingDiskImageIsCopiedIntoThePool()
    {
        const QString original = TestGuest::stagingDir() + QStringLiteral("/import-me.qcow2");
        QCOMPARE(
            QProcess::execute(QStringLiteral("qemu-img"),
                              {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                               QStringLiteral("qcow2"), original, QStringLiteral("16M")}),
            0);
        Connection c(QStringLiteral("qemu:///system"));
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Connected, 15000);
        CreateRequest r;
        r.spec.name = QStringLiteral("vireo-imported");
        r.spec.emulated = true;
        r.spec.memoryMiB = 128;
        VmDisk disk;
        disk.path = original;
        r.spec.disks = {disk};
        r.copyDiskFrom = original;
        r.start = false;
        auto cleanup = qScopeGuard(
            [] { TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-imported")); });
        const auto [ok, error] = finish(Creation::create(&c, r));
        QVERIFY2(ok, qPrintable(error));
        QTRY_VERIFY(c.domainByName(QStringLiteral("vireo-imported")).has_value());
        const QString used = c.domainByName(QStringLiteral("vireo-imported"))->disks.first().source;
        QCOMPARE(used, QStringLiteral("/var/lib/libvirt/images/vireo-imported.qcow2"));
        QVERIFY(QFile::exists(used));
        QVERIFY(QFile::exists(original)); // the original stays where it was
        QVERIFY(TestGuest::defaultPoolVolumes().contains(QStringLiteral("vireo-imported.qcow2")));
    }

    void failuresAreRolledBack_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("define") << QStringLiteral("define");
        QTest::newRow("start") << QStringLiteral("start");
    }
    void failuresAreRolledBack()
    {
        QFETCH(QString, where);
        Connection c(QStringLiteral("qemu:///system"));
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Connected, 15000);
        const QString name = QStringLiteral("vireo-rollback-") + where;
        CreateRequest request;
        request.spec.name = name;
        request.spec.emulated = true;
        request.spec.memoryMiB = 128;
        request.newDiskGiB = 1;
        if (where == QLatin1String("define")) {
            request.spec.machine = QStringLiteral("no-such-machine-type"); // libvirt refuses it
        } else {
            VmDisk cdrom; // the image vanished: QEMU cannot open it
            cdrom.device = VmDisk::Device::Cdrom;
            cdrom.format = QStringLiteral("raw");
            cdrom.bus = QStringLiteral("sata");
            cdrom.path = QStringLiteral("/var/tmp/vireo-no-such-image.iso");
            request.spec.disks = {cdrom};
        }
        const QStringList volumesBefore = TestGuest::defaultPoolVolumes();
        const auto [ok, error] = finish(Creation::create(&c, request));
        QVERIFY(!ok);
        QVERIFY2(error.contains(where == QLatin1String("define")
                                    ? QStringLiteral("Could not define")
                                    : QStringLiteral("Could not start")),
                 qPrintable(error));
        QVERIFY(!domainExists(name));
        QCOMPARE(TestGuest::defaultPoolVolumes(), volumesBefore);
    }
};

QTEST_GUILESS_MAIN(TstCreate)
#include "tst_create.moc"
