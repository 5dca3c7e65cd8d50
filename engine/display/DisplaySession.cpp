#include "display/DisplaySession.h"

#include <unistd.h>

namespace Vireo {

void DisplaySession::addSocket(int fd)
{
    if (fd >= 0)
        ::close(fd); // one socket is all this protocol uses
}

void DisplaySession::sendMotion(const QPoint &delta, int buttons)
{
    Q_UNUSED(delta);
    Q_UNUSED(buttons);
}

QString DisplaySession::usbUnavailable() const
{
    return usbUnavailableReason(protocol(), usbChannels());
}

QString DisplaySession::shareImageAsUsb(const QString &path, bool toGuest)
{
    Q_UNUSED(path);
    Q_UNUSED(toGuest);
    return usbUnavailable();
}

void DisplaySession::setCursor(const QImage &image, const QPoint &hotspot)
{
    {
        QMutexLocker lock(&m_frameMutex);
        m_cursor = {image, hotspot};
    }
    QMetaObject::invokeMethod(this, &DisplaySession::cursorChanged, Qt::QueuedConnection);
}

void DisplaySession::setAbsolutePointer(bool absolute)
{
    QMetaObject::invokeMethod(
        this,
        [this, absolute] {
            if (m_absolutePointer == absolute)
                return;
            m_absolutePointer = absolute;
            Q_EMIT pointerModeChanged(absolute);
        },
        Qt::QueuedConnection);
}

void DisplaySession::receiveClipboard(const QString &text)
{
    QMetaObject::invokeMethod(
        this, [this, text] { Q_EMIT clipboardReceived(text); }, Qt::QueuedConnection);
}

QString DisplaySession::shareFolder(const QString &folder, bool readOnly)
{
    Q_UNUSED(folder);
    Q_UNUSED(readOnly);
    return tr("Only SPICE consoles share folders with the guest this way; VNC has no channel "
              "for it.");
}

} // namespace Vireo
