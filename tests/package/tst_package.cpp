// The Debian package, as a user installs it: CPack makes the .deb from this build (nothing is
// rebuilt); its control data names the libraries and the recommended daemon, QEMU, OVMF and
// swtpm; it holds both programs, the desktop file, the icon in every hicolor size (drawn, not
// blank), the AppStream metainfo, the manual pages, the bash completion and the translations;
// desktop-file-validate and appstreamcli accept them, lintian finds no error; unpacked into a
// folder of its own, away from the build tree, the programs start (--version, --help, a command).

#include "support/ProcessRun.h"

#include <QDir>
#include <QDirIterator>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo::Test;

class TstPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root; // the package unpacked

    static ProcessRun run(const QString &program, const QStringList &args, int timeoutMs = 120000)
    {
        return runProcess(program, args, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ProcessRun cpack
            = run(QStringLiteral("cpack"),
                  {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                   QStringLiteral(VIREO_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"),
                   m_dir.path()},
                  300000);
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("vireo_*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        QVERIFY2(m_deb.endsWith(QStringLiteral("vireo_" VIREO_VERSION "_amd64.deb")),
                 qPrintable(m_deb));
        m_root = m_dir.filePath(QStringLiteral("root"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root}).code, 0);
    }

    void controlNamesWhatItNeeds()
    {
        const ProcessRun info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--info"), m_deb});
        QCOMPARE(info.code, 0);
        for (const char *line :
             {"Package: vireo", "Version: " VIREO_VERSION, "Architecture: amd64"})
            QVERIFY2(info.out.contains(QLatin1String(line)), qPrintable(info.out));
        // Libraries found by shlibdeps, plus the Qt plugins it cannot see.
        for (const char *dep : {"libvirt0", "libqt6widgets6", "libspice-client-glib-2.0-8",
                                "libvncclient1", "libqt6svg6", "qt6-qpa-plugins"})
            QVERIFY2(info.out.contains(QLatin1String(dep)), dep);
        const QString recommends
            = info.out.section(QStringLiteral("Recommends:"), 1).section('\n', 0, 0);
        for (const char *rec : {"libvirt-daemon-system", "qemu-system-x86", "ovmf", "swtpm"})
            QVERIFY2(recommends.contains(QLatin1String(rec)), qPrintable(recommends));
    }

    void itHoldsEverythingADesktopNeeds()
    {
        const ProcessRun contents
            = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
        QCOMPARE(contents.code, 0);
        QStringList wanted = {"./usr/bin/vireo",
                              "./usr/bin/vireo-console",
                              "./usr/lib/vireo/vireo-askpass",
                              "./usr/lib/vireo/plugins/libvireo-spice.so",
                              "./usr/share/applications/vireo.desktop",
                              "./usr/share/icons/hicolor/scalable/apps/vireo.svg",
                              "./usr/share/metainfo/io.vireo.Vireo.metainfo.xml",
                              "./usr/share/man/man1/vireo.1.gz",
                              "./usr/share/man/man1/vireo-console.1.gz",
                              "./usr/share/bash-completion/completions/vireo",
                              "./usr/share/bash-completion/completions/vireo-console",
                              "./usr/share/vireo/translations/vireo_de.qm",
                              "./usr/share/doc/vireo/copyright",
                              "./usr/share/doc/vireo/changelog.gz"};
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            wanted << QStringLiteral("./usr/share/icons/hicolor/%1x%1/apps/vireo.png").arg(size);
        for (const QString &path : std::as_const(wanted))
            QVERIFY2(contents.out.contains(path + QLatin1Char(' '))
                         || contents.out.contains(path + QLatin1Char('\n')),
                     qPrintable(path));
        // Each icon is drawn at its size, not blank.
        for (int size : {16, 48, 256}) {
            const QImage png(
                m_root + QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/vireo.png").arg(size));
            QCOMPARE(png.size(), QSize(size, size));
            int opaque = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    opaque += qAlpha(png.pixel(x, y)) > 128;
            QVERIFY2(opaque > size * size / 4, qPrintable(QString::number(opaque)));
        }
        // The SVG draws too (Qt's SVG plugin is there: libqt6svg6).
        const QIcon svg(m_root
                        + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/vireo.svg"));
        QVERIFY(!svg.pixmap(64, 64).isNull());
    }

    void validatorsAccept()
    {
        const ProcessRun desktop
            = run(QStringLiteral("desktop-file-validate"),
                  {m_root + QStringLiteral("/usr/share/applications/vireo.desktop")});
        QVERIFY2(desktop.code == 0 && desktop.out.trimmed().isEmpty(),
                 qPrintable(desktop.out + desktop.err));
        const ProcessRun appstream
            = run(QStringLiteral("appstreamcli"),
                  {QStringLiteral("validate"), QStringLiteral("--no-net"),
                   m_root + QStringLiteral("/usr/share/metainfo/io.vireo.Vireo.metainfo.xml")});
        QVERIFY2(appstream.code == 0, qPrintable(appstream.out + appstream.err));
        const ProcessRun lintian
            = run(QStringLiteral("lintian"),
                  {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb});
        QVERIFY2(!lintian.out.contains(QStringLiteral("\nE: "))
                     && !lintian.out.startsWith(QStringLiteral("E: ")),
                 qPrintable(lintian.out));
        QVERIFY2(lintian.code == 0, qPrintable(lintian.out + lintian.err));
    }

    void theUnpackedProgramsStart()
    {
        const QString vireo = m_root + QStringLiteral("/usr/bin/vireo");
        ProcessRun r = run(vireo, {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("vireo " VIREO_VERSION));
        r = run(vireo, {QStringLiteral("--help")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("vireo list")), qPrintable(r.out));
        // A command that loads the private libraries from the package, not from the build tree.
        r = run(vireo, {QStringLiteral("-c"), QStringLiteral("test:///default"),
                        QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("\"test\"")),
                 qPrintable(r.out + r.err));
        const ProcessRun ldd = run(QStringLiteral("ldd"), {vireo});
        QVERIFY2(
            ldd.out.contains(m_root + QStringLiteral("/usr/bin/../lib/vireo/libvireo_core.so")),
            qPrintable(ldd.out));
        r = run(m_root + QStringLiteral("/usr/bin/vireo-console"), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        // The manual page names the commands; the completion offers them.
        const ProcessRun man = run(QStringLiteral("zcat"),
                                   {m_root + QStringLiteral("/usr/share/man/man1/vireo.1.gz")});
        QVERIFY(man.out.contains(QStringLiteral("vireo doctor")));
        const ProcessRun completion = run(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("source %1; COMP_WORDS=(vireo do); COMP_CWORD=1; _vireo; "
                            "echo \"${COMPREPLY[@]}\"; COMP_WORDS=(vireo delete --rem); "
                            "COMP_CWORD=2; _vireo; echo \"${COMPREPLY[@]}\"")
                 .arg(m_root + QStringLiteral("/usr/share/bash-completion/completions/vireo"))});
        QVERIFY2(completion.out == QStringLiteral("doctor\n--remove-storage\n"),
                 qPrintable(completion.out + completion.err));
    }
};

QTEST_MAIN(TstPackage)
#include "tst_package.moc"
