// Logins on the terminal: the prompt every command uses, and `vireo login`.

#include "app/commands/LoginCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Keyring.h"
#include "core/RememberedLogin.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace Vireo::App {

namespace {

struct LoginText
{
    Q_DECLARE_TR_FUNCTIONS(LoginText)
};

/// One answer: on the controlling terminal (a secret without echo), else the next line of
/// stdin (a script that pipes it in). False at the end of the input.
bool readAnswer(FILE *tty, const QString &prompt, bool secret, QString *answer)
{
    FILE *in = tty ? tty : stdin;
    FILE *out = tty ? tty : stderr;
    std::fprintf(out, "%s", qPrintable(prompt));
    std::fflush(out);
    termios saved{};
    const bool hide = secret && tty && tcgetattr(fileno(tty), &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSANOW, &quiet);
    }
    std::string line;
    int c = std::fgetc(in);
    const bool any = c != EOF;
    for (; c != EOF && c != '\n'; c = std::fgetc(in))
        line.push_back(char(c));
    if (hide) {
        tcsetattr(fileno(tty), TCSANOW, &saved);
        std::fprintf(out, "\n");
    }
    *answer = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return any;
}

/// Asks on the terminal; `offerRemember` when the login is to be kept (vireo login).
bool askOnTerminal(AuthRequest &request, const QString &cannotRemember, bool *remember,
                   bool offerRemember)
{
    const QString host = QUrl(request.uri).host();
    FILE *tty = std::fopen("/dev/tty", "r+");
    FILE *out = tty ? tty : stderr;
    if (request.attempt == 1 && request.uri.startsWith(QLatin1String("ssh")))
        std::fprintf(out, "%s\n", qPrintable(LoginText::tr("ssh asks, to reach a host:")));
    else if (request.attempt == 1)
        std::fprintf(out, "%s\n",
                     qPrintable(LoginText::tr("Log in to %1 (%2)").arg(host, request.uri)));
    else
        std::fprintf(out, "%s\n",
                     qPrintable(LoginText::tr("%1 Try %2 of %3.")
                                    .arg(request.previousFailure)
                                    .arg(request.attempt)
                                    .arg(kLoginAttempts)));
    bool ok = true;
    for (AuthCredential &c : request.credentials) {
        QString prompt;
        switch (c.kind) {
        case AuthCredential::Kind::UserName:
            prompt = c.defaultValue.isEmpty()
                         ? LoginText::tr("User name: ")
                         : LoginText::tr("User name [%1]: ").arg(c.defaultValue);
            break;
        case AuthCredential::Kind::Password:
            prompt = LoginText::tr("Password: ");
            break;
        default:
            prompt = c.prompt.trimmed() + QLatin1Char(' ');
            break;
        }
        QString answer;
        if (!readAnswer(tty, prompt, c.isSecret(), &answer)) {
            if (!tty)
                std::fprintf(stderr, "\n%s\n",
                             qPrintable(LoginText::tr("vireo: no terminal to ask on, and nothing "
                                                      "on standard input. Remember the login "
                                                      "with `vireo login` in a terminal, or with "
                                                      "\"Remember in the keyring\" in Vireo's "
                                                      "window.")));
            ok = false;
            break;
        }
        c.result = answer.isEmpty() && !c.isSecret() ? c.defaultValue : answer;
    }
    if (tty)
        std::fclose(tty);
    if (ok && offerRemember) {
        if (!cannotRemember.isEmpty())
            std::fprintf(stderr, "vireo login: %s\n", qPrintable(cannotRemember));
        *remember = cannotRemember.isEmpty();
    }
    return ok;
}

} // namespace

void installTerminalLogin()
{
    Authenticator::setDefault(std::make_shared<RememberedLogin>(
        [](AuthRequest &request, const QString &cannotRemember, bool *remember) {
            return askOnTerminal(request, cannotRemember, remember, false);
        }));
}

int runLoginCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("login"),
                          LoginText::tr("Logs in to the connection's host on this terminal and "
                                        "remembers the login in the desktop's keyring (never in "
                                        "a file): Vireo's window and every command then connect "
                                        "without asking. With no terminal, the answers are read "
                                        "from standard input, one per line."),
                          QStringLiteral("[options]"));
    const QCommandLineOption forget(QStringLiteral("forget"),
                                    LoginText::tr("Forget the remembered login instead."));
    command.addOption(forget);
    if (!command.parse(arguments))
        return 2;
    if (!command.positional().isEmpty())
        return command.fail(LoginText::tr("no arguments besides the options (see --help)"), 2);
    const QString uri = command.uri();
    if (command.options().isSet(forget)) {
        QString error;
        if (!RememberedLogin::forget(uri, &error))
            return command.fail(error);
        std::printf("%s\n", qPrintable(LoginText::tr("Forgot the login of %1.").arg(uri)));
        return 0;
    }
    if (const QString why = Keyring::unavailableReason(); !why.isEmpty())
        return command.fail(why);
    // Asked on the terminal whatever is remembered: this login replaces it.
    Authenticator::setDefault(std::make_shared<RememberedLogin>(
        [](AuthRequest &request, const QString &cannotRemember, bool *remember) {
            return askOnTerminal(request, cannotRemember, remember, true);
        },
        true));
    RememberedLogin::forget(uri);
    Connection connection(uri, command.readOnly());
    if (!openAndWait(connection))
        return command.fail(connection.stateDetail());
    std::printf("%s\n",
                qPrintable(LoginText::tr("Logged in to %1; the login is remembered.").arg(uri)));
    return 0;
}

} // namespace Vireo::App
