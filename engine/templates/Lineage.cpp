#include "templates/Lineage.h"

#include "domains/DomainFetch.h"
#include "storage/Volumes.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
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
    t.baseChanges = baseChanges(conn, xml);
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

QString templateElement(const QStringList &readOnlyTargets, const QString &origin,
                        const QString &fingerprint)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("lineage"));
    w.writeEmptyElement(QStringLiteral("template"));
    w.writeAttribute(QStringLiteral("readonly"), readOnlyTargets.join(QLatin1Char(',')));
    if (!origin.isEmpty())
        w.writeAttribute(QStringLiteral("origin"), origin);
    if (!fingerprint.isEmpty())
        w.writeAttribute(QStringLiteral("fingerprint"), fingerprint);
    w.writeEndElement();
    return out;
}

QString fingerprint(virConnectPtr conn, const QString &domainXml)
{
    DomainDocument doc;
    QStringList parts;
    if (!doc.read(domainXml))
        return {};
    for (const DomainDocument::Disk &d : doc.disks()) {
        if (d.device != QLatin1String("disk") || d.source.isEmpty())
            continue;
        virStorageVolPtr vol = virStorageVolLookupByPath(conn, d.source.toUtf8().constData());
        if (!vol)
            continue;
        char *raw = virStorageVolGetXMLDesc(vol, 0);
        virStorageVolFree(vol);
        QXmlStreamReader r(QString::fromUtf8(raw ? raw : ""));
        free(raw);
        QString allocation;
        QString mtime;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("allocation"))
                allocation = r.readElementText();
            else if (r.isStartElement() && r.name() == QLatin1String("mtime"))
                mtime = r.readElementText();
        }
        parts << QStringLiteral("%1=%2@%3").arg(d.target, allocation, mtime);
    }
    virResetLastError();
    return parts.join(QLatin1Char(';'));
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

namespace {

/// An attribute of a template's <lineage><template> element.
QString templateAttribute(const QString &xml, QLatin1String name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("template")
            && r.namespaceUri() == lineageMetadataNamespace())
            return r.attributes().value(name).toString();
    }
    return {};
}

} // namespace

QStringList readOnlyTargets(const QString &xml)
{
    return templateAttribute(xml, QLatin1String("readonly"))
        .split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString baseChanges(virConnectPtr conn, const QString &templateXml)
{
    const QString recorded = templateAttribute(templateXml, QLatin1String("fingerprint"));
    if (recorded.isEmpty())
        return {};
    const QStringList now = fingerprint(conn, templateXml).split(QLatin1Char(';'));
    QStringList changed;
    for (const QString &disk : recorded.split(QLatin1Char(';')))
        if (!now.contains(disk))
            changed << disk.section(QLatin1Char('='), 0, 0);
    if (changed.isEmpty())
        return {};
    return QCoreApplication::translate(
               "Lineage", "The template's disk %1 was written to since it became a template (its "
                          "size or time of change differ): instances made from it may read wrong "
                          "data. Vireo makes none from it until it is made a template again "
                          "(Convert to VM, then Make Template).")
        .arg(changed.join(QLatin1String(", ")));
}

bool refreshFingerprint(virConnectPtr conn, virDomainPtr dom)
{
    const QString xml = domainXml(dom, VIR_DOMAIN_XML_INACTIVE);
    return set(dom, templateElement(readOnlyTargets(xml),
                                    templateAttribute(xml, QLatin1String("origin")),
                                    fingerprint(conn, xml)));
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

    for (const DomainDefinition &d : readAllDefinitions(conn)) {
        const DomainInfo &info = d.info;
        InstanceInfo instance;
        instance.vm = ResourceUser{info.name, info.uuid, d.running};
        if (info.uuid == templateUuid)
            continue;
        if (info.templateUuid == templateUuid) {
            instance.kind = info.instanceKind;
            instance.snapshot = info.fromSnapshot;
            found << instance;
        } else if (info.templateUuid.isEmpty() && !info.isTemplate) {
            // No lineage recorded: an overlay on one of the template's disks says it.
            for (const QString &path : diskSources(d.xml)) {
                virStorageVolPtr vol = virStorageVolLookupByPath(conn, path.toUtf8().constData());
                if (!vol)
                    continue;
                const QString backing = readVolume(vol, {}).backingPath;
                virStorageVolFree(vol);
                if (!backing.isEmpty() && basePaths.contains(backing)) {
                    instance.kind = QStringLiteral("linked");
                    instance.fromBackingChain = true;
                    found << instance;
                    if (repair) {
                        virDomainPtr dom
                            = virDomainLookupByUUIDString(conn, info.uuid.toLatin1().constData());
                        if (dom) {
                            set(dom, instanceElement(templateUuid, templateName, instance.kind));
                            virDomainFree(dom);
                        }
                    }
                    break;
                }
            }
        }
    }
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
