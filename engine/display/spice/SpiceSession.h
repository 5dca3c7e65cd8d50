#pragma once

#include "display/DisplaySession.h"
#include "display/spice/SpiceAudio.h"
#include "display/spice/SpiceUsb.h"
#include "display/spice/SpiceWebdav.h"

#include <memory>

namespace Vireo {

/// A SPICE display through spice-client-glib: main, display, inputs and cursor channels. It
/// lives on the GUI thread: spice-glib runs in GLib's default main context, which Qt's GLib event
/// dispatcher drives, so its callbacks arrive here without locks or threads. The guest's primary
/// surface is shown as it is, without a copy.
class SpiceSession : public DisplaySession
{
    Q_OBJECT
public:
    explicit SpiceSession(QObject *parent = nullptr);
    ~SpiceSession() override;

    QString protocol() const override { return QStringLiteral("spice"); }
    void open(int fd) override;
    void close() override;
    void addSocket(int fd) override;
    void setPassword(const QString &password) override;
    void sendKey(quint32 scancode, quint32 keysym, bool down) override;
    void sendPointer(const QPoint &position, int buttons) override;
    void sendMotion(const QPoint &delta, int buttons) override;
    void sendWheel(const QPoint &position, int steps, int buttons) override;
    void setClipboardText(const QString &text) override;
    bool canResizeGuest() const override;
    void requestGuestSize(const QSize &size) override;
    bool canSendFiles() const override;
    void sendFiles(const QStringList &paths) override;
    void cancelFileTransfer() override;
    QList<UsbDevice> usbDevices() const override { return m_usb->devices(); }
    int usbChannels() const override { return m_usb->channels(); }
    QString usbUnavailable() const override { return m_usb->unavailable(); }
    void redirectUsb(const QString &id, bool toGuest) override { m_usb->redirect(id, toGuest); }
    void setUsbAutoRedirect(bool on) override { m_usb->setAutoRedirect(on); }
    bool usbAutoRedirect() const override { return m_usb->autoRedirect(); }
    QString shareImageAsUsb(const QString &path, bool toGuest) override;
    void sendRecordedAudio(const QByteArray &pcm) override { m_audio->sendRecorded(pcm); }
    QString shareFolder(const QString &folder, bool readOnly) override;
    void stopSharingFolder() override { m_webdav->stop(); }
    QString sharedFolder() const override { return m_webdav->folder(); }
    bool sharedFolderReadOnly() const override { return m_webdav->readOnly(); }
    bool canShareFolders() const override { return m_webdav->available(); }
    bool guestUsesSharedFolder() const override { return m_webdav->guestConnected(); }

    struct Private; // the GObject side

private:
    std::unique_ptr<SpiceUsb> m_usb = std::make_unique<SpiceUsb>(this);
    std::unique_ptr<SpiceAudio> m_audio = std::make_unique<SpiceAudio>(this);
    std::unique_ptr<SpiceWebdav> m_webdav = std::make_unique<SpiceWebdav>(this);
    std::unique_ptr<Private> d;
};

} // namespace Vireo
