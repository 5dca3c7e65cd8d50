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

/// Vireo's lineage metadata (xml/DomainXml.h, lineageMetadataNamespace()): which VMs are
/// templates and which template each instance comes from. Blocking helpers for the worker.
namespace Lineage {

/// The <lineage> element of a template, naming the disks Vireo made read-only.
QString templateElement(const QStringList &readOnlyTargets);
/// The <lineage> element of an instance; a disposable run names its owner (disposableOwner()).
QString instanceElement(const QString &templateUuid, const QString &templateName,
                        const QString &kind, const QString &snapshot = {},
                        const QString &disposableOwner = {});
/// The targets a template's metadata says Vireo made read-only (from its domain XML).
QStringList readOnlyTargets(const QString &domainXml);

/// Sets (or, with an empty element, removes) a domain's lineage in its definition (`live`: in
/// the running domain's, for a transient one).
bool set(virDomainPtr dom, const QString &element, bool live = false);

/// The instances of the template with this UUID: by their metadata and, where that is missing
/// (removed with virsh), by their disks' backing files; with `repair`, the metadata of those
/// found by their backing files is written back.
QList<InstanceInfo> instancesOf(virConnectPtr conn, const QString &templateUuid,
                                bool repair = false);

/// "web-1 (running), web-2 (shut off)".
QString describe(const QList<InstanceInfo> &instances);

} // namespace Lineage
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::InstanceInfo)
