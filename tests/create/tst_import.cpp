// VMs from other hypervisors, with the real daemon and QEMU: OVAs in VirtualBox's and VMware's
// flavours (made here from the test guest's bootable disk, as those tools write them), VDI and
// VHDX disks, Vireo's own export imported back; damaged or mislabelled files leave nothing.

#include "core/Connection.h"
#include "create/Import.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "xml/DomainDocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

/// An OVF descriptor from tests/create/data/ovf/, with the VM's name, its disk file and size.
QByteArray descriptor(const QString &file, const QString &name, const QString &disk,
                      quint64 capacity)
{
    return QString::fromUtf8(
               fileText(QStringLiteral(VIREO_SOURCE_DIR "/tests/create/data/ovf/") + file))
        .arg(name, disk)
        .arg(capacity)
        .toUtf8();
}

/// The descriptor VirtualBox 7 writes on "Export Appliance" (OVF 1.0), trimmed to what matters:
/// memory in MB, a sound card and a USB controller Vireo does not give, EFI firmware off.
QByteArray virtualBoxOvf(const QString &name, const QString &disk, quint64 capacity)
{
    return descriptor(QStringLiteral("virtualbox.ovf"), name, disk, capacity);
}

/// The descriptor VMware's ovftool writes (OVF 1.0, vmx-13): memory in "byte * 2^20", the VM's
/// name in <Name>, the firmware in vmw:Config.
QByteArray vmwareOvf(const QString &name, const QString &disk, quint64 capacity)
{
    return descriptor(QStringLiteral("vmware.ovf"), name, disk, capacity);
}

bool run(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TstImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QStringLiteral("/var/tmp/vireo-import-XXXXXX")};
    QString m_image; // the test guest, bootable as a disk
    quint64 m_capacity = 0;
    std::unique_ptr<Connection> m_conn;
    QStringList m_made; // domains to remove at the end

    /// An OVA as the tools write it: descriptor first, then the disk, then the manifest.
    QString makeOva(const QString &name, const QByteArray &ovf, bool manifest)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        const QString disk = name + QStringLiteral("-disk001.vmdk");
        if (!run(QStringLiteral("qemu-img"),
                 {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("vmdk"),
                  QStringLiteral("-o"), QStringLiteral("subformat=streamOptimized"), m_image,
                  QDir(dir).filePath(disk)}))
            return {};
        writeFile(QDir(dir).filePath(name + QStringLiteral(".ovf")), ovf);
        QStringList files{name + QStringLiteral(".ovf"), disk};
        if (manifest) {
            QByteArray mf;
            for (const QString &f : files) {
                QFile file(QDir(dir).filePath(f));
                file.open(QIODevice::ReadOnly);
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&file);
                mf += "SHA256(" + f.toUtf8() + ")= " + hash.result().toHex() + "\n";
            }
            writeFile(QDir(dir).filePath(name + QStringLiteral(".mf")), mf);
            files << name + QStringLiteral(".mf");
        }
        const QString ova = m_dir.filePath(name + QStringLiteral(".ova"));
        if (!run(QStringLiteral("tar"),
                 QStringList{QStringLiteral("--format=ustar"), QStringLiteral("-cf"), ova} + files,
                 dir))
            return {};
        return ova;
    }

    /// Imports through the engine, with what a test guest gets: emulation, no network, VNC,
    /// its first serial port logged.
    std::pair<bool, QString> import(const QString &path, const QString &name, const QString &serial,
                                    bool start = true)
    {
        ImportRequest r;
        r.path = path;
        r.name = name;
        r.start = start;
        r.hardware.emulated = true;
        r.hardware.graphics.type = VmGraphics::Type::Vnc;
        r.hardware.serialLogPath = serial;
        m_made << name;
        return finish(Import::importVm(m_conn.get(), r), 180000);
    }

    bool bootsReady(const QString &name, const QString &serial)
    {
        const bool ok = QTest::qWaitFor(
            [&] { return fileText(serial).contains("VIREO-GUEST READY"); }, 120000);
        if (virDomainPtr d
            = virDomainLookupByName(TestGuest::helperConnection(), name.toUtf8().constData())) {
            virDomainDestroy(d); // never more than two guests at once
            virDomainFree(d);
        }
        virResetLastError();
        return ok;
    }

    QStringList poolVolumes() const { return TestGuest::defaultPoolVolumes(); }

private Q_SLOTS:
    void initTestCase()
    {
        chmod(qPrintable(m_dir.path()), 0755); // QEMU's log writer and qemu-img read here
        m_image = TestGuest::stagingDir() + QStringLiteral("/vireo-test-cloud.qcow2");
        QVERIFY(QFile::exists(m_image));
        m_capacity = quint64(QFileInfo(m_image).size()); // at least what it holds
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_made))
            TestGuest::removeDomainAndVolumes(name);
        m_conn.reset();
    }

    void ovfDescriptorsAreRead()
    {
        ImportPlan vbox;
        QString error;
        QVERIFY2(Import::parseOvf(
                     virtualBoxOvf(QStringLiteral("web01"), QStringLiteral("d.vmdk"), 1 << 30),
                     &vbox, &error),
                 qPrintable(error));
        QCOMPARE(vbox.name, QStringLiteral("web01"));
        QCOMPARE(vbox.flavour, QStringLiteral("VirtualBox"));
        QCOMPARE(vbox.memoryMiB, 256u);
        QCOMPARE(vbox.vcpus, 1);
        QCOMPARE(vbox.nics, 1);
        QCOMPARE(vbox.diskFiles, QStringList{QStringLiteral("d.vmdk")});
        QCOMPARE(vbox.notices.size(), 2); // the sound card and the USB controller
        QVERIFY(vbox.notices.join(QLatin1Char(' ')).contains(QStringLiteral("sound card")));
        ImportPlan vmware;
        QVERIFY(Import::parseOvf(vmwareOvf(QStringLiteral("db02"), QStringLiteral("e.vmdk"), 1),
                                 &vmware, &error));
        QCOMPARE(vmware.name, QStringLiteral("db02"));
        QCOMPARE(vmware.flavour, QStringLiteral("VMware"));
        QCOMPARE(vmware.memoryMiB, 256u);
        QVERIFY(!vmware.uefi);
        QVERIFY(vmware.notices.isEmpty());
        ImportPlan junk;
        QVERIFY(!Import::parseOvf("<html>not an ovf</html>", &junk, &error));
        QVERIFY(error.contains(QStringLiteral("not an OVF")));
    }

    void virtualBoxOvaImportsAndBootsFromTheTerminal()
    {
        const QString ova
            = makeOva(QStringLiteral("vbox-web"),
                      virtualBoxOvf(QStringLiteral("vireo-import-vbox"),
                                    QStringLiteral("vbox-web-disk001.vmdk"), m_capacity),
                      true);
        QVERIFY(!ova.isEmpty());
        // What it will make, read before anything is unpacked (the wizard's summary).
        QString why;
        const auto plan = Import::readPlan(ova, &why);
        QVERIFY2(plan, qPrintable(why));
        QCOMPARE(plan->name, QStringLiteral("vireo-import-vbox"));
        QCOMPARE(plan->flavour, QStringLiteral("VirtualBox"));
        QCOMPARE(plan->diskFiles, QStringList{QStringLiteral("vbox-web-disk001.vmdk")});
        QVERIFY2(plan->notices.join(QLatin1Char(' ')).contains(QStringLiteral("sound card")),
                 qPrintable(plan->notices.join(QLatin1Char(' '))));
        const QString serial = m_dir.filePath(QStringLiteral("vbox-serial.log"));
        m_made << QStringLiteral("vireo-import-vbox");
        const ProcessRun r = runProcess(
            QStringLiteral(VIREO_BINARY),
            {QStringLiteral("create"), QStringLiteral("--connect"),
             QStringLiteral("qemu:///system"), QStringLiteral("--import"), ova,
             QStringLiteral("--accel"), QStringLiteral("emulation"), QStringLiteral("--network"),
             QStringLiteral("none"), QStringLiteral("--graphics"), QStringLiteral("vnc"),
             QStringLiteral("--serial-log"), serial},
            180000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("vireo-import-vbox ")), qPrintable(r.out));
        // What it could not have is said.
        QVERIFY2(r.err.contains(QStringLiteral("sound card")), qPrintable(r.err));
        QVERIFY(bootsReady(QStringLiteral("vireo-import-vbox"), serial));
        // Its disk is qcow2 in the pool; nothing of the unpacked OVA stays behind.
        QVERIFY(poolVolumes().contains(QStringLiteral("vireo-import-vbox.qcow2")));
        for (const QString &v : poolVolumes())
            QVERIFY2(!v.startsWith(QStringLiteral(".vireo-import")), qPrintable(v));
    }

    void vmwareOvaImports()
    {
        const QString ova = makeOva(QStringLiteral("vmw-db"),
                                    vmwareOvf(QStringLiteral("vireo-import-vmware"),
                                              QStringLiteral("vmw-db-disk001.vmdk"), m_capacity),
                                    false);
        QVERIFY(!ova.isEmpty());
        const QString serial = m_dir.filePath(QStringLiteral("vmware-serial.log"));
        const auto [ok, error] = import(ova, QString(), serial);
        QVERIFY2(ok, qPrintable(error));
        m_made << QStringLiteral("vireo-import-vmware");
        QVERIFY(bootsReady(QStringLiteral("vireo-import-vmware"), serial));
    }

    void vdiAndVhdxDisksImportAndBoot_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("vdi") << "vdi"
                             << "vdi";
        QTest::newRow("vhdx") << "vhdx"
                              << "vhdx";
    }
    void vdiAndVhdxDisksImportAndBoot()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        const QString disk = m_dir.filePath(QStringLiteral("guest.") + suffix);
        QVERIFY(run(QStringLiteral("qemu-img"),
                    {QStringLiteral("convert"), QStringLiteral("-O"), format, m_image, disk}));
        const QString name = QStringLiteral("vireo-import-") + suffix;
        const QString serial = m_dir.filePath(name + QStringLiteral(".log"));
        const auto [ok, error] = import(disk, name, serial);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(bootsReady(name, serial));
    }

    void exportThenImportRoundTrips()
    {
        const QString ova = m_dir.filePath(QStringLiteral("exported.ova"));
        const ProcessRun r = runProcess(QStringLiteral(VIREO_BINARY),
                                        {QStringLiteral("export"), QStringLiteral("--connect"),
                                         QStringLiteral("qemu:///system"),
                                         QStringLiteral("vireo-import-vbox"), ova},
                                        180000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(ova));
        QVERIFY(!QFile::exists(ova + QStringLiteral(".parts")));
        const QString serial = m_dir.filePath(QStringLiteral("roundtrip.log"));
        const auto [ok, error] = import(ova, QStringLiteral("vireo-import-again"), serial);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(bootsReady(QStringLiteral("vireo-import-again"), serial));
        DomainDocument doc;
        virDomainPtr d = virDomainLookupByName(TestGuest::helperConnection(), "vireo-import-again");
        QVERIFY(d);
        char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
        virDomainFree(d);
        QVERIFY(doc.read(QString::fromUtf8(xml)));
        free(xml);
        QCOMPARE(doc.memoryKiB(), 256ull * 1024);
        QCOMPARE(doc.maxVcpus(), 1);
    }

    void damagedOrMislabelledFilesLeaveNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated OVA") << "truncated"
                                       << "damaged or incomplete";
        QTest::newRow("corrupted disk in an OVA") << "corrupted"
                                                  << "does not match its manifest";
        QTest::newRow("qcow2 named .vmdk") << "mislabelled"
                                           << "holds a qcow2 image";
    }
    void damagedOrMislabelledFilesLeaveNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QString path;
        if (kind == QLatin1String("mislabelled")) {
            path = m_dir.filePath(QStringLiteral("really-qcow2.vmdk"));
            QFile::remove(path);
            QVERIFY(QFile::copy(m_image, path));
        } else {
            const QString ova
                = makeOva(kind,
                          virtualBoxOvf(QStringLiteral("vireo-import-bad"),
                                        kind + QStringLiteral("-disk001.vmdk"), m_capacity),
                          true);
            QVERIFY(!ova.isEmpty());
            QFile f(ova);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(f.size() / 2));
            } else {
                f.seek(f.size() / 2); // inside the disk: the manifest no longer matches
                f.write("VIREO-CORRUPTED");
            }
            path = ova;
        }
        const QStringList before = poolVolumes();
        const auto [ok, error] = import(path, QStringLiteral("vireo-import-bad"),
                                        m_dir.filePath(QStringLiteral("bad.log")));
        QVERIFY(!ok);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(poolVolumes(), before);
        QVERIFY(!m_conn->domainByName(QStringLiteral("vireo-import-bad")));
        for (const QString &file : QDir(QStringLiteral("/var/lib/libvirt/images"))
                                       .entryList(QDir::AllEntries | QDir::Hidden))
            QVERIFY2(!file.startsWith(QStringLiteral(".vireo-import")), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
