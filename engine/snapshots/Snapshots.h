#pragma once

#include "snapshots/SnapshotInfo.h"
#include "snapshots/SnapshotThumbnails.h"
#include "snapshots/SnapshotTree.h"
#include "snapshots/SnapshotXml.h"

namespace Vireo {

class Connection;
class Operation;

namespace Snapshots {

/// What a new snapshot holds. Automatic: the memory state too when the domain runs.
enum class Kind { Automatic, WithMemory, DiskOnly };
/// How a domain comes back from a revert: as the snapshot held it, or running, or paused.
enum class RevertTo { AsTaken, Running, Paused };

/// The domain's snapshots (value: QList<SnapshotInfo>), with sizes from qemu-img for local
/// qcow2 disks.
Operation *list(Connection *connection, const QString &uuid);
/// Takes a snapshot; internal (inside the qcow2 disks) unless DiskOnly on a running domain,
/// which makes external overlay files. Refuses raw disks with the reason, duplicate and bad
/// names. A thumbnail of the guest's screen is kept with it when the guest runs.
Operation *create(Connection *connection, const QString &uuid, const QString &name,
                  const QString &description, Kind kind = Kind::Automatic);
Operation *revert(Connection *connection, const QString &uuid, const QString &name,
                  RevertTo to = RevertTo::AsTaken);
/// Deletes a snapshot (its children move up to its parent) or it and all its descendants.
Operation *remove(Connection *connection, const QString &uuid, const QString &name,
                  bool withChildren);
Operation *setDescription(Connection *connection, const QString &uuid, const QString &name,
                          const QString &description);
/// Converts a shut-off domain's raw disks to qcow2 (new files beside them; the raw files are
/// kept) and points the domain at them, so that it can take snapshots.
Operation *convertToQcow2(Connection *connection, const QString &uuid);

} // namespace Snapshots
} // namespace Vireo
