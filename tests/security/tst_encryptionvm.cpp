// Encrypted disks on the real daemon: a test guest whose disk is a LUKS qcow2 made by Vireo
// (its passphrase a private libvirt secret) boots and writes its marker; the guest reads the
// marker back while the image file holds no plaintext copy of it; the secret's value cannot be
// read back; without the secret the VM refuses to start and Vireo says why. An encrypted disk
// is plugged into the running VM (Add Disk's path). `vireo create --encrypt` refuses a short
// passphrase and makes nothing.
#include "core/Connection.h"
#include "core/Keyring.h"
#include "domains/DomainLifecycle.h"
#include "hardware/HardwareEditor.h"
#include "security/SecurityAudit.h"
#include "snapshots/Snapshots.h"
#include "storage/EncryptedVolumes.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "templates/Templates.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

class TstEncryptionVm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest;
    std::pair<QString, QString> m_plugged; // the hot-plugged disk's path and secret

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-enc-guest"));
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        QSignalSpy up(m_conn.get(), &Connection::domainsReset);
        m_conn->open();
        QVERIFY(up.wait(15000));
        m_guest = std::make_unique<TestGuest>(
            QStringLiteral("vireo-enc-guest"),
            GuestOptions{.withDisk = true,
                         .diskPassphrase = QStringLiteral("test-passphrase-enc-1")});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QVERIFY(!m_guest->diskSecret().isEmpty());
    }

    void bootsWritesAndKeepsNoPlaintext()
    {
        QVERIFY2(m_guest->start(), qPrintable(m_guest->error()));
        GuestControl shell(m_guest->controlSocketPath());
        QVERIFY(shell.connectToGuest(20000));
        // The guest marks its disk's first sector (tests/guest/init.sh) and reads it back.
        QTRY_VERIFY_WITH_TIMEOUT(shell
                                     .run(QStringLiteral("dd if=/dev/vda bs=512 count=1 "
                                                         "2>/dev/null | head -c 17"))
                                     .contains(QStringLiteral("VIREO-DISK-MARKER")),
                                 30000);
        shell.run(QStringLiteral("sync"));
        // The image file as the host sees it: no plaintext copy of the marker anywhere.
        QFile image(m_guest->diskPath());
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QByteArray bytes = image.readAll();
        QVERIFY(bytes.size() > 0);
        QVERIFY2(!bytes.contains("VIREO-DISK-MARKER"), "the marker is in the image in plaintext");
        QVERIFY(bytes.contains("LUKS")); // the qcow2 carries a LUKS header

        // The security view says so.
        const SecurityReport r
            = valueOf(SecurityAudit::audit(m_conn.get(), m_guest->uuid())).value<SecurityReport>();
        bool encrypted = false;
        for (const SecurityFinding &f : r.findings)
            encrypted = encrypted
                        || (f.area == QStringLiteral("Disk vda")
                            && f.text.startsWith(QStringLiteral("Encrypted (LUKS)")));
        QVERIFY2(encrypted, qPrintable(SecurityAudit::describe({r})));
    }

    void anEncryptedDiskPluggedInLive()
    {
        DiskRequest request;
        request.pool = QStringLiteral("vireo-tests");
        request.sizeBytes = 32 << 20;
        request.passphrase = QStringLiteral("hot-plugged-passphrase");
        request.rememberPassphrase = true; // a copy in the keyring (the suite runs with one)
        QString error;
        const ApplyReport r = valueOf(HardwareEditor::apply(m_conn.get(), m_guest->uuid(),
                                                            {HardwareChange::addDisk(request)}),
                                      &error)
                                  .value<ApplyReport>();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.results.first().outcome, ChangeResult::Outcome::Applied);
        GuestControl shell(m_guest->controlSocketPath());
        QVERIFY(shell.connectToGuest(20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            shell.run(QStringLiteral("ls /sys/block")).contains(QStringLiteral("vdb")), 15000);
        // Both definitions name its secret; the image says it is encrypted.
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_guest->uuid().toLatin1().constData());
        char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
        const QString text = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(dom);
        QCOMPARE(text.count(QStringLiteral("<encryption format='luks'")), 2);
        // The hot-plugged disk and its secret go at the end (cleanupTestCase).
        QRegularExpressionMatchIterator it
            = QRegularExpression(QStringLiteral("<source file='([^']+)'>\\s*<encryption "
                                                "format='luks'[^>]*>\\s*<secret type='passphrase' "
                                                "uuid='([^']+)'"))
                  .globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(2) != m_guest->diskSecret())
                m_plugged = {m.captured(1), m.captured(2)};
        }
        QVERIFY(!m_plugged.first.isEmpty());
        const ProcessRun info
            = runProcess(QStringLiteral("qemu-img"),
                         {QStringLiteral("info"), QStringLiteral("-U"), m_plugged.first});
        QVERIFY2(info.out.contains(QStringLiteral("encrypted: yes")), qPrintable(info.out));
    }

    void thePassphrasesAreInNoLogFileOrCommandLine()
    {
        // While both encrypted disks are in use: QEMU's command line (libvirt hands it the
        // passphrase encrypted with a key of its own), QEMU's log (what the Log tab shows), and
        // Vireo's settings and data (event log, statistics).
        const QStringList secrets{QStringLiteral("test-passphrase-enc-1"),
                                  QStringLiteral("hot-plugged-passphrase")};
        const ProcessRun ps
            = runProcess(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("args")});
        QVERIFY(ps.out.contains(m_guest->name())); // its QEMU is there
        QFile log(QStringLiteral("/var/log/libvirt/qemu/%1.log").arg(m_guest->name()));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY(!logText.isEmpty());
        for (const QString &secret : secrets) {
            QVERIFY2(!ps.out.contains(secret), "a passphrase is on a command line");
            QVERIFY2(!logText.contains(secret.toUtf8()), "a passphrase is in QEMU's log");
            for (const QString &dir :
                 {qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME")}) {
                if (dir.isEmpty())
                    continue;
                QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    QFile f(it.next());
                    QVERIFY2(!f.open(QIODevice::ReadOnly) || !f.readAll().contains(secret.toUtf8()),
                             qPrintable(f.fileName()));
                }
            }
        }
    }

    void snapshotsAreRefusedWithTheReason()
    {
        // QEMU 7.2 cannot snapshot a LUKS qcow2 (a memory snapshot kills it): refused first.
        for (Snapshots::Kind kind : {Snapshots::Kind::WithMemory, Snapshots::Kind::DiskOnly}) {
            const Outcome r = complete(Snapshots::create(
                m_conn.get(), m_guest->uuid(), QStringLiteral("s%1").arg(int(kind)), {}, kind));
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("encrypted disk")), qPrintable(r.error));
        }
        QVERIFY(virDomainIsActive(virDomainLookupByUUIDString(
                    TestGuest::helperConnection(), m_guest->uuid().toLatin1().constData()))
                == 1);
        // Nor is it copied.
        CloneRequest copy;
        copy.sourceUuid = m_guest->uuid();
        copy.name = QStringLiteral("vireo-enc-copy");
        const Outcome c = complete(Templates::clone(m_conn.get(), copy));
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(QStringLiteral("encrypted disk")), qPrintable(c.error));
    }

    void theSecretIsPrivate()
    {
        virSecretPtr s = virSecretLookupByUUIDString(TestGuest::helperConnection(),
                                                     m_guest->diskSecret().toLatin1().constData());
        QVERIFY(s);
        size_t size = 0;
        unsigned char *value = virSecretGetValue(s, &size, 0);
        QVERIFY2(!value, "libvirt gave the passphrase back");
        virResetLastError();
        virSecretFree(s);
    }

    void aLostSecretKeptInTheKeyringComesBack()
    {
        // The hot-plugged disk's passphrase was kept in the keyring as well.
        const QString secret = m_plugged.second;
        QVERIFY(!secret.isEmpty());
        const auto kept = Keyring::read(EncryptedVolumes::keyringKey(secret));
        QVERIFY(kept && *kept == QStringLiteral("hot-plugged-passphrase"));
        QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::ForceOff, m_guest->uuid()))
                    .first);
        // libvirt loses the secret (deleted by hand, say).
        virSecretPtr s = virSecretLookupByUUIDString(TestGuest::helperConnection(),
                                                     secret.toLatin1().constData());
        QVERIFY(s);
        QCOMPARE(virSecretUndefine(s), 0);
        virSecretFree(s);
        // Starting puts it back from the keyring, and the VM runs with the disk.
        const Outcome r
            = complete(Lifecycle::perform(m_conn.get(), DomainAction::Start, m_guest->uuid()));
        QVERIFY2(r.ok, qPrintable(r.error));
        s = virSecretLookupByUUIDString(TestGuest::helperConnection(),
                                        secret.toLatin1().constData());
        QVERIFY2(s, "the secret was not put back");
        // Still private: libvirt does not give the value back.
        size_t size = 0;
        QVERIFY(!virSecretGetValue(s, &size, 0));
        virResetLastError();
        virSecretFree(s);
    }

    void withoutTheSecretItRefusesToStart()
    {
        QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::ForceOff, m_guest->uuid()))
                    .first);
        EncryptedVolumes::removeSecret(TestGuest::helperConnection(), m_guest->diskSecret());
        const Outcome r
            = complete(Lifecycle::perform(m_conn.get(), DomainAction::Start, m_guest->uuid()));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("encrypted disk")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("secret")));
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_guest->uuid().toLatin1().constData());
        QCOMPARE(virDomainIsActive(dom), 0);
        virDomainFree(dom);
    }

    void aShortPassphraseMakesNothing()
    {
        QTemporaryDir dir;
        QFile pass(dir.filePath(QStringLiteral("pass")));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("short\n");
        pass.close();
        const ProcessRun run = runProcess(
            QStringLiteral(VIREO_BINARY),
            {QStringLiteral("create"), QStringLiteral("-c"), QStringLiteral("qemu:///system"),
             QStringLiteral("--name"), QStringLiteral("vireo-enc-short"), QStringLiteral("--iso"),
             TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso"),
             QStringLiteral("--disk"), QStringLiteral("1"), QStringLiteral("--no-start"),
             QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), pass.fileName()});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("at least 8")), qPrintable(run.err));
        QVERIFY(!virDomainLookupByName(TestGuest::helperConnection(), "vireo-enc-short"));
        virResetLastError();
    }

    void cleanupTestCase()
    {
        m_guest.reset();
        if (!m_plugged.first.isEmpty()) {
            if (virStorageVolPtr v = virStorageVolLookupByPath(
                    TestGuest::helperConnection(), m_plugged.first.toUtf8().constData())) {
                virStorageVolDelete(v, 0);
                virStorageVolFree(v);
            }
            EncryptedVolumes::removeSecret(TestGuest::helperConnection(), m_plugged.second);
        }
    }
};

QTEST_MAIN(TstEncryptionVm)
#include "tst_encryptionvm.moc"
