#include "core/ConnectionSession.h"

#include "core/LibvirtError.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)
};

} // namespace

Failure ConnectionSession::open(const QByteArray &uri, bool readOnly)
{
    closeConnection();
    std::shared_ptr<Authenticator> answering;
    {
        std::lock_guard lock(authMutex);
        answering = auth;
    }
    Failure failure;
    virConnectPtr opened
        = openConnection(QString::fromUtf8(uri), readOnly, &failure, std::move(answering), owner);
    if (!opened)
        return failure;
    // Keepalive is a feature of daemon connections; in-process drivers refuse it. A daemon that
    // stops answering shows as "not responding" within seconds (the watchdog); the connection
    // itself is only given up after 40 s, so that a short freeze costs the user no failed
    // operations.
    if (virConnectSetKeepAlive(opened, 10, 3) < 0)
        virResetLastError();
    std::lock_guard lock(m_connMutex);
    conn = opened;
    return {};
}

virConnectPtr ConnectionSession::acquire()
{
    std::lock_guard lock(m_connMutex);
    if (!conn || virConnectRef(conn) < 0)
        return nullptr;
    return conn;
}

void ConnectionSession::closeConnection()
{
    if (!conn)
        return;
    for (int id : domainCallbacks)
        virConnectDomainEventDeregisterAny(conn, id);
    for (int id : networkCallbacks)
        virConnectNetworkEventDeregisterAny(conn, id);
    for (int id : poolCallbacks)
        virConnectStoragePoolEventDeregisterAny(conn, id);
    domainCallbacks.clear();
    networkCallbacks.clear();
    poolCallbacks.clear();
    virConnectUnregisterCloseCallback(conn, nullptr);
    virConnectPtr old = nullptr;
    {
        std::lock_guard lock(m_connMutex);
        old = conn;
        conn = nullptr;
    }
    // A long job still holding its own reference keeps the connection open until it ends; its
    // calls then fail as on any closed connection.
    virConnectClose(old);
    virResetLastError();
}

} // namespace Vireo
