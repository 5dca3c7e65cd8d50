#pragma once

#include "display/UsbRedirection.h"

#include <QPointer>
#include <QSet>

#include <memory>

typedef struct _SpiceSession SpiceSession;
typedef struct _SpiceChannel SpiceChannel;

namespace Vireo {

class DisplaySession;

/// USB redirection of one SPICE session through spice-client-glib's USB device manager: the
/// computer's devices (and ISO images offered as USB CD-ROMs), which of them are in the guest,
/// sending one in or giving it back, and auto-redirect of devices plugged in meanwhile
/// (UsbAutoRedirect decides). Changes are told with the session's usbDevicesChanged() and
/// usbRedirectFailed(). Lives on the GUI thread, as the session does.
class SpiceUsb
{
public:
    explicit SpiceUsb(DisplaySession *session);
    ~SpiceUsb();

    /// Takes the session's USB manager; before the session connects, so that the manager sees
    /// the redirection channels as they come.
    void attach(::SpiceSession *session);
    void detach();
    /// A redirection channel of the session: watched (the manager connects it itself) and
    /// counted while open. False for other channels.
    bool take(SpiceChannel *channel);
    void forget(SpiceChannel *channel);

    QList<UsbDevice> devices() const;
    int channels() const { return int(m_openChannels.size()); }
    /// Why no device can go in (this computer's USB support failed, no channels); empty if one can.
    QString unavailable() const;
    void redirect(const QString &id, bool toGuest);
    void setAutoRedirect(bool on) { m_auto = on; }
    bool autoRedirect() const { return m_auto; }
    QString shareImage(const QString &path, bool toGuest);

    struct Private; // the GObject side

private:
    std::unique_ptr<Private> d;
    QSet<SpiceChannel *> m_channels; // watched
    QSet<SpiceChannel *> m_openChannels;
    bool m_auto = false;
};

} // namespace Vireo
