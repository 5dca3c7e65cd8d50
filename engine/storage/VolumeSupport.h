#pragma once

// What the volume jobs share (inside the storage folder only).

#include "core/Operation.h"

#include <functional>

typedef struct _virConnect *virConnectPtr;
typedef struct _virStoragePool *virStoragePoolPtr;
typedef struct _virStorageVol *virStorageVolPtr;

namespace Vireo::Volumes {

/// Runs `fn` with the pool `pool` (refreshed when `refresh`) and, when `name` is given, its
/// volume `name` (null otherwise); fails saying which is missing, or that the pool is not
/// running. Both are freed afterwards.
OpResult withVolume(virConnectPtr conn, const QString &pool, const QString &name, bool refresh,
                    const std::function<OpResult(virStoragePoolPtr, virStorageVolPtr)> &fn);

} // namespace Vireo::Volumes
