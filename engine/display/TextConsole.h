#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

typedef struct _virStream *virStreamPtr;

namespace Vireo {

class Connection;

/// A character device of a domain a text console can attach to: a serial port or a console
/// (virtio, serial) backed by a pseudo-terminal on the host.
struct TextDevice
{
    QString alias;      // what virDomainOpenConsole takes: serial0, console1...
    QString kind;       // "serial" or "console"
    QString targetType; // isa-serial, virtio, serial...
    int port = 0;
    bool pty = false; // only pty devices can be attached to

    /// "Serial port 1", "Virtio console (hvc0)"
    QString label() const;
};

/// The domain's serial ports and consoles from its (live) XML, in order; consoles that only
/// mirror a serial port (libvirt's console0 for serial0) are left out.
QList<TextDevice> textDevices(const QString &domainXml);

/// The domain's serial ports and consoles (its live XML when it runs), read on the worker
/// without an operation to show; `done` on `context`'s thread (not called while disconnected).
void readTextDevices(Connection *connection, const QString &uuid, QObject *context,
                     std::function<void(const QList<TextDevice> &)> done);

/// A text console attached to one of a running domain's serial ports or consoles
/// (virDomainOpenConsole): bytes from the guest come with received(), write() sends bytes to
/// it. The stream is opened on the connection's worker and then read and written without
/// blocking on the thread of libvirt's event loop (the GUI thread), woken by libvirt's stream
/// events: nothing waits for the daemon there. Another client attached to the same device
/// refuses the attach, unless it is taken over on purpose (takeOver: VIR_DOMAIN_CONSOLE_FORCE);
/// a console taken over by another client ends with closed() saying so.
class TextConsole : public QObject
{
    Q_OBJECT
public:
    TextConsole(Connection *connection, const QString &uuid, QObject *parent = nullptr);
    ~TextConsole() override;

    /// Attaches to `alias` (empty: the domain's first console, as `virsh console`).
    void open(const QString &alias = {}, bool takeOver = false);
    void close();
    bool isOpen() const { return m_stream != nullptr; }
    void write(const QByteArray &bytes);

Q_SIGNALS:
    void opened();
    /// It could not attach: the reason; `busy` when another client holds the device (the user
    /// may take it over).
    void failed(const QString &reason, bool busy);
    void received(const QByteArray &bytes);
    /// The stream ended: the guest stopped, another client took the console, the connection
    /// went.
    void closed(const QString &reason);

private:
    void attached(bool ok, const QString &error, const QVariant &value);
    static void onStreamEvent(virStreamPtr stream, int events, void *opaque);
    void readAvailable();
    void flushOutgoing();
    void updateEvents();
    void end(const QString &reason);

    QPointer<Connection> m_connection;
    QString m_uuid;
    virStreamPtr m_stream = nullptr;
    QByteArray m_outgoing;
    bool m_opening = false;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::TextDevice)
