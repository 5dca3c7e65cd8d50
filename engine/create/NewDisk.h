// The new machine's own disk at creation: an empty volume (encrypted when asked) or a
// copy-on-write layer over a cloud image, in a pool made when it is the missing "default".
// Internal to engine/create; blocking: the connection's worker.

#pragma once

#include "core/Operation.h"
#include "create/VmCreator.h"

#include <QString>

#include <libvirt/libvirt.h>

namespace Vireo::Creation::detail {

/// What the start of a disk image says: its format and, for qcow2, its size.
struct ImageHeader
{
    QString format; // qcow2 or raw
    quint64 bytes = 0;
    QString error;
};

ImageHeader readImageHeader(const QString &path);

/// The pool by name, defined, built and started when it is the missing "default" pool.
virStoragePoolPtr ensurePool(virConnectPtr conn, const QString &name, QString *error);

/// A volume name for a VM name: safe characters only, not yet taken in the pool.
QString freeVolumeName(virStoragePoolPtr pool, const QString &vmName);

/// What makeDisk made: the volume and its path, and the secret of an encrypted one; or the
/// failure (nothing made).
struct NewDisk
{
    virStorageVolPtr volume = nullptr;
    QString path;
    QString secret;
    Failure failure;
    bool ok() const { return volume != nullptr; }
};

/// Makes the disk a request asks for (newDiskGiB or linkedFrom), checking the pool's free space
/// unless the request allows going beyond it.
NewDisk makeDisk(virConnectPtr conn, const CreateRequest &request);

} // namespace Vireo::Creation::detail
