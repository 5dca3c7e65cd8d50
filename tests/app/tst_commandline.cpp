// The command lines of vireo and vireo-console, as a user types them.

#include "support/ProcessRun.h"

#include <QProcess>
#include <QTest>

class TstCommandLine : public QObject
{
    Q_OBJECT

    using Run = Vireo::Test::ProcessRun;

    static Run vireo(const QStringList &args) { return run(QStringLiteral(VIREO_BINARY), args); }
    static Run console(const QStringList &args)
    {
        return run(QStringLiteral(VIREO_CONSOLE_BINARY), args);
    }

    /// As typed in a terminal without a display.
    static Run run(const QString &program, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return Vireo::Test::runProcess(program, args, 20000, QProcess::SeparateChannels, env);
    }

private Q_SLOTS:
    void helpListsTheOptionsWithoutADisplay()
    {
        const Run r = vireo({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *option : {"--connect", "--readonly", "--help", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(option)), qPrintable(r.out));
    }

    void versionIsPrinted()
    {
        const Run r = vireo({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("vireo " VIREO_VERSION));
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "Unknown option 'bogus'";
        QTest::newRow("malformed uri")
            << QStringList{"--connect", "not a uri"} << "not a libvirt URI";
        QTest::newRow("missing uri") << QStringList{"--connect"} << "Missing value";
        QTest::newRow("stray argument") << QStringList{"whatever"} << "unexpected argument";
        QTest::newRow("console on a malformed uri")
            << QStringList{"--show-console", "vm", "--connect", "not a uri"} << "not a libvirt URI";
        QTest::newRow("console without a name") << QStringList{"--show-console"} << "Missing value";
    }
    void badInputIsRefusedClearly()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = vireo(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void consoleHelpNamesTheMachineArgument()
    {
        const Run r = console({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"MACHINE", "--connect", "--readonly", "name or UUID"})
            QVERIFY2(r.out.contains(QLatin1String(word)), qPrintable(r.out));
        const Run v = console({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QCOMPARE(v.out.trimmed(), QStringLiteral("vireo-console " VIREO_VERSION));
    }

    void consoleBadInputIsRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no machine") << QStringList{} << "which machine?";
        QTest::newRow("two machines") << QStringList{"a", "b"} << "one machine at a time";
        QTest::newRow("malformed uri")
            << QStringList{"--connect", "not a uri", "vm"} << "not a libvirt URI";
        QTest::newRow("unknown option") << QStringList{"--bogus", "vm"} << "Unknown option";
    }
    void consoleBadInputIsRefusedClearly()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = console(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
