// ssh's questions answered through Vireo (see Askpass.h).

#include "core/Askpass.h"

#include "core/Authenticator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdlib>

#include <thread>
#include <unistd.h>

namespace Vireo::Askpass {

namespace {

struct AskpassText
{
    Q_DECLARE_TR_FUNCTIONS(AskpassText)
};

QLocalServer *g_server = nullptr;
QByteArray g_token;

/// When each question was last answered, and how often in a row: ssh asks again after a wrong
/// answer (three times by default).
struct Asked
{
    qint64 atMs = 0;
    int attempt = 0;
};
QHash<QString, Asked> g_asked;

/// The host a question names ("root@host2's password:"), for the dialog's title.
QString hostIn(const QString &prompt)
{
    static const QRegularExpression userHost(QStringLiteral("([\\w.-]+@[\\w.:-]+)'s password"));
    if (const auto m = userHost.match(prompt); m.hasMatch())
        return m.captured(1);
    return {};
}

void answer(QLocalSocket *socket, const QString &prompt, const QString &kind)
{
    AuthRequest request;
    // A remembered answer is kept under the question itself (it names the user and host, or the
    // key file): "ssh root@host2's password:".
    const QString host = hostIn(prompt);
    request.uri = host.isEmpty() ? QStringLiteral("ssh:") : QStringLiteral("ssh://%1").arg(host);
    AuthCredential c;
    const bool confirm
        = kind == QLatin1String("confirm") || prompt.contains(QLatin1String("(yes/no"));
    c.kind = confirm ? AuthCredential::Kind::Prompt : AuthCredential::Kind::SecretPrompt;
    c.prompt = prompt;
    request.credentials << c;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Asked &asked = g_asked[prompt];
    asked.attempt = now - asked.atMs < 120000 ? asked.attempt + 1 : 1;
    asked.atMs = now;
    request.attempt = qMin(asked.attempt, kLoginAttempts);
    if (request.attempt > 1)
        request.previousFailure = AskpassText::tr("ssh asks again: the answer was not accepted.");
    std::shared_ptr<Authenticator> auth = Authenticator::defaultAuthenticator();
    QPointer<QLocalSocket> reply(socket);
    request.rememberAs = QStringLiteral("ssh ") + prompt;
    // The authenticator may wait for the user: not on the application's thread.
    std::thread([auth, request, reply]() mutable {
        // What ssh asks again was refused: a remembered answer is forgotten.
        if (auth && request.attempt > 1)
            auth->concluded(request.rememberAs, false);
        const bool ok = auth && auth->answer(request);
        // Kept when the user asked to (ssh says nothing of success: a wrong answer is replaced
        // when ssh asks again).
        if (ok)
            auth->concluded(request.rememberAs, true);
        QByteArray text = ok ? "1" + request.credentials.value(0).result.toUtf8() : "0";
        QMetaObject::invokeMethod(
            qApp,
            [reply, text = std::move(text)]() mutable {
                if (reply) {
                    reply->write(text);
                    reply->disconnectFromServer();
                }
                text.fill('\0');
            },
            Qt::QueuedConnection);
    }).detach();
}

} // namespace

bool install(const QString &helper, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (g_server)
        return true;
    // Beside the program in a build tree; in lib/vireo/ when installed.
    QString program = helper;
    if (program.isEmpty()) {
        const QString dir = QCoreApplication::applicationDirPath();
        program = dir + QStringLiteral("/vireo-askpass");
        if (!QFileInfo(program).isExecutable())
            program = QDir::cleanPath(dir + QStringLiteral("/../lib/vireo/vireo-askpass"));
    }
    if (!QFileInfo(program).isExecutable())
        return fail(AskpassText::tr("%1 is missing: ssh cannot ask for passwords through "
                                    "Vireo.")
                        .arg(program));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QString path = QStringLiteral("%1/vireo-askpass-%2-%3")
                             .arg(dir)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    auto *server = new QLocalServer(qApp);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(path);
    if (!server->listen(path)) {
        const QString why = server->errorString();
        delete server;
        return fail(why);
    }
    g_token = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
              + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    QObject::connect(server, &QLocalServer::newConnection, server, [server] {
        while (QLocalSocket *socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            // The helper writes three lines (token, question, kind) and waits for the answer.
            QObject::connect(socket, &QLocalSocket::readyRead, socket, [socket] {
                if (socket->property("asked").toBool())
                    return;
                if (socket->peek(8192).count('\n') < 3) {
                    if (socket->bytesAvailable() > 8192)
                        socket->abort();
                    return;
                }
                socket->setProperty("asked", true);
                const QList<QByteArray> lines = socket->readAll().split('\n');
                if (lines.size() < 3 || lines.at(0) != g_token) {
                    socket->write("0");
                    socket->disconnectFromServer();
                    return;
                }
                answer(socket, QString::fromUtf8(lines.at(1)), QString::fromUtf8(lines.at(2)));
            });
        }
    });
    g_server = server;
    // libvirt runs ssh with a few of this process's variables only (SSH_ASKPASS, DISPLAY,
    // XAUTHORITY, SSH_AUTH_SOCK and the locale's): the socket and its token reach the helper
    // through a small script of this run's, private to the user, that sets them.
    const QString script = path + QStringLiteral(".sh");
    QFile wrapper(script);
    if (!wrapper.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        delete server;
        g_server = nullptr;
        return fail(wrapper.errorString());
    }
    wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    wrapper.write("#!/bin/sh\nVIREO_ASKPASS_SOCKET='" + QFile::encodeName(server->fullServerName())
                  + "' VIREO_ASKPASS_TOKEN='" + g_token + "' exec '" + QFile::encodeName(program)
                  + "' \"$@\"\n");
    wrapper.close();
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, server,
                     [script] { QFile::remove(script); });
    // Also when the program ends without the application quitting (a command): a plain copy
    // of the path, since the server is gone by then.
    static QByteArray scriptPath;
    scriptPath = QFile::encodeName(script);
    std::atexit([] { ::unlink(scriptPath.constData()); });
    QObject::connect(server, &QObject::destroyed, [] { g_server = nullptr; });
    // ssh asks SSH_ASKPASS when it has no terminal and DISPLAY is set (a graphical session);
    // from a terminal it asks there.
    qputenv("SSH_ASKPASS", QFile::encodeName(script));
    return true;
}

} // namespace Vireo::Askpass
