#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QProcess;
class QTemporaryDir;
class QFileSystemWatcher;

namespace Vireo {

struct GraphicsInfo;

/// The SSH side of a qemu+ssh:// connection URI: who logs in where, and the URI's own ssh
/// options (keyfile, no_verify, known_hosts), so that a display tunnel reaches the same host
/// the same way libvirt did.
struct SshTarget
{
    QString user; // empty: ssh's default (the local user, or ~/.ssh/config)
    QString host;
    int port = -1; // -1: ssh's default
    QString keyfile;
    bool noVerify = false; // no_verify=1: accept an unknown host key
    QString knownHosts;

    /// The target of a URI whose transport is ssh (qemu+ssh, qemu+libssh...); none otherwise.
    static std::optional<SshTarget> of(const QString &uri);
};

/// One SSH connection that forwards a private unix socket here (0600, in a 0700 folder of its
/// own) to a display on the remote host: its loopback TCP port or its unix socket. Every
/// connection made to the local socket is a channel of its own over that one SSH connection
/// (SPICE opens several), so the user is asked for a password or passphrase once per console,
/// through Vireo's askpass helper, never on a terminal. Ending it (or destroying it) ends ssh
/// and removes the folder: the tunnel lives as long as the console that owns it.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    /// `remote`: what the display is on the remote host (remoteEndpoint()).
    SshTunnel(const SshTarget &target, const QString &remote, QObject *parent = nullptr);
    ~SshTunnel() override;

    /// Where on the remote host a display is reached through a tunnel: a unix socket's path, or
    /// HOST:PORT (loopback for a display listening on every address). Empty with *error when the
    /// display has neither.
    static QString remoteEndpoint(const GraphicsInfo &graphics, QString *error);
    /// ssh's arguments for the tunnel (pure, for tests and the log).
    static QStringList arguments(const SshTarget &target, const QString &localSocket,
                                 const QString &remote);

    /// Starts ssh; ready() once the local socket is there, failed() when ssh ends first.
    void start();
    bool isReady() const { return m_ready; }
    bool hasEnded() const { return m_ended; }
    QString socketPath() const { return m_socket; }
    /// ssh's process id (0 before start and after it ended).
    qint64 processId() const;
    QString error() const { return m_error; }

Q_SIGNALS:
    void ready();
    /// ssh ended: before ready() it could not open the tunnel (its words: refused key, unknown
    /// host, no route), after it the tunnel dropped.
    void failed(const QString &reason);

private:
    void checkReady();
    void ended();

    SshTarget m_target;
    QString m_remote;
    QTemporaryDir *m_dir = nullptr;
    QString m_socket;
    QProcess *m_ssh = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_ready = false;
    bool m_ended = false;
    bool m_timedOut = false;
    QString m_error;
};

} // namespace Vireo
