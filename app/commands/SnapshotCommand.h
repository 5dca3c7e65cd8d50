#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo snapshot list|create|revert|delete VM [NAME] [options]`: the snapshot panel's engine
/// code from a terminal. Prints what it did; exits 0, 1 when the action failed, 2 for bad input.
int runSnapshotCommand(const QStringList &arguments);

} // namespace Vireo::App
