// The hardware model and change sets without a daemon: real domain XML (virt-install's, Vireo's
// wizard's, one full of elements Vireo does not model) read into the typed description, edited
// through change sets that touch only what they edit, and the editor's refusals against libvirt's
// test driver, after which nothing has changed.

#include "core/Connection.h"
#include "create/VmSpec.h"
#include "hardware/HardwareEditor.h"
#include "support/LibraryWait.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using Vireo::Test::valueOf;

namespace {

QString fixture(const char *name)
{
    QFile f(QStringLiteral(VIREO_SOURCE_DIR "/tests/xml/data/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString wizardXml()
{
    VmSpec spec;
    spec.name = QStringLiteral("wizard-made");
    spec.emulated = true;
    spec.memoryMiB = 512;
    spec.vcpus = 2;
    VmDisk disk;
    disk.path = QStringLiteral("/var/lib/libvirt/images/w.qcow2");
    spec.disks = {disk};
    spec.nics = {VmNic{}};
    return writeDomainXml(spec);
}

/// The lines a diff adds or removes, without their marks.
QStringList changed(const QString &diff, QChar mark)
{
    QStringList lines;
    for (const QString &line : diff.split(QLatin1Char('\n')))
        if (line.startsWith(mark))
            lines << line.mid(1).trimmed();
    return lines;
}

} // namespace

class TstHardware : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    QString m_uuid; // the test driver's running domain "test"

    HardwareState state()
    {
        return valueOf(HardwareEditor::read(m_conn.get(), m_uuid)).value<HardwareState>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("test:///default"));
        QSignalSpy up(m_conn.get(), &Connection::domainsReset);
        m_conn->open();
        QVERIFY(up.wait(10000));
        m_uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
    }

    void readsVirtInstallXml()
    {
        DomainDocument doc;
        QVERIFY(doc.read(fixture("virt-install.xml")));
        const Hardware hw = Hardware::read(doc);
        QCOMPARE(hw.cpu.maximum, 2);
        QCOMPARE(hw.memory.maximumKiB, quint64(1024 * 1024));
        QCOMPARE(hw.boot.order, (QStringList{QStringLiteral("cdrom"), QStringLiteral("hd")}));
        QCOMPARE(hw.boot.emulator, QStringLiteral("/usr/bin/qemu-system-x86_64"));
        const HardwareDevice *vda = hw.device(QStringLiteral("vda"));
        QVERIFY(vda);
        QCOMPARE(vda->kind, HardwareDevice::Kind::Disk);
        QCOMPARE(vda->disk.discard, QStringLiteral("unmap"));
        const HardwareDevice *cd = hw.device(QStringLiteral("sda"));
        QVERIFY(cd);
        QCOMPARE(cd->kind, HardwareDevice::Kind::Cdrom);
        QVERIFY(cd->summary.contains(QStringLiteral("debian-11-netinst.iso")));
        QCOMPARE(hw.devicesOf(HardwareDevice::Kind::Rng).size(), 1);
        QCOMPARE(hw.devicesOf(HardwareDevice::Kind::Sound).first().model, QStringLiteral("ich9"));
        QCOMPARE(hw.devicesOf(HardwareDevice::Kind::Channel).size(), 2);
        QCOMPARE(hw.freeRootPorts(), 14); // none has a device yet
        // Kinds Vireo has no form for are listed too, under their element's name.
        QVERIFY(hw.device(QStringLiteral("redirdev#1")));
        QCOMPARE(hw.freeTarget(QStringLiteral("virtio")), QStringLiteral("vdb"));
        QCOMPARE(hw.freeTarget(QStringLiteral("sata")), QStringLiteral("sdb"));
    }

    void unEditedRoundTrip_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("virt-install") << fixture("virt-install.xml");
        QTest::newRow("full") << fixture("domain-full.xml");
        QTest::newRow("unmodelled") << fixture("unmodelled.xml");
        QTest::newRow("wizard") << wizardXml();
    }
    void unEditedRoundTrip()
    {
        QFETCH(QString, xml);
        DomainDocument doc;
        QVERIFY(doc.read(xml));
        QVERIFY(!Hardware::read(doc).devices.isEmpty());
        QCOMPARE(doc.write(), xml);
    }

    void changeSetTouchesOnlyWhatItEdits()
    {
        const QString before = fixture("virt-install.xml");
        DomainDocument doc;
        QVERIFY(doc.read(before));
        IoTune limits;
        limits.writeBytes = 4 * 1024 * 1024;
        const QList<HardwareChange> set{
            HardwareChange::maxVcpus(4),
            HardwareChange::vcpus(3),
            HardwareChange::memory(512 * 1024),
            HardwareChange::pinVcpu(0, QStringLiteral("0-1")),
            HardwareChange::ioTune(QStringLiteral("vda"), limits),
            HardwareChange::bootOrder({QStringLiteral("hd"), QStringLiteral("cdrom")}),
            HardwareChange::media(QStringLiteral("sda"), {}),
            HardwareChange::removeDevice(QStringLiteral("sound#0")),
            HardwareChange::addDevice(DeviceXml::watchdog()),
        };
        for (const HardwareChange &c : set) {
            QString error;
            QVERIFY2(applyToDocument(doc, c, &error), qPrintable(c.describe() + error));
        }
        const QString after = doc.write();
        const QString diff = lineDiff(before, after, 0);
        const QStringList removed = changed(diff, QLatin1Char('-'));
        const QStringList added = changed(diff, QLatin1Char('+'));
        // What went: the old memory and vCPU counts, the boot order, the CD's media, the sound
        // card; nothing else.
        QCOMPARE(
            removed,
            (QStringList{
                QStringLiteral("<currentMemory>1048576</currentMemory>"),
                QStringLiteral("<vcpu>2</vcpu>"), QStringLiteral("<boot dev=\"cdrom\"/>"),
                QStringLiteral("<boot dev=\"hd\"/>"),
                QStringLiteral("<source file=\"/var/lib/libvirt/images/debian-11-netinst.iso\"/>"),
                QStringLiteral("<sound model=\"ich9\"/>")}));
        QVERIFY(added.contains(QStringLiteral("<currentMemory unit='KiB'>524288</currentMemory>")));
        QVERIFY(added.contains(QStringLiteral("<vcpu current='3'>4</vcpu>")));
        QVERIFY(added.contains(QStringLiteral("<vcpupin vcpu='0' cpuset='0-1'/>")));
        QVERIFY(added.contains(QStringLiteral("<write_bytes_sec>4194304</write_bytes_sec>")));
        QVERIFY(added.contains(QStringLiteral("<boot dev='cdrom'/>")));
        QVERIFY(added.contains(QStringLiteral("<watchdog model='i6300esb' action='reset'/>")));
        // Everything Vireo does not model is still there, as it was.
        for (const char *kept :
             {"<suspend-to-mem enabled=\"no\"/>", "<redirdev bus=\"usb\" type=\"spicevmc\"/>",
              "<image compression=\"off\"/>", "<on_reboot>destroy</on_reboot>"})
            QVERIFY2(after.contains(QLatin1String(kept)), kept);
        // And read back, the model says what was set.
        const Hardware hw = Hardware::read(doc);
        QCOMPARE(hw.cpu.current, 3);
        QCOMPARE(hw.cpu.maximum, 4);
        QCOMPARE(hw.cpu.vcpuPins.value(0), QStringLiteral("0-1"));
        QCOMPARE(hw.device(QStringLiteral("vda"))->iotune.writeBytes, quint64(4 * 1024 * 1024));
        QCOMPARE(hw.memory.currentKiB, quint64(512 * 1024));
        QVERIFY(hw.device(QStringLiteral("sda"))->disk.source.isEmpty());
        QCOMPARE(hw.devicesOf(HardwareDevice::Kind::Sound).size(), 0);
        QCOMPARE(hw.devicesOf(HardwareDevice::Kind::Watchdog).size(), 1);
    }

    void sharedFolderSharesTheMemory()
    {
        DomainDocument doc;
        QVERIFY(doc.read(fixture("virt-install.xml")));
        QString error;
        QVERIFY2(applyToDocument(doc,
                                 HardwareChange::addDevice(DeviceXml::virtiofs(
                                     QStringLiteral("/srv/share"), QStringLiteral("share"), true)),
                                 &error),
                 qPrintable(error));
        const QString xml = doc.write();
        QVERIFY(xml.contains(QStringLiteral("<source type='memfd'/>")));
        QVERIFY(xml.contains(QStringLiteral("<access mode='shared'/>")));
        QCOMPARE(Hardware::read(doc).devicesOf(HardwareDevice::Kind::Filesystem).size(), 1);
    }

    void documentRefusals_data()
    {
        QTest::addColumn<HardwareChange>("change");
        QTest::addColumn<QString>("says");
        QTest::newRow("memory above maximum")
            << HardwareChange::memory(4 * 1024 * 1024) << "above the maximum";
        QTest::newRow("no vCPUs") << HardwareChange::vcpus(0) << "between 1";
        QTest::newRow("vCPUs above maximum") << HardwareChange::vcpus(3) << "between 1";
        QTest::newRow("no such CD-ROM")
            << HardwareChange::media(QStringLiteral("hdz"), {}) << "no CD-ROM";
        QTest::newRow("bad CPU list")
            << HardwareChange::pinVcpu(0, QStringLiteral("1-x")) << "not a list";
        QTest::newRow("pin missing vCPU")
            << HardwareChange::pinVcpu(7, QStringLiteral("0")) << "no vCPU 7";
        QTest::newRow("bad boot device")
            << HardwareChange::bootOrder({QStringLiteral("usb")}) << "not a boot device";
        QTest::newRow("bad device XML")
            << HardwareChange::addDevice(QStringLiteral("<rng")) << "not well-formed";
        QTest::newRow("no such device")
            << HardwareChange::removeDevice(QStringLiteral("vdq")) << "no device vdq";
        QTest::newRow("topology") << HardwareChange::cpuTopology({1, 3, 1}) << "must equal";
    }
    void documentRefusals()
    {
        QFETCH(HardwareChange, change);
        QFETCH(QString, says);
        const QString before = fixture("virt-install.xml");
        DomainDocument doc;
        QVERIFY(doc.read(before));
        QString error;
        QVERIFY(!applyToDocument(doc, change, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(doc.write(), before);
    }

    void diffShowsTheChange()
    {
        const QString diff = lineDiff(QStringLiteral("a\nb\nc\nd\ne\nf\ng"),
                                      QStringLiteral("a\nb\nC\nd\ne\nf\ng"), 1);
        QCOMPARE(diff, QStringLiteral("...\n b\n-c\n+C\n d\n"));
        QVERIFY(lineDiff(QStringLiteral("same"), QStringLiteral("same")).isEmpty());
    }

    void pendingLines()
    {
        DomainDocument liveDoc;
        QVERIFY(liveDoc.read(fixture("virt-install.xml")));
        DomainDocument nextDoc;
        QVERIFY(nextDoc.read(fixture("virt-install.xml")));
        QVERIFY(pendingUntilRestart(Hardware::read(liveDoc), Hardware::read(nextDoc)).isEmpty());
        QVERIFY(applyToDocument(nextDoc, HardwareChange::maxMemory(2 * 1024 * 1024), nullptr));
        QVERIFY(applyToDocument(nextDoc, HardwareChange::removeDevice(QStringLiteral("rng#0")),
                                nullptr));
        const QStringList pending
            = pendingUntilRestart(Hardware::read(liveDoc), Hardware::read(nextDoc));
        QCOMPARE(pending.size(), 2);
        QVERIFY2(pending.join(QLatin1Char('|')).contains(QStringLiteral("1 GiB -> 2 GiB")),
                 qPrintable(pending.join('|')));
    }

    void readsStateWithHostContext()
    {
        const HardwareState s = state();
        QVERIFY(s.running);
        QVERIFY(s.persistent);
        QVERIFY(s.hostCpus > 0);
        QVERIFY(s.hostMemoryKiB > 0);
        QCOMPARE(s.config.name, QStringLiteral("test"));
        QCOMPARE(s.live.name, QStringLiteral("test"));
        QVERIFY(s.pending.isEmpty());
    }

    void refusedSetsChangeNothing_data()
    {
        QTest::addColumn<QList<HardwareChange>>("set");
        QTest::addColumn<QString>("says");
        const HardwareState s = state();
        DiskRequest missing;
        missing.path = QStringLiteral("/nonexistent/disk.qcow2");
        NicRequest badMac;
        badMac.mac = QStringLiteral("52:54:zz:00:00:01");
        NicRequest noNet;
        noNet.source = QStringLiteral("no-such-network");
        QTest::newRow("vcpus above host")
            << QList<HardwareChange>{HardwareChange::maxVcpus(100000)} << "at most";
        QTest::newRow("pin to a CPU the host lacks")
            << QList<HardwareChange>{HardwareChange::pinVcpu(0, QString::number(s.hostCpus))}
            << "has no CPU";
        QTest::newRow("memory above host")
            << QList<HardwareChange>{HardwareChange::maxMemory(s.hostMemoryKiB * 2)}
            << "more than the host";
        QTest::newRow("missing disk file")
            << QList<HardwareChange>{HardwareChange::memory(1024), HardwareChange::addDisk(missing)}
            << "does not exist";
        QTest::newRow("bad MAC") << QList<HardwareChange>{HardwareChange::addNic(badMac)}
                                 << "not a MAC";
        QTest::newRow("no network")
            << QList<HardwareChange>{HardwareChange::addNic(noNet)} << "no virtual network";
        QTest::newRow("half good set")
            << QList<HardwareChange>{HardwareChange::vcpus(1),
                                     HardwareChange::media(QStringLiteral("hdz"), {})}
            << "no CD-ROM";
    }
    void refusedSetsChangeNothing()
    {
        QFETCH(QList<HardwareChange>, set);
        QFETCH(QString, says);
        const QString before = state().inactiveXml;
        QString error;
        QVERIFY(!valueOf(HardwareEditor::apply(m_conn.get(), m_uuid, set), &error).isValid());
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(state().inactiveXml, before);
    }

    void refusesWhatOtherVmsHold()
    {
        // A second VM with a writable disk file and a MAC: the test VM may not have either.
        QTemporaryFile file;
        QVERIFY(file.open());
        const QString path = file.fileName();
        const QString other
            = QStringLiteral("<domain type='test'><name>holder</name><memory>65536</memory>"
                             "<os><type>hvm</type></os><devices><disk type='file' device='disk'>"
                             "<source file='%1'/><target dev='vda' bus='virtio'/></disk>"
                             "<interface type='network'><mac address='52:54:00:aa:bb:01'/>"
                             "<source network='default'/></interface></devices></domain>")
                  .arg(path);
        QString error;
        valueOf(m_conn->runJob(QStringLiteral("define"),
                               [other](virConnectPtr c, Operation *) {
                                   virDomainPtr d
                                       = virDomainDefineXML(c, other.toUtf8().constData());
                                   if (d)
                                       virDomainFree(d);
                                   return d ? OpResult::success()
                                            : OpResult::failure(QStringLiteral("define"));
                               }),
                &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString before = state().inactiveXml;
        DiskRequest shared;
        shared.path = path;
        shared.format = QStringLiteral("raw");
        QVERIFY(
            !valueOf(HardwareEditor::apply(m_conn.get(), m_uuid, {HardwareChange::addDisk(shared)}),
                     &error)
                 .isValid());
        QVERIFY2(error.contains(QStringLiteral("in use"))
                     && error.contains(QStringLiteral("'holder'")),
                 qPrintable(error));
        NicRequest twin;
        twin.mac = QStringLiteral("52:54:00:AA:BB:01");
        QVERIFY(
            !valueOf(HardwareEditor::apply(m_conn.get(), m_uuid, {HardwareChange::addNic(twin)}),
                     &error)
                 .isValid());
        QVERIFY2(error.contains(QStringLiteral("'holder'")), qPrintable(error));
        // Its own target, taken.
        shared.readOnly = true;                // read-only sharing is fine...
        shared.target = QStringLiteral("vda"); // ...but vda is this VM's own disk
        QVERIFY(
            !valueOf(HardwareEditor::apply(m_conn.get(), m_uuid, {HardwareChange::addDisk(shared)}),
                     &error)
                 .isValid());
        QVERIFY2(error.contains(QStringLiteral("already has a disk vda")), qPrintable(error));
        QCOMPARE(state().inactiveXml, before);
    }

    void appliesToTheDefinition()
    {
        // The test driver's domain runs: a maximum waits for the next boot, a title applies now.
        QString error;
        const QVariant value
            = valueOf(HardwareEditor::apply(m_conn.get(), m_uuid,
                                            {HardwareChange::maxVcpus(4),
                                             HardwareChange::titleOf(QStringLiteral("Web"))}),
                      &error);
        QVERIFY2(value.isValid(), qPrintable(error));
        const ApplyReport report = value.value<ApplyReport>();
        QCOMPARE(report.results.size(), 2);
        QCOMPARE(report.results.at(0).outcome, ChangeResult::Outcome::NextBoot);
        QVERIFY(report.definitionChanged);
        const HardwareState s = state();
        QCOMPARE(s.config.cpu.maximum, 4);
        QCOMPARE(s.config.title, QStringLiteral("Web"));
        QVERIFY2(s.pending.join(' ').contains(QStringLiteral("Maximum vCPUs")),
                 qPrintable(s.pending.join('|')));
    }

    void rawXml()
    {
        const QString before = state().inactiveXml;
        QString error;
        QString bad = before;
        bad.replace(QStringLiteral("</devices>"), QStringLiteral("<frobnicator/></devices>"));
        QVERIFY(!valueOf(HardwareEditor::defineXml(m_conn.get(), m_uuid, bad), &error).isValid()
                && !error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("frobnicator"))
                     || error.contains(QStringLiteral("schema"))
                     || error.contains(QStringLiteral("Element")),
                 qPrintable(error));
        QCOMPARE(state().inactiveXml, before);

        QString renamed = before;
        renamed.replace(QStringLiteral("<name>test</name>"), QStringLiteral("<name>other</name>"));
        QVERIFY(
            !valueOf(HardwareEditor::defineXml(m_conn.get(), m_uuid, renamed), &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));

        QString good = before;
        good.replace(QStringLiteral("</devices>"),
                     QStringLiteral("<watchdog model='i6300esb' action='poweroff'/></devices>"));
        QVERIFY2(!lineDiff(before, good).isEmpty(), "the diff shows the edit");
        valueOf(HardwareEditor::defineXml(m_conn.get(), m_uuid, good), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(state().config.devicesOf(HardwareDevice::Kind::Watchdog).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstHardware)
#include "tst_hardware.moc"
