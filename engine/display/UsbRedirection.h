#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Vireo {

/// One USB device of the computer the console runs on, as a display session offers it for
/// redirection into the guest (SPICE's usbredir channels).
struct UsbDevice
{
    QString id;          // unique while the session lasts
    QString description; // what the user reads: maker and product, or the shared image's name
    quint16 vendor = 0;
    quint16 product = 0;
    int deviceClass = -1;     // the USB class of the device or its first interface; -1: not known
    bool redirected = false;  // in the guest now
    bool busy = false;        // being redirected or given back
    bool sharedImage = false; // an ISO image offered as a USB CD-ROM, not a real device
    QString unavailable;      // why it cannot be redirected now; empty when it can

    bool operator==(const UsbDevice &o) const = default;
};

/// Which newly plugged devices go to the guest by themselves, in usbredir's filter notation
/// (what spice-gtk and RHV use): rules "class,vendor,product,version,allow" joined by "|", -1
/// for any, checked in order, the first match decides; no match: not redirected.
class UsbAutoRedirect
{
public:
    /// Keyboards, mice and other HID devices (class 0x03) and hubs (0x09) stay with the host:
    /// redirecting them would take the user's own keyboard or every device behind the hub.
    static QString defaultFilter();

    /// Null with `error` set when the text is not a filter.
    static std::optional<UsbAutoRedirect> parse(const QString &filter, QString *error = nullptr);

    bool matches(const UsbDevice &device) const;

    /// Whether a device that just appeared goes to the guest: auto-redirect is on, the filter
    /// lets it through, it can be redirected, and it is not already there. Devices present when
    /// the console connected are never taken by themselves (the user may be using them).
    bool shouldRedirect(const UsbDevice &device, bool enabled, bool presentAtStart) const;

private:
    struct Rule
    {
        int deviceClass = -1, vendor = -1, product = -1, version = -1;
        bool allow = false;
    };
    QList<Rule> m_rules;
};

/// The user's words for why a device could not go to the guest, from the protocol library's
/// error text (libusb's and spice-gtk's messages), with what to do about it. `channels` is how
/// many redirection channels the guest has.
QString usbFailureReason(const QString &error, int channels);

/// Why nothing can be redirected into this guest at all, or empty when devices can: no USB
/// redirection channels in the VM (turned off, or a VNC display).
QString usbUnavailableReason(const QString &protocol, int channels);

} // namespace Vireo
