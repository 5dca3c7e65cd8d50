// The command lines of vireo and vireo-console, as a user types them.

#include "support/ProcessRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    void commandsShareTheirOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        // Common options before the command, as virsh and git take them, or after it.
        QTest::newRow("connect before")
            << QStringList{"--connect", "test:///default", "snapshot", "list", "test"} << 0
            << "No snapshots.";
        QTest::newRow("short connect before")
            << QStringList{"-c", "test:///default", "-r", "snapshot", "list", "test"} << 0
            << "No snapshots.";
        QTest::newRow("connect= before")
            << QStringList{"--connect=test:///default", "snapshot", "list", "test"} << 0
            << "No snapshots.";
        QTest::newRow("connect after")
            << QStringList{"snapshot", "list", "test", "--connect", "test:///default"} << 0
            << "No snapshots.";
        // One VM lookup: the same words from every command.
        QTest::newRow("snapshot of no such vm")
            << QStringList{"-c", "test:///default", "snapshot", "list", "ghost"} << 1
            << "vireo snapshot: There is no VM \"ghost\" on test:///default.";
        QTest::newRow("export of no such vm")
            << QStringList{"-c", "test:///default", "export", "ghost", "/tmp/ghost.ova"} << 1
            << "vireo export: There is no VM \"ghost\" on test:///default.";
        QTest::newRow("export to no ova")
            << QStringList{"-c", "test:///default", "export", "test", "/tmp/test.zip"} << 2
            << "vireo export: The file to write ends in .ova.";
        QTest::newRow("import and iso at once")
            << QStringList{"create", "--import", "/tmp/a.ova", "--iso", "/tmp/b.iso"} << 2
            << "vireo create: --import goes without --iso and --cloud-image.";
        QTest::newRow("cloud options without a cloud image")
            << QStringList{"create", "--name", "x", "--iso", "/tmp/b.iso", "--user", "ann"} << 2
            << "vireo create: --user goes with --cloud-image.";
        QTest::newRow("stats of no such vm")
            << QStringList{"-c", "test:///default", "stats", "ghost"} << 1
            << "vireo stats: There is no VM \"ghost\" on test:///default.";
        // Migration: bad input exits 2; an unreachable destination fails its check (exit 1).
        QTest::newRow("migrate with a bad storage mode")
            << QStringList{"-c",   "test:///default", "migrate",
                           "test", "qemu:///system",  "--copy-storage",
                           "some"}
            << 2 << "vireo migrate: --copy-storage: 'some' is neither all nor inc";
        QTest::newRow("migrate to no uri")
            << QStringList{"-c", "test:///default", "migrate", "test", "not a uri"} << 2
            << "vireo migrate: 'not a uri' is not a libvirt URI";
        QTest::newRow("migrate to an unreachable host")
            << QStringList{"-c",
                           "test:///default",
                           "migrate",
                           "test",
                           "qemu+tcp://127.0.0.1:1/system",
                           "--check-only"}
            << 1 << "FAIL Another host: Vireo cannot reach qemu+tcp://127.0.0.1:1/system";
        // One URI check, one unknown-option message.
        QTest::newRow("bad uri before a command")
            << QStringList{"--connect", "not a uri", "stats", "vm"} << 2
            << "vireo stats: 'not a uri' is not a libvirt URI";
        QTest::newRow("unknown option of a command")
            << QStringList{"create", "--bogus"} << 2 << "vireo create: Unknown option 'bogus'";
    }
    void commandsShareTheirOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run r = vireo(args);
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        QVERIFY2((r.out + r.err).contains(says), qPrintable(r.out + r.err));
    }

    void commandHelpNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("create") << "create"
                                << "Usage: vireo create [options] (--name NAME (--iso PATH";
        QTest::newRow("export") << "export"
                                << "Usage: vireo export [options] VM FILE.ova";
        QTest::newRow("snapshot") << "snapshot"
                                  << "Usage: vireo snapshot [options] list|create";
        QTest::newRow("stats") << "stats"
                               << "Usage: vireo stats [options] [export] VM";
        QTest::newRow("migrate") << "migrate"
                                 << "Usage: vireo migrate [options] VM DEST-URI";
        QTest::newRow("list") << "list"
                              << "Usage: vireo list [options]";
        QTest::newRow("info") << "info"
                              << "Usage: vireo info [options] VM";
        QTest::newRow("delete") << "delete"
                                << "Usage: vireo delete [options] VM...";
    }
    void commandHelpNamesTheCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const Run r = vireo({command, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
        for (const char *option : {"--connect", "--readonly", "--help"})
            QVERIFY2(r.out.contains(QLatin1String(option)), qPrintable(r.out));
    }

    // The VM commands on libvirt's test driver (each vireo run has a fresh one: a running "test").
    void listAndInfoReadBackAsJson()
    {
        const QString test = QStringLiteral("test:///default");
        Run r
            = vireo({QStringLiteral("-c"), test, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("name")].toString(), QStringLiteral("test"));
        QCOMPARE(list.at(0)[QStringLiteral("state")].toString(), QStringLiteral("running"));
        QCOMPARE(list.at(0)[QStringLiteral("vcpus")].toInt(), 2);
        QCOMPARE(list.at(0)[QStringLiteral("memoryMiB")].toInt(), 2048);
        // The table names the columns and the machine.
        r = vireo({QStringLiteral("-c"), test, QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("NAME")) && r.out.contains(QStringLiteral("test")),
                 qPrintable(r.out));
        r = vireo({QStringLiteral("-c"), test, QStringLiteral("info"), QStringLiteral("test"),
                   QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info[QStringLiteral("uuid")].toString(),
                 list.at(0)[QStringLiteral("uuid")].toString());
        QCOMPARE(info[QStringLiteral("disks")].toArray().at(0)[QStringLiteral("target")].toString(),
                 QStringLiteral("vda"));
        // The test driver's lease: its address, with the card's MAC.
        const QJsonArray addresses = info[QStringLiteral("addresses")].toArray();
        QVERIFY2(!addresses.isEmpty(), qPrintable(r.out));
        QCOMPARE(addresses.at(0)[QStringLiteral("mac")].toString(),
                 info[QStringLiteral("nics")].toArray().at(0)[QStringLiteral("mac")].toString());
    }

    void lifecycleVerbsTellWhatTheyDid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("pause, as JSON")
            << QStringList{"pause", "test", "--json"} << 0 << "\"ok\": true";
        QTest::newRow("destroy, said yes")
            << QStringList{"destroy", "test", "--yes"} << 0 << "test: done.";
        QTest::newRow("delete, said yes")
            << QStringList{"delete", "test", "--yes"} << 0 << "test: done.";
        QTest::newRow("delete, said no") << QStringList{"delete", "test"} << 0 << "Nothing done.";
        QTest::newRow("a VM that is not there changes nothing")
            << QStringList{"pause", "test", "ghost"} << 2
            << "vireo pause: There is no VM \"ghost\" on test:///default.";
        QTest::newRow("restore without a saved state")
            << QStringList{"restore", "test"} << 2 << "vireo restore: test: ";
        QTest::newRow("resume a running VM")
            << QStringList{"resume", "test"} << 2 << "vireo resume: test: ";
        QTest::newRow("no VM named") << QStringList{"start"} << 2 << "name a VM";
        QTest::newRow("list takes no name")
            << QStringList{"list", "test"} << 2 << "list takes no VM name";
    }
    void lifecycleVerbsTellWhatTheyDid()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run r
            = vireo(QStringList{QStringLiteral("-c"), QStringLiteral("test:///default")} + args);
        QVERIFY2(r.code == code, qPrintable(QString::number(r.code) + r.out + r.err));
        QVERIFY2((r.out + r.err).contains(says), qPrintable(r.out + r.err));
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

    void libraryWindowStartsWithoutWhatItDoesNotShow()
    {
        // The library window, painted with its machines, has not mapped the libraries of the
        // features that are not on screen: plots, the history database, OS detection and the
        // display protocols are plugins, loaded when first used.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("VIREO_BENCH_ROWS"), QStringLiteral("1")); // says when painted
        env.insert(QStringLiteral("VIREO_BENCH_IDLE_S"), QStringLiteral("30"));
        QProcess vireo;
        vireo.setProcessEnvironment(env);
        vireo.start(QStringLiteral(VIREO_BINARY),
                    {QStringLiteral("--connect"), QStringLiteral("test:///default")});
        QVERIFY(vireo.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += vireo.readAllStandardOutput()).contains("rows=1"), 20000);
        QFile maps(QStringLiteral("/proc/%1/maps").arg(vireo.processId()));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libvireo_core"));
        for (const char *library :
             {"libQCustomPlot", "libQt6PrintSupport", "libQt6Sql", "libsqlite3", "libosinfo",
              "libspice-client-glib", "libvncclient", "libvireo-"})
            QVERIFY2(!mapped.contains(library), library);
        vireo.kill();
        vireo.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
