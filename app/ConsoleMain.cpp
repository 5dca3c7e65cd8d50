// vireo-console: one virtual machine's screen in a window of its own, without the library. This is
// what `vireo --show-console NAME` opens (as virt-viewer stands beside virt-manager). It links only
// the connection, the display sessions and the console window: no SQL, osinfo or plotting, no
// statistics sampled, so a console left open for hours costs little.

#include "app/DesktopSetup.h"
#include "app/RememberedConnections.h"
#include "core/Askpass.h"
#include "core/Connection.h"
#include "core/LibvirtEventLoop.h"
#include "core/Validation.h"
#include "core/Worker.h"
#include "ui/common/LoginDialog.h"
#include "ui/console/ConsoleWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Vireo;

namespace {

struct Options
{
    QStringList uris;
    bool readOnly = false;
    QString machine; // a name or a UUID
};

/// Reads the command line; prints help, the version or the mistake and exits where it must.
Options parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ConsoleMain", "Vireo console: the screen of one virtual machine (SPICE or VNC) in a "
                       "window of its own,\nwithout the library. `vireo --show-console NAME` "
                       "opens it too."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect(
        {QStringLiteral("c"), QStringLiteral("connect")},
        QCoreApplication::translate("ConsoleMain",
                                    "Look for the machine on this libvirt URI. Repeat for "
                                    "several. Without it, Vireo's remembered connections, else "
                                    "the last URI used, else qemu:///session."),
        QStringLiteral("URI"));
    const QCommandLineOption readOnly(
        {QStringLiteral("r"), QStringLiteral("readonly")},
        QCoreApplication::translate("ConsoleMain", "Open the --connect connections read-only."));
    parser.addOption(connect);
    parser.addOption(readOnly);
    parser.addPositionalArgument(
        QStringLiteral("MACHINE"),
        QCoreApplication::translate("ConsoleMain", "The machine's name or UUID."));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "vireo-console: %s\nTry 'vireo-console --help'.\n",
                     qPrintable(parser.errorText()));
        std::exit(2);
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    Options options;
    options.uris = parser.values(connect);
    options.readOnly = parser.isSet(readOnly);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        std::fprintf(stderr, "vireo-console: %s\nTry 'vireo-console --help'.\n",
                     positional.isEmpty() ? "which machine? Give its name or UUID."
                                          : "one machine at a time, please.");
        std::exit(2);
    }
    options.machine = positional.first();
    for (const QString &uri : std::as_const(options.uris)) {
        const QString problem = validateConnectionUri(uri);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "vireo-console: %s\n", qPrintable(problem));
            std::exit(2);
        }
    }
    return options;
}

/// The connections to look on: those asked for, else the library's (the same settings).
QList<App::RememberedConnection> connectionsToOpen(const Options &options)
{
    QList<App::RememberedConnection> result;
    for (const QString &uri : options.uris)
        result.append({uri, options.readOnly});
    if (!result.isEmpty())
        return result;
    // The library's settings (organization and application "vireo").
    QSettings settings(QStringLiteral("vireo"), QStringLiteral("vireo"));
    result = App::loadConnections(settings);
    if (result.isEmpty()) {
        const QString last = settings.value(QStringLiteral("connections/last")).toString();
        result.append({last.isEmpty() ? QStringLiteral("qemu:///session") : last, false});
    }
    return result;
}

/// Says why no window opens, on the terminal and in a message box, and ends the program.
void giveUp(const QString &text)
{
    std::fprintf(stderr, "vireo-console: %s\n", qPrintable(text));
    QMessageBox::critical(nullptr, QObject::tr("Vireo console"), text);
    QCoreApplication::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    // Help, version and mistakes need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("vireo"));
    QCoreApplication::setApplicationName(QStringLiteral("vireo-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIREO_VERSION));
    Options options;
    {
        QCoreApplication probe(argc, argv);
        options = parse(arguments);
    }

    QApplication app(argc, argv);
    QTranslator translator;
    App::setUpDesktopApplication(translator);
    Ui::LoginDialog::installForDesktop();
    Askpass::install(); // qemu+ssh: ssh asks through the login dialog
    QString loopProblem;
    if (!ensureLibvirtEventLoop(&loopProblem)) {
        giveUp(loopProblem);
        return 1;
    }

    // Every connection is asked; the first that knows the machine shows it. When all have
    // answered (listed their machines or failed) and none knows it, the console says so.
    std::vector<std::unique_ptr<Connection>> connections;
    QStringList failures;
    int answered = 0;
    QPointer<Ui::ConsoleWindow> window;
    const auto answer = [&] {
        if (window || ++answered < int(connections.size()))
            return;
        QStringList where;
        for (const auto &c : connections)
            where << c->uri();
        giveUp(failures.isEmpty() ? QObject::tr("No virtual machine named \"%1\" on %2.")
                                        .arg(options.machine, where.join(QStringLiteral(", ")))
                                  : QObject::tr("No virtual machine named \"%1\" was found: %2")
                                        .arg(options.machine, failures.join(QLatin1Char(' '))));
    };
    for (const auto &remembered : connectionsToOpen(options)) {
        connections.push_back(std::make_unique<Connection>(remembered.uri, remembered.readOnly));
        Connection *c = connections.back().get();
        auto listed = std::make_shared<bool>(false);
        QObject::connect(c, &Connection::domainsReset, c, [&, c, listed] {
            if (window || *listed)
                return;
            *listed = true;
            auto domain = c->domainByName(options.machine);
            if (!domain)
                domain = c->domain(options.machine);
            if (!domain) {
                answer();
                return;
            }
            window = new Ui::ConsoleWindow(c, domain->uuid);
            window->show();
        });
        QObject::connect(c, &Connection::stateChanged, c, [&, c, listed](Connection::State s) {
            if (window || *listed || s != Connection::State::Disconnected)
                return;
            *listed = true; // the first attempt failed: this connection has answered
            failures << QObject::tr("%1: %2").arg(c->uri(), c->stateDetail());
            answer();
        });
        c->open();
    }
    const int rc = app.exec();
    // Close every connection on its worker; a daemon that hangs gets a few seconds, no more.
    delete window;
    connections.clear();
    Worker::waitForAll(3000);
    return rc;
}
