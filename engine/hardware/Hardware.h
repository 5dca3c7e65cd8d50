#pragma once

#include "xml/DomainDocument.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

/// A disk's I/O limits (<iotune>): bytes and operations per second, 0 for no limit.
struct IoTune
{
    quint64 readBytes = 0;
    quint64 writeBytes = 0;
    quint64 totalBytes = 0;
    quint64 readIops = 0;
    quint64 writeIops = 0;
    quint64 totalIops = 0;
    bool isEmpty() const { return *this == IoTune{}; }
    bool operator==(const IoTune &o) const = default;
};

/// A NIC's bandwidth limits (<bandwidth>): average KiB/s inbound and outbound, 0 for none.
struct Bandwidth
{
    quint64 inboundKiBs = 0;
    quint64 outboundKiBs = 0;
    bool operator==(const Bandwidth &o) const = default;
};

/// One device of a domain, as the hardware editor lists it: what names it, what it is in one
/// line, its element as text, and the typed details of the kinds that have a form.
struct HardwareDevice
{
    enum class Kind {
        Disk,
        Cdrom,
        Floppy,
        Interface,
        Graphics,
        Video,
        Sound,
        Input,
        Serial,
        Console,
        Channel,
        Tpm,
        Rng,
        Watchdog,
        HostDevice,
        Filesystem,
        Controller,
        MemBalloon,
        Other,
    };

    Kind kind = Kind::Other;
    /// What names it in a change: a disk's target (vda), a NIC's MAC, else "element#n" (the
    /// n-th element of that name, from 0).
    QString key;
    QString element; // the element's name: disk, interface, rng...
    QString title;   // "Disk vda", "NIC 52:54:00:..", "Display SPICE"
    QString summary; // one line of what it is
    QString alias;   // libvirt's alias (live XML only)
    QString xml;     // the element as text

    DomainDocument::Disk disk; // Disk, Cdrom, Floppy
    IoTune iotune;
    DomainDocument::Interface nic; // Interface
    Bandwidth bandwidth;
    QString model; // the model or type of the rest (virtio, tpm-crb, i6300esb...)
    /// The PCI bus it sits on (its <address bus=''>), -1 when it has no PCI address.
    int pciBus = -1;
    /// A controller's index (for a PCIe root port: the bus number of what plugs into it), -1
    /// when it has none.
    int controllerIndex = -1;

    bool isRemovable() const;
};

/// A domain's whole virtual hardware, read from its XML (inactive or live): what the Hardware
/// tab and `vireo edit` show. Writing goes through HardwareChange, never through this.
struct Hardware
{
    struct Cpu
    {
        int current = 1;
        int maximum = 1;
        QString mode; // host-passthrough, host-model, custom, maximum; empty: the default
        QString model;
        DomainDocument::CpuTopology topology;
        QMap<int, QString> vcpuPins; // vCPU -> host CPU list ("0-1,3")
        QString emulatorPin;
        quint64 shares = 0;
        quint64 period = 0;
        qint64 quota = 0;
    };
    struct Memory
    {
        quint64 currentKiB = 0;    // the balloon
        quint64 maximumKiB = 0;    // <memory>
        quint64 hotplugMaxKiB = 0; // <maxMemory>, 0 when none
        int slots = 0;
        bool hugepages = false;
    };
    struct Boot
    {
        QStringList order; // hd, cdrom, network, fd
        bool menu = false;
        QString firmware; // efi, bios or empty
        QString machine;
        QString arch;
        QString emulator;
        bool directKernel = false; // boots a kernel file (no boot order applies)
    };

    QString name;
    QString uuid;
    QString type; // kvm, qemu
    QString title;
    QString description;
    Cpu cpu;
    Memory memory;
    Boot boot;
    QList<HardwareDevice> devices;

    const HardwareDevice *device(const QString &key) const;
    QList<HardwareDevice> devicesOf(HardwareDevice::Kind kind) const;
    /// The next free target name for a disk on a bus (vdb, sdc...).
    QString freeTarget(const QString &bus) const;
    /// PCIe root ports (q35) that hold no device: where a hot-plugged device can go. -1 when the
    /// machine has no PCIe root ports at all (its devices plug into a PCI bus).
    int freeRootPorts() const;

    static Hardware read(const DomainDocument &doc);
};

/// What a restart of a running domain would change: the lines in which its next-boot definition
/// differs from the live configuration ("Maximum memory: 256 MiB -> 512 MiB"). Empty when none.
QStringList pendingUntilRestart(const Hardware &live, const Hardware &next);

/// "256 MiB", "1.5 GiB".
QString kibText(quint64 kib);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::Hardware)
