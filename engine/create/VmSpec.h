#pragma once

#include <QList>
#include <QString>

namespace Vireo {

/// One disk or CD-ROM of a VM.
struct VmDisk
{
    enum class Device { Disk, Cdrom };
    Device device = Device::Disk;
    QString path;                             // file on the host
    QString format = QStringLiteral("qcow2"); // qcow2 or raw (an ISO is raw)
    QString bus = QStringLiteral("virtio");   // virtio, sata, ide, scsi
    QString target;                           // vda, sda...; filled in by the writer when empty
    bool readOnly = false;
    /// A LUKS-encrypted qcow2: the libvirt secret holding its passphrase (EncryptedVolumes).
    QString encryptionSecret;

    bool operator==(const VmDisk &o) const = default;
};

/// One network card.
struct VmNic
{
    enum class Kind { User, Network, Bridge };
    Kind kind = Kind::User;
    QString source; // network name or bridge device
    QString model = QStringLiteral("virtio");
    QString mac; // empty: libvirt picks one

    bool operator==(const VmNic &o) const = default;
};

struct VmGraphics
{
    enum class Type { None, Spice, Vnc };
    Type type = Type::Spice;
    bool unixSocket = false; // listen on a unix socket instead of 127.0.0.1

    bool operator==(const VmGraphics &o) const = default;
};

enum class Firmware { Bios, Uefi, UefiSecureBoot };

/// A typed description of a virtual machine: what the new-VM wizard, the command line and later
/// the settings editor fill in, and what writeDomainXml() turns into libvirt domain XML.
struct VmSpec
{
    QString name;
    QString uuid; // empty: libvirt picks one
    QString description;
    QString osId;          // libosinfo id, e.g. http://debian.org/debian/12; kept in the metadata
    bool emulated = false; // true: QEMU software emulation (domain type qemu); false: KVM
    QString arch = QStringLiteral("x86_64"); // or aarch64 (emulated, machine virt, UEFI)
    QString machine = QStringLiteral("q35");
    quint64 memoryMiB = 1024;
    int vcpus = 1;
    Firmware firmware = Firmware::Bios;
    bool tpm = false;
    bool virtioDevices = true;   // virtio video, balloon, rng; the OS has the drivers
    bool localtimeClock = false; // Windows keeps the hardware clock in local time
    /// The guest agent's channel (org.qemu.guest_agent.0): the guest's addresses, a clean
    /// shutdown and quiesced snapshots where qemu-ga runs in it; its virtio-serial port needs
    /// the OS's virtio drivers.
    bool guestAgent = true;
    bool bootFromCdrom = false;   // installing: the disk first, then the CD-ROM
    bool bootFromNetwork = false; // PXE: the disk first, then the network
    QString serialLogPath;        // the first serial port is also logged there, when set
    // Direct kernel boot (an express install's first run): the installer's kernel and initrd
    // from the install image, with its arguments; the firmware's boot order does not apply.
    QString kernel;
    QString initrd;
    QString kernelArgs;
    bool stopOnReboot = false; // on_reboot destroy: the install run ends at the guest's reboot
    QList<VmDisk> disks;
    QList<VmNic> nics;
    VmGraphics graphics;
    /// The sound card: "ich9", "ich6" (Intel HD Audio on q35 and pc), "ac97"; empty: none.
    /// recommendedSpec() picks one by machine, as virt-manager does. Written only for a machine
    /// with a screen (its console plays the sound).
    QString sound;
    /// USB redirection channels (usbredir over SPICE): how many of the client's USB devices the
    /// guest can hold at once. Written only with SPICE graphics.
    int usbRedirChannels = 0;
    /// SPICE's folder-sharing channel (WebDAV, spiceport org.spice-space.webdav.0), as GNOME
    /// Boxes gives its machines: the console can share a folder without a restart (QEMU cannot
    /// plug it in later). Written only with SPICE graphics.
    bool webdavChannel = false;

    bool operator==(const VmSpec &o) const = default;
};

/// The bus a CD-ROM of this machine sits on: SATA on q35, IDE on i440fx, SCSI (virtio-scsi) on
/// ARM's virt, which has neither.
QString cdromBus(const VmSpec &spec);
/// The Intel HD Audio model that suits a machine type: ich9 on q35, ich6 on pc; empty for others.
QString soundModelFor(const QString &machine);

/// The spec made for ARM (aarch64) from one made for x86_64: machine virt, UEFI, emulated (no
/// KVM for ARM on an x86 host), virtio devices, no TPM; CD-ROMs on SCSI.
void makeArm(VmSpec &spec);

/// libvirt domain XML for a spec. Pure: the same spec gives the same text.
QString writeDomainXml(const VmSpec &spec);

/// The spec a domain XML describes, as far as VmSpec can say it (the reader of writeDomainXml).
VmSpec readVmSpec(const QString &xml);

} // namespace Vireo
