#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

class Connection;
class Operation;

/// One snapshot of a domain as the snapshot panel and `vireo snapshot list` show it.
struct SnapshotInfo
{
    QString name;
    QString description;
    QString parent; // empty for a root
    QStringList children;
    QDateTime created;
    QString state;          // the domain's state it holds: running, paused, shutoff, disk-snapshot
    bool hasMemory = false; // reverting resumes the guest where it was
    bool current = false;   // the snapshot the domain's present state descends from
    bool external = false;  // overlay files (virsh --disk-only) rather than inside the qcow2
    qint64 sizeBytes = -1;  // disk space its memory state takes in the qcow2 (-1: unknown)
    QString revertBlocked;  // why it cannot be reverted; empty when it can

    bool operator==(const SnapshotInfo &) const = default;
};

namespace Snapshots {

/// What a new snapshot holds. Automatic: the memory state too when the domain runs.
enum class Kind { Automatic, WithMemory, DiskOnly };
/// How a domain comes back from a revert: as the snapshot held it, or running, or paused.
enum class RevertTo { AsTaken, Running, Paused };

/// Why a snapshot name cannot be used (empty, '/', control characters, too long...), or an
/// empty string when it can.
QString validateName(const QString &name);
/// The name a snapshot gets when none is given: its time, e.g. "2026-11-29 09:41:07".
QString defaultName(const QDateTime &when = QDateTime::currentDateTime());

/// Reads libvirt's snapshot XML into an info (name, description, parent, time, state, memory,
/// external). Pure; `libvirtVersion` (major * 1000000 + minor * 1000 + micro) decides which
/// actions libvirt can do with external snapshots.
SnapshotInfo parseSnapshotXml(const QString &xml, unsigned long libvirtVersion);
/// Fills in every snapshot's children from the parents.
void linkChildren(QList<SnapshotInfo> &snapshots);
/// Depth-first order, roots first, each parent before its children, siblings by time.
QList<SnapshotInfo> treeOrder(const QList<SnapshotInfo> &snapshots);

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

/// Where a snapshot's thumbnail lives: Vireo's data folder, by domain UUID and snapshot name.
QString thumbnailPath(const QString &uuid, const QString &name);

} // namespace Snapshots
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::SnapshotInfo)
Q_DECLARE_METATYPE(QList<Vireo::SnapshotInfo>)
