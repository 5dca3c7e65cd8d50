#pragma once

#include "core/Operation.h"
#include "templates/Templates.h"

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

// The blocking steps behind Templates' operations, for the connection's worker.

/// A disposable run (Templates::runDisposable): a transient domain started at once on linked
/// overlays whose names carry its UUID (disposableVolumePrefix()), so that what it leaves
/// behind can be found again; `owner` is the Vireo process that answers for it.
struct DisposableRun
{
    QString owner;
};

/// "vireo-disposable-UUID-": how the volumes of a disposable run are named.
QString disposableVolumePrefix(const QString &uuid);

/// A full or linked copy of a shut-off VM (Templates::clone), or with `disposable` a disposable
/// run of it; value: the copy's UUID.
OpResult cloneDomain(virConnectPtr conn, const CloneRequest &request, bool local, Operation *op,
                     const DisposableRun *disposable = nullptr);
/// Marks a shut-off VM as a template (Templates::make).
OpResult makeTemplate(virConnectPtr conn, const QString &uuid);

} // namespace Vireo
