#pragma once

#include <QStringList>

namespace Vireo::App {

/// The lifecycle verbs from a terminal, on the library's engine and rules: `vireo start`,
/// `shutdown`, `reboot`, `reset`, `force-off`, `pause`, `resume` VM. Reset and force-off lose
/// the guest's unsaved work and ask first unless --yes. Exits 0, 1 when the action failed, 2 for
/// bad input or an action the VM's state does not allow (the reason printed).
int runLifecycleCommand(const QString &verb, const QStringList &arguments);

/// The verbs runLifecycleCommand takes.
QStringList lifecycleVerbs();

} // namespace Vireo::App
