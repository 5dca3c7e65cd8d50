#pragma once

#include <QImage>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

/// The guest's screen as QEMU has it (virDomainScreenshot), a null image when there is none.
/// Blocking: on the connection's worker (or a test's helper connection). No display protocol is
/// involved, so snapshots' thumbnails and the terminal commands need no SPICE or VNC client.
QImage domainScreenshot(virConnectPtr conn, virDomainPtr dom);

} // namespace Vireo
