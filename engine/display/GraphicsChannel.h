#pragma once

#include <QString>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

class Connection;
class DisplaySession;
class Operation;
struct GraphicsInfo;

namespace Graphics {

/// A connected socket to a running guest's display server (graphics device `index` of its
/// XML), handed over by libvirt (virDomainOpenGraphicsFD): no TCP port or address needed. The
/// operation's value is the file descriptor (int); the caller owns it.
Operation *openFd(Connection *connection, const QString &uuid, int index = 0);

/// How a display is reached: through libvirt (virDomainOpenGraphicsFD, local connections only),
/// or over the network: for a host reached over SSH (qemu+ssh://) through an SSH tunnel to the
/// display's port or socket on that host (SshTunnel, one per session), else at the address and
/// port in the domain XML. Auto: libvirt for local connections, the network otherwise.
enum class Route { Auto, Libvirt, Network };

/// Where a display listens, as seen from here; `error` says why it cannot be reached.
struct Endpoint
{
    QString host;
    int port = -1;
    QString error;
};
/// Pure: the display's listen address and port (from the domain XML), with the connection's host
/// standing in for "any address", and a refusal for a remote host's loopback.
Endpoint networkEndpoint(const QString &uri, const GraphicsInfo &graphics);

/// Connects a display session to a running domain's display: opens the first socket and starts
/// the session on it, and opens one more each time the session asks (SPICE's channels). A
/// failure to open the first one ends the session with the reason.
void attach(Connection *connection, const QString &uuid, DisplaySession *session, int index = 0,
            Route route = Route::Auto);

} // namespace Graphics
} // namespace Vireo
