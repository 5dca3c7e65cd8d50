#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vireo {

class Connection;
class Operation;

/// A storage volume as a picker shows it.
struct VolumeInfo
{
    QString pool;
    QString name;
    QString path; // on the connection's host
    quint64 capacity = 0;

    bool operator==(const VolumeInfo &) const = default;
};

/// Storage volumes on a connection's host, read and written through libvirt: what a remote host
/// holds is reached the same way as the local one's.
namespace Volumes {

/// The volumes of every active pool whose names end in one of `suffixes` (case-insensitive;
/// all volumes when empty), sorted by pool and name; the operation's value is a
/// QList<VolumeInfo>. The pools are refreshed first, so files copied in by hand are seen.
Operation *list(Connection *connection, const QStringList &suffixes = {});

/// Uploads a local file into `pool` as a new raw volume named `name` (virStorageVolUpload over
/// a stream, on the connection's long lane), with progress by bytes; cancelling stops it and
/// removes the partial volume, as does any failure. Refused before anything is made when the
/// name is taken or the pool has not room. The operation's value is the new volume's path.
Operation *upload(Connection *connection, const QString &localPath, const QString &pool,
                  const QString &name);

} // namespace Volumes
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::VolumeInfo)
Q_DECLARE_METATYPE(QList<Vireo::VolumeInfo>)
