#pragma once

#include "core/Connection.h"

#include <mutex>
#include <vector>

namespace Vireo {

/// One opened virConnectPtr and what hangs on it (event callbacks, the authentication handler).
/// Opened and closed on the connection's short lane; the long lane borrows it with acquire().
struct ConnectionSession
{
    /// Set and cleared on the short lane, which may read it without the lock.
    virConnectPtr conn = nullptr;
    std::vector<int> domainCallbacks;
    std::vector<int> networkCallbacks;
    std::vector<int> poolCallbacks;

    std::mutex authMutex;
    std::shared_ptr<Authenticator> auth; ///< null: the default one
    QObject *owner = nullptr;            ///< the Connection: a login prompt goes with it

    /// Opens `uri` with the host's login questions answered by `auth` (openConnection); keepalive
    /// on.
    /// Returns the failure, or a Failure of kind None with `conn` set.
    Failure open(const QByteArray &uri, bool readOnly);
    /// A reference of its own to the open connection, from any thread; null when closed. The
    /// caller releases it with virConnectClose.
    virConnectPtr acquire();
    /// Drops the event callbacks and the session's reference to the connection.
    void closeConnection();

private:
    std::mutex m_connMutex; // guards conn against acquire() from the long lane
};

} // namespace Vireo
