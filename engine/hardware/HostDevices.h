#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vireo {

class Connection;
class Operation;

/// A host device a VM can be given (passthrough): a USB device or a PCI function.
struct HostDevice
{
    QString name;        // libvirt's node device name: usb_1_2, pci_0000_00_1f_2
    QString bus;         // usb, pci
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

/// The host's USB devices and PCI functions, with which VM has which (value:
/// QList<HostDevice>).
Operation *listHostDevices(Connection *connection);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::HostDevice)
