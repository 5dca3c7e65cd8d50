#pragma once

#include <QStringList>

namespace Vireo::App {

/// The lifecycle verbs from a terminal, on the library's engine and rules: `vireo start`,
/// `shutdown`, `reboot`, `reset`, `force-off` (or `destroy`), `pause`, `resume`, `save`,
/// `restore`, `delete` VM... Every VM named is checked first (nothing is done when one is not
/// there or its state does not allow the action); reset, force-off and delete ask first unless
/// --yes. --json prints what was done to each. Exits 0, 1 when an action failed, 2 for bad input
/// or an action a VM's state does not allow (the reason printed).
int runLifecycleCommand(const QString &verb, const QStringList &arguments);

/// The verbs runLifecycleCommand takes.
QStringList lifecycleVerbs();

} // namespace Vireo::App
