#include "host/HostFetch.h"

#include "networks/NetworkConfig.h"
#include "storage/StoragePools.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

NetworkInfo readNetwork(virNetworkPtr net)
{
    NetworkInfo info;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virNetworkGetUUIDString(net, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    if (const char *name = virNetworkGetName(net))
        info.name = QString::fromUtf8(name);
    info.active = virNetworkIsActive(net) == 1;
    info.persistent = virNetworkIsPersistent(net) == 1;
    int autostart = 0;
    info.autostart = virNetworkGetAutostart(net, &autostart) == 0 && autostart;
    if (char *xml = virNetworkGetXMLDesc(net, 0)) {
        const NetworkDetails d = NetworkDetails::fromXml(QString::fromUtf8(xml));
        free(xml);
        info.bridge = d.bridge;
        info.forwardMode = d.forwardMode;
    }
    virResetLastError();
    return info;
}

StoragePoolInfo readPool(virStoragePoolPtr pool)
{
    StoragePoolInfo info;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virStoragePoolGetUUIDString(pool, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    if (const char *name = virStoragePoolGetName(pool))
        info.name = QString::fromUtf8(name);
    virStoragePoolInfo raw{};
    if (virStoragePoolGetInfo(pool, &raw) == 0) {
        info.state = StoragePoolInfo::State(raw.state);
        info.capacity = raw.capacity;
        info.allocation = raw.allocation;
        info.available = raw.available;
    }
    info.persistent = virStoragePoolIsPersistent(pool) == 1;
    int autostart = 0;
    info.autostart = virStoragePoolGetAutostart(pool, &autostart) == 0 && autostart;
    if (char *xml = virStoragePoolGetXMLDesc(pool, 0)) {
        const PoolState state = PoolState::fromXml(QString::fromUtf8(xml));
        free(xml);
        info.type = state.type;
        info.path = state.path;
    }
    virResetLastError();
    return info;
}

} // namespace

QList<NetworkInfo> listNetworks(virConnectPtr conn)
{
    QList<NetworkInfo> result;
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(conn, &nets, 0);
    if (n < 0) {
        virResetLastError();
        return result;
    }
    for (int i = 0; i < n; ++i) {
        result << readNetwork(nets[i]);
        virNetworkFree(nets[i]);
    }
    free(nets);
    return result;
}

std::optional<NetworkInfo> fetchNetwork(virConnectPtr conn, const QString &uuid)
{
    virNetworkPtr net = virNetworkLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!net) {
        virResetLastError();
        return std::nullopt;
    }
    NetworkInfo info = readNetwork(net);
    virNetworkFree(net);
    return info;
}

QList<StoragePoolInfo> listStoragePools(virConnectPtr conn)
{
    QList<StoragePoolInfo> result;
    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(conn, &pools, 0);
    if (n < 0) {
        virResetLastError();
        return result;
    }
    for (int i = 0; i < n; ++i) {
        result << readPool(pools[i]);
        virStoragePoolFree(pools[i]);
    }
    free(pools);
    return result;
}

std::optional<StoragePoolInfo> fetchStoragePool(virConnectPtr conn, const QString &uuid)
{
    virStoragePoolPtr pool = virStoragePoolLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!pool) {
        virResetLastError();
        return std::nullopt;
    }
    StoragePoolInfo info = readPool(pool);
    virStoragePoolFree(pool);
    return info;
}

} // namespace Vireo
