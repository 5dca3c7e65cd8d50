#pragma once

#include <QLocalSocket>
#include <QString>

namespace Vireo::Test {

/// The test guest's control channel: a shell on its virtio-serial port "org.vireo.control",
/// which libvirt binds to a unix socket on the host. run() sends one command line and returns
/// what it printed.
class GuestControl
{
public:
    explicit GuestControl(const QString &socketPath);

    bool connectToGuest(int timeoutMs = 10000);
    /// Runs a shell command line in the guest; returns its output (stdout and stderr), or a null
    /// string when no answer came within the timeout.
    QString run(const QString &command, int timeoutMs = 20000);
    /// run() for a command that needs this process to go on handling its events meanwhile (a
    /// USB device redirected from this process, a console the guest's work waits on): started
    /// in the background in the guest, its end polled while events run. Its output, or a null
    /// string after the timeout.
    QString runServing(const QString &command, int timeoutMs);

private:
    QString m_path;
    QLocalSocket m_socket;
    int m_sequence = 0;
    int m_serving = 0;
};

} // namespace Vireo::Test
