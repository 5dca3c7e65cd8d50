#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo create ...`: makes a new VM from an install image through the same engine path as the
/// wizard, prints its name and UUID, and exits non-zero with a clear message on error.
int runCreateCommand(const QStringList &arguments);

} // namespace Vireo::App
