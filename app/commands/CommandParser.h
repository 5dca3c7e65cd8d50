#pragma once

#include "core/Failure.h"
#include "domains/DomainInfo.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QSocketNotifier>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {
class Connection;
class Operation;
} // namespace Vireo

namespace Vireo::App {

/// The options every terminal command takes, and where a command line names its command.
/// `vireo [COMMON OPTIONS] COMMAND [ARGS AND OPTIONS]`: common options (--connect, --readonly)
/// may stand before the command too, as virsh and git take them.
struct CommandLineSplit
{
    QString command;       // empty when the line names none (the window starts)
    QStringList arguments; // the program, then the common options given before the command,
                           // then everything after it
};
CommandLineSplit splitCommandLine(const QStringList &arguments, const QStringList &commandNames);

struct CommandOutcome;

/// One terminal command's options and what all commands share: one table of the common options
/// (--connect with the window's default, --readonly, --help), one VM lookup, one way to fail
/// ("vireo COMMAND: message", exit 1 for a failure, 2 for bad input), one help text whose usage
/// line names the command.
class CommandParser
{
public:
    /// `synopsis` follows "vireo COMMAND [options]" in the usage line.
    CommandParser(const QString &command, const QString &description, const QString &synopsis);

    QCommandLineParser &options() { return m_parser; }
    /// --json, the same option for every command that prints something a script reads; `what`
    /// says what it applies to ("list, info: JSON.") when not all of the command's output.
    void addJsonOption(const QString &what = {});
    bool json() const;
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }

    /// Parses. Prints the help and exits on --help; false (the message printed) on an unknown
    /// option, a missing value or a malformed URI: the command then returns 2.
    bool parse(const QStringList &arguments);
    QStringList positional() const { return m_parser.positionalArguments(); }

    /// --connect, else the default shared with the window (see defaultConnectionUri()).
    QString uri() const;
    bool readOnly() const;

    /// Prints "vireo COMMAND: message" on stderr; returns `code` (1: failed, 2: bad input).
    int fail(const QString &message, int code = 1) const;
    /// The end of a command that ran an operation: its failure on stderr with its exit code, or
    /// `done` (unless empty) on stdout and 0.
    int finish(const CommandOutcome &outcome, const QString &done) const;
    /// Opens `connection` and finds the VM a user named (name or UUID); nullopt with the
    /// reason printed when it cannot (the command returns 1).
    std::optional<DomainInfo> openAndFind(Connection &connection, const QString &vm) const;

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_connect;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_json;
};

/// Prints a JSON object or array on stdout, indented, as every command's --json does.
void printJson(const QJsonValue &value);

/// Waits, in a local event loop, for an operation to end; its value and error come back through
/// the pointers (and why it failed, typed, when `why` is given).
bool await(Operation *op, QVariant *value, QString *error, Failure *why = nullptr);

/// Opens the connection and waits until it is up (true) or has failed (false, see stateDetail()),
/// and until its domains are listed.
bool openAndWait(Connection &connection);

/// openConnection() on a thread of its own while this thread's event loop runs (ssh's questions
/// come to this thread through Askpass): a raw libvirt connection for commands that read libvirt
/// directly. Null with *failure.
virConnectPtr openConnectionWaiting(const QString &uri, bool readOnly, Failure *failure);

/// A secret typed at the terminal without echo after `prompt` (on stderr); read as the first
/// line of stdin when stdin is no terminal. Empty when there is nothing to read.
QString readSecretLine(const QString &prompt);

/// Asks a yes/no question on the terminal ("... [y/N] "); true only for y or yes. Without a
/// terminal on stdin, reads what is piped in (no answer: no).
bool askYesNo(const QString &question);

/// How a finished operation went, for a command: its value, its failure, and the exit code a
/// command returns for it (0 done, 2 bad input or a refusal that changed nothing, 1 failed).
struct CommandOutcome
{
    bool ok = false;
    QVariant value;
    Failure why;
    int exitCode() const { return ok ? 0 : why.kind == Failure::Kind::InvalidInput ? 2 : 1; }
};

/// Waits for an operation; on a terminal (stderr), draws its progress as a bar that updates in
/// place; elsewhere prints nothing until it ends.
CommandOutcome awaitWithProgress(Operation *op);

/// Runs `start(false)`; when the engine asks for confirmation (kind NeedsConfirmation), prints
/// the question and, on yes (or with `assumeYes`), runs `start(true)`. `declined` tells whether
/// the user said no (nothing was done).
CommandOutcome runConfirming(const std::function<Operation *(bool confirmed)> &start,
                             bool assumeYes, bool *declined);

/// Ctrl+C, SIGTERM and SIGHUP, while one exists, turned into `onStop` on the event loop (through
/// a pipe: what a signal handler may safely do). One at a time.
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;
    bool stopped() const { return m_stopped; }

private:
    std::function<void()> m_onStop;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_stopped = false;
};

} // namespace Vireo::App
