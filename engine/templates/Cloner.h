#pragma once

#include "core/Operation.h"
#include "templates/Templates.h"

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

// The blocking steps behind Templates' operations, for the connection's worker.

/// What else a copy may be, beyond CloneRequest:
struct CloneOptions
{
    /// A disposable run (Disposables::run) by this owner: a transient domain started at once on
    /// linked overlays whose names carry its UUID (disposableVolumePrefix()), so that what it
    /// leaves behind can be found again.
    QString disposableOwner;
    /// A full copy of the VM as it was in this (internal) snapshot, made a template: its disks
    /// read out of the snapshot with qemu-img (a local connection; the VM may run meanwhile).
    QString fromSnapshot;
    /// The template's edit instance (Templates::beginEdit): a linked instance of kind "edit".
    bool editOf = false;
};

/// "vireo-disposable-UUID-": how the volumes of a disposable run are named.
QString disposableVolumePrefix(const QString &uuid);

/// Why a VM with an encrypted disk cannot be cloned (empty when it has none). Blocking.
QString encryptedDiskRefusal(virConnectPtr conn, const QString &uuid);

/// A full or linked copy of a shut-off VM (Templates::clone), or what `options` says; value:
/// the copy's UUID.
OpResult cloneDomain(virConnectPtr conn, const CloneRequest &request, bool local, Operation *op,
                     const CloneOptions &options = {});
/// Marks a shut-off VM as a template (Templates::make); `origin` says where it came from
/// ("web, snapshot 'clean'"), when made from a snapshot.
OpResult makeTemplate(virConnectPtr conn, const QString &uuid, const QString &origin = {});

/// Runs qemu-img with -p, reporting its percentage as disk `disk` of `disks` with `text`
/// ("... %1%"); empty when it succeeded, else why not.
QString runQemuImg(const QStringList &arguments, Operation *op, int disk, int disks,
                   const QString &text);

} // namespace Vireo
