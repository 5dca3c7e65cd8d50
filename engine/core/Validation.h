#pragma once

#include <QString>

namespace Vireo {

/// Checks a connection URI before libvirt sees it. Returns an empty string when it looks like a
/// libvirt URI (driver[+transport]://[user@][host][:port]/[path][?params]), else why not.
QString validateConnectionUri(const QString &uri);

/// Checks a VM name as libvirt's QEMU driver would, with a message a user can act on. Returns an
/// empty string when the name is acceptable.
QString validateDomainName(const QString &name);

/// True for URIs that reach a daemon on this machine (no host part), so files named in the
/// domain XML are files of this machine.
bool isLocalUri(const QString &uri);

/// True for a per-user session daemon's URI (qemu:///session, with or without parameters): no
/// virtual networks, no virtiofsd, pools in the user's home.
bool isSessionUri(const QString &uri);

/// Why a folder of this machine cannot be shared or used: not a full path, not there, a file,
/// not readable. Empty when it can.
QString validateLocalFolder(const QString &folder);

/// A size as a user types it: "512M", "2G", "2GiB", "1.5T", "64K", or a bare number in MiB.
/// Bytes, or 0 when it is not a size.
quint64 parseSize(const QString &text);
/// A size as a user reads it: "512 MiB", "1.5 GiB", "800 KiB", "12 bytes".
QString sizeText(quint64 bytes);

} // namespace Vireo
