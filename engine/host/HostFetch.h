#pragma once

#include "host/HostObjects.h"

#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

// Reads of the host's networks and storage pools for the connection's cache. Blocking: call on
// the connection's worker only. A driver without networks or pools (a session connection on some
// hosts) gives empty lists.

QList<NetworkInfo> listNetworks(virConnectPtr conn);
/// One network by UUID; nullopt when it is gone.
std::optional<NetworkInfo> fetchNetwork(virConnectPtr conn, const QString &uuid);

QList<StoragePoolInfo> listStoragePools(virConnectPtr conn);
/// One pool by UUID; nullopt when it is gone.
std::optional<StoragePoolInfo> fetchStoragePool(virConnectPtr conn, const QString &uuid);

} // namespace Vireo
