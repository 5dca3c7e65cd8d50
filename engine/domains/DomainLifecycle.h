#pragma once

#include "domains/ActionRules.h"

#include <QStringList>

namespace Vireo {

class Connection;
class Operation;

/// The lifecycle of one domain as Operations on its connection's worker. Each returns at once;
/// the operation reports libvirt's error in plain words when the action fails.
namespace Lifecycle {

/// Start (or restore from a managed save), shut down (ACPI), reboot (ACPI), force off, pause,
/// resume, save (managed save) or discard the saved state.
Operation *perform(Connection *connection, DomainAction action, const QString &uuid);

/// Deletes the domain's definition (with its managed save, snapshot metadata and NVRAM). A running
/// domain is forced off first. The files in storagePaths are deleted too: through their storage
/// pool when one holds them, else, on a local connection, as plain files.
Operation *remove(Connection *connection, const QString &uuid, const QStringList &storagePaths);

/// Renames a shut-off domain; its UUID stays.
Operation *rename(Connection *connection, const QString &uuid, const QString &newName);

/// The files a delete would offer to remove: the domain's disks (not its CD-ROMs).
QStringList deletableStorage(const DomainInfo &domain);

} // namespace Lifecycle
} // namespace Vireo
