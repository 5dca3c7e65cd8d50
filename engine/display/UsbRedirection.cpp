#include "display/UsbRedirection.h"

#include <QCoreApplication>
#include <QStringList>

namespace Vireo {

namespace {

struct UsbText
{
    Q_DECLARE_TR_FUNCTIONS(UsbText)
};

// A filter field: -1, decimal or 0x hexadecimal, within 0..max.
std::optional<int> field(const QString &text, int max)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("-1"))
        return -1;
    bool ok = false;
    const int value = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                          ? t.mid(2).toInt(&ok, 16)
                          : t.toInt(&ok, 10);
    if (!ok || value < 0 || value > max)
        return std::nullopt;
    return value;
}

} // namespace

QString UsbAutoRedirect::defaultFilter()
{
    return QStringLiteral("0x03,-1,-1,-1,0|0x09,-1,-1,-1,0|-1,-1,-1,-1,1");
}

std::optional<UsbAutoRedirect> UsbAutoRedirect::parse(const QString &filter, QString *error)
{
    UsbAutoRedirect result;
    const QStringList rules = filter.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &text : rules) {
        const QStringList f = text.split(QLatin1Char(','));
        const auto cls = f.size() == 5 ? field(f[0], 0xff) : std::nullopt;
        const auto vendor = f.size() == 5 ? field(f[1], 0xffff) : std::nullopt;
        const auto product = f.size() == 5 ? field(f[2], 0xffff) : std::nullopt;
        const auto version = f.size() == 5 ? field(f[3], 0xffff) : std::nullopt;
        const auto allow = f.size() == 5 ? field(f[4], 1) : std::nullopt;
        if (!cls || !vendor || !product || !version || !allow) {
            if (error)
                *error = UsbText::tr("\"%1\" is not a USB filter rule: it takes five fields, "
                                     "class,vendor,product,version,allow, each -1 or a number "
                                     "(allow 0 or 1).")
                             .arg(text.trimmed());
            return std::nullopt;
        }
        result.m_rules.append({*cls, *vendor, *product, *version, *allow == 1});
    }
    return result;
}

bool UsbAutoRedirect::matches(const UsbDevice &device) const
{
    for (const Rule &r : m_rules) {
        if (r.deviceClass != -1 && r.deviceClass != device.deviceClass)
            continue;
        if (r.vendor != -1 && r.vendor != device.vendor)
            continue;
        if (r.product != -1 && r.product != device.product)
            continue;
        // The device's release number is not known here: a rule that names one never matches.
        if (r.version != -1)
            continue;
        return r.allow;
    }
    return false;
}

bool UsbAutoRedirect::shouldRedirect(const UsbDevice &device, bool enabled,
                                     bool presentAtStart) const
{
    return enabled && !presentAtStart && !device.redirected && !device.busy
           && device.unavailable.isEmpty() && matches(device);
}

QString usbFailureReason(const QString &error, int channels)
{
    const QString e = error.toLower();
    if (e.contains(QLatin1String("access denied")) || e.contains(QLatin1String("permission"))
        || e.contains(QLatin1String("insufficient permissions")))
        return UsbText::tr("Vireo may not open this device. Its node in /dev/bus/usb belongs to "
                           "another user or group: join that group (often plugdev) or add a "
                           "udev rule that lets you use it, then plug it in again.");
    if (e.contains(QLatin1String("busy")) || e.contains(QLatin1String("in use"))
        || e.contains(QLatin1String("resource busy")))
        return UsbText::tr("The device is in use on this computer: a driver or a program holds "
                           "it. Unmount or close what uses it and try again.");
    if (e.contains(QLatin1String("no free usb channel"))
        || e.contains(QLatin1String("no free usb channels")))
        return UsbText::tr("Every USB redirection channel of this VM is in use (%1): give a "
                           "device back first.")
            .arg(channels);
    if (e.contains(QLatin1String("not configured for usb redirection")))
        return usbUnavailableReason(QStringLiteral("spice"), 0);
    if (e.contains(QLatin1String("blocked by host policy")))
        return UsbText::tr("The VM's USB filter does not accept this device.");
    if (e.contains(QLatin1String("no such device")) || e.contains(QLatin1String("disconnected")))
        return UsbText::tr("The device was unplugged.");
    return error.isEmpty() ? UsbText::tr("The device could not be redirected.")
                           : UsbText::tr("The device could not be redirected: %1").arg(error);
}

QString usbUnavailableReason(const QString &protocol, int channels)
{
    if (protocol != QLatin1String("spice"))
        return UsbText::tr("USB devices go into a VM through a SPICE display; this VM's display "
                           "is VNC.");
    if (channels <= 0)
        return UsbText::tr("This VM has no USB redirection channels. Turn on USB redirection in "
                           "its Isolation settings (Security tab): the channels are added and "
                           "reach the guest at once or when it starts again.");
    return {};
}

} // namespace Vireo
