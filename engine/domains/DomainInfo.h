#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

/// libvirt's domain states (virDomainState), mirrored so that code above the engine needs no
/// libvirt header.
enum class DomainState {
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    ShuttingDown = 4,
    ShutOff = 5,
    Crashed = 6,
    PmSuspended = 7,
};

struct DiskInfo
{
    QString device; // disk, cdrom, floppy, lun
    QString type;   // file, block, volume, network
    QString source; // path, pool/volume or network name
    QString target; // vda, sda, hdc...
    QString bus;

    bool operator==(const DiskInfo &o) const = default;
};

struct NicInfo
{
    QString type; // network, bridge, user, direct...
    QString source;
    QString mac;
    QString model;

    bool operator==(const NicInfo &o) const = default;
};

/// A host folder shared with the guest (<filesystem>).
struct SharedFolderInfo
{
    QString driver; // virtiofs, path...
    QString source; // the host folder
    QString tag;    // what the guest mounts
    bool readOnly = false;

    bool operator==(const SharedFolderInfo &o) const = default;
};

struct GraphicsInfo
{
    QString type; // spice, vnc
    QString listen;
    int port = -1;
    QString socket;

    bool operator==(const GraphicsInfo &o) const = default;
};

/// What the library knows of one domain: a cache filled from the domain XML and its state, on the
/// connection's worker. Painting a row reads only this, never libvirt.
struct DomainInfo
{
    QString name;
    QString uuid;
    QString title;
    QString description;
    QString virtType; // kvm, qemu
    QString arch;
    QString machine;
    QString osId;   // libosinfo id from the metadata, e.g. http://debian.org/debian/12
    QString osName; // human form of osId
    // Files Vireo made for the VM's first run only (a cloud-init seed, an express install's
    // kernel, initrd and script media) and has not removed yet (create/FirstRun.h).
    QStringList firstRunFiles;
    bool installRun = false; // that first run is an install: when the guest ends it, start again
    /// Isolation (Vireo's metadata, security/Isolation.h): the clipboard the console shares,
    /// "both" (the default), "to-guest" or "off".
    QString clipboard = QStringLiteral("both");
    // Images and instances (templates/): a template is a read-only base that is never started;
    // an instance records the template it was made from (its lineage).
    bool isTemplate = false;
    QString templateOrigin;  // a template made from a snapshot: "web, snapshot 'clean'"
    QString templateUuid;    // an instance's template, empty for other VMs
    QString templateName;    // its name when the instance was made
    QString instanceKind;    // "linked" (a qcow2 overlay on the template's disks) or "full"
    QString fromSnapshot;    // the template's snapshot it was made from, when it was
    bool disposable = false; // a disposable run: goes away with its overlay when it stops
    QString disposableOwner; // the Vireo process that runs it: "host:pid:start time"
    int vcpus = 0;
    quint64 memoryKiB = 0;
    QList<DiskInfo> disks;
    QList<NicInfo> nics;
    QList<GraphicsInfo> graphics;
    QList<SharedFolderInfo> folders;
    /// The SPICE folder-sharing channel (spiceport org.spice-space.webdav.0) is there.
    bool webdavChannel = false;
    /// A virtiofs folder is shared: QEMU cannot save or migrate the machine's state.
    bool hasVirtiofs() const;

    DomainState state = DomainState::NoState;
    int reason = 0;
    bool persistent = true;
    bool hasManagedSave = false;

    bool isActive() const;
    /// "Running", "Paused", "Shut off (crashed)", "Saved"...
    QString stateText() const;
    /// Why the domain is in its state, when libvirt says, e.g. "crashed"; empty otherwise.
    QString reasonText() const;
    QString memoryText() const;

    bool operator==(const DomainInfo &o) const = default;
};

QString humanMemory(quint64 kib);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::DomainInfo)
