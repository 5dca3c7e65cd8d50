#include "templates/Lineage.h"

#include "storage/Volumes.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Lineage {

namespace {

QString domainXml(virDomainPtr dom, unsigned flags)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    const QString text = QString::fromUtf8(xml ? xml : "");
    free(xml);
    return text;
}

/// The file sources of a domain's disks (device='disk').
QStringList diskSources(const QString &xml)
{
    DomainDocument doc;
    QStringList paths;
    if (!doc.read(xml))
        return paths;
    for (const DomainDocument::Disk &d : doc.disks())
        if (d.device == QLatin1String("disk") && !d.source.isEmpty())
            paths << d.source;
    return paths;
}

/// Each device='disk' of a domain with the chain of images under it, read from the pools.
QList<DiskChain> diskChains(virConnectPtr conn, const QString &xml)
{
    QList<DiskChain> chains;
    DomainDocument doc;
    if (!doc.read(xml))
        return chains;
    for (const DomainDocument::Disk &d : doc.disks()) {
        if (d.device != QLatin1String("disk") || d.source.isEmpty())
            continue;
        DiskChain chain{d.target, {}};
        QString path = d.source;
        for (int depth = 0; !path.isEmpty() && depth < 16; ++depth) {
            ChainLink link{path, {}, 0, false};
            path.clear();
            if (virStorageVolPtr vol
                = virStorageVolLookupByPath(conn, link.path.toUtf8().constData())) {
                const VolumeInfo v = readVolume(vol, {});
                virStorageVolFree(vol);
                link.format = v.format;
                link.allocation = v.allocation;
                link.known = true;
                path = v.backingPath;
            }
            chain.chain << link;
        }
        chains << chain;
    }
    virResetLastError();
    return chains;
}

} // namespace

LineageTree tree(virConnectPtr conn, const QString &templateUuid)
{
    LineageTree t;
    virDomainPtr tmpl = virDomainLookupByUUIDString(conn, templateUuid.toLatin1().constData());
    if (!tmpl) {
        virResetLastError();
        return t;
    }
    const QString xml = domainXml(tmpl, VIR_DOMAIN_XML_INACTIVE);
    DomainInfo info;
    readDomainXml(xml, info);
    t.templateVm = ResourceUser{info.name, templateUuid, virDomainIsActive(tmpl) == 1};
    t.origin = info.templateOrigin;
    t.disks = diskChains(conn, xml);
    virDomainFree(tmpl);
    QList<InstanceInfo> instances = instancesOf(conn, templateUuid);
    std::sort(instances.begin(), instances.end(),
              [](const InstanceInfo &a, const InstanceInfo &b) { return a.vm.name < b.vm.name; });
    for (const InstanceInfo &i : std::as_const(instances)) {
        virDomainPtr dom = virDomainLookupByUUIDString(conn, i.vm.uuid.toLatin1().constData());
        if (!dom)
            continue;
        t.instances << LineageTree::Instance{i, diskChains(conn, domainXml(dom, 0))};
        virDomainFree(dom);
    }
    virResetLastError();
    return t;
}

QString templateElement(const QStringList &readOnlyTargets, const QString &origin)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("lineage"));
    w.writeEmptyElement(QStringLiteral("template"));
    w.writeAttribute(QStringLiteral("readonly"), readOnlyTargets.join(QLatin1Char(',')));
    if (!origin.isEmpty())
        w.writeAttribute(QStringLiteral("origin"), origin);
    w.writeEndElement();
    return out;
}

QString instanceElement(const QString &templateUuid, const QString &templateName,
                        const QString &kind, const QString &snapshot,
                        const QString &disposableOwner)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("lineage"));
    w.writeEmptyElement(QStringLiteral("instance"));
    w.writeAttribute(QStringLiteral("of"), templateUuid);
    w.writeAttribute(QStringLiteral("name"), templateName);
    w.writeAttribute(QStringLiteral("kind"), kind);
    if (!snapshot.isEmpty())
        w.writeAttribute(QStringLiteral("snapshot"), snapshot);
    if (!disposableOwner.isEmpty()) {
        w.writeAttribute(QStringLiteral("disposable"), QStringLiteral("yes"));
        w.writeAttribute(QStringLiteral("owner"), disposableOwner);
    }
    w.writeEndElement();
    return out;
}

QStringList readOnlyTargets(const QString &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("template")
            && r.namespaceUri() == lineageMetadataNamespace())
            return r.attributes()
                .value(QLatin1String("readonly"))
                .toString()
                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return {};
}

bool set(virDomainPtr dom, const QString &element)
{
    // The definition, and the running domain's own copy (what a transient one has only).
    unsigned flags = 0;
    if (virDomainIsPersistent(dom) == 1)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    if (virDomainIsActive(dom) == 1)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    const QByteArray ns = lineageMetadataNamespace().toUtf8();
    const QByteArray xml = element.toUtf8();
    const int rc = virDomainSetMetadata(
        dom, VIR_DOMAIN_METADATA_ELEMENT, element.isEmpty() ? nullptr : xml.constData(),
        element.isEmpty() ? nullptr : "vireo", ns.constData(), flags);
    return rc == 0;
}

QList<InstanceInfo> instancesOf(virConnectPtr conn, const QString &templateUuid, bool repair)
{
    QList<InstanceInfo> found;
    virDomainPtr tmpl = virDomainLookupByUUIDString(conn, templateUuid.toLatin1().constData());
    if (!tmpl) {
        virResetLastError();
        return found;
    }
    const QString templateName = QString::fromUtf8(virDomainGetName(tmpl));
    const QStringList basePaths = diskSources(domainXml(tmpl, VIR_DOMAIN_XML_INACTIVE));
    virDomainFree(tmpl);

    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    for (int i = 0; i < n; ++i) {
        const QString xml = domainXml(doms[i], VIR_DOMAIN_XML_INACTIVE);
        DomainInfo info;
        readDomainXml(xml, info);
        InstanceInfo instance;
        instance.vm.name = info.name;
        instance.vm.uuid = info.uuid;
        instance.vm.running = virDomainIsActive(doms[i]) == 1;
        if (info.uuid != templateUuid) {
            if (info.templateUuid == templateUuid) {
                instance.kind = info.instanceKind;
                instance.snapshot = info.fromSnapshot;
                found << instance;
            } else if (info.templateUuid.isEmpty() && !info.isTemplate) {
                // No lineage recorded: an overlay on one of the template's disks says it.
                for (const QString &path : diskSources(xml)) {
                    virStorageVolPtr vol
                        = virStorageVolLookupByPath(conn, path.toUtf8().constData());
                    if (!vol)
                        continue;
                    const QString backing = readVolume(vol, {}).backingPath;
                    virStorageVolFree(vol);
                    if (!backing.isEmpty() && basePaths.contains(backing)) {
                        instance.kind = QStringLiteral("linked");
                        instance.fromBackingChain = true;
                        found << instance;
                        if (repair)
                            set(doms[i],
                                instanceElement(templateUuid, templateName, instance.kind));
                        break;
                    }
                }
            }
        }
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
    return found;
}

QString describe(const QList<InstanceInfo> &instances)
{
    QList<ResourceUser> users;
    for (const InstanceInfo &i : instances)
        users << i.vm;
    return describeUsers(users);
}

} // namespace Vireo::Lineage
