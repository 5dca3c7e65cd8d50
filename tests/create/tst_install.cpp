// From install image to the installed system, with the real daemon and QEMU: a VM made from an
// install image boots its disk once the installer has made it bootable (even with Vireo closed
// before the installer's reboot), its stored definition keeps the CD-ROM drive empty, and the
// "Eject Install Media and Boot from Disk" action repairs a VM defined the old way.
//
// The installer is the test guest's vireo-test-installer.iso: it writes a boot sector that prints
// BOOTED-FROM-DISK on the serial port to /dev/vda, says VIREO-INSTALLED and reboots.

#include "core/Connection.h"
#include "create/CloudInit.h"
#include "create/FirstRun.h"
#include "create/InstallMedia.h"
#include "create/VmCreator.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "xml/DomainDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kName = QStringLiteral("vireo-install-boot");

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The domain's stored (inactive) or live definition.
bool definitionOf(DomainDocument &doc, const QString &name, bool stored)
{
    virDomainPtr d
        = virDomainLookupByName(TestGuest::helperConnection(), name.toUtf8().constData());
    if (!d)
        return false;
    char *xml = virDomainGetXMLDesc(d, stored ? VIR_DOMAIN_XML_INACTIVE : 0);
    virDomainFree(d);
    const bool ok = xml && doc.read(QString::fromUtf8(xml));
    free(xml);
    return ok;
}

/// The media in the domain's CD-ROM drives, one entry per drive ("" when empty).
QStringList cdromMedia(const DomainDocument &doc)
{
    QStringList media;
    for (const DomainDocument::Disk &d : doc.disks()) {
        if (d.device == QLatin1String("cdrom"))
            media << d.source;
    }
    return media;
}

int run(const char *action, const QString &name)
{
    virDomainPtr d
        = virDomainLookupByName(TestGuest::helperConnection(), name.toUtf8().constData());
    if (!d)
        return -1;
    const int rc = QByteArray(action) == "start" ? virDomainCreate(d) : virDomainDestroy(d);
    virDomainFree(d);
    virResetLastError();
    return rc;
}

} // namespace

class TstInstall : public QObject
{
    Q_OBJECT

    QString m_serial;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(
            QFile::exists(TestGuest::stagingDir() + QStringLiteral("/vireo-test-installer.iso")));
        m_serial = TestGuest::stagingDir() + QStringLiteral("/install-serial.log");
        TestGuest::removeDomainAndVolumes(kName);
    }

    void cleanupTestCase()
    {
        TestGuest::removeDomainAndVolumes(kName);
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-cloud"));
    }

    void installedSystemBootsFromDiskEvenWithVireoClosed()
    {
        const QString iso = TestGuest::stagingDir() + QStringLiteral("/vireo-test-installer.iso");
        {
            Connection c(QStringLiteral("qemu:///system"));
            c.open();
            QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Connected, 15000);
            // What the wizard asks for an install from an image: a new disk, the image in a
            // CD-ROM, install boot.
            CreateRequest r;
            r.spec.name = kName;
            r.spec.osId = QStringLiteral("http://libosinfo.org/linux/2022");
            r.spec.emulated = true;
            r.spec.memoryMiB = 256;
            r.spec.bootFromCdrom = true;
            VmDisk cdrom;
            cdrom.device = VmDisk::Device::Cdrom;
            cdrom.path = iso;
            cdrom.format = QStringLiteral("raw");
            cdrom.bus = QStringLiteral("sata");
            r.spec.disks = {cdrom};
            r.spec.graphics.type = VmGraphics::Type::Vnc;
            r.spec.serialLogPath = m_serial;
            r.newDiskGiB = 1;
            const auto [ok, error] = finish(Creation::create(&c, r), 120000);
            QVERIFY2(ok, qPrintable(error));

            // The stored definition boots the disk first and keeps its drive empty; the image
            // is in for this run only.
            DomainDocument stored;
            QVERIFY(definitionOf(stored, kName, true));
            QCOMPARE(stored.bootOrder(),
                     (QStringList{QStringLiteral("hd"), QStringLiteral("cdrom")}));
            QCOMPARE(cdromMedia(stored), QStringList{QString()});
            DomainDocument live;
            QVERIFY(definitionOf(live, kName, false));
            QCOMPARE(cdromMedia(live), QStringList{iso});
        } // Vireo closes here, long before the installer is done.

        // The installer ran once; the reboot it asked for started the installed system.
        QTRY_VERIFY_WITH_TIMEOUT(fileText(m_serial).contains("BOOTED-FROM-DISK"), 180000);
        const QByteArray log = fileText(m_serial);
        QCOMPARE(log.count("VIREO-INSTALLED"), 1);
        QVERIFY(log.indexOf("VIREO-INSTALLED") < log.indexOf("BOOTED-FROM-DISK"));
        QVERIFY(!log.contains("VIREO-GUEST READY"));

        // Switched off and on again: the stored definition, with its empty drive, boots the disk.
        QCOMPARE(run("destroy", kName), 0);
        DomainDocument stored;
        QVERIFY(definitionOf(stored, kName, true));
        QCOMPARE(cdromMedia(stored), QStringList{QString()});
        QCOMPARE(run("start", kName), 0);
        QTRY_VERIFY_WITH_TIMEOUT(fileText(m_serial).contains("BOOTED-FROM-DISK"), 60000);
        QVERIFY(!fileText(m_serial).contains("VIREO-INSTALLED"));
        QCOMPARE(run("destroy", kName), 0);
    }

    void ejectActionRepairsAMachineDefinedTheOldWay()
    {
        // Defined as Vireo did before: the image stays in, the CD-ROM boots first.
        const QString iso = TestGuest::stagingDir() + QStringLiteral("/vireo-test-installer.iso");
        DomainDocument old;
        QVERIFY(definitionOf(old, kName, true));
        QString target;
        for (const DomainDocument::Disk &disk : old.disks()) {
            if (disk.device == QLatin1String("cdrom"))
                target = disk.target;
        }
        QVERIFY(old.setMedia(target, iso));
        old.setBootOrder({QStringLiteral("cdrom"), QStringLiteral("hd")});
        virDomainPtr d
            = virDomainDefineXML(TestGuest::helperConnection(), old.write().toUtf8().constData());
        QVERIFY(d);
        virDomainFree(d);

        Connection c(QStringLiteral("qemu:///system"));
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Connected, 15000);
        const auto domain = c.domainByName(kName);
        QVERIFY(domain.has_value());
        // The library offers the repair on such a machine...
        QVERIFY(InstallMedia::looksLeftInInstaller(*domain));
        const auto [ok, error] = finish(InstallMedia::ejectAndBootFromDisk(&c, domain->uuid));
        QVERIFY2(ok, qPrintable(error));
        DomainDocument stored;
        QVERIFY(definitionOf(stored, kName, true));
        QCOMPARE(stored.bootOrder(), (QStringList{QStringLiteral("hd"), QStringLiteral("cdrom")}));
        QCOMPARE(cdromMedia(stored), QStringList{QString()});
        // ...and not any more once it is done (the cache follows the definition's event).
        QTRY_VERIFY(!InstallMedia::looksLeftInInstaller(*c.domainByName(kName)));

        // The machine starts its installed system, not the installer.
        QCOMPARE(run("start", kName), 0);
        QTRY_VERIFY_WITH_TIMEOUT(fileText(m_serial).contains("BOOTED-FROM-DISK"), 60000);
        QVERIFY(!fileText(m_serial).contains("VIREO-INSTALLED"));
        QCOMPARE(run("destroy", kName), 0);
    }

    void cloudImageIsSetUpAtFirstBootByCloudInit()
    {
        // From a terminal, as a user would: a linked copy of the cloud image, a user, a key, a
        // password and a host name for cloud-init.
        const QString name = QStringLiteral("vireo-cloud");
        TestGuest::removeDomainAndVolumes(name);
        const QString image = TestGuest::stagingDir() + QStringLiteral("/vireo-test-cloud.qcow2");
        const QString serial = TestGuest::stagingDir() + QStringLiteral("/cloud-serial.log");
        QTemporaryDir secrets;
        const QString key = secrets.filePath(QStringLiteral("id_ed25519.pub"));
        const QString password = secrets.filePath(QStringLiteral("password"));
        QFile k(key), pw(password);
        QVERIFY(k.open(QIODevice::WriteOnly) && pw.open(QIODevice::WriteOnly));
        k.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx3Vireo0Test0Key0Only0Used0Here ann@host\n");
        pw.write("s3cret-pass\n");
        k.close();
        pw.close();
        const ProcessRun r = runProcess(QStringLiteral(VIREO_BINARY),
                                        {QStringLiteral("create"),
                                         QStringLiteral("--connect"),
                                         QStringLiteral("qemu:///system"),
                                         QStringLiteral("--name"),
                                         name,
                                         QStringLiteral("--cloud-image"),
                                         image,
                                         QStringLiteral("--user"),
                                         QStringLiteral("ann"),
                                         QStringLiteral("--ssh-key"),
                                         key,
                                         QStringLiteral("--password-file"),
                                         password,
                                         QStringLiteral("--hostname"),
                                         QStringLiteral("vireo-cloud-host"),
                                         QStringLiteral("--os"),
                                         QStringLiteral("linux2022"),
                                         QStringLiteral("--accel"),
                                         QStringLiteral("emulation"),
                                         QStringLiteral("--network"),
                                         QStringLiteral("none"),
                                         QStringLiteral("--memory"),
                                         QStringLiteral("256"),
                                         QStringLiteral("--graphics"),
                                         QStringLiteral("vnc"),
                                         QStringLiteral("--serial-log"),
                                         serial},
                                        120000);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // The guest found its seed at first boot and was told what was given.
        QTRY_VERIFY_WITH_TIMEOUT(fileText(serial).contains("VIREO-GUEST READY"), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(
            fileText(serial).contains("VIREO-CLOUD-INIT user=ann hostname=vireo-cloud-host keys=1"),
            30000);

        // The seed: for this run only; the password in it only as a hash.
        DomainDocument stored;
        QVERIFY(definitionOf(stored, name, true));
        QCOMPARE(stored.disks().size(), 1);
        DomainDocument live;
        QVERIFY(definitionOf(live, name, false));
        QCOMPARE(live.disks().size(), 2);
        const QString seed = live.disks().constLast().source;
        QVERIFY2(seed.endsWith(QStringLiteral("vireo-cloud-cidata.iso")), qPrintable(seed));
        const QByteArray seedBytes = fileText(seed);
        QVERIFY(seedBytes.contains("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"));
        QVERIFY(seedBytes.contains("passwd: \"$6$"));
        QVERIFY(!seedBytes.contains("s3cret-pass"));

        // The disk is a linked copy: a layer over the cloud image, which stays as it was.
        const QString disk = stored.disks().constFirst().source;
        virStorageVolPtr vol
            = virStorageVolLookupByPath(TestGuest::helperConnection(), disk.toUtf8().constData());
        QVERIFY(vol);
        char *volXml = virStorageVolGetXMLDesc(vol, 0);
        virStorageVolFree(vol);
        QVERIFY(QString::fromUtf8(volXml).contains(QStringLiteral("<path>%1</path>").arg(image)));
        free(volXml);

        // Once the machine has stopped, Vireo removes the seed.
        Connection c(QStringLiteral("qemu:///system"));
        FirstRun::Janitor janitor(&c);
        QSignalSpy removed(&janitor, &FirstRun::Janitor::removed);
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Connected, 15000);
        // The stored definition remembers the seed (the live one does not show it).
        QVERIFY(stored.write().contains(QStringLiteral("vireo-cloud-cidata.iso")));
        QVERIFY(removed.isEmpty()); // not while it runs
        QVERIFY(QFile::exists(seed));
        QCOMPARE(run("destroy", name), 0);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 15000);
        QVERIFY(!QFile::exists(seed));
        QTRY_VERIFY(c.domainByName(name)->firstRunFiles.isEmpty());
        DomainDocument after;
        QVERIFY(definitionOf(after, name, true));
        QVERIFY(!after.write().contains(QStringLiteral("cidata")));
    }

    void cloudInitSettingsAreChecked_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad user") << "Ann Smith"
                                  << "h"
                                  << "ssh-ed25519 AAAA x"
                                  << "user name";
        QTest::newRow("bad host") << "ann"
                                  << "-web"
                                  << "ssh-ed25519 AAAA x"
                                  << "host name";
        QTest::newRow("not a key") << "ann"
                                   << "h"
                                   << "hello"
                                   << "SSH public key";
        QTest::newRow("no way in") << "ann"
                                   << "h"
                                   << ""
                                   << "password or an SSH key";
    }
    void cloudInitSettingsAreChecked()
    {
        QFETCH(QString, user);
        QFETCH(QString, hostname);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        CloudInitConfig config;
        config.user = user;
        config.hostname = hostname;
        if (!key.isEmpty())
            config.sshKeys = {key};
        QVERIFY2(CloudInit::validate(config).contains(mentions),
                 qPrintable(CloudInit::validate(config)));
        QCOMPARE(CloudInit::hostnameFor(QStringLiteral("Web Server 2")),
                 QStringLiteral("web-server-2"));
    }
};

QTEST_GUILESS_MAIN(TstInstall)
#include "tst_install.moc"
