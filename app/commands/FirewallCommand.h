#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo firewall VM [MAC] --preset NAME [--ports P,...] | --filter NAME | --none`: gives a VM's
/// card (all its cards without a MAC) a firewall, live while it runs; `vireo firewall --list`:
/// libvirt's filters and the VMs using each. Exits 0, 1 when libvirt refused, 2 for bad input or
/// a card that cannot carry a filter (nothing changed).
int runFirewallCommand(const QStringList &arguments);

} // namespace Vireo::App
