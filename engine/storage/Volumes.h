#pragma once

#include "host/ResourceUsage.h"

#include <QList>
#include <QMetaType>
#include <QString>

typedef struct _virStorageVol *virStorageVolPtr;

namespace Vireo {

class Connection;
class Operation;

/// A storage volume as a picker and the Storage page show it.
struct VolumeInfo
{
    QString pool;
    QString name;
    QString path; // on the connection's host
    quint64 capacity = 0;
    quint64 allocation = 0;    // what it takes on the pool (filled by listPool)
    QString format;            // qcow2, raw, iso...; empty when libvirt cannot tell
    QString backingPath;       // a qcow2 overlay's base image
    QList<ResourceUser> users; // the VMs whose disks it is (filled by listPool)

    bool operator==(const VolumeInfo &) const = default;
};

/// What a new volume is to be.
struct VolumeSpec
{
    QString name;
    QString format = QStringLiteral("qcow2"); // qcow2 or raw
    quint64 capacity = 0;                     // bytes
    QString backingPath; // qcow2 only: an overlay on this image (its format is asked of libvirt)

    /// What is wrong with it, empty when nothing.
    QString check() const;
    QString toXml(const QString &backingFormat = {}) const;
};

/// Storage volumes on a connection's host, read and written through libvirt: what a remote host
/// holds is reached the same way as the local one's. Changes that take long (clone, wipe,
/// upload, download) run on the connection's long lane.
namespace Volumes {

/// The volumes of every active pool whose names end in one of `suffixes` (case-insensitive;
/// all volumes when empty), sorted by pool and name; the operation's value is a
/// QList<VolumeInfo>. The pools are refreshed first, so files copied in by hand are seen.
Operation *list(Connection *connection, const QStringList &suffixes = {});
/// Every volume of one pool with its format, allocation, backing file and users (value:
/// QList<VolumeInfo>); the pool is refreshed first.
Operation *listPool(Connection *connection, const QString &pool);

/// Makes a volume. Refused when the name is taken, the pool is not running, or (unless
/// `allowOvercommit`) the capacity is more than the pool has free (kind NeedsConfirmation:
/// a sparse volume may fit until the guest fills it). Value: the new volume's path.
Operation *create(Connection *connection, const QString &pool, const VolumeSpec &spec,
                  bool allowOvercommit = false);
/// Grows a volume to `capacity` bytes (shrinking is refused: the guest's data would be cut).
/// A running VM's disk is grown through the VM (virDomainBlockResize), so the guest sees it.
Operation *resize(Connection *connection, const QString &pool, const QString &name,
                  quint64 capacity, bool allowOvercommit = false);
/// A full copy of a volume as `newName` in the same pool; refused while a running VM writes to
/// the source. Value: the copy's path.
Operation *clone(Connection *connection, const QString &pool, const QString &name,
                 const QString &newName);
/// Overwrites a volume's data with zeros. Refused while any VM uses it.
Operation *wipe(Connection *connection, const QString &pool, const QString &name);
/// Deletes a volume. Refused while a running VM uses it (naming the VMs); when shut-off VMs
/// name it, fails with kind NeedsConfirmation naming them, unless `confirmed`.
Operation *remove(Connection *connection, const QString &pool, const QString &name,
                  bool confirmed = false);

/// Uploads a local file into `pool` as a new raw volume named `name` (virStorageVolUpload over
/// a stream, on the connection's long lane), with progress by bytes; cancelling stops it and
/// removes the partial volume, as does any failure. Refused before anything is made when the
/// name is taken or the pool has not room. The operation's value is the new volume's path.
Operation *upload(Connection *connection, const QString &localPath, const QString &pool,
                  const QString &name);
/// Uploads a local file over the start of an existing volume (a disk image written back, an
/// ISO replaced). Refused when the file is larger than the volume or a running VM uses it.
/// Stopped part-way, the volume holds part of the file: the failure says so.
Operation *uploadInto(Connection *connection, const QString &localPath, const QString &pool,
                      const QString &name);
/// Downloads a volume's data to a local file (virStorageVolDownload), with progress by bytes.
/// The file is written beside its name and renamed when complete: cancelled or broken off,
/// nothing is left at `localPath`, and no partial file either.
Operation *download(Connection *connection, const QString &pool, const QString &name,
                    const QString &localPath);

} // namespace Volumes

/// A volume's details from libvirt (blocking, for the worker).
VolumeInfo readVolume(virStorageVolPtr vol, const QString &pool);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::VolumeInfo)
Q_DECLARE_METATYPE(QList<Vireo::VolumeInfo>)
