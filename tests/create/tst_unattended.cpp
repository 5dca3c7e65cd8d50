// Express installs: the install scripts libosinfo writes for Debian, Fedora and Windows 11,
// with the user, time zone and language given, and passwords hashed where the format allows.

#include "create/OsDatabase.h"

#include <QTest>

using namespace Vireo;

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
                                  << QStringList{"ann", "Europe/Berlin", "de_DE",
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
        if (script->injection == QLatin1String("initrd"))
            QVERIFY2(!script->kernelArgs.isEmpty(), "an initrd injection needs kernel arguments");
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
