#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo isolation VM [--clipboard off|to-guest|both] [--usb yes|no] [--files yes|no]
/// [--agent yes|no]`: what a VM shares with this computer; without options it prints the
/// settings. Exits 0, 1 when libvirt refused, 2 for bad input.
int runIsolationCommand(const QStringList &arguments);

} // namespace Vireo::App
