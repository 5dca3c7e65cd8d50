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

private:
    QString m_path;
    QLocalSocket m_socket;
    int m_sequence = 0;
};

} // namespace Vireo::Test
