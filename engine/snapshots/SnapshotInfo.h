#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

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

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::SnapshotInfo)
Q_DECLARE_METATYPE(QList<Vireo::SnapshotInfo>)
