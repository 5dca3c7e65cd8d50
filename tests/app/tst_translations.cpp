// Vireo in German, as a user whose desktop speaks it meets it: with the language chosen (or
// LANG=de_DE.UTF-8) the main window's menus, the wizard's pages, an error notice and the terminal
// commands are German, sizes take the decimal comma, and lrelease finds every German string
// translated.

#include "app/DesktopSetup.h"
#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "core/Validation.h"
#include "domains/DomainInfo.h"
#include "support/ProcessRun.h"
#include "support/TestPaths.h"
#include "ui/common/NotificationArea.h"
#include "ui/common/Preferences.h"
#include "ui/create/NewVmWizard.h"
#include "ui/library/MainWindow.h"

#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizardPage>

using namespace Vireo;
using namespace Vireo::Test;

class TstTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        // Chosen in Preferences: German, from this start on.
        Ui::Preferences::instance()->setLanguage(QStringLiteral("de"));
        QVERIFY(App::installTranslation(m_translator));
    }

    void theWindowSpeaksGerman()
    {
        ConnectionRegistry registry; // no connection: creating a machine fails, with a notice
        Ui::MainWindow window(&registry);
        window.resize(1024, 768);
        window.show();
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                     QStringLiteral("&Maschine"), QStringLiteral("&Ansicht"),
                                     QStringLiteral("&Hilfe")}));
        window.openNewVmWizard();
        const QStringList notices = window.notifications()->messages();
        QVERIFY2(notices.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Keine Verbindung kann gerade eine virtuelle "
                                              "Maschine erstellen.")),
                 qPrintable(notices.join(QLatin1Char('\n'))));
        window.grab().save(artifactsDir() + QStringLiteral("/mainwindow-german.png"));
    }

    void theWizardSpeaksGerman()
    {
        ConnectionRegistry registry;
        Connection *conn = registry.add(QStringLiteral("test:///default"), false);
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), Connection::State::Connected, 15000);
        Ui::NewVmWizard wizard(conn);
        wizard.show();
        QVERIFY2(wizard.windowTitle().startsWith(QStringLiteral("Neue virtuelle Maschine auf")),
                 qPrintable(wizard.windowTitle()));
        QStringList titles;
        for (int id : wizard.pageIds())
            titles << wizard.page(id)->title();
        for (const QString &title :
             {QStringLiteral("Woher kommt die neue Maschine?"),
              QStringLiteral("Welches Betriebssystem?"),
              QStringLiteral("Arbeitsspeicher und Prozessoren"), QStringLiteral("Speicher"),
              QStringLiteral("Netzwerk"), QStringLiteral("Firmware und Geräte"),
              QStringLiteral("Bereit zum Erstellen")})
            QVERIFY2(titles.contains(title), qPrintable(titles.join(QLatin1String(" | "))));
        wizard.grab().save(artifactsDir() + QStringLiteral("/wizard-german.png"));
    }

    void sizesTakeTheDecimalComma()
    {
        QCOMPARE(sizeText(1536ULL * 1024 * 1024), QStringLiteral("1,5 GiB"));
        QCOMPARE(sizeText(2ULL * 1024 * 1024 * 1024), QStringLiteral("2 GiB"));
        QCOMPARE(humanMemory(1536 * 1024), QStringLiteral("1,5 GiB"));
        QCOMPARE(sizeText(1), QStringLiteral("1 Byte"));
        QCOMPARE(sizeText(12), QStringLiteral("12 Bytes"));
    }

    void theTerminalSpeaksGermanUnderLang()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path()); // no language chosen
        ProcessRun r = runProcess(QStringLiteral(VIREO_BINARY), {QStringLiteral("--help")}, 30000,
                                  QProcess::SeparateChannels, env);
        QVERIFY2(r.out.contains(QStringLiteral("Befehle:")), qPrintable(r.out));
        r = runProcess(QStringLiteral(VIREO_BINARY),
                       {QStringLiteral("-c"), QStringLiteral("test:///default"),
                        QStringLiteral("pause"), QStringLiteral("ghost")},
                       30000, QProcess::SeparateChannels, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("gibt es keine VM „ghost“")), qPrintable(r.err));
    }

    void everyGermanStringIsTranslated()
    {
        // The sources as they are now, read into a copy of the German file: a string added in
        // the code and not yet translated counts as unfinished.
        const QString ts = m_config.filePath(QStringLiteral("vireo_de.ts"));
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/vireo_de.ts"), ts));
        // lupdate as the build's update_translations target runs it (its project file lists
        // every source and the include paths that name each string's context).
        ProcessRun r
            = runProcess(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                         {QStringLiteral("-silent"), QStringLiteral("-project"),
                          QStringLiteral(VIREO_LUPDATE_PROJECT),
                          QStringLiteral("-ts"), ts},
                         120000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = runProcess(QStringLiteral("/usr/lib/qt6/bin/lrelease"),
                       {ts, QStringLiteral("-qm"), m_config.filePath(QStringLiteral("de.qm"))},
                       60000);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral(" finished and 0 unfinished")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("untranslated")), qPrintable(r.out));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
