#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo clone VM NAME [--linked] [--share TARGET] [--start]`: a full or linked copy of a
/// shut-off VM. Exits 0, 1 when it failed, 2 for bad input or a refusal (nothing made).
int runCloneCommand(const QStringList &arguments);

/// `vireo flatten VM`: an instance (running or shut off) made independent of its template.
int runFlattenCommand(const QStringList &arguments);

/// `vireo run --disposable TEMPLATE [--name NAME]`: a disposable run of a template; waits until
/// it shuts down (or Ctrl+C, which stops it), then removes its overlays. Exits 0 when it ran.
int runRunCommand(const QStringList &arguments);

/// `vireo template list | make|unmake|instances|new TEMPLATE [--count N] [--pattern P]
/// [--full] [--start] [--json]`.
int runTemplateCommand(const QStringList &arguments);

} // namespace Vireo::App
