#pragma once

#include <QString>

namespace Vireo {

class Connection;
class Operation;
struct DomainInfo;

/// Host folders shared with a guest through virtiofs (the guest mounts them by their tag:
/// mount -t virtiofs TAG /mnt), read-write or read-only. libvirt 9.0 has no read-only virtiofs
/// (it refuses <readonly/>, and QEMU 7.2's virtiofsd has no such option): a read-only folder is
/// served by vireo-virtiofsd-ro, which gives virtiofsd a read-only bind mount of it. Session
/// connections cannot share with virtiofs at all (libvirt: "not yet supported in session
/// mode"). The guest's memory is made shareable with virtiofsd (memfd, shared) as virtiofs
/// needs; a running machine without it gets the folder at its next boot.
namespace SharedFolders {

/// Why `folder` cannot be shared with `domain` as `tag` (empty when it can): a folder that is
/// not there or not readable (checked on this machine for local connections), a tag that is
/// empty, too long for virtiofs (36 bytes) or already used, a session connection.
QString check(const QString &uri, const DomainInfo &domain, const QString &folder,
              const QString &tag, bool readOnly);

/// Adds the shared folder (value: ApplyReport: applied now, or at the next boot).
Operation *share(Connection *connection, const QString &uuid, const QString &folder,
                 const QString &tag, bool readOnly);

/// Stops sharing the folder the guest mounts as `tag` (value: ApplyReport: gone now, or at the
/// next boot where the running machine keeps it).
Operation *unshare(Connection *connection, const QString &uuid, const QString &tag);

/// The program that serves read-only folders: beside Vireo's programs in a build tree, in
/// ../lib/vireo/ when installed, or what setReadOnlyHelper() said.
QString readOnlyHelper();
void setReadOnlyHelper(const QString &path);

/// The <filesystem> element for a share.
QString deviceXml(const QString &folder, const QString &tag, bool readOnly);

/// Folders of the computer running the console, shared through SPICE's WebDAV channel while the
/// console is open (DisplaySession::shareFolder): what session connections have instead of
/// virtiofs, and what guests without virtiofs use (Windows; spice-webdavd in the guest). The
/// machine needs the channel, which these add.
///
/// Why `domain` cannot share folders through its console (no SPICE display); empty if it can.
QString consoleSharingCheck(const DomainInfo &domain);
/// Adds the channel unless the machine has it (value: ApplyReport: now or at the next boot).
Operation *addConsoleSharing(Connection *connection, const QString &uuid);
/// The channel's element.
QString webdavChannelXml();

} // namespace SharedFolders
} // namespace Vireo
