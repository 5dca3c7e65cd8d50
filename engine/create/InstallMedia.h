#pragma once

#include "core/Failure.h"

#include <QString>

typedef struct _virDomain *virDomainPtr;

namespace Vireo {

class Connection;
class Operation;
struct DomainInfo;

/// The install media of a new VM, and VMs left booting their installer.
///
/// A VM Vireo makes from an install image boots its disk first, and its stored definition has
/// an empty CD-ROM drive: the image is put in for the first run only, while the machine is
/// still paused. While the disk is empty the firmware falls through to the image; once the
/// installer has made the disk bootable, every reboot (inside the same QEMU process too, and
/// whether Vireo runs or not) starts the installed system, and the next cold start finds the
/// drive empty.
namespace InstallMedia {

/// Puts `path` into the CD-ROM `target` of a running (or paused) domain for this run only; the
/// stored definition keeps its drive empty. Blocking: the connection's worker only.
Failure insertForThisRun(virDomainPtr dom, const QString &target, const QString &path);

/// Whether a VM looks like one a Vireo before the fix left booting its installer: an install
/// image still in a CD-ROM drive beside a disk. The library offers ejectAndBootFromDisk() on it.
bool looksLeftInInstaller(const DomainInfo &domain);

/// "Eject Install Media and Boot from Disk": the stored definition boots its disk first and its
/// CD-ROM drives are emptied (kept as drives); a running machine's media goes too. The
/// operation's value is the number of drives emptied.
Operation *ejectAndBootFromDisk(Connection *connection, const QString &uuid);

} // namespace InstallMedia
} // namespace Vireo
