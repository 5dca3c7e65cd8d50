#pragma once

#include "create/CloudInit.h"
#include "create/OsDatabase.h"
#include "create/VmSpec.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

class Connection;
class Operation;
struct OsInfo;

/// What the host offers a new VM, read on the connection's worker.
struct HostCapacity
{
    HostCapacity(int cpus_ = 1, quint64 memoryMiB_ = 0, bool kvmUsable_ = false)
        : cpus(cpus_)
        , memoryMiB(memoryMiB_)
        , kvmUsable(kvmUsable_)
    {
    }
    int cpus = 1;
    quint64 memoryMiB = 0;
    bool kvmUsable = false;
    QStringList architectures{QStringLiteral("x86_64")}; // guests it can run (aarch64 emulated)
    QString armMissing; // why ARM is not among them, when it is not
};

/// A new VM: its description and, when it gets a new disk, that disk's size and pool.
struct CreateRequest
{
    VmSpec spec;
    quint64 newDiskGiB = 0;                   // 0: no new disk (the spec names its disks)
    QString pool = QStringLiteral("default"); // where the new disk goes; created when missing
    bool allowBeyondFreeSpace = false;        // the user confirmed a size beyond free space
    /// The user agreed that QEMU's user may pass through private folders (0700 homes) on the
    /// way to the install image or a disk: an ACL entry per folder (PathAccess).
    bool grantQemuAccess = false;
    QString copyDiskFrom; // an existing disk image to copy into the pool as the VM's disk (local)
    bool start = true;
    /// Installing from a CD-ROM image (spec.bootFromCdrom) and starting: the image is put in for
    /// the first run only and the stored definition keeps the drive empty (InstallMedia.h),
    /// unless the user wants it kept in.
    bool keepInstallMedia = false;
    /// A cloud image (qcow2 or raw) the new disk is a copy-on-write layer over, in the pool
    /// (a full copy goes through copyDiskFrom instead). The disk is the image's size, or
    /// newDiskGiB when that is larger.
    QString linkedFrom;
    /// Set: a cloud-init seed for the first run (attached to that run only; needs start).
    std::optional<CloudInitConfig> cloudInit;
    /// Set: an express install (OsDatabase::unattendedScript for spec.osId), run from the
    /// install image in the spec's CD-ROM drive (needs start). The install run boots the
    /// installer with the script (ExpressInstall.h) and ends at the guest's first reboot;
    /// FirstRun::Janitor then starts the installed system.
    std::optional<UnattendedScript> unattended;
    QString extraKernelArgs; // appended to an initrd injection's kernel arguments
    /// Set: the new disk is a LUKS-encrypted qcow2 with this passphrase, kept as a private
    /// libvirt secret (EncryptedVolumes). Only a new empty disk can be: not over a cloud image.
    QString diskPassphrase;
    /// The passphrase is also kept in the desktop's keyring (EncryptedVolumes::rememberPassphrase).
    bool rememberPassphrase = false;
};

/// The hardware Vireo picks for an OS on a host, as virt-manager and GNOME Boxes would: the OS's
/// recommended memory and vCPUs within what the host has, UEFI (with Secure Boot and a TPM) where
/// the OS needs it, virtio where the OS has the drivers, SPICE on loopback, user-mode networking
/// on a session connection and the "default" NAT network on a system one.
VmSpec recommendedSpec(const OsInfo *os, const HostCapacity &host, bool systemConnection);
/// The disk size to offer for an OS, in GiB.
quint64 recommendedDiskGiB(const OsInfo *os);

/// Checks a request before anything is created; empty when it can go ahead.
QString validateCreateRequest(const CreateRequest &request, const HostCapacity &host);

namespace Creation {

/// Reads the host's CPUs, memory and whether KVM works, on the worker; the operation's value is
/// a HostCapacity.
Operation *readHostCapacity(Connection *connection);

/// The free space of a storage pool in bytes, as the operation's value; no value when the pool
/// does not exist yet (creation makes it).
Operation *readPoolFreeSpace(Connection *connection,
                             const QString &pool = QStringLiteral("default"));

/// The guest architectures the host can run: x86_64, and aarch64 when qemu-system-arm and its
/// UEFI firmware are installed (else *missing says what to install). Blocking: the worker.
QStringList hostArchitectures(virConnectPtr conn, QString *missing);

/// The host's network bridges a NIC can join (libvirt's interfaces of type bridge),
/// sorted; the operation's value is a QStringList (empty when the host has none).
Operation *readHostBridges(Connection *connection);

/// Creates the VM all or nothing: the new volume (in its pool, creating the pool when needed),
/// the domain, and with request.start the running guest. If any step fails, whatever was created
/// is removed again (a new volume, a copied disk image) and the operation fails with the reason;
/// its failure's kind is KvmUnavailable when the machine asked for KVM and this host has none.
/// On success its value is the new VM's UUID.
Operation *create(Connection *connection, const CreateRequest &request);

/// The folder of a storage pool (the pool is created when missing: "default" in libvirt's
/// images folder); empty with the reason when it has none. Blocking: the connection's worker.
QString poolDirectory(virConnectPtr conn, const QString &pool, QString *error);
/// The libvirt network a NIC uses, defined and started when it is the missing "default" one;
/// false with the reason when it cannot be used. Blocking: the connection's worker.
bool ensureNetwork(virConnectPtr conn, const QString &name, QString *error);

} // namespace Creation
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::HostCapacity)
