#pragma once

#include "display/DisplaySession.h"

#include <memory>

namespace Vireo {

/// A VNC display through libvncclient. One thread owns the rfbClient and does all its I/O; the
/// GUI only queues input for it and receives frame updates as queued signals.
class VncSession : public DisplaySession
{
    Q_OBJECT
public:
    explicit VncSession(QObject *parent = nullptr);
    ~VncSession() override;

    QString protocol() const override { return QStringLiteral("vnc"); }
    void open(int fd) override;
    void close() override;
    void setPassword(const QString &password) override;
    void sendKey(quint32 scancode, quint32 keysym, bool down) override;
    void sendPointer(const QPoint &position, int buttons) override;
    void sendWheel(const QPoint &position, int steps, int buttons) override;
    void setClipboardText(const QString &text) override;

    struct Client; // the rfbClient side, owned by the session's thread

private:
    std::shared_ptr<Client> m_client;
};

} // namespace Vireo
