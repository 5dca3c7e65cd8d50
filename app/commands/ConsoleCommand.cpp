// `vireo console VM`: the VM's screen in the console window, or with --serial its serial port or
// console on this terminal (as `virsh console`, Ctrl+] detaches).

#include "app/commands/ConsoleCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "display/TextConsole.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSocketNotifier>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Vireo::App {

namespace {

struct ConsoleCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommandText)
};

constexpr char kDetach = 0x1d; // Ctrl+]

/// Writes everything (stdout may take it in parts).
void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

int runConsoleCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("console"),
        ConsoleCommandText::tr(
            "Shows the VM's screen in Vireo's console window; with --serial, attaches this "
            "terminal to its serial port or console instead: what the guest writes shows here, "
            "what you type goes to it, Ctrl+] detaches."),
        QStringLiteral("VM"));
    const QCommandLineOption serial(QStringLiteral("serial"),
                                    ConsoleCommandText::tr("The serial port or console, here."));
    const QCommandLineOption device(
        QStringLiteral("device"),
        ConsoleCommandText::tr("Which one (its alias: serial0, console1...; default: the "
                               "first)."),
        QStringLiteral("ALIAS"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        ConsoleCommandText::tr("Take the console over from another client attached to it."));
    command.addOption(serial);
    command.addOption(device);
    command.addOption(force);
    if (!command.parse(arguments))
        return 2;
    if (command.positional().size() != 1)
        return command.fail(ConsoleCommandText::tr("name one VM (see --help)"), 2);
    const QString vm = command.positional().first();
    if (!command.options().isSet(serial)) {
        // The window: what `vireo --show-console` starts.
        QStringList args{QStringLiteral("--connect"), command.uri()};
        if (command.readOnly())
            args << QStringLiteral("--readonly");
        args << QStringLiteral("--show-console") << vm;
        QList<QByteArray> raw{QCoreApplication::applicationFilePath().toLocal8Bit()};
        for (const QString &a : args)
            raw << a.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &a : raw)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        return command.fail(ConsoleCommandText::tr("cannot start the console window"));
    }

    Connection connection(command.uri(), command.readOnly());
    const auto domain = command.openAndFind(connection, vm);
    if (!domain)
        return 1;
    if (!domain->isActive())
        return command.fail(ConsoleCommandText::tr("%1 is %2: its console is there once it runs.")
                                .arg(domain->name, domain->stateText().toLower()));

    TextConsole console(&connection, domain->uuid);
    int exitCode = 0;
    // A terminal on stdin goes raw while attached: every key, Ctrl+C too, is the guest's.
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    const auto restore = qScopeGuard([&] {
        if (tty)
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(false);
    QObject::connect(&input, &QSocketNotifier::activated, &console, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // the end of what was piped in: detach
            input.setEnabled(false);
            QCoreApplication::exit(exitCode);
            return;
        }
        const QByteArray bytes(buffer, n);
        const qsizetype detach = bytes.indexOf(kDetach);
        console.write(detach < 0 ? bytes : bytes.left(detach));
        if (detach >= 0)
            QCoreApplication::exit(exitCode);
    });
    QObject::connect(&console, &TextConsole::opened, &console, [&] {
        std::fprintf(stderr, "%s\r\n",
                     qPrintable(ConsoleCommandText::tr("Attached to %1's console. Ctrl+] detaches.")
                                    .arg(domain->name)));
        if (tty) {
            termios raw = saved;
            cfmakeraw(&raw);
            tcsetattr(STDIN_FILENO, TCSANOW, &raw);
        }
        input.setEnabled(true);
    });
    QObject::connect(&console, &TextConsole::received, &console,
                     [](const QByteArray &bytes) { writeAll(STDOUT_FILENO, bytes); });
    QObject::connect(
        &console, &TextConsole::failed, &console, [&](const QString &reason, bool busy) {
            command.fail(busy ? ConsoleCommandText::tr("%1 (--force takes it over)").arg(reason)
                              : reason);
            exitCode = 1;
            QCoreApplication::exit(1);
        });
    QObject::connect(&console, &TextConsole::closed, &console, [&](const QString &reason) {
        std::fprintf(stderr, "\r\n%s\r\n", qPrintable(reason));
        QCoreApplication::exit(0);
    });
    StopSignals stop([] { QCoreApplication::exit(130); });
    console.open(command.options().value(device), command.options().isSet(force));
    const int code = QCoreApplication::exec();
    console.close();
    return code;
}

} // namespace Vireo::App
