#include "core/ConnectionEvents.h"

#include "core/Connection.h"
#include "core/ConnectionSession.h"
#include "core/EventRelay.h"
#include "core/LibvirtError.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>

namespace Vireo {

namespace {

struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

/// What libvirt's callbacks carry: which connection, and which of its sessions.
struct CallbackContext
{
    quint64 connectionId;
    quint64 generation;
};

QMutex g_registryMutex;
QHash<quint64, Connection *> g_registry;
std::atomic<quint64> g_nextConnectionId{1};

void freeContext(void *opaque)
{
    delete static_cast<CallbackContext *>(opaque);
}

QString uuidOf(virDomainPtr dom)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, uuid) < 0) // local: no call to the daemon
        return {};
    return QString::fromLatin1(uuid);
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

bool changesDomainInfo(DomainEvent::Kind kind)
{
    switch (kind) {
    case DomainEvent::Kind::DeviceAdded:
    case DomainEvent::Kind::DeviceRemoved:
    case DomainEvent::Kind::MetadataChanged:
    case DomainEvent::Kind::TrayChanged:
    case DomainEvent::Kind::BalloonChanged:
    case DomainEvent::Kind::Tunable:
    case DomainEvent::Kind::JobCompleted:
        return true;
    case DomainEvent::Kind::DeviceRemovalFailed:
    case DomainEvent::Kind::BlockJob:
        return false;
    }
    return false;
}

quint64 EventRelay::enroll(Connection *connection)
{
    const quint64 id = g_nextConnectionId++;
    QMutexLocker lock(&g_registryMutex);
    g_registry.insert(id, connection);
    return id;
}

void EventRelay::withdraw(quint64 connectionId)
{
    QMutexLocker lock(&g_registryMutex);
    g_registry.remove(connectionId);
}

void EventRelay::post(void *opaque, const std::function<void(Connection *, quint64)> &fn)
{
    const auto *ctx = static_cast<const CallbackContext *>(opaque);
    QMutexLocker lock(&g_registryMutex);
    Connection *c = g_registry.value(ctx->connectionId);
    if (!c)
        return;
    const quint64 generation = ctx->generation;
    QMetaObject::invokeMethod(
        c, [c, generation, fn] { fn(c, generation); }, Qt::QueuedConnection);
}

void EventRelay::postDomainEvent(void *opaque, virDomainPtr dom, const DomainEvent &event)
{
    const QString uuid = uuidOf(dom);
    if (uuid.isEmpty())
        return;
    post(opaque, [uuid, event](Connection *c, quint64 gen) { c->onDomainEvent(gen, uuid, event); });
}

void EventRelay::postNetworkEvent(void *opaque, virNetworkPtr net)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virNetworkGetUUIDString(net, uuid) < 0)
        return;
    const QString id = QString::fromLatin1(uuid);
    post(opaque, [id](Connection *c, quint64 gen) { c->onNetworkEvent(gen, id); });
}

void EventRelay::postPoolEvent(void *opaque, virStoragePoolPtr pool)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virStoragePoolGetUUIDString(pool, uuid) < 0)
        return;
    const QString id = QString::fromLatin1(uuid);
    post(opaque, [id](Connection *c, quint64 gen) { c->onPoolEvent(gen, id); });
}

namespace {

// The trampolines, one per libvirt callback signature: they turn their arguments into Qt values
// and queue them to the connection.

void postDomainEvent(void *opaque, virDomainPtr dom, const DomainEvent &event)
{
    EventRelay::postDomainEvent(opaque, dom, event);
}

int onDeviceAdded(virConnectPtr, virDomainPtr dom, const char *alias, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::DeviceAdded, text(alias)});
    return 0;
}

int onDeviceRemoved(virConnectPtr, virDomainPtr dom, const char *alias, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::DeviceRemoved, text(alias)});
    return 0;
}

int onDeviceRemovalFailed(virConnectPtr, virDomainPtr dom, const char *alias, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::DeviceRemovalFailed, text(alias)});
    return 0;
}

int onMetadataChange(virConnectPtr, virDomainPtr dom, int type, const char *nsuri, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::MetadataChanged, text(nsuri), type});
    return 0;
}

int onJobCompleted(virConnectPtr, virDomainPtr dom, virTypedParameterPtr, int, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::JobCompleted, QString()});
    return 0;
}

int onBlockJob(virConnectPtr, virDomainPtr dom, const char *disk, int type, int status,
               void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::BlockJob, text(disk), type, status});
    return 0;
}

int onTrayChange(virConnectPtr, virDomainPtr dom, const char *alias, int reason, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::TrayChanged, text(alias), reason});
    return 0;
}

int onTunable(virConnectPtr, virDomainPtr dom, virTypedParameterPtr, int, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::Tunable, QString()});
    return 0;
}

int onBalloonChange(virConnectPtr, virDomainPtr dom, unsigned long long actual, void *opaque)
{
    postDomainEvent(opaque, dom, {DomainEvent::Kind::BalloonChanged, {}, 0, 0, actual});
    return 0;
}

} // namespace

Failure EventRelay::subscribe(ConnectionSession &session, quint64 connectionId, quint64 generation)
{
    virConnectPtr conn = session.conn;
    virConnectRegisterCloseCallback(
        conn,
        [](virConnectPtr, int reason, void *opaque) {
            post(opaque, [reason](Connection *c, quint64 gen) { c->onClosed(gen, reason); });
        },
        new CallbackContext{connectionId, generation}, freeContext);
    virResetLastError();

    const int lifecycle = virConnectDomainEventRegisterAny(
        conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
        VIR_DOMAIN_EVENT_CALLBACK(
            +[](virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque) {
                const QString uuid = uuidOf(dom);
                if (!uuid.isEmpty())
                    post(opaque, [uuid, event, detail](Connection *c, quint64 gen) {
                        c->onLifecycle(gen, uuid, event, detail);
                    });
                return 0;
            }),
        new CallbackContext{connectionId, generation}, freeContext);
    if (lifecycle < 0)
        return takeLibvirtError(EventText::tr("Could not subscribe to machine events."));
    session.domainCallbacks.push_back(lifecycle);

    const std::pair<int, virConnectDomainEventGenericCallback> domainEvents[] = {
        {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(onDeviceAdded)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(onDeviceRemoved)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED,
         VIR_DOMAIN_EVENT_CALLBACK(onDeviceRemovalFailed)},
        {VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(onMetadataChange)},
        {VIR_DOMAIN_EVENT_ID_JOB_COMPLETED, VIR_DOMAIN_EVENT_CALLBACK(onJobCompleted)},
        {VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2, VIR_DOMAIN_EVENT_CALLBACK(onBlockJob)},
        {VIR_DOMAIN_EVENT_ID_TRAY_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(onTrayChange)},
        {VIR_DOMAIN_EVENT_ID_TUNABLE, VIR_DOMAIN_EVENT_CALLBACK(onTunable)},
        {VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(onBalloonChange)},
    };
    for (const auto &[id, callback] : domainEvents) {
        const int handle = virConnectDomainEventRegisterAny(
            conn, nullptr, id, callback, new CallbackContext{connectionId, generation},
            freeContext);
        if (handle >= 0)
            session.domainCallbacks.push_back(handle);
        virResetLastError();
    }

    const int network = virConnectNetworkEventRegisterAny(
        conn, nullptr, VIR_NETWORK_EVENT_ID_LIFECYCLE,
        VIR_NETWORK_EVENT_CALLBACK(+[](virConnectPtr, virNetworkPtr net, int, int, void *opaque) {
            postNetworkEvent(opaque, net);
        }),
        new CallbackContext{connectionId, generation}, freeContext);
    if (network >= 0)
        session.networkCallbacks.push_back(network);
    virResetLastError();

    // A pool's lifecycle, and its refresh (which changes capacity and allocation).
    const int poolLifecycle = virConnectStoragePoolEventRegisterAny(
        conn, nullptr, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
        VIR_STORAGE_POOL_EVENT_CALLBACK(+[](virConnectPtr, virStoragePoolPtr pool, int, int,
                                            void *opaque) { postPoolEvent(opaque, pool); }),
        new CallbackContext{connectionId, generation}, freeContext);
    const int poolRefresh = virConnectStoragePoolEventRegisterAny(
        conn, nullptr, VIR_STORAGE_POOL_EVENT_ID_REFRESH,
        VIR_STORAGE_POOL_EVENT_CALLBACK(+[](virConnectPtr, virStoragePoolPtr pool, void *opaque) {
            postPoolEvent(opaque, pool);
        }),
        new CallbackContext{connectionId, generation}, freeContext);
    for (int handle : {poolLifecycle, poolRefresh})
        if (handle >= 0)
            session.poolCallbacks.push_back(handle);
    virResetLastError();
    return {};
}

} // namespace Vireo
