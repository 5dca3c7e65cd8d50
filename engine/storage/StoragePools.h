#pragma once

#include "host/ResourceUsage.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

class Connection;
class Operation;

/// What a new storage pool is to be: what "New Pool" and `vireo pool create` ask. Which fields
/// count depends on the type: dir (path), fs (device, path), netfs (host, sourcePath, path),
/// logical (sourceName: the volume group), disk (device, path), iscsi (host, sourceName: the
/// target IQN, path).
struct PoolSpec
{
    QString name;
    QString type = QStringLiteral("dir");
    QString path;       // where its volumes appear on the host
    QString device;     // fs, disk: the block device; logical: an optional physical volume
    QString host;       // netfs, iscsi: the server
    QString sourcePath; // netfs: the exported folder
    QString sourceName; // logical: the volume group; iscsi: the target IQN
    QString format;     // fs: ext4, xfs...; netfs: nfs (default); disk: dos, gpt...
    bool build = true;  // make the folder, file system or label if missing
    bool autostart = true;

    /// What is wrong with it, empty when nothing. `localPaths`: check the target folder on this
    /// machine (the connection is local): a file there, or a folder not writable, is refused.
    QString check(const QStringList &poolNames, bool localPaths) const;
    QString toXml() const;
    /// The types whose fields this spec fills in ("dir", "fs", "netfs", "logical", "disk",
    /// "iscsi"), in the order a form offers them.
    static QStringList knownTypes();
};

/// A pool's details for the Storage page (the cache's StoragePoolInfo has the figures).
struct PoolState
{
    QString xml;
    QString type;
    QString path;
    QString sourceText;        // "/dev/sdb1", "nas:/export", "vg0"...: where the volumes live
    QList<ResourceUser> users; // VMs with a disk in this pool
    bool operator==(const PoolState &) const = default;

    /// What a pool's XML says (users are not in it: empty).
    static PoolState fromXml(const QString &xml);
};

/// Storage pools on a connection's host, each call an Operation on the connection's worker;
/// libvirt's pool events keep the connection's cache (Connection::storagePoolChanged) current.
namespace StoragePools {

/// The pool types libvirt on that host can handle (value: QStringList), in knownTypes() order,
/// then any others it names.
Operation *supportedTypes(Connection *connection);
/// A pool's state (value: PoolState).
Operation *read(Connection *connection, const QString &name);
/// Checks, defines, builds (when asked and needed), starts and sets autostart. A step that
/// fails undoes the ones before it. Value: the pool's name.
Operation *create(Connection *connection, const PoolSpec &spec);
Operation *start(Connection *connection, const QString &name);
/// Stops a pool. While running VMs have disks in it, fails with kind NeedsConfirmation naming
/// them, unless `confirmed` (their disks stay open; new volumes cannot be made until restart).
Operation *stop(Connection *connection, const QString &name, bool confirmed = false);
Operation *refresh(Connection *connection, const QString &name);
Operation *setAutostart(Connection *connection, const QString &name, bool autostart);
/// Stops and undefines a pool; its volumes stay where they are unless `deleteData` (then the
/// pool's folder, which must be empty, goes too). Refused while VMs have disks in it.
Operation *remove(Connection *connection, const QString &name, bool deleteData = false);

} // namespace StoragePools
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::PoolState)
