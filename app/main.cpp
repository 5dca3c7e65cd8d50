// Vireo's entry point: the command line, the libvirt event loop, and the wiring of engine to UI.

#include "app/DesktopSetup.h"
#include "app/FollowPreferences.h"
#include "app/RememberedConnections.h"
#include "app/StartupProbe.h"
#include "app/commands/CommandLine.h"
#include "app/commands/CommandParser.h"
#include "app/commands/ConsoleCommand.h"
#include "app/commands/CreateCommand.h"
#include "app/commands/DoctorCommand.h"
#include "app/commands/EditCommand.h"
#include "app/commands/ExportCommand.h"
#include "app/commands/FirewallCommand.h"
#include "app/commands/HostCommands.h"
#include "app/commands/IsolationCommand.h"
#include "app/commands/LifecycleCommand.h"
#include "app/commands/ListCommand.h"
#include "app/commands/LoginCommand.h"
#include "app/commands/MigrateCommand.h"
#include "app/commands/SecurityCommand.h"
#include "app/commands/SnapshotCommand.h"
#include "app/commands/StatsCommand.h"
#include "app/commands/TemplateCommand.h"
#include "core/Askpass.h"
#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "core/DataFolder.h"
#include "core/LibvirtEventLoop.h"
#include "core/Worker.h"
#include "create/FirstRun.h"
#include "stats/EventRecorder.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"
#include "templates/Disposable.h"
#include "ui/common/LoginDialog.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/library/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>
#include <QTreeView>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace Vireo;

namespace {

bool asksOnlyForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vireo"));
    QCoreApplication::setApplicationName(QStringLiteral("vireo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIREO_VERSION));
    // What Vireo records and remembers is the user's own: private folders, before anything is
    // written (the settings name connections, the data folder holds guests' screens and logs).
    DataFolder::prepare();
    const QString config = QFileInfo(QSettings().fileName()).absolutePath();
    if (QFileInfo::exists(config))
        QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

/// `vireo --show-console NAME` is the console on its own, as virt-manager's
/// --show-domain-console is: this process becomes `vireo-console` (installed beside it), which
/// loads only what a console needs. Returns only when that program cannot be started.
void becomeConsole(const App::Options &options)
{
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return;
    self[length] = '\0';
    QByteArray program(self);
    program = program.left(program.lastIndexOf('/') + 1) + "vireo-console";
    QList<QByteArray> arguments{program};
    for (const QString &uri : options.connectUris)
        arguments << "--connect" << uri.toLocal8Bit();
    if (options.readOnly)
        arguments << "--readonly";
    arguments << "--" << options.showConsole.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : arguments)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(program.constData(), argv.data());
    std::fprintf(stderr, "vireo: cannot start %s (%s); opening the console with the library.\n",
                 program.constData(), std::strerror(errno));
}

/// The terminal commands: `vireo [--connect URI] [--readonly] COMMAND ...`.
struct TerminalCommand
{
    const char *name;
    int (*run)(const QStringList &arguments);
};
const TerminalCommand kCommands[] = {
    {"clone", App::runCloneCommand},       {"console", App::runConsoleCommand},
    {"create", App::runCreateCommand},     {"doctor", App::runDoctorCommand},
    {"edit", App::runEditCommand},         {"export", App::runExportCommand},
    {"firewall", App::runFirewallCommand}, {"isolation", App::runIsolationCommand},
    {"login", App::runLoginCommand},       {"flatten", App::runFlattenCommand},
    {"info", App::runInfoCommand},         {"list", App::runListCommand},
    {"migrate", App::runMigrateCommand},   {"net", App::runNetCommand},
    {"pool", App::runPoolCommand},         {"run", App::runRunCommand},
    {"security", App::runSecurityCommand}, {"snapshot", App::runSnapshotCommand},
    {"stats", App::runStatsCommand},       {"template", App::runTemplateCommand},
    {"vol", App::runVolCommand},
};

} // namespace

int main(int argc, char **argv)
{
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        QStringList names = App::lifecycleVerbs();
        for (const TerminalCommand &c : kCommands)
            names << QLatin1String(c.name);
        // For shell completion (installer/make-docs.sh writes it from this): the commands.
        if (arguments.size() == 2 && arguments.at(1) == QLatin1String("--list-commands")) {
            names.sort();
            for (const QString &name : std::as_const(names))
                std::printf("%s\n", qPrintable(name));
            return 0;
        }
        const App::CommandLineSplit split = App::splitCommandLine(arguments, names);
        if (App::lifecycleVerbs().contains(split.command)) {
            QCoreApplication app(argc, argv);
            setIdentity();
            QTranslator translator; // messages in the user's language
            App::installTranslation(translator);
            App::installTerminalLogin();
            return App::runLifecycleCommand(split.command, split.arguments);
        }
        for (const TerminalCommand &c : kCommands) {
            if (split.command != QLatin1String(c.name))
                continue;
            // A command for scripts and terminals: no window, no display needed.
            QCoreApplication app(argc, argv);
            setIdentity();
            QTranslator translator;
            App::installTranslation(translator);
            App::installTerminalLogin();
            return c.run(split.arguments);
        }
    }
    if (asksOnlyForHelpOrVersion(argc, argv)) {
        // No display needed to print help.
        QCoreApplication app(argc, argv);
        setIdentity();
        QTranslator translator;
        App::installTranslation(translator);
        App::CommandLine().parse(app.arguments());
        return 0;
    }

    // Options are checked before the display is opened, so a mistyped option is reported even
    // where there is no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const App::Options options = App::CommandLine().parse(arguments);
    if (!options.showConsole.isEmpty())
        becomeConsole(options);

    QApplication app(argc, argv);
    setIdentity();
    QTranslator translator;
    App::setUpDesktopApplication(translator);
    Ui::LoginDialog::installForDesktop();
    Askpass::install(); // qemu+ssh: ssh asks through the login dialog

    QString loopProblem;
    if (!ensureLibvirtEventLoop(&loopProblem)) {
        std::fprintf(stderr, "vireo: %s\n", qPrintable(loopProblem));
        QMessageBox::critical(nullptr, QObject::tr("Vireo cannot start"), loopProblem);
        return 1;
    }

    QSettings settings;
    QList<App::RememberedConnection> remembered = App::loadConnections(settings);

    // Every connection is sampled once a second into the history on disk (the Performance tab,
    // `vireo stats export`). The store outlives the connections and their samplers.
    StatsStore statsStore;
    App::followHistoryPreferences(); // how long the minute samples stay
    EventRecorder events(&statsStore);
    // Connections open first: their workers talk to the daemons while the window is built.
    ConnectionRegistry registry;
    QPointer<Ui::MainWindow> library; // made below; it also draws what the samplers see
    QList<QPointer<StatsSampler>> samplers;
    QObject::connect(&registry, &ConnectionRegistry::added, &registry, [&](Connection *c) {
        events.watch(c);
        new FirstRun::Janitor(c); // seeds and install files go once their first run is over
        auto *sampler = new StatsSampler(c, c);
        sampler->setObjectName(QStringLiteral("statsSampler"));
        // As Preferences say (once a second, history kept, by default), and as they change.
        App::followPreferences(sampler, &statsStore);
        sampler->start();
        if (library)
            library->watchSampler(sampler);
        else
            samplers << sampler;
    });

    if (!options.connectUris.isEmpty()) {
        for (const QString &uri : options.connectUris)
            registry.add(uri, options.readOnly);
        settings.setValue(QStringLiteral("connections/last"), options.connectUris.last());
    } else if (!remembered.isEmpty()) {
        for (const auto &c : std::as_const(remembered))
            registry.add(c.uri, c.readOnly);
    } else {
        registry.add(App::defaultConnectionUri(settings), false);
    }

    // Disposable runs go when they stop or when Vireo quits; what a killed Vireo left, the
    // keeper removes as each connection comes up.
    DisposableKeeper disposables(&registry);
    Ui::MainWindow window(&registry);
    window.setDisposableKeeper(&disposables);
    QObject::connect(
        &disposables, &DisposableKeeper::cleanedUp, &window,
        [&window](const QString &what) { window.statusBar()->showMessage(what, 15000); });
    window.setStatsStore(&statsStore, &events);
    library = &window;
    for (StatsSampler *sampler : samplers)
        if (sampler)
            window.watchSampler(sampler);
    window.restoreSettings(settings);
    App::StartupProbe::installIfRequested(window.libraryView()->viewport(), window.model());

    QObject::connect(&window, &Ui::MainWindow::connectionRequested, &registry,
                     [&](const QString &uri, bool readOnly) {
                         registry.add(uri, readOnly);
                         remembered.erase(
                             std::remove_if(remembered.begin(), remembered.end(),
                                            [&](const auto &c) { return c.uri == uri; }),
                             remembered.end());
                         remembered.append({uri, readOnly});
                         QSettings s;
                         App::saveConnections(s, remembered);
                         s.setValue(QStringLiteral("connections/last"), uri);
                     });
    QObject::connect(
        &window, &Ui::MainWindow::connectionRemovalRequested, &registry, [&](Connection *c) {
            const QString uri = c->uri();
            registry.remove(c);
            remembered.erase(std::remove_if(remembered.begin(), remembered.end(),
                                            [&](const auto &r) { return r.uri == uri; }),
                             remembered.end());
            QSettings s;
            App::saveConnections(s, remembered);
        });

    window.show();
    if (!options.showConsole.isEmpty()) {
        // The machine is known once its connection has listed it.
        auto opened = std::make_shared<bool>(false);
        for (Connection *c : registry.connections()) {
            QObject::connect(c, &Connection::domainsReset, &window, [&window, c, opened, &options] {
                if (*opened)
                    return;
                if (const auto d = c->domainByName(options.showConsole)) {
                    *opened = true;
                    window.openConsole(c, d->uuid);
                }
            });
        }
    }
    const int rc = app.exec();
    window.saveSettings(settings);
    disposables.finish();
    // Close every connection on its worker; a daemon that hangs gets a few seconds, no more.
    registry.clear();
    Worker::waitForAll(3000);
    return rc;
}
