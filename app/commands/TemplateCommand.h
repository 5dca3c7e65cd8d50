#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo clone VM NAME [--linked] [--share TARGET] [--start]`: a full or linked copy of a
/// shut-off VM. Exits 0, 1 when it failed, 2 for bad input or a refusal (nothing made).
int runCloneCommand(const QStringList &arguments);

/// `vireo flatten VM`: a shut-off instance made independent of its template.
int runFlattenCommand(const QStringList &arguments);

/// `vireo template list | make|unmake|instances|new TEMPLATE [--count N] [--pattern P]
/// [--full] [--start] [--json]`.
int runTemplateCommand(const QStringList &arguments);

} // namespace Vireo::App
