#pragma once

#include "support/ProcessRun.h"
#include "support/TestPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace Vireo::Test {

/// A second libvirt host on this machine for tests that need two (remote connections,
/// migration): tests/support/second-host.sh runs a libvirtd in a private mount namespace with
/// folders of its own, listening on 127.0.0.1:PORT without authentication (or with SASL logins).
/// start() waits until it answers; stop() (or the destructor) stops its daemons and removes its
/// folder. The first host's state is never touched.
class SecondHost
{
public:
    explicit SecondHost(int port)
        : m_port(port)
        , m_dir(QStringLiteral("/var/tmp/vireo-second-host-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(port))
    {
    }
    ~SecondHost() { stop(); }
    SecondHost(const SecondHost &) = delete;
    SecondHost &operator=(const SecondHost &) = delete;

    bool start() { return startWith({}, {}); }
    /// Starts it with SASL logins: `user` with `password` (handed over on the script's standard
    /// input, never on a command line).
    bool startWithLogin(const QString &user, const QString &password)
    {
        return startWith({QStringLiteral("sasl"), user}, password.toUtf8());
    }
    bool startWith(const QStringList &auth, const QByteArray &password)
    {
        const ProcessRun r = runProcess(
            QStringLiteral("bash"),
            QStringList{sourceDir() + QStringLiteral("/tests/support/second-host.sh"),
                        QStringLiteral("start"), m_dir, QString::number(m_port)}
                + auth,
            60000, QProcess::SeparateChannels, QProcessEnvironment::systemEnvironment(), password);
        m_running = r.code == 0;
        m_error = m_running ? QString() : r.err + r.out;
        return m_running;
    }
    void stop()
    {
        if (m_running)
            script({QStringLiteral("stop"), m_dir});
        m_running = false;
    }
    /// Kills its libvirtd at once (a crash): its guests keep running until stop().
    bool crashDaemon() { return script({QStringLiteral("crash"), m_dir}).code == 0; }
    /// Starts its libvirtd again after crashDaemon(), with the state it had (its guests).
    bool restartDaemon()
    {
        const ProcessRun r = script({QStringLiteral("restart"), m_dir, QString::number(m_port)});
        m_error = r.code == 0 ? QString() : r.err + r.out;
        return r.code == 0;
    }
    /// Its libvirtd's process (0 when not running): nsenter -t PID -m reaches its mounts.
    qint64 daemonPid() const
    {
        QFile f(m_dir + QStringLiteral("/run/libvirtd.pid"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    }
    /// Where its daemon's /var/lib/libvirt is, seen from this host.
    QString libDir() const { return m_dir + QStringLiteral("/lib"); }
    QString uri() const { return QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(m_port); }
    QString error() const { return m_error; }

private:
    ProcessRun script(const QStringList &args) const
    {
        return runProcess(QStringLiteral("bash"),
                          QStringList{sourceDir() + QStringLiteral("/tests/support/second-host.sh")}
                              + args,
                          60000);
    }

    int m_port;
    QString m_dir;
    QString m_error;
    bool m_running = false;
};

} // namespace Vireo::Test
