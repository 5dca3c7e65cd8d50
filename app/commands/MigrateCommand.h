#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo migrate VM DEST-URI [--offline] [--copy-storage all|inc] [--keep-source]
/// [--max-downtime MS] [--bandwidth MIB/S] [--auto-converge] [--postcopy] [--unsafe]
/// [--migrate-uri URI] [--check-only]`: prints the pre-flight checklist, then moves the VM with
/// a progress line. Exits 0, 2 for bad input, 1 when a check or the migration fails, 130 when
/// Ctrl+C cancelled it (the VM runs on the source).
int runMigrateCommand(const QStringList &arguments);

} // namespace Vireo::App
