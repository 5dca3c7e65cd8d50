#pragma once

#include "display/UsbRedirection.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QRect>
#include <QStringList>

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

    struct Cursor
    {
        QImage image; // null: the guest draws its pointer itself (or hides it)
        QPoint hotspot;
    };

    /// Starts the session on a connected socket (from virDomainOpenGraphicsFD); takes the fd.
    /// "spice" or "vnc".
    virtual QString protocol() const = 0;
    virtual void open(int fd) = 0;
    virtual void close() = 0;
    /// Protocols with a socket per channel (SPICE) ask for more with needsSocket(); this hands
    /// one over (and takes the fd; -1 when none could be opened). Sockets come in the order they
    /// were asked for.
    virtual void addSocket(int fd);
    /// The password to answer the server's challenge with, before open().
    virtual void setPassword(const QString &password) = 0;
    /// A key, as a PC XT scan code (0xE0-prefixed keys with 0x100 set), pressed or released.
    virtual void sendKey(quint32 scancode, quint32 keysym, bool down) = 0;
    /// The pointer at a framebuffer position, with buttons (bit 0 left, 1 middle, 2 right).
    virtual void sendPointer(const QPoint &position, int buttons) = 0;
    /// The pointer moved by a distance, for guests whose mouse is relative (absolutePointer()
    /// false); buttons as for sendPointer().
    virtual void sendMotion(const QPoint &delta, int buttons);
    /// Wheel steps at a position: positive away from the user (up).
    virtual void sendWheel(const QPoint &position, int steps, int buttons) = 0;
    /// Offers text from the host's clipboard to the guest.
    virtual void setClipboardText(const QString &text) { Q_UNUSED(text); }
    /// Whether the guest can be asked to change its resolution (SPICE with the guest agent).
    virtual bool canResizeGuest() const { return false; }
    virtual void requestGuestSize(const QSize &size) { Q_UNUSED(size); }
    /// Whether files can be copied into the guest (SPICE with its agent running).
    virtual bool canSendFiles() const { return false; }
    /// Copies files into the guest, one transfer for all of them (the agent saves them where
    /// the guest's user finds them: spice-vdagent in Downloads). fileTransferProgress() as bytes
    /// go, fileTransferFinished() at the end.
    virtual void sendFiles(const QStringList &paths) { Q_UNUSED(paths); }
    virtual void cancelFileTransfer() {}

    /// USB devices of this computer that can go into the guest (SPICE's usbredir channels),
    /// as they are now; usbDevicesChanged() when that changes.
    virtual QList<UsbDevice> usbDevices() const { return {}; }
    /// The guest's USB redirection channels that are connected: how many devices it can hold.
    virtual int usbChannels() const { return 0; }
    /// Why no device can go into this guest at all (no channels, VNC, no USB support on this
    /// computer); empty when devices can.
    virtual QString usbUnavailable() const;
    /// Sends a device into the guest or gives it back; usbRedirectFailed() says why not.
    virtual void redirectUsb(const QString &id, bool toGuest)
    {
        Q_UNUSED(id);
        Q_UNUSED(toGuest);
    }
    /// Devices plugged in while the console is open go into the guest by themselves (those the
    /// filter lets through: not keyboards, mice or hubs).
    virtual void setUsbAutoRedirect(bool on) { Q_UNUSED(on); }
    virtual bool usbAutoRedirect() const { return false; }
    /// Offers an ISO image as a USB CD-ROM drive, sent into the guest at once when `toGuest`
    /// (a USB stick's use without one). The reason it cannot, or empty.
    virtual QString shareImageAsUsb(const QString &path, bool toGuest);

    /// Sound the guest records: interleaved signed 16-bit samples at the rate and channels of
    /// audioRecordStarted(), from the computer's microphone.
    virtual void sendRecordedAudio(const QByteArray &pcm) { Q_UNUSED(pcm); }

    /// Shares a folder of this computer with the guest while the console is open (SPICE's
    /// WebDAV channel; the guest's spice-webdavd offers it to its file manager), read-only or
    /// read-write, replacing the one shared before. The reason it cannot, or empty.
    virtual QString shareFolder(const QString &folder, bool readOnly);
    virtual void stopSharingFolder() {}
    /// The folder shared that way (empty: none) and whether read-only.
    virtual QString sharedFolder() const { return {}; }
    virtual bool sharedFolderReadOnly() const { return false; }
    /// Whether the machine has the channel for it (known once connected), and whether the
    /// guest's spice-webdavd has it open now.
    virtual bool canShareFolders() const { return false; }
    virtual bool guestUsesSharedFolder() const { return false; }

    State state() const { return m_state; }
    QString disconnectReason() const { return m_reason; }
    /// The session ended because the server wanted a (different) password.
    bool passwordRefused() const { return m_passwordRefused; }
    /// True when the guest takes absolute pointer positions, false when only relative motion.
    bool absolutePointer() const { return m_absolutePointer; }
    Cursor cursor() const
    {
        QMutexLocker lock(&m_frameMutex);
        return m_cursor;
    }
    /// Ends the session before it started, for a reason found elsewhere (no socket).
    void fail(const QString &reason) { setState(State::Disconnected, reason); }

    /// The guest's screen as last received: a copy of its own. Painting goes through
    /// withFrame() instead, which copies nothing.
    QImage frame() const
    {
        QMutexLocker lock(&m_frameMutex);
        return m_frame.copy();
    }
    /// Runs `fn` with the live screen, under the frame's lock: no copy is made, and none is
    /// forced on the protocol thread (a shallow copy held while it writes would make it copy
    /// the whole frame). Keep `fn` short: drawing the dirty part of it.
    template<typename Fn> void withFrame(Fn &&fn) const
    {
        QMutexLocker lock(&m_frameMutex);
        fn(m_frame);
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
    void needsSocket();
    void cursorChanged();
    void pointerModeChanged(bool absolute);
    /// Text the guest put on its clipboard.
    void clipboardReceived(const QString &text);
    void guestResizeAvailable(bool available);
    void fileTransferProgress(qint64 sent, qint64 total);
    /// `message`: what happened, in words (the agent's error, cancelled, done).
    void fileTransferFinished(bool ok, const QString &message);
    void usbDevicesChanged();
    void usbRedirectFailed(const QString &device, const QString &reason);
    /// The guest plays sound: interleaved signed 16-bit little-endian samples follow in
    /// audioPlayback(), `rate` per second and channel.
    void audioPlaybackStarted(int rate, int channels);
    void audioPlayback(const QByteArray &pcm);
    void audioPlaybackStopped();
    /// The guest records: it wants sendRecordedAudio() in this format until audioRecordStopped().
    void audioRecordStarted(int rate, int channels);
    void audioRecordStopped();
    /// The folder shared through the display, the channel for it or the guest's use changed.
    void folderSharingChanged();

protected:
    /// For implementations, from any thread.
    void setState(State state, const QString &reason = {}, bool passwordRefused = false)
    {
        QMetaObject::invokeMethod(
            this,
            [this, state, reason, passwordRefused] {
                if (m_state == state)
                    return;
                m_state = state;
                if (state == State::Disconnected) {
                    m_reason = reason;
                    m_passwordRefused = passwordRefused;
                }
                Q_EMIT stateChanged(state);
                if (state == State::Disconnected)
                    Q_EMIT disconnected(reason);
            },
            Qt::QueuedConnection);
    }
    /// From any thread: the guest's pointer shape changed (null image: none).
    void setCursor(const QImage &image, const QPoint &hotspot);
    void setAbsolutePointer(bool absolute);
    void receiveClipboard(const QString &text);

    mutable QMutex m_frameMutex;
    QImage m_frame;
    Cursor m_cursor; // under m_frameMutex

private:
    State m_state = State::Idle;
    QString m_reason;
    bool m_passwordRefused = false;
    bool m_absolutePointer = true;
};

} // namespace Vireo
