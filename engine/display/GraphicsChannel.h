#pragma once

#include <QString>

namespace Vireo {

class Connection;
class Operation;

namespace Graphics {

/// A connected socket to a running guest's display server (graphics device `index` of its
/// XML), handed over by libvirt (virDomainOpenGraphicsFD): no TCP port or address needed. The
/// operation's value is the file descriptor (int); the caller owns it.
Operation *openFd(Connection *connection, const QString &uuid, int index = 0);

} // namespace Graphics
} // namespace Vireo
