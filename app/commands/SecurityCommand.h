#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo security VM|--all [--json] [--fix]`: the security view of one VM or of every VM of
/// the connection, one line per finding (ok, info, warn, FLAG). Exits 1 when a finding is
/// flagged (a display anyone on the network can use...), 0 when none is, 2 for bad input.
/// --fix applies the one-click fixes first (the display to 127.0.0.1) and shows the result.
int runSecurityCommand(const QStringList &arguments);

} // namespace Vireo::App
