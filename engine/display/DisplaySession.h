#pragma once

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QRect>

namespace Vireo {

/// One connection to a guest's display, whatever the protocol: frames with dirty rectangles,
/// keyboard and pointer input, and why it ended. Frames are kept here, under a lock, so that the
/// view copies only what changed.
class DisplaySession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Disconnected };
    Q_ENUM(State)

    using QObject::QObject;
    ~DisplaySession() override = default;

    /// Starts the session on a connected socket (from virDomainOpenGraphicsFD); takes the fd.
    virtual void open(int fd) = 0;
    virtual void close() = 0;
    /// The password to answer the server's challenge with, before open().
    virtual void setPassword(const QString &password) = 0;
    /// A key, as a PC XT scan code (0xE0-prefixed keys with 0x100 set), pressed or released.
    virtual void sendKey(quint32 scancode, quint32 keysym, bool down) = 0;
    /// The pointer at a framebuffer position, with buttons (bit 0 left, 1 middle, 2 right).
    virtual void sendPointer(const QPoint &position, int buttons) = 0;

    State state() const { return m_state; }
    QString disconnectReason() const { return m_reason; }

    /// The guest's screen as last received (a shallow copy).
    QImage frame() const
    {
        QMutexLocker lock(&m_frameMutex);
        return m_frame;
    }
    QSize frameSize() const
    {
        QMutexLocker lock(&m_frameMutex);
        return m_frame.size();
    }

Q_SIGNALS:
    void stateChanged(Vireo::DisplaySession::State state);
    void frameResized(const QSize &size);
    void frameUpdated(const QRect &dirty);
    void disconnected(const QString &reason);

protected:
    /// For implementations, from any thread.
    void setState(State state, const QString &reason = {})
    {
        QMetaObject::invokeMethod(
            this,
            [this, state, reason] {
                if (m_state == state)
                    return;
                m_state = state;
                if (state == State::Disconnected)
                    m_reason = reason;
                Q_EMIT stateChanged(state);
                if (state == State::Disconnected)
                    Q_EMIT disconnected(reason);
            },
            Qt::QueuedConnection);
    }

    mutable QMutex m_frameMutex;
    QImage m_frame;

private:
    State m_state = State::Idle;
    QString m_reason;
};

} // namespace Vireo
