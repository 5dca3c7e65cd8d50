#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo console VM [--serial [--device ALIAS] [--force]]`: the VM's screen in the console
/// window, or its serial port or console attached to this terminal (raw while attached; Ctrl+]
/// or the end of piped input detaches). Exits 0 when detached or the console closed, 1 when it
/// could not attach (held by another client without --force, no such device, not running), 2
/// for bad input, 130 when stopped by a signal.
int runConsoleCommand(const QStringList &arguments);

} // namespace Vireo::App
