#pragma once

#include <QStringList>

namespace Vireo::App {

/// `vireo export VM FILE.ova`: writes a VM as an OVA (OVF, streamOptimized VMDK disks, SHA-256
/// manifest) that Vireo, VirtualBox and VMware import.
int runExportCommand(const QStringList &arguments);

} // namespace Vireo::App
