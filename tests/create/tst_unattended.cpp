// Express installs: the install scripts libosinfo writes for Debian, Fedora and Windows 11,
// with the user, time zone and language given, and passwords hashed where the format allows.

#include "create/ExpressInstall.h"
#include "create/OsDatabase.h"
#include "support/ProcessRun.h"

#include <QFile>
#include <QTemporaryDir>

#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;

class TstUnattended : public QObject
{
    Q_OBJECT

    OsDatabase m_db;

    UnattendedConfig config() const
    {
        UnattendedConfig c;
        c.user = QStringLiteral("ann");
        c.realName = QStringLiteral("Ann Example");
        c.password = QStringLiteral("Pa55-word!");
        c.timezone = QStringLiteral("Europe/Berlin");
        c.language = QStringLiteral("de_DE");
        c.hostname = QStringLiteral("anns-vm");
        c.productKey = QStringLiteral("VK7JG-NPHTM-C97JM-9MPGT-3V66T");
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.load(&error), qPrintable(error));
    }

    void scriptsSayWhatWasAsked_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("injection");
        QTest::addColumn<bool>("hashed");
        QTest::addColumn<QStringList>("contains");
        QTest::newRow("debian11") << "http://debian.org/debian/11"
                                  << "preseed.cfg"
                                  << "initrd" << true
                                  << QStringList{"d-i passwd/username string ann\n",
                                                 "Europe/Berlin", "de_DE",
                                                 "passwd/user-password-crypted password $6$",
                                                 "passwd/root-password-crypted password $6$"};
        QTest::newRow("fedora37") << "http://fedoraproject.org/fedora/37"
                                  << "fedora.ks"
                                  << "initrd" << true
                                  << QStringList{"ann", "Europe/Berlin", "de_DE",
                                                 "rootpw --iscrypted $6$", "--iscrypted"};
        QTest::newRow("win11") << "http://microsoft.com/win/11"
                               << "autounattend.xml"
                               << "" << false
                               << QStringList{"<Name>ann</Name>", "VK7JG-NPHTM-C97JM-9MPGT-3V66T",
                                              "<UILanguage>DE-DE</UILanguage>",
                                              "<ComputerName>anns-vm</ComputerName>"};
    }
    void scriptsSayWhatWasAsked()
    {
        QFETCH(QString, os);
        QFETCH(QString, file);
        QFETCH(QString, injection);
        QFETCH(bool, hashed);
        QFETCH(QStringList, contains);
        QVERIFY(m_db.hasInstallScript(os));
        QString error;
        const auto script = m_db.unattendedScript(os, config(), &error);
        QVERIFY2(script, qPrintable(error));
        QCOMPARE(script->fileName, file);
        if (!injection.isEmpty())
            QCOMPARE(script->injection, injection);
        for (const QString &text : contains)
            QVERIFY2(script->text.contains(text),
                     qPrintable(text + QLatin1Char('\n') + script->text));
        QCOMPARE(script->passwordsHashed, hashed);
        // osinfo-db 20221130 has no script of Windows 11's own: Windows 10's, and it says so.
        QCOMPARE(!script->borrowedFrom.isEmpty(), os.contains(QLatin1String("win/11")));
        // Where the format can say "hashed", the password is nowhere in clear.
        QCOMPARE(!script->text.contains(QStringLiteral("Pa55-word!")), hashed);
        if (script->injection == QLatin1String("initrd")) {
            QVERIFY2(!script->kernelArgs.isEmpty(), "an initrd injection needs kernel arguments");
            // Where the OS's install images keep the installer, for Vireo to take it out.
            QVERIFY(!script->bootFiles.isEmpty());
        }
        if (os.contains(QLatin1String("debian")))
            QCOMPARE(script->bootFiles.constFirst(),
                     (QPair<QString, QString>{QStringLiteral("install.amd/vmlinuz"),
                                              QStringLiteral("install.amd/initrd.gz")}));
    }

    void scriptGoesIntoTheInitrdAsACpioArchive()
    {
        // The kernel unpacks every archive appended to its initrd; cpio itself reads ours back.
        const QByteArray text = "d-i passwd/username string ann\n";
        const QByteArray archive
            = ExpressInstall::cpioArchive({{QStringLiteral("preseed.cfg"), text}});
        QCOMPARE(archive.size() % 512, 0);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("extra.cpio")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(archive) == archive.size());
        file.close();
        const ProcessRun list
            = runProcess(QStringLiteral("sh"),
                         {QStringLiteral("-c"), QStringLiteral("cpio -it < ") + file.fileName()});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.trimmed(), QStringLiteral("preseed.cfg"));
        const ProcessRun body = runProcess(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("cpio -i --to-stdout < ") + file.fileName()});
        QCOMPARE(body.out.toUtf8(), text);
    }

    void settingsTheInstallersRefuseAreNamed_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("windows");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty user") << ""
                                    << "pw" << false << "user name";
        QTest::newRow("capitals on Linux") << "Ann"
                                           << "pw" << false << "lower-case";
        QTest::newRow("space") << "ann smith"
                               << "pw" << false << "lower-case";
        QTest::newRow("system account") << "root"
                                        << "pw" << false << "system account";
        QTest::newRow("no password") << "ann"
                                     << "" << false << "password";
        QTest::newRow("line break") << "ann"
                                    << "a\nb" << false << "line break";
        QTest::newRow("Windows reserved") << "Administrator"
                                          << "pw" << true << "Administrator";
        QTest::newRow("Windows characters") << "ann/b"
                                            << "pw" << true << "20 characters";
        QTest::newRow("Windows long password")
            << "Ann" << QString(128, QLatin1Char('x')) << true << "127";
    }
    void settingsTheInstallersRefuseAreNamed()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, windows);
        QFETCH(QString, mentions);
        UnattendedConfig c = config();
        c.user = user;
        c.password = password;
        const QString problem = ExpressInstall::validate(c, windows);
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        // What Linux takes, and Windows' capitals.
        c.user = windows ? QStringLiteral("Ann") : QStringLiteral("ann");
        c.password = QStringLiteral("pw");
        QCOMPARE(ExpressInstall::validate(c, windows), QString());
    }

    void commandLineSettingsAreRead()
    {
        QTemporaryDir dir;
        QFile pw(dir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly) && pw.write("s3cret word\nignored\n") > 0);
        pw.close();
        UnattendedConfig c;
        QString error;
        QVERIFY2(ExpressInstall::parseOptions(
                     QStringLiteral("user=ann,password-file=%1,timezone=Europe/Paris,lang=fr_FR")
                         .arg(pw.fileName()),
                     &c, &error),
                 qPrintable(error));
        QCOMPARE(c.user, QStringLiteral("ann"));
        QCOMPARE(c.password, QStringLiteral("s3cret word"));
        QCOMPARE(c.timezone, QStringLiteral("Europe/Paris"));
        QCOMPARE(c.language, QStringLiteral("fr_FR"));
        QVERIFY(!ExpressInstall::parseOptions(QStringLiteral("user=ann"), &c, &error));
        QVERIFY2(error.contains(QStringLiteral("password-file")), qPrintable(error));
        QVERIFY(!ExpressInstall::parseOptions(
            QStringLiteral("user=ann,password-file=%1,colour=red").arg(pw.fileName()), &c, &error));
        QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
        QVERIFY(!ExpressInstall::parseOptions(QStringLiteral("user=ann,password-file=/nonexistent"),
                                              &c, &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent")), qPrintable(error));
    }

    void osWithoutAScriptSaysSo()
    {
        const QString os = QStringLiteral("http://libosinfo.org/linux/2022");
        QVERIFY(!m_db.hasInstallScript(os));
        QString error;
        QVERIFY(!m_db.unattendedScript(os, config(), &error));
        QVERIFY2(error.contains(QStringLiteral("no install script")), qPrintable(error));
        UnattendedConfig noPassword = config();
        noPassword.password.clear();
        QVERIFY(!m_db.unattendedScript(QStringLiteral("http://debian.org/debian/11"), noPassword,
                                       &error));
        QVERIFY2(error.contains(QStringLiteral("password")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstUnattended)
#include "tst_unattended.moc"
