#include "core/Validation.h"

#include <QTest>

using namespace Vireo;

class TstValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::newRow("system") << "qemu:///system" << true;
        QTest::newRow("session") << "qemu:///session" << true;
        QTest::newRow("ssh") << "qemu+ssh://root@host.example/system" << true;
        QTest::newRow("test file") << "test:///tmp/x.xml" << true;
        QTest::newRow("tcp port") << "qemu+tcp://127.0.0.1:16509/system" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("spaces") << "qemu:///sys tem" << false;
        QTest::newRow("no scheme") << "/system" << false;
        QTest::newRow("garbage") << "::not a uri::" << false;
        QTest::newRow("single slash") << "qemu:/system" << false;
        QTest::newRow("digit first") << "1qemu:///system" << false;
        QTest::newRow("empty transport") << "qemu+:///system" << false;
        QTest::newRow("two transports") << "qemu+ssh+tcp://host/system" << false;
        QTest::newRow("punctuation in scheme") << "qe-mu:///system" << false;
        QTest::newRow("non-ASCII scheme") << "qému:///system" << false;
        QTest::newRow("tab") << "qemu:///sys\ttem" << false;
    }
    void uris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        const QString problem = validateConnectionUri(uri);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY2(problem.contains(QStringLiteral("qemu:///system"))
                         || problem.contains(QStringLiteral("empty")),
                     qPrintable(problem));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problemMentions");
        QTest::newRow("plain") << "debian12"
                               << "";
        QTest::newRow("spaces") << "my test vm"
                                << "";
        QTest::newRow("quotes") << "it's \"quoted\""
                                << "";
        QTest::newRow("unicode") << QStringLiteral("Ünïcødé 虚拟机") << "";
        QTest::newRow("slash") << "a/b"
                               << "'/'";
        QTest::newRow("empty") << ""
                               << "name";
        QTest::newRow("blank") << "   "
                               << "name";
        QTest::newRow("newline") << "a\nb"
                                 << "control";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, problemMentions);
        const QString problem = validateDomainName(name);
        if (problemMentions.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
    }

    void localUris()
    {
        QVERIFY(isLocalUri(QStringLiteral("qemu:///system")));
        QVERIFY(isLocalUri(QStringLiteral("test:///default")));
        QVERIFY(!isLocalUri(QStringLiteral("qemu+ssh://host/system")));
        QVERIFY(!isLocalUri(QStringLiteral("qemu://host/system")));
    }

    void sessionUris()
    {
        QVERIFY(isSessionUri(QStringLiteral("qemu:///session")));
        QVERIFY(isSessionUri(QStringLiteral("qemu:///session?socket=/run/user/1000/x")));
        QVERIFY(isSessionUri(QStringLiteral("qemu+ssh://me@host/session")));
        QVERIFY(!isSessionUri(QStringLiteral("qemu:///system")));
        QVERIFY(!isSessionUri(QStringLiteral("test:///default")));
    }
};

QTEST_GUILESS_MAIN(TstValidation)
#include "tst_validation.moc"
