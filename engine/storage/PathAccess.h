#pragma once

#include <QString>
#include <QStringList>

namespace Vireo::PathAccess {

/// Whether QEMU on this machine's system connection may reach a file: Debian 12 makes home
/// folders 0700, so an install image or a disk under ~ is out of reach of the user QEMU runs as
/// (libvirt-qemu) although libvirt would give it the file itself. The fix virt-manager offers:
/// an ACL entry granting that user search (x) on each folder in the way, nothing else.

/// The user QEMU runs as for qemu:///system on this machine: qemu.conf's `user`, else
/// libvirt-qemu (Debian's default), else qemu.
QString qemuUser();

/// The folders on the way to `path` (its ancestors, not the file) that `user` may not enter
/// (no x for it by owner, group, other or an ACL entry). Empty when it can reach the path or the
/// user does not exist.
QStringList blockedFolders(const QString &path, const QString &user);

/// Grants `user` search (x) on each folder with an ACL entry (the folder's other permissions
/// untouched; a mask made to let it through). False with *error naming the folder that refused
/// (a read-only file system, a folder of another user).
bool grantSearch(const QStringList &folders, const QString &user, QString *error = nullptr);

/// Takes the entries grantSearch added away again (for tests and for undoing).
bool revokeSearch(const QStringList &folders, const QString &user, QString *error = nullptr);

/// The message and command for a user: which folders block `user`, and the setfacl command that
/// does what grantSearch does.
QString explain(const QString &path, const QStringList &folders, const QString &user);

} // namespace Vireo::PathAccess
