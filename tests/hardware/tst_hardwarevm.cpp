// The hardware editor on the real daemon and a running test guest: each change made live is
// seen by the guest itself (its memory, CPUs, disks, CD, NIC, I/O speed), next-boot changes wait
// for a restart, refusals change nothing, boot order decides what boots, and `vireo edit` and
// `vireo reset` do the same from a terminal. One guest serves every live test, in order.

#include "core/Connection.h"
#include "core/Operation.h"
#include "hardware/HardwareEditor.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"

#include <QFile>
#include <QProcess>
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

ProcessRun vireo(const QStringList &args)
{
    return runProcess(QStringLiteral(VIREO_BINARY),
                      QStringList{QStringLiteral("--connect"), QStringLiteral("qemu:///system")}
                          + args);
}

/// Runs vireo with `input` on its standard input (closed after it).
ProcessRun vireoWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(VIREO_BINARY),
            QStringList{QStringLiteral("--connect"), QStringLiteral("qemu:///system")} + args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace

class TstHardwareVm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest;
    std::unique_ptr<GuestControl> m_shell;
    QString m_uuid;

    ApplyReport apply(const QList<HardwareChange> &changes, QString *error = nullptr,
                      ApplyScope scope = ApplyScope::Both)
    {
        QString why;
        const QVariant v
            = valueOf(HardwareEditor::apply(m_conn.get(), m_uuid, changes, scope), &why);
        if (error)
            *error = why;
        return v.value<ApplyReport>();
    }
    ApplyReport apply_to(const QString &uuid, const QList<HardwareChange> &changes, QString *error)
    {
        return valueOf(HardwareEditor::apply(m_conn.get(), uuid, changes), error)
            .value<ApplyReport>();
    }
    HardwareState state()
    {
        return valueOf(HardwareEditor::read(m_conn.get(), m_uuid)).value<HardwareState>();
    }
    QString guest(const QString &command) { return m_shell->run(command).trimmed(); }
    quint64 guestMemTotalKiB()
    {
        const QString line = guest(QStringLiteral("grep MemTotal /proc/meminfo"));
        return line.section(QRegularExpression(QStringLiteral("\\s+")), 1, 1).toULongLong();
    }
    bool bootGuest()
    {
        if (!m_guest->start()) {
            qWarning("%s", qPrintable(m_guest->error()));
            return false;
        }
        m_shell = std::make_unique<GuestControl>(m_guest->controlSocketPath());
        return m_shell->connectToGuest(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::isolatedNetwork();
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-hw-live"),
                                              GuestOptions{.withDisk = true,
                                                           .memoryMiB = 256,
                                                           .maxVcpus = 2,
                                                           .balloon = true,
                                                           .scsiCdrom = true});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        m_uuid = m_guest->uuid();
        QVERIFY(bootGuest());
    }

    void memoryBalloonReachesTheGuest()
    {
        const quint64 full = guestMemTotalKiB();
        QVERIFY(full > 150 * 1024);
        QString error;
        ApplyReport r = apply({HardwareChange::memory(192 * 1024)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        // The guest gives 64 MiB back: its MemTotal drops by about that much within 10 s.
        QTRY_VERIFY_WITH_TIMEOUT(guestMemTotalKiB() < full - 48 * 1024, 10000);
        QCOMPARE(state().config.memory.currentKiB, quint64(192 * 1024));
        r = apply({HardwareChange::memory(256 * 1024)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(guestMemTotalKiB() > full - 8 * 1024, 10000);
    }

    void vcpuHotPlug()
    {
        QCOMPARE(guest(QStringLiteral("ls -d /sys/devices/system/cpu/cpu1 2>&1")),
                 QStringLiteral("ls: /sys/devices/system/cpu/cpu1: No such file or directory"));
        QString error;
        const ApplyReport r = apply({HardwareChange::vcpus(2)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        QTRY_COMPARE_WITH_TIMEOUT(guest(QStringLiteral("ls -d /sys/devices/system/cpu/cpu1")),
                                  QStringLiteral("/sys/devices/system/cpu/cpu1"), 10000);
        QCOMPARE(state().config.cpu.current,
                 2); // and kept for the next boot (checked after restart)
        // Above the maximum: the running VM cannot, and the set is refused as a whole.
        QVERIFY(apply({HardwareChange::vcpus(3)}, &error).results.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("maximum")), qPrintable(error));
    }

    void diskHotPlugWriteLimitAndUnplug()
    {
        DiskRequest request;
        request.pool = QStringLiteral("vireo-tests");
        request.sizeBytes = 64 << 20;
        QString error;
        ApplyReport r = apply({HardwareChange::addDisk(request)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        QTRY_VERIFY_WITH_TIMEOUT(
            guest(QStringLiteral("ls /sys/block")).contains(QStringLiteral("vdb")), 15000);
        const HardwareDevice *vdb = state().config.device(QStringLiteral("vdb"));
        QVERIFY(vdb);
        const QString path = vdb->disk.source;
        auto dropVolume = qScopeGuard([path] {
            if (virStorageVolPtr v = virStorageVolLookupByPath(TestGuest::helperConnection(),
                                                               path.toUtf8().constData())) {
                virStorageVolDelete(v, 0);
                virStorageVolFree(v);
            }
        });
        // The guest writes a marker the host reads back from the new volume.
        guest(QStringLiteral(
            "echo VIREO-HOTPLUG-MARK | dd of=/dev/vdb bs=512 count=1 conv=sync,fsync 2>/dev/null"));
        QTRY_VERIFY_WITH_TIMEOUT(
            TestGuest::diskStart(path).contains(QStringLiteral("VIREO.HOTPLUG.MA")), 10000);

        // I/O limits: 32 MiB at 4 MiB/s take at least 7 s, as the guest measures them.
        const QString timedWrite
            = QStringLiteral("a=$(cut -d' ' -f1 /proc/uptime); dd if=/dev/zero of=/dev/vdb bs=1M "
                             "count=32 oflag=direct "
                             "2>/dev/null; b=$(cut -d' ' -f1 /proc/uptime); echo \"$a $b\"");
        auto seconds = [](const QString &out) {
            const QStringList t = out.split(QLatin1Char(' '));
            return t.size() == 2 ? t[1].toDouble() - t[0].toDouble() : -1.0;
        };
        IoTune limit;
        limit.writeBytes = 4 << 20;
        r = apply({HardwareChange::ioTune(QStringLiteral("vdb"), limit)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        const double limited = seconds(m_shell->run(timedWrite, 60000).trimmed());
        QVERIFY2(limited >= 7.0, qPrintable(QString::number(limited)));
        r = apply({HardwareChange::ioTune(QStringLiteral("vdb"), {})}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const double free = seconds(m_shell->run(timedWrite, 60000).trimmed());
        QVERIFY2(free >= 0 && free < limited / 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(free).arg(limited)));

        r = apply({HardwareChange::removeDevice(QStringLiteral("vdb"))}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            !guest(QStringLiteral("ls /sys/block")).contains(QStringLiteral("vdb")), 15000);
        QVERIFY(!state().config.device(QStringLiteral("vdb")));
        QTRY_VERIFY_WITH_TIMEOUT(!state().live.device(QStringLiteral("vdb")), 10000);
    }

    void cdromMediaLive()
    {
        const QString iso = TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso");
        const QString label
            = QStringLiteral("dd if=/dev/sr0 bs=1 skip=32808 count=32 2>/dev/null | tr -d ' '");
        QString error;
        ApplyReport r = apply({HardwareChange::media(QStringLiteral("sda"), iso)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        // The guest reads the disc's volume label.
        QTRY_VERIFY_WITH_TIMEOUT(!guest(label).isEmpty(), 15000);
        r = apply({HardwareChange::media(QStringLiteral("sda"), {})}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(guest(label).isEmpty(), 15000);
        QVERIFY(state().live.device(QStringLiteral("sda"))->disk.source.isEmpty());
    }

    void nicHotPlugLinkAndRemove()
    {
        NicRequest nic;
        nic.source = TestGuest::isolatedNetwork();
        QString error;
        ApplyReport r = apply({HardwareChange::addNic(nic)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        const QString mac = r.results.first().change.nic.mac;
        QVERIFY(!mac.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            guest(QStringLiteral("ls /sys/class/net")).contains(QStringLiteral("eth0")), 15000);
        QCOMPARE(guest(QStringLiteral("cat /sys/class/net/eth0/address")), mac.toLower());
        guest(QStringLiteral("ip link set eth0 up"));
        QTRY_COMPARE_WITH_TIMEOUT(guest(QStringLiteral("cat /sys/class/net/eth0/carrier")),
                                  QStringLiteral("1"), 10000);
        r = apply({HardwareChange::linkState(mac, false)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(guest(QStringLiteral("cat /sys/class/net/eth0/carrier")),
                                  QStringLiteral("0"), 10000);
        QVERIFY(!state().config.device(mac)->nic.linkUp);
        // The same MAC twice is refused, naming it.
        NicRequest twin = nic;
        twin.mac = mac;
        QVERIFY(apply({HardwareChange::addNic(twin)}, &error).results.isEmpty());
        QVERIFY2(error.contains(mac, Qt::CaseInsensitive), qPrintable(error));
        r = apply({HardwareChange::removeDevice(mac)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            !guest(QStringLiteral("ls /sys/class/net")).contains(QStringLiteral("eth0")), 15000);
        QVERIFY(!state().config.device(mac));
    }

    void pinningAndCpuModel()
    {
        QString error;
        ApplyReport r = apply({HardwareChange::pinVcpu(0, QStringLiteral("0"))}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        const HardwareState s = state();
        QCOMPARE(s.config.cpu.vcpuPins.value(0), QStringLiteral("0"));
        QCOMPARE(s.live.cpu.vcpuPins.value(0), QStringLiteral("0"));
        // libvirt's own view of the running vCPU's affinity.
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_uuid.toLatin1().constData());
        unsigned char map[8] = {};
        QVERIFY(virDomainGetVcpuPinInfo(dom, 1, map, sizeof map, VIR_DOMAIN_AFFECT_LIVE) >= 0);
        virDomainFree(dom);
        QCOMPARE(int(map[0]), 1);

        const QString before = state().inactiveXml;
        // A model this host's hypervisor cannot run (software emulation lacks its features),
        // and one that does not exist: refused with libvirt's reason, nothing changed.
        for (const QString &model :
             {QStringLiteral("Skylake-Server"), QStringLiteral("NoSuchCpuModel")}) {
            QVERIFY(apply({HardwareChange::cpuModel(model)}, &error).results.isEmpty());
            QVERIFY2(error.contains(model), qPrintable(error));
        }
        QCOMPARE(state().inactiveXml, before);
        r = apply({HardwareChange::cpuModel(QStringLiteral("core2duo"))}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::NextBoot);
        QVERIFY(state().pending.join(' ').contains(QStringLiteral("CPU model")));
    }

    void rawXmlRefusedThenApplied()
    {
        const QString before = state().inactiveXml;
        QString bad = before;
        bad.replace(QStringLiteral("</devices>"), QStringLiteral("<frobnicator/>\n  </devices>"));
        QString error;
        QVERIFY(!valueOf(HardwareEditor::defineXml(m_conn.get(), m_uuid, bad), &error).isValid());
        QVERIFY2(!error.isEmpty(), "libvirt's message is shown");
        QCOMPARE(state().inactiveXml, before); // byte for byte
        QString good = before;
        good.replace(QStringLiteral("</devices>"),
                     QStringLiteral("  <watchdog model='i6300esb' action='reset'/>\n  </devices>"));
        const QString diff = lineDiff(before, good, 0);
        QCOMPARE(diff.count(QLatin1Char('\n')), 2); // "..." (lines left out), the new line
        QVERIFY(diff.contains(QStringLiteral("+    <watchdog model='i6300esb' action='reset'/>")));
        valueOf(HardwareEditor::defineXml(m_conn.get(), m_uuid, good), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(state().config.devicesOf(HardwareDevice::Kind::Watchdog).size(), 1);
    }

    void terminalEdits()
    {
        const QString name = m_guest->name();
        ProcessRun r
            = vireo({QStringLiteral("edit"), name, QStringLiteral("--memory"),
                     QStringLiteral("224M"), QStringLiteral("--max-memory"), QStringLiteral("320M"),
                     QStringLiteral("--pin"), QStringLiteral("1:0"), QStringLiteral("--iotune"),
                     QStringLiteral("vda:read_bytes=8388608"), QStringLiteral("--autostart"),
                     QStringLiteral("on"), QStringLiteral("--description"),
                     QStringLiteral("edited from a terminal"), QStringLiteral("--cdrom"),
                     TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Memory: 224 MiB: applied now")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Maximum memory: 320 MiB: applies at next boot")),
                 qPrintable(r.out));
        HardwareState s = state();
        QCOMPARE(s.config.cpu.vcpuPins.value(1), QStringLiteral("0"));
        QCOMPARE(s.live.device(QStringLiteral("vda"))->iotune.readBytes, quint64(8 << 20));
        QVERIFY(s.autostart);
        QCOMPARE(s.config.description, QStringLiteral("edited from a terminal"));
        QVERIFY(!s.live.device(QStringLiteral("sda"))->disk.source.isEmpty());

        r = vireo({QStringLiteral("edit"), name, QStringLiteral("--add-disk"),
                   QStringLiteral("16M,pool=vireo-tests"), QStringLiteral("--add-nic"),
                   TestGuest::isolatedNetwork(), QStringLiteral("--cdrom"), QStringLiteral("eject"),
                   QStringLiteral("--autostart"), QStringLiteral("off")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        s = state();
        const QString mac = s.config.devicesOf(HardwareDevice::Kind::Interface).value(0).nic.mac;
        QVERIFY(s.config.device(QStringLiteral("vdb")));
        const QString volume = s.config.device(QStringLiteral("vdb"))->disk.source;
        r = vireo({QStringLiteral("edit"), name, QStringLiteral("--link"),
                   mac + QStringLiteral("=down")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("link down: applied now")),
                 qPrintable(r.out + r.err));
        r = vireo({QStringLiteral("edit"), name, QStringLiteral("--remove-device"),
                   QStringLiteral("vdb"), QStringLiteral("--remove-device"), mac});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QTRY_VERIFY_WITH_TIMEOUT(!state().live.device(QStringLiteral("vdb")), 15000);
        if (virStorageVolPtr v = virStorageVolLookupByPath(TestGuest::helperConnection(),
                                                           volume.toUtf8().constData())) {
            virStorageVolDelete(v, 0);
            virStorageVolFree(v);
        }

        // --live: the running VM only; --config: the definition only.
        r = vireo({QStringLiteral("edit"), name, QStringLiteral("--vcpus"), QStringLiteral("2"),
                   QStringLiteral("--title"), QStringLiteral("Live title"),
                   QStringLiteral("--live")});
        QVERIFY2(r.code == 0
                     && r.out.contains(
                         QStringLiteral("Title: Live title: applied now, until the VM stops")),
                 qPrintable(r.out + r.err));
        QCOMPARE(state().live.title, QStringLiteral("Live title"));
        QVERIFY(state().config.title.isEmpty());
        r = vireo({QStringLiteral("edit"), name, QStringLiteral("--max-vcpus"), QStringLiteral("2"),
                   QStringLiteral("--cpu-model"), QStringLiteral("core2duo"),
                   QStringLiteral("--title"), QStringLiteral("Saved title"),
                   QStringLiteral("--config")});
        QVERIFY2(r.code == 0
                     && r.out.contains(QStringLiteral("Title: Saved title: applies at next boot")),
                 qPrintable(r.out + r.err));
        QCOMPARE(state().config.title, QStringLiteral("Saved title"));
        r = vireo({QStringLiteral("edit"), name, QStringLiteral("--max-vcpus"), QStringLiteral("3"),
                   QStringLiteral("--live")});
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("next starts")),
                 qPrintable(r.out + r.err));

        // Bad input: exit 2, and nothing changed.
        const QString before = state().inactiveXml;
        for (const QStringList &args :
             {QStringList{QStringLiteral("--vcpus"), QStringLiteral("0")},
              QStringList{QStringLiteral("--memory"), QStringLiteral("lots")},
              QStringList{QStringLiteral("--pin"), QStringLiteral("0:999")},
              QStringList{QStringLiteral("--add-disk"), QStringLiteral("/nonexistent.img")},
              QStringList{QStringLiteral("--link"), QStringLiteral("52:54:00:00:00:01")}}) {
            r = vireo(QStringList{QStringLiteral("edit"), name} + args);
            QVERIFY2(r.code == 2, qPrintable(args.join(' ') + QStringLiteral(": ")
                                             + QString::number(r.code) + r.err));
            QVERIFY2(r.err.startsWith(QStringLiteral("vireo edit: ")), qPrintable(r.err));
        }
        QCOMPARE(state().inactiveXml, before);

        // --xml with a scripted editor: the diff is shown, the answer decides.
        QTemporaryDir scripts;
        const QString editor = scripts.filePath(QStringLiteral("add-rng.sh"));
        QFile script(editor);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nsed -i \"s|</devices>|<rng model='virtio'><backend "
                     "model='random'>/dev/urandom"
                     "</backend></rng></devices>|\" \"$1\"\n");
        script.close();
        QFile::setPermissions(editor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("VISUAL"));
        env.insert(QStringLiteral("EDITOR"), editor);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VIREO_BINARY),
                {QStringLiteral("-c"), QStringLiteral("qemu:///system"), QStringLiteral("edit"),
                 name, QStringLiteral("--xml")});
        QVERIFY(p.waitForStarted());
        p.write("y\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + p.readAllStandardError()));
        QVERIFY2(out.contains(QStringLiteral("+"))
                     && out.contains(QStringLiteral("<rng model='virtio'>")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Apply these changes?")));
        QCOMPARE(state().config.devicesOf(HardwareDevice::Kind::Rng).size(), 1);
    }

    void pendingChangesApplyAfterRestart()
    {
        // Everything above that waits for a boot (maximum memory, CPU model) is
        // pending; a disk added while shut off arrives with the boot; vCPUs stay at two.
        QVERIFY(!state().pending.isEmpty());
        const ProcessRun reset
            = vireoWithInput({QStringLiteral("reset"), m_guest->name()}, "n\n"); // asks
        QVERIFY2(reset.out.contains(QStringLiteral("Nothing done")),
                 qPrintable(reset.out + reset.err));
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_uuid.toLatin1().constData());
        QVERIFY(virDomainDestroy(dom) == 0);
        virDomainFree(dom);
        QTRY_VERIFY_WITH_TIMEOUT(!state().running, 10000);
        DiskRequest existing;
        existing.path = m_guest->diskPath() + QStringLiteral(".second");
        QVERIFY(
            QProcess::execute(QStringLiteral("qemu-img"),
                              {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                               QStringLiteral("raw"), existing.path, QStringLiteral("8M")})
            == 0);
        auto dropFile = qScopeGuard([existing] { QFile::remove(existing.path); });
        existing.format = QStringLiteral("raw");
        QString error;
        const ApplyReport r = apply({HardwareChange::addDisk(existing)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        QVERIFY(bootGuest());
        HardwareState s = state();
        QVERIFY2(s.pending.isEmpty(), qPrintable(s.pending.join('|')));
        QCOMPARE(s.live.memory.maximumKiB, quint64(320 * 1024));
        QCOMPARE(s.live.cpu.current, 2);
        QCOMPARE(guest(QStringLiteral("ls -d /sys/devices/system/cpu/cpu1")),
                 QStringLiteral("/sys/devices/system/cpu/cpu1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            guest(QStringLiteral("ls /sys/block")).contains(QStringLiteral("vdb")), 10000);
        // Force Reset from the terminal: the guest boots again.
        const int ready = m_guest->serialCount(QStringLiteral("VIREO-GUEST READY"));
        const ProcessRun yes = vireoWithInput(
            {QStringLiteral("reset"), m_guest->name(), QStringLiteral("--yes")}, {});
        QVERIFY2(yes.code == 0, qPrintable(yes.out + yes.err));
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 120000, ready + 1));
    }

    void rootPortsRunOut()
    {
        // A q35 machine with only the root ports libvirt gave it: NICs plug in live while a
        // port is free; the next says it waits for the next boot, and its definition gains a port.
        TestGuest vm(QStringLiteral("vireo-hw-q35"),
                     GuestOptions{.machine = QStringLiteral("q35")});
        QVERIFY2(vm.define(), qPrintable(vm.error()));
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       vm.uuid().toLatin1().constData());
        QVERIFY(dom && virDomainCreate(dom) == 0);
        auto stop = qScopeGuard([dom] {
            virDomainDestroy(dom);
            virDomainFree(dom);
        });
        QVERIFY(vm.waitForSerial(QStringLiteral("VIREO-GUEST READY"), 120000));
        auto read = [&] {
            return valueOf(HardwareEditor::read(m_conn.get(), vm.uuid())).value<HardwareState>();
        };
        const int free = read().live.freeRootPorts();
        QVERIFY2(free >= 0 && free < 4, qPrintable(QString::number(free)));
        auto ports = [](const Hardware &hw) {
            int n = 0;
            for (const HardwareDevice &d : hw.devicesOf(HardwareDevice::Kind::Controller))
                n += d.model == QLatin1String("pcie-root-port");
            return n;
        };
        const int before = ports(read().config);
        NicRequest nic;
        nic.type = QStringLiteral("user");
        QString error;
        for (int i = 0; i < free; ++i) {
            const ApplyReport r = apply_to(vm.uuid(), {HardwareChange::addNic(nic)}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        }
        const ApplyReport r = apply_to(vm.uuid(), {HardwareChange::addNic(nic)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::NextBoot);
        QVERIFY2(r.results.first().reason.contains(QStringLiteral("no free PCIe slot")),
                 qPrintable(r.results.first().reason));
        QCOMPARE(ports(read().config), before + 1);
    }

    void bootOrderDecidesWhatBoots()
    {
        // A disk holding a boot sector that prints BOOTED-FROM-DISK, and the test guest's ISO.
        TestGuest vm(QStringLiteral("vireo-hw-boot"),
                     GuestOptions{.withDisk = true,
                                  .diskFormat = QStringLiteral("raw"),
                                  .diskDir = TestGuest::stagingDir(),
                                  .bootFromIso = true});
        QVERIFY2(vm.define(), qPrintable(vm.error()));
        {
            QFile sector(QStringLiteral(VIREO_GUEST_DIR "/bootsector.bin"));
            QFile disk(vm.diskPath());
            QVERIFY(sector.open(QIODevice::ReadOnly) && disk.open(QIODevice::ReadWrite));
            disk.write(sector.readAll());
        }
        // The order set through the engine, then through `vireo edit --boot`.
        auto boot = [&](const QStringList &order, const QString &expect, bool terminal) {
            QString error;
            if (terminal) {
                const ProcessRun r = vireo(
                    {QStringLiteral("edit"), vm.name(), QStringLiteral("--boot"), order.join(',')});
                if (r.code != 0
                    || !r.out.contains(QStringLiteral("Boot order: %1: applied now")
                                           .arg(order.join(QStringLiteral(", ")))))
                    return r.out + r.err;
            } else {
                valueOf(HardwareEditor::apply(m_conn.get(), vm.uuid(),
                                              {HardwareChange::bootOrder(order)}),
                        &error);
                if (!error.isEmpty())
                    return error;
            }
            virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                           vm.uuid().toLatin1().constData());
            virDomainCreate(dom);
            const bool seen = vm.waitForSerial(expect, 90000, vm.serialCount(expect) + 1);
            virDomainDestroy(dom);
            virDomainFree(dom);
            return seen ? QString()
                        : QStringLiteral("no %1 with order %2").arg(expect, order.join(','));
        };
        QString why = boot({QStringLiteral("cdrom"), QStringLiteral("hd")},
                           QStringLiteral("VIREO-GUEST READY"), false);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = boot({QStringLiteral("hd"), QStringLiteral("cdrom")},
                   QStringLiteral("BOOTED-FROM-DISK"), true);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        m_guest.reset();
    }
};

QTEST_GUILESS_MAIN(TstHardwareVm)
#include "tst_hardwarevm.moc"
