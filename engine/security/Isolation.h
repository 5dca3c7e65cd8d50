#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

class Connection;
class Operation;

/// What a VM shares with the host and its user, per VM: kept in Vireo's metadata in the domain
/// XML (xml/DomainXml.h, isolationMetadataNamespace()) and enforced by the XML itself (SPICE's
/// clipboard off, no USB redirection devices, no shared folders, the agent's channel) and by
/// Vireo's console (the clipboard's direction).
struct IsolationSettings
{
    enum class Clipboard { Off, ToGuest, Both };
    Clipboard clipboard = Clipboard::Both;
    bool usbRedirection = true; // USB devices of the client may be redirected into the guest
    bool fileSharing = true;    // shared folders (virtiofs) may be attached
    bool guestAgent = true;     // the qemu-ga channel (org.qemu.guest_agent.0) is there
    bool operator==(const IsolationSettings &) const = default;
};

namespace Isolation {

/// "off", "to-guest", "both".
QString clipboardName(IsolationSettings::Clipboard clipboard);
std::optional<IsolationSettings::Clipboard> clipboardFromName(const QString &name);
/// The clipboard setting in words ("Shared both ways"...).
QString clipboardTitle(IsolationSettings::Clipboard clipboard);

/// The settings a domain's XML holds (its metadata, and whether its agent channel is there).
IsolationSettings read(const QString &domainXml);

/// Why a device may not be added to a VM with these settings (a shared folder while file
/// sharing is off, a USB redirection device while redirection is off); empty when it may.
QString refusalFor(const QString &deviceXml, const QString &domainXml);

/// Blocking: applies the settings to the definition and, where libvirt can, to the running VM
/// (the agent's channel, USB redirection devices). Empty on success with `done` saying what
/// changed and what waits for the next start; else why nothing changed.
QString applyNow(virConnectPtr conn, const QString &uuid, const IsolationSettings &settings,
                 QString *done);
/// A VM's settings now, as an operation. Value: IsolationSettings.
Operation *readSettings(Connection *connection, const QString &uuid);
/// The same as an operation. Value: the sentence.
Operation *apply(Connection *connection, const QString &uuid, const IsolationSettings &settings);

} // namespace Isolation
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::IsolationSettings)
