#pragma once

#include "hardware/Hardware.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vireo {

/// A new disk for a VM: a new volume in a storage pool, or an existing file or volume.
struct DiskRequest
{
    QString pool;          // a new volume in this pool (with sizeBytes), or empty
    quint64 sizeBytes = 0; // of the new volume
    QString format = QStringLiteral("qcow2");
    QString path; // an existing file or volume, when pool is empty
    QString bus = QStringLiteral("virtio");
    QString target; // empty: the next free one on the bus
    bool readOnly = false;
    bool allowOverCommit = false; // a size beyond the pool's free space, confirmed by the user
    /// Set: the new volume is a LUKS-encrypted qcow2 with this passphrase (a libvirt secret).
    QString passphrase;
    bool rememberPassphrase = false; // also kept in the desktop's keyring
    QString secret;                  // that secret's UUID, once the volume is made
    bool operator==(const DiskRequest &o) const = default;
};

/// A new NIC: on a libvirt network, a host bridge, or user-mode networking.
struct NicRequest
{
    QString type = QStringLiteral("network"); // network, bridge, user
    QString source = QStringLiteral("default");
    QString model = QStringLiteral("virtio");
    QString mac; // empty: libvirt makes one
    bool operator==(const NicRequest &o) const = default;
};

/// One edit of a VM's hardware. A change set (a list of them) is applied all together to the
/// VM's definition, and for a running VM each is also made live where libvirt can
/// (HardwareEditor).
struct HardwareChange
{
    enum class Kind {
        Memory,       ///< number: the balloon, KiB
        MaxMemory,    ///< number: <memory>, KiB
        Vcpus,        ///< count
        MaxVcpus,     ///< count
        CpuModel,     ///< text: host-passthrough, host-model, or a model name
        CpuTopology,  ///< topology
        PinVcpu,      ///< count: the vCPU; text: host CPUs ("0-1,3"), empty to unpin
        PinEmulator,  ///< text: host CPUs
        CpuShares,    ///< number: the scheduler's relative weight
        BootOrder,    ///< list: hd, cdrom, network
        BootMenu,     ///< flag
        Media,        ///< target: the CD-ROM; text: the image, empty to eject
        LinkState,    ///< target: the NIC's MAC; flag: up
        IoTune,       ///< target: the disk; iotune
        Bandwidth,    ///< target: the NIC's MAC; bandwidth
        DiskCache,    ///< target; text: none, writeback, writethrough, directsync, unsafe
        NicModel,     ///< target: the MAC; text: virtio, e1000e...
        AddDisk,      ///< disk
        AddNic,       ///< nic
        AddDevice,    ///< text: the device's XML (CD-ROM, RNG, watchdog, TPM, serial, hostdev...)
        RemoveDevice, ///< target: a device's key (disk target, MAC, "rng#0")
        Title,        ///< text
        Description,  ///< text
        Autostart,    ///< flag: started when the host boots
    };

    Kind kind = Kind::Memory;
    QString target;
    QString text;
    QStringList list;
    quint64 number = 0;
    int count = 0;
    bool flag = false;
    DomainDocument::CpuTopology topology;
    IoTune iotune;
    Vireo::Bandwidth bandwidth;
    DiskRequest disk;
    NicRequest nic;

    /// What it does, in words: "Memory: 192 MiB".
    QString describe() const;
    /// True when libvirt can make it on a running VM (else it waits for the next boot).
    bool hasLiveCall() const;

    static HardwareChange memory(quint64 kib);
    static HardwareChange maxMemory(quint64 kib);
    static HardwareChange vcpus(int n);
    static HardwareChange maxVcpus(int n);
    static HardwareChange cpuModel(const QString &modelOrMode);
    static HardwareChange cpuTopology(const DomainDocument::CpuTopology &t);
    static HardwareChange pinVcpu(int vcpu, const QString &cpus);
    static HardwareChange pinEmulator(const QString &cpus);
    static HardwareChange cpuShares(quint64 shares);
    static HardwareChange bootOrder(const QStringList &devices);
    static HardwareChange bootMenu(bool on);
    static HardwareChange media(const QString &target, const QString &path);
    static HardwareChange linkState(const QString &mac, bool up);
    static HardwareChange ioTune(const QString &target, const IoTune &limits);
    static HardwareChange bandwidthOf(const QString &mac, const Vireo::Bandwidth &limits);
    static HardwareChange diskCache(const QString &target, const QString &cache);
    static HardwareChange nicModel(const QString &mac, const QString &model);
    static HardwareChange addDisk(const DiskRequest &request);
    static HardwareChange addNic(const NicRequest &request);
    static HardwareChange addDevice(const QString &xml);
    static HardwareChange removeDevice(const QString &key);
    static HardwareChange titleOf(const QString &title);
    static HardwareChange descriptionOf(const QString &description);
    static HardwareChange autostart(bool on);
};

/// Makes a change in a domain's document (the persistent definition). False with the reason in
/// words when it cannot (no such device, a value out of range): the caller then applies none of
/// the set. Adding a disk or NIC needs its XML made first (deviceXml()).
bool applyToDocument(DomainDocument &doc, const HardwareChange &change, QString *error);

/// The XML of a new device from a request: a disk at `source` (a path) with the target already
/// chosen, a NIC. Pure.
QString diskXml(const DiskRequest &request, const QString &source);
QString nicXml(const NicRequest &request);

/// Element text of common new devices, for Add Hardware and `vireo edit`.
namespace DeviceXml {
QString cdrom(const QString &target, const QString &bus, const QString &image = {});
QString rng();
QString watchdog(const QString &model = QStringLiteral("i6300esb"),
                 const QString &action = QStringLiteral("reset"));
QString tpm(const QString &model = QStringLiteral("tpm-crb"));
QString serialPty();
QString hostUsb(int vendor, int product);
QString hostPci(int domain, int bus, int slot, int function);
QString virtiofs(const QString &hostDir, const QString &tag, bool readOnly);
} // namespace DeviceXml

/// Adds the text of an element (as device XML is written) as the last child of its kind under
/// `parent`, keeping every attribute and child. False when the text is not one element.
bool appendElementXml(XmlElement *parent, const QString &xml, QString *error = nullptr);

/// The element of a device by its key (a disk's target, a NIC's MAC, "rng#0"), or null.
XmlElement *deviceElement(const DomainDocument &doc, const QString &key);

/// Parses a CPU list ("0-1,3"): the CPUs in it, or an empty list when malformed.
QList<int> parseCpuList(const QString &text);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::HardwareChange)
