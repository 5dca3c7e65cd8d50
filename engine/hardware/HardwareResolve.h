// The checks a hardware change set passes before it is applied: what other VMs of the
// connection use, a new disk's target and volume, a NIC's MAC. Internal to engine/hardware.

#pragma once

#include "hardware/HardwareEditor.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

#include <libvirt/libvirt.h>

namespace Vireo::HardwareEditor::detail {

/// What other VMs of the connection use: their writable disks and their MACs.
struct OtherDomains
{
    QMap<QString, QString> writableDisks; // path -> VM name
    QMap<QString, QString> macs;          // lower-case MAC -> VM name
};

OtherDomains otherDomains(virConnectPtr conn, const QString &selfUuid);

/// Checks changes one by one against the host and against each other (targets and MACs taken
/// by earlier changes of the same set).
struct Resolver
{
    virConnectPtr conn;
    const HardwareState &state;
    QString selfUuid;
    std::optional<OtherDomains> others;
    QSet<QString> targets;
    QSet<QString> macs;
    QStringList *warnings;

    const OtherDomains &other();

    /// Checks one change against the host and fills in what the editor chooses (a disk's
    /// target and path, a NIC's MAC, the element text). False with the reason.
    bool resolve(HardwareChange &c, QString *why);
};

/// Makes a new volume for a disk (encrypted when it has a passphrase); its path, or empty with
/// the reason.
QString createVolume(virConnectPtr conn, const QString &vmName, DiskRequest &r,
                     virStorageVolPtr *made, QString *why);

} // namespace Vireo::HardwareEditor::detail
