#pragma once

#include "migration/Preflight.h"

namespace Vireo {

class DomainDocument;

namespace Preflight {

/// Whether the destination can run the VM's CPU (virConnectCompareHypervisorCPU with its CPU
/// definition); when not, names host-model and a model both hosts have (a baseline of their
/// host-model CPUs). Blocking.
MigrationCheck cpuCheck(virConnectPtr source, virConnectPtr destination, const DomainDocument &doc,
                        const QString &virtType);

} // namespace Preflight
} // namespace Vireo
