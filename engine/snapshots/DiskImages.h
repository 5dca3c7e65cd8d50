#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Vireo::Snapshots {

// The disk images under a domain's snapshots: which ones take part, what qemu-img says of
// them, and the domain XML after a conversion to qcow2.

struct Disk
{
    QString file;   // source file (empty for block/network/volume disks)
    QString format; // driver type: qcow2, raw...
    QString target;
    bool readOnly = false;
};

/// The domain's writable disks (CD-ROMs and read-only disks take no snapshot).
QList<Disk> writableDisks(const QString &domainXml);

/// `qemu-img info` of a local qcow2 file and the files under it (an external snapshot's overlay
/// sits on top of the image that holds the internal snapshots): memory state sizes by name.
QHash<QString, qint64> snapshotSizes(const QString &file);

/// The domain XML with the disks whose files are keys of `renamed` now qcow2 files at the values.
QString withQcow2Disks(const QString &domainXml, const QHash<QString, QString> &renamed);

} // namespace Vireo::Snapshots
