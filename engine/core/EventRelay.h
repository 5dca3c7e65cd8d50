#pragma once

#include "core/ConnectionEvents.h"
#include "core/Failure.h"

#include <QtGlobal>

#include <functional>

typedef struct _virDomain *virDomainPtr;
typedef struct _virNetwork *virNetworkPtr;
typedef struct _virStoragePool *virStoragePoolPtr;

namespace Vireo {

class Connection;
struct ConnectionSession;

/// Carries libvirt's callbacks to their Connection. Callbacks may run on the GUI thread (the
/// GLib loop) or on a lane (the close callback fires on whichever thread notices the socket
/// closing), so they find their connection through a locked registry, by id and session
/// generation (a reconnect starts a new one; callbacks of an old one are ignored), and only ever
/// queue work to it.
struct EventRelay
{
    static quint64 enroll(Connection *connection);
    static void withdraw(quint64 connectionId);

    /// Registers the close callback and every event Vireo shows: domain lifecycle, devices,
    /// metadata, jobs, block jobs, media, memory and tunables; network and storage pool
    /// lifecycle. Runs on the short lane right after opening. Only the lifecycle event is
    /// required; a driver without the others (or without networks) simply sends none.
    static Failure subscribe(ConnectionSession &session, quint64 connectionId, quint64 generation);

    /// Queues `fn` to the connection a callback's opaque data names, if it still exists.
    static void post(void *opaque, const std::function<void(Connection *, quint64)> &fn);
    static void postDomainEvent(void *opaque, virDomainPtr dom, const DomainEvent &event);
    static void postNetworkEvent(void *opaque, virNetworkPtr net);
    static void postPoolEvent(void *opaque, virStoragePoolPtr pool);
};

} // namespace Vireo
