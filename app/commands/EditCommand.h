#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo edit VM [options]`: the Hardware tab's engine from a terminal. Changes memory, vCPUs,
/// pinning, disks, CD media, NICs, boot order, I/O limits, autostart and the description, live
/// where possible; `--xml` edits the definition in $EDITOR. Prints per change whether it applied
/// now or waits for the next boot; exits 0, 1 when a change failed, 2 for bad input.
int runEditCommand(const QStringList &arguments);

} // namespace Vireo::App
