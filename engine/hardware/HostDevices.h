#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vireo {

class Connection;
class Operation;

/// A host device: a USB device or a PCI function a VM can be given (passthrough), or (listed
/// with every kind) a block device or a network interface.
struct HostDevice
{
    QString name;        // libvirt's node device name: usb_1_2, pci_0000_00_1f_2
    QString bus;         // usb, pci, storage, net
    QString path;        // storage: the block device (/dev/sda); net: the interface (eth0)
    QString description; // vendor and product names as the host knows them
    int vendor = 0;      // USB ids
    int product = 0;
    int domain = 0; // PCI address
    int pciBus = 0;
    int slot = 0;
    int function = 0;
    QString usedBy; // the VM that has it, empty when free
    /// The <hostdev> element that gives it to a VM.
    QString hostdevXml() const;
};

/// The host's USB devices and PCI functions (and, with `everyKind`, its block devices and
/// network interfaces), with which VM has which (value: QList<HostDevice>).
Operation *listHostDevices(Connection *connection, bool everyKind = false);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::HostDevice)
