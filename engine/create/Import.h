#pragma once

#include "create/VmSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vireo {

class Connection;
class Operation;

/// What an OVF descriptor (or a lone disk image) asks for, and what Vireo will give instead
/// where it cannot give that.
struct ImportPlan
{
    QString name;
    int vcpus = 1;
    quint64 memoryMiB = 1024;
    bool uefi = false;
    int nics = 1;
    bool windows = false;  // the OS type says Windows: SATA and e1000, which it has drivers for
    QString flavour;       // "VirtualBox", "VMware" or "OVF"
    QStringList diskFiles; // in the OVA's folder, in the order of the virtual machine's disks
    QStringList notices;   // hardware asked for that the VM will not have, and why
};

/// A VM from another hypervisor: an OVA (a tar of an OVF descriptor, its disks and a manifest),
/// an OVF beside its disks, a lone disk image (VMDK, VDI, VHD, VHDX, qcow2 or raw) or a libvirt
/// domain XML file.
struct ImportRequest
{
    QString path;
    QString name;                             // empty: the one the OVF or file name gives
    QString pool = QStringLiteral("default"); // where the converted disks go
    VmSpec hardware; // graphics, network, emulation: as the wizard or `vireo create` set them
    bool start = true;
};

namespace Import {

enum class Kind { Ova, Ovf, DiskImage, DomainXml, Unknown };

/// What a file is, by its content (an extension may lie); its disk format (qemu-img's name:
/// vmdk, vdi, vhdx, vpc, qcow2, raw) for disk images. Blocking (reads the file, runs qemu-img).
Kind kindOf(const QString &path, QString *diskFormat = nullptr, QString *error = nullptr);

/// Reads an OVF descriptor (DMTF DSP0243; VirtualBox's and VMware's flavours); false with the
/// reason when it is not one.
bool parseOvf(const QByteArray &xml, ImportPlan *plan, QString *error);

/// What importing `path` will make, read without unpacking or converting anything (an OVA's
/// OVF is read out of it with tar): for the wizard's summary before Finish. nullopt with the
/// reason when the file cannot be imported. Blocking.
std::optional<ImportPlan> readPlan(const QString &path, QString *error);

/// The OVF descriptor Vireo writes for an export: one virtual system with its CPUs, memory,
/// firmware, a SATA controller with the disks (streamOptimized VMDK files) and the NICs.
QByteArray writeOvf(const ImportPlan &plan, const QList<quint64> &diskCapacities);

/// Imports all or nothing on the connection's long lane: unpacks an OVA, checks its manifest,
/// checks the pool has room, converts every disk to qcow2 with qemu-img (progress by bytes,
/// cancellable), defines the VM and starts it. Whatever was made is removed again on failure or
/// cancel. The operation's value is a QStringList: the new VM's name, its UUID, then the plan's
/// notices (hardware asked for that the VM does not get, and what it gets instead).
Operation *importVm(Connection *connection, const ImportRequest &request);

/// Writes a VM as an OVA that Vireo (and VirtualBox, VMware) can import: its disks as
/// streamOptimized VMDK, an OVF descriptor, a SHA-256 manifest. Local connections only.
Operation *exportOva(Connection *connection, const QString &uuid, const QString &ovaPath);

} // namespace Import
} // namespace Vireo
