#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo list [--all] [--json]`: the running VMs of a connection (with --all every one), as a
/// table or JSON. `vireo info VM [--json]`: one VM's state, hardware, template lineage and IP
/// addresses. Exits 0, 1 when the connection or the VM cannot be found, 2 for bad input.
int runListCommand(const QStringList &arguments);
int runInfoCommand(const QStringList &arguments);

} // namespace Vireo::App
