#pragma once

#include "xml/XmlTree.h"

#include <QStringList>

#include <optional>

namespace Vireo {

/// A domain's whole XML, for editing an existing VM (VmSpec stays the recipe for new ones):
/// typed accessors for what Vireo edits, and a document in which everything else (element
/// order, unknown elements and attributes, comments, namespaces, metadata of other tools) is
/// kept as it was. Unedited, write() gives back the text it read, byte for byte; after an edit,
/// only the edited elements differ. Pure: no libvirt call.
class DomainDocument
{
public:
    /// Reads domain XML; false with the reason when it is not a well-formed <domain>.
    bool read(const QString &xml, QString *error = nullptr);
    QString write() const { return m_tree.write(); }
    bool isValid() const { return root() != nullptr; }

    // Identity and description.
    QString type() const; // kvm, qemu...
    QString name() const;
    QString uuid() const;
    QString title() const;
    void setTitle(const QString &title);
    QString description() const;
    void setDescription(const QString &description);
    /// The libosinfo OS id from the metadata ("http://debian.org/debian/12"), empty if none.
    QString osId() const;
    void setOsId(const QString &osId);

    // Memory, in KiB whatever unit the XML uses (an edited value is written in KiB).
    quint64 memoryKiB() const; // <memory>: the maximum at boot
    void setMemoryKiB(quint64 kib);
    quint64 currentMemoryKiB() const; // <currentMemory>: the balloon; memoryKiB() when absent
    void setCurrentMemoryKiB(quint64 kib);
    quint64 maxMemoryKiB() const; // <maxMemory>: room for memory hot-plug, 0 when none
    int maxMemorySlots() const;

    // vCPUs.
    int maxVcpus() const;
    int currentVcpus() const; // the current='' attribute, else the maximum
    void setVcpus(int current, int maximum);

    // CPU model and topology.
    struct CpuTopology
    {
        int sockets = 0; // 0: not given
        int cores = 0;
        int threads = 0;
        bool operator==(const CpuTopology &o) const = default;
    };
    QString cpuMode() const; // host-passthrough, host-model, custom; empty when unset
    QString cpuModel() const;
    void setCpuMode(const QString &mode, const QString &model = {});
    CpuTopology cpuTopology() const;
    void setCpuTopology(const CpuTopology &topology);

    // Boot.
    QString arch() const;
    QString machine() const;
    QString firmware() const; // "efi", "bios" or empty (libvirt chooses)
    /// The <os><boot dev=''/> order: hd, cdrom, network, fd.
    QStringList bootOrder() const;
    void setBootOrder(const QStringList &devices);
    bool bootMenu() const;
    void setBootMenu(bool enabled);

    // Disks and CD-ROMs.
    struct Disk
    {
        QString type;   // file, block, volume, network
        QString device; // disk, cdrom, floppy, lun
        QString source; // path, device, or pool/volume
        QString target; // vda, sda...
        QString bus;
        QString format; // the driver's type: qcow2, raw...
        QString cache;
        QString discard;
        bool readOnly = false;
        bool shareable = false;
        bool operator==(const Disk &o) const = default;
    };
    QList<Disk> disks() const;
    /// Puts media in a CD-ROM (or takes it out, with an empty path). False when there is no
    /// such target or it is not removable.
    bool setMedia(const QString &target, const QString &path);
    /// The <disk> element of that target as text (what virDomainUpdateDeviceFlags takes); empty
    /// when there is none.
    QString diskXml(const QString &target) const;
    bool setDiskCache(const QString &target, const QString &cache);
    bool setDiskReadOnly(const QString &target, bool readOnly);

    // Network interfaces.
    struct Interface
    {
        QString type;   // network, bridge, user, direct
        QString source; // network or bridge name
        QString mac;
        QString model;
        bool linkUp = true;
        bool operator==(const Interface &o) const = default;
    };
    QList<Interface> interfaces() const;
    bool setLinkUp(const QString &mac, bool up);
    bool setInterfaceModel(const QString &mac, const QString &model);

    // Displays.
    struct Graphics
    {
        QString type; // spice, vnc
        QString listen;
        int port = -1;
        QString socket;
        bool operator==(const Graphics &o) const = default;
    };
    QList<Graphics> graphics() const;

    /// The names of the device kinds in <devices> (disk, interface, rng, tpm...), each once, in
    /// document order: what an editor shows, modelled or not.
    QStringList deviceKinds() const;

    /// The document's elements, for the hardware editor's readers and writers of what the
    /// typed accessors above do not cover (engine/hardware). Null when nothing is read.
    XmlElement *rootElement() const { return root(); }
    XmlElement *devicesElement() const { return devices(); }

private:
    XmlElement *root() const { return m_tree.root(); }
    XmlElement *devices() const;
    XmlElement *diskByTarget(const QString &target) const;
    XmlElement *interfaceByMac(const QString &mac) const;
    quint64 kibOf(const QString &element) const;
    void setKib(const QString &element, quint64 kib);

    XmlTree m_tree;
};

} // namespace Vireo
