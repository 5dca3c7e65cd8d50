#pragma once

#include <QString>

namespace Vireo {

class Connection;
class DisplaySession;
class Operation;

namespace Graphics {

/// A connected socket to a running guest's display server (graphics device `index` of its
/// XML), handed over by libvirt (virDomainOpenGraphicsFD): no TCP port or address needed. The
/// operation's value is the file descriptor (int); the caller owns it.
Operation *openFd(Connection *connection, const QString &uuid, int index = 0);

/// Connects a display session to a running domain's display: opens the first socket and starts
/// the session on it, and opens one more each time the session asks (SPICE's channels). A
/// failure to open the first one ends the session with libvirt's reason.
void attach(Connection *connection, const QString &uuid, DisplaySession *session, int index = 0);

} // namespace Graphics
} // namespace Vireo
