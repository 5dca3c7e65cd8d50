#pragma once

#include "core/Operation.h"
#include "templates/Templates.h"

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

// The blocking steps behind Templates' operations, for the connection's worker.

/// A full or linked copy of a shut-off VM (Templates::clone); value: the copy's UUID.
OpResult cloneDomain(virConnectPtr conn, const CloneRequest &request, bool local, Operation *op);
/// Marks a shut-off VM as a template (Templates::make).
OpResult makeTemplate(virConnectPtr conn, const QString &uuid);

} // namespace Vireo
