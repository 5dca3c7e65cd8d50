#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo doctor [--fix] [--json]`: is this host ready for virtual machines (HostCheck)? One line
/// per check with what to run; --fix makes the fixes Vireo can (start the default network,
/// create or start the default pool). Exits 0 when nothing is a problem (warnings such as
/// software emulation are not), 1 when something is, 2 for bad input.
int runDoctorCommand(const QStringList &arguments);

} // namespace Vireo::App
