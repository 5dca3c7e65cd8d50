#pragma once

#include "host/ResourceUsage.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

/// An instance of a template: a VM made from it, linked (qcow2 overlays on the template's disks)
/// or full (its own copies).
struct InstanceInfo
{
    ResourceUser vm;
    QString kind;                  // linked or full
    QString snapshot;              // the template's snapshot it was made from, if any
    bool fromBackingChain = false; // found by its disks' backing files, not its metadata
    bool operator==(const InstanceInfo &) const = default;
};

/// One image of a disk's backing chain: the disk's own file first, then what it stands on.
struct ChainLink
{
    QString path;
    QString format;
    quint64 allocation = 0; // what it takes on the host; 0 when no pool knows it
    bool known = false;     // found in a storage pool (allocation and backing read from it)
};

/// A disk and the chain of images under it.
struct DiskChain
{
    QString target;
    QList<ChainLink> chain;
};

/// A template, its disks and its instances with theirs (Templates::lineage).
struct LineageTree
{
    ResourceUser templateVm;
    QString origin;      // "web, snapshot 'clean'" for a template made from a snapshot
    QString baseChanges; // Lineage::baseChanges(): its disks written behind Vireo's back
    QList<DiskChain> disks;
    struct Instance
    {
        InstanceInfo info;
        QList<DiskChain> disks;
    };
    QList<Instance> instances;
};

/// Vireo's lineage metadata (xml/DomainXml.h, lineageMetadataNamespace()): which VMs are
/// templates and which template each instance comes from. Blocking helpers for the worker.
namespace Lineage {

/// The <lineage> element of a template, naming the disks Vireo made read-only, when it was made
/// from another VM's snapshot that ("web, snapshot 'clean'"), and its disks' fingerprint.
QString templateElement(const QStringList &readOnlyTargets, const QString &origin = {},
                        const QString &fingerprint = {});
/// What a template's disks are now, as their volumes say: "vda=ALLOCATION@MTIME;..." (what is
/// compared to notice a base written behind Vireo's back; QEMU opens bases read-only).
QString fingerprint(virConnectPtr conn, const QString &domainXml);
/// Which of a template's disks changed since it was made one (or its edit saved), in words;
/// empty when none did, or when no fingerprint was recorded.
QString baseChanges(virConnectPtr conn, const QString &templateXml);
/// Records the template's disks as they are now (after Vireo itself changed them).
bool refreshFingerprint(virConnectPtr conn, virDomainPtr dom);
/// The <lineage> element of an instance; a disposable run names its owner (disposableOwner()).
QString instanceElement(const QString &templateUuid, const QString &templateName,
                        const QString &kind, const QString &snapshot = {},
                        const QString &disposableOwner = {});
/// The targets a template's metadata says Vireo made read-only (from its domain XML).
QStringList readOnlyTargets(const QString &domainXml);

/// Sets (or, with an empty element, removes) a domain's lineage: in its definition and, while it
/// runs, in the running domain's (what a transient one has only).
bool set(virDomainPtr dom, const QString &element);

/// The instances of the template with this UUID: by their metadata and, where that is missing
/// (removed with virsh), by their disks' backing files; with `repair`, the metadata of those
/// found by their backing files is written back.
QList<InstanceInfo> instancesOf(virConnectPtr conn, const QString &templateUuid,
                                bool repair = false);

/// The template with its disks' chains and its instances with theirs (blocking).
LineageTree tree(virConnectPtr conn, const QString &templateUuid);

/// "web-1 (running), web-2 (shut off)".
QString describe(const QList<InstanceInfo> &instances);

} // namespace Lineage
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::InstanceInfo)
Q_DECLARE_METATYPE(Vireo::LineageTree)
