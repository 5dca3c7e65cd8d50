#pragma once

#include <QStringList>

namespace Vireo::App {

// The host's resources from a terminal, on the engine the Host window uses. Each takes
// --connect and --readonly like every command, --json for list and info, and exits 0 when done,
// 1 when it failed, 2 for bad input or a refusal (nothing changed). Changes that affect VMs
// (stopping a network they use, deleting a volume a shut-off VM names) ask unless --yes.

/// `vireo net list|info|create|start|stop|autostart|delete|leases`.
int runNetCommand(const QStringList &arguments);
/// `vireo pool list|info|create|start|stop|delete`.
int runPoolCommand(const QStringList &arguments);
/// `vireo vol list|create|resize|clone|wipe|upload|download|delete` (transfers draw a progress
/// bar on a terminal and are quiet elsewhere).
int runVolCommand(const QStringList &arguments);

} // namespace Vireo::App
