#include "display/SshTunnel.h"

#include "domains/DomainInfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTunnel, "vireo.ssh", QtWarningMsg)

namespace Vireo {

namespace {

struct TunnelText
{
    Q_DECLARE_TR_FUNCTIONS(TunnelText)
};

/// How long a tunnel may take to come up, a password or passphrase asked meanwhile included.
constexpr int kReadyTimeoutMs = 60000;

/// ssh's own words, without its notices ("Warning: Permanently added ... to the list of known
/// hosts.").
QString sshWords(const QByteArray &stderrText)
{
    QStringList kept;
    for (const QString &line : QString::fromLocal8Bit(stderrText).split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith(QLatin1String("Warning: Permanently added")))
            kept << l;
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace

std::optional<SshTarget> SshTarget::of(const QString &uri)
{
    const QUrl url(uri);
    const QString scheme = url.scheme();
    const int plus = scheme.indexOf(QLatin1Char('+'));
    if (plus < 0 || !scheme.mid(plus + 1).contains(QLatin1String("ssh")) || url.host().isEmpty())
        return std::nullopt;
    SshTarget t;
    t.user = url.userName();
    t.host = url.host();
    t.port = url.port(-1);
    const QUrlQuery query(url);
    t.keyfile = query.queryItemValue(QStringLiteral("keyfile"), QUrl::FullyDecoded);
    t.noVerify = query.queryItemValue(QStringLiteral("no_verify")) == QLatin1String("1");
    t.knownHosts = query.queryItemValue(QStringLiteral("known_hosts"), QUrl::FullyDecoded);
    return t;
}

QString SshTunnel::remoteEndpoint(const GraphicsInfo &graphics, QString *error)
{
    if (!graphics.socket.isEmpty())
        return graphics.socket;
    if (graphics.port <= 0) {
        *error = TunnelText::tr("The display has neither a port nor a socket to reach (it is "
                                "not listening).");
        return {};
    }
    QString host = graphics.listen;
    // Every address includes the host's loopback, where the tunnel comes out.
    if (host.isEmpty() || host == QLatin1String("0.0.0.0") || host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return host + QLatin1Char(':') + QString::number(graphics.port);
}

QStringList SshTunnel::arguments(const SshTarget &t, const QString &localSocket,
                                 const QString &remote)
{
    QStringList args{
        QStringLiteral("-N"), // forward only: no command, no shell
        QStringLiteral("-T"),
        QStringLiteral("-e"),
        QStringLiteral("none"),
        // Fail at once when the forward cannot be set up, instead of running without it.
        QStringLiteral("-o"),
        QStringLiteral("ExitOnForwardFailure=yes"),
        // A link that died (a laptop's network went) is noticed within 15 s.
        QStringLiteral("-o"),
        QStringLiteral("ServerAliveInterval=5"),
        QStringLiteral("-o"),
        QStringLiteral("ServerAliveCountMax=3"),
        // The local socket only for this user (0600), whatever the umask.
        QStringLiteral("-o"),
        QStringLiteral("StreamLocalBindMask=0177"),
    };
    if (t.port > 0)
        args << QStringLiteral("-p") << QString::number(t.port);
    if (!t.user.isEmpty())
        args << QStringLiteral("-l") << t.user;
    if (!t.keyfile.isEmpty())
        args << QStringLiteral("-i") << t.keyfile;
    if (!t.knownHosts.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + t.knownHosts;
    // no_verify=1: the host's key is not checked at all. Not even against an old record: ssh
    // connects to a host whose key changed, but then refuses to forward anything.
    if (t.noVerify)
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=no")
             << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=/dev/null");
    args << QStringLiteral("-L") << localSocket + QLatin1Char(':') + remote;
    args << QStringLiteral("--") << t.host;
    return args;
}

SshTunnel::SshTunnel(const SshTarget &target, const QString &remote, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_remote(remote)
{
}

SshTunnel::~SshTunnel()
{
    if (m_ssh) {
        m_ssh->disconnect(this);
        if (m_ssh->state() != QProcess::NotRunning) {
            m_ssh->terminate();
            if (!m_ssh->waitForFinished(1000))
                m_ssh->kill();
            m_ssh->waitForFinished(1000);
        }
    }
    delete m_dir; // the folder and the socket in it
}

qint64 SshTunnel::processId() const
{
    return m_ssh && m_ssh->state() == QProcess::Running ? m_ssh->processId() : 0;
}

void SshTunnel::start()
{
    // Unix socket paths are short (108 bytes): a folder in /tmp, 0700.
    m_dir = new QTemporaryDir(QStringLiteral("/tmp/vireo-ssh-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = TunnelText::tr("Cannot make a private folder for the SSH tunnel: %1")
                      .arg(m_dir->errorString());
        m_ended = true;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(m_error); }, Qt::QueuedConnection);
        return;
    }
    m_socket = m_dir->filePath(QStringLiteral("display"));
    m_watcher = new QFileSystemWatcher({m_dir->path()}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SshTunnel::checkReady);

    m_ssh = new QProcess(this);
    m_ssh->setProgram(QStringLiteral("ssh"));
    m_ssh->setArguments(arguments(m_target, m_socket, m_remote));
    m_ssh->setStandardInputFile(QProcess::nullDevice());
    m_ssh->setStandardOutputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Questions (a passphrase, a password, an unknown host key) go to Vireo's askpass helper
    // when it is installed, with or without DISPLAY, never to a terminal.
    if (env.contains(QStringLiteral("SSH_ASKPASS")))
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    m_ssh->setProcessEnvironment(env);
    // No controlling terminal: ssh cannot take over the one Vireo was started from. And it ends
    // with Vireo, however Vireo ends (killed, it runs no destructor to stop the tunnel).
    m_ssh->setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    connect(m_ssh, &QProcess::finished, this, &SshTunnel::ended);
    connect(m_ssh, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            ended();
    });
    qCInfo(lcTunnel, "ssh %s", qPrintable(m_ssh->arguments().join(QLatin1Char(' '))));
    m_ssh->start();
    // A forward that never comes up (ssh waits for something, or forwards nothing) ends here;
    // questions asked meanwhile (a passphrase) get their time.
    QTimer::singleShot(kReadyTimeoutMs, this, [this] {
        if (m_ready || m_ended || !m_ssh)
            return;
        m_timedOut = true;
        m_ssh->kill();
    });
}

void SshTunnel::checkReady()
{
    if (m_ready || m_ended || !QFileInfo::exists(m_socket))
        return;
    m_ready = true;
    qCInfo(lcTunnel, "tunnel to %s:%s ready", qPrintable(m_target.host), qPrintable(m_remote));
    Q_EMIT ready();
}

void SshTunnel::ended()
{
    if (m_ended)
        return;
    m_ended = true;
    QString words = sshWords(m_ssh->readAllStandardError());
    if (words.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")))
        words = TunnelText::tr("the host's SSH key is not the one known for it (in "
                               "~/.ssh/known_hosts), so ssh forwards nothing. If the host was "
                               "reinstalled, remove the old key with ssh-keygen -R HOST.");
    else if (m_timedOut)
        words = TunnelText::tr("the forward did not come up within %1 s. %2")
                    .arg(kReadyTimeoutMs / 1000)
                    .arg(words);
    if (m_ssh->error() == QProcess::FailedToStart)
        m_error = TunnelText::tr("Cannot run ssh for a tunnel to the display (is the "
                                 "openssh-client package installed?): %1")
                      .arg(m_ssh->errorString());
    else if (m_ready)
        m_error = TunnelText::tr("The SSH tunnel to %1 closed%2")
                      .arg(m_target.host,
                           words.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + words);
    else
        m_error = TunnelText::tr("Cannot open an SSH tunnel to the display on %1: %2")
                      .arg(m_target.host,
                           words.isEmpty()
                               ? TunnelText::tr("ssh ended (exit code %1).").arg(m_ssh->exitCode())
                               : words);
    qCWarning(lcTunnel, "%s", qPrintable(m_error));
    Q_EMIT failed(m_error);
}

} // namespace Vireo
