#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo stats VM [--interval S] [--json] [--count N]` prints live figures, one line (or JSON
/// object) a tick; `vireo stats export VM --since 1h [--until T]` writes the stored history as CSV
/// on stdout. Exit 0, 1 on failure, 2 for bad input.
int runStatsCommand(const QStringList &arguments);

/// "90s", "10m", "1h", "7d" as milliseconds; -1 when it is none of those.
qint64 parseDuration(const QString &text);

} // namespace Vireo::App
