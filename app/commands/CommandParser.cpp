#include "app/commands/CommandParser.h"

#include "app/RememberedConnections.h"
#include "core/Askpass.h"
#include "core/Authenticator.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include <termios.h>
#include <unistd.h>

namespace Vireo::App {

namespace {

struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandText)
};

bool isCommonFlag(const QString &a)
{
    return a == QLatin1String("-r") || a == QLatin1String("--readonly");
}

bool isCommonOptionWithValue(const QString &a)
{
    return a == QLatin1String("-c") || a == QLatin1String("--connect");
}

} // namespace

CommandLineSplit splitCommandLine(const QStringList &arguments, const QStringList &commandNames)
{
    CommandLineSplit split;
    if (arguments.isEmpty())
        return split;
    QStringList before;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (isCommonFlag(a) || a.startsWith(QLatin1String("--connect="))) {
            before << a;
        } else if (isCommonOptionWithValue(a) && i + 1 < arguments.size()) {
            before << a << arguments.at(i + 1);
            ++i;
        } else if (commandNames.contains(a)) {
            split.command = a;
            split.arguments = QStringList{arguments.first()} + before + arguments.mid(i + 1);
            return split;
        } else {
            break; // an option of the window's, or a stray word: no command
        }
    }
    split.arguments = arguments;
    return split;
}

CommandParser::CommandParser(const QString &command, const QString &description,
                             const QString &synopsis)
    : m_command(command)
    , m_synopsis(synopsis)
    , m_connect({QStringLiteral("c"), QStringLiteral("connect")},
                CommandText::tr("The libvirt URI (e.g. qemu:///system); without it, the last "
                                "one used, as in the window, else qemu:///session."),
                QStringLiteral("URI"))
    , m_readOnly({QStringLiteral("r"), QStringLiteral("readonly")},
                 CommandText::tr("Open the connection read-only."))
    , m_json(QStringLiteral("json"), CommandText::tr("JSON output, for scripts."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_connect);
    m_parser.addOption(m_readOnly);
}

void CommandParser::addJsonOption(const QString &what)
{
    if (!what.isEmpty())
        m_json.setDescription(what);
    m_parser.addOption(m_json);
}

bool CommandParser::json() const
{
    return m_parser.isSet(m_json);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::printf("%s", doc.toJson(QJsonDocument::Indented).constData());
}

bool CommandParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        fail(m_parser.errorText() + QLatin1Char('\n')
                 + CommandText::tr("Try 'vireo %1 --help'.").arg(m_command),
             2);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line says "vireo [options] ARGS"; ours names the command.
        QString help = m_parser.helpText();
        const int end = help.indexOf(QLatin1Char('\n'));
        help.replace(0, end,
                     CommandText::tr("Usage: vireo %1 [options] %2").arg(m_command, m_synopsis));
        std::fputs(qPrintable(help), stdout);
        std::exit(0);
    }
    if (m_parser.isSet(m_connect)) {
        if (const QString bad = validateConnectionUri(uri()); !bad.isEmpty()) {
            fail(bad, 2);
            return false;
        }
    }
    // Over SSH, ssh's questions come through the terminal's prompt (vireo-askpass).
    if (QUrl(uri()).scheme().contains(QLatin1String("ssh")))
        Askpass::install();
    return true;
}

QString CommandParser::uri() const
{
    if (m_parser.isSet(m_connect))
        return m_parser.value(m_connect);
    return defaultConnectionUri(QSettings());
}

bool CommandParser::readOnly() const
{
    return m_parser.isSet(m_readOnly);
}

int CommandParser::fail(const QString &message, int code) const
{
    std::fprintf(stderr, "vireo %s: %s\n", qPrintable(m_command), qPrintable(message));
    return code;
}

int CommandParser::finish(const CommandOutcome &outcome, const QString &done) const
{
    if (!outcome.ok)
        return fail(outcome.why.text(), outcome.exitCode());
    if (!done.isEmpty())
        std::printf("%s\n", qPrintable(done));
    return 0;
}

std::optional<DomainInfo> CommandParser::openAndFind(Connection &connection,
                                                     const QString &vm) const
{
    if (!openAndWait(connection)) {
        fail(connection.stateDetail());
        return std::nullopt;
    }
    auto domain = connection.findDomain(vm);
    if (!domain)
        fail(CommandText::tr("There is no VM \"%1\" on %2.").arg(vm, connection.uri()));
    return domain;
}

bool await(Operation *op, QVariant *value, QString *error, Failure *why)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(op, &Operation::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        *error = text;
        *value = op->value();
        if (why)
            *why = op->failure();
        loop.quit();
    });
    loop.exec();
    return ok;
}

bool openAndWait(Connection &connection)
{
    QEventLoop loop;
    bool listed = false;
    QObject::connect(&connection, &Connection::stateChanged, &loop, [&](Connection::State s) {
        if (s == Connection::State::Disconnected)
            loop.quit();
    });
    QObject::connect(&connection, &Connection::domainsReset, &loop, [&] {
        listed = true;
        loop.quit();
    });
    connection.open();
    if (connection.state() != Connection::State::Disconnected)
        loop.exec();
    return listed && connection.state() == Connection::State::Connected;
}

bool askYesNo(const QString &question)
{
    std::printf("%s [y/N] ", qPrintable(question));
    std::fflush(stdout);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

CommandOutcome awaitWithProgress(Operation *op)
{
    const bool terminal = isatty(STDERR_FILENO);
    bool drawn = false;
    if (terminal)
        QObject::connect(op, &Operation::progress, op, [&drawn](int percent, const QString &text) {
            const int width = 30;
            const int filled = qBound(0, percent, 100) * width / 100;
            std::fprintf(stderr, "\r[%s%s] %3d%% %s\033[K", QByteArray(filled, '#').constData(),
                         QByteArray(width - filled, ' ').constData(), percent,
                         qPrintable(text.left(60)));
            std::fflush(stderr);
            drawn = true;
        });
    CommandOutcome outcome;
    QString error;
    outcome.ok = await(op, &outcome.value, &error, &outcome.why);
    if (drawn)
        std::fprintf(stderr, "\n");
    return outcome;
}

CommandOutcome runConfirming(const std::function<Operation *(bool confirmed)> &start,
                             bool assumeYes, bool *declined)
{
    *declined = false;
    CommandOutcome outcome = awaitWithProgress(start(false));
    if (outcome.ok || outcome.why.kind != Failure::Kind::NeedsConfirmation)
        return outcome;
    if (!assumeYes
        && !askYesNo(outcome.why.text() + QLatin1Char(' ') + CommandText::tr("Go ahead?"))) {
        *declined = true;
        return outcome;
    }
    return awaitWithProgress(start(true));
}

namespace {

int g_stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_stopPipe[1], &byte, 1);
}

} // namespace

StopSignals::StopSignals(std::function<void()> onStop)
    : m_onStop(std::move(onStop))
{
    if (g_stopPipe[0] < 0 && ::pipe(g_stopPipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(g_stopPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_stopPipe[0], &byte, 1);
        m_stopped = true;
        if (m_onStop)
            m_onStop();
    });
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        std::signal(sig, onStopSignal);
}

StopSignals::~StopSignals()
{
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        std::signal(sig, SIG_DFL);
}

virConnectPtr openConnectionWaiting(const QString &uri, bool readOnly, Failure *failure)
{
    virConnectPtr conn = nullptr;
    QEventLoop loop;
    std::thread opening([&] {
        conn = openConnection(uri, readOnly, failure);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    opening.join();
    return conn;
}

QString readSecretLine(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    const QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace Vireo::App
