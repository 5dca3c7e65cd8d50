#include "templates/Templates.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "domains/DomainFetch.h"
#include "templates/Cloner.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateText)
};

/// Runs `fn` with the domain of this UUID and its inactive definition, or fails saying it is gone.
OpResult withDefinition(
    virConnectPtr conn, const QString &uuid,
    const std::function<OpResult(virDomainPtr, const QString &name, const QString &xml)> &fn)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom)
        return OpResult::failure(takeLibvirtError(TemplateText::tr("The VM is gone.")));
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    const QString text = QString::fromUtf8(xml ? xml : "");
    free(xml);
    OpResult result = fn(dom, QString::fromUtf8(virDomainGetName(dom)), text);
    virDomainFree(dom);
    virResetLastError();
    return result;
}

/// Sets or clears <readonly/> on the listed disks and defines the result.
bool setReadOnly(virConnectPtr conn, const QString &xml, const QStringList &targets, bool on)
{
    DomainDocument doc;
    if (!doc.read(xml))
        return false;
    for (const QString &t : targets)
        doc.setDiskReadOnly(t, on);
    virDomainPtr dom = virDomainDefineXML(conn, doc.write().toUtf8().constData());
    if (dom)
        virDomainFree(dom);
    return dom != nullptr;
}

} // namespace

OpResult makeTemplate(virConnectPtr conn, const QString &uuid, const QString &origin)
{
    return withDefinition(
        conn, uuid, [&](virDomainPtr dom, const QString &name, const QString &xml) {
            DomainInfo info;
            readDomainXml(xml, info);
            if (info.isTemplate)
                return OpResult::success();
            if (virDomainIsActive(dom) == 1)
                return OpResult::failure(
                    TemplateText::tr("Shut %1 down first: a template's disks must not change.")
                        .arg(name),
                    Failure::Kind::InvalidInput);
            // Read-only where QEMU takes it (not IDE or SATA); the rest is protected by a template
            // never being started.
            DomainDocument doc;
            doc.read(xml);
            QStringList targets;
            for (const DomainDocument::Disk &d : doc.disks())
                if (d.device == QLatin1String("disk") && !d.readOnly && !d.shareable
                    && d.bus != QLatin1String("ide") && d.bus != QLatin1String("sata"))
                    targets << d.target;
            if (!setReadOnly(conn, xml, targets, true))
                return OpResult::failure(takeLibvirtError(
                    TemplateText::tr("Could not make %1's disks read-only.").arg(name)));
            if (!Lineage::set(dom, Lineage::templateElement(targets, origin,
                                                            Lineage::fingerprint(conn, xml)))) {
                const Failure why = takeLibvirtError(
                    TemplateText::tr("Could not mark %1 as a template.").arg(name));
                setReadOnly(conn, xml, targets, false);
                return OpResult::failure(why);
            }
            return OpResult::success();
        });
}

QString CloneRequest::kindName(Kind kind)
{
    return kind == Kind::Linked ? QStringLiteral("linked") : QStringLiteral("full");
}

namespace Templates {

QStringList instanceNames(const QString &pattern, int count, const QStringList &taken)
{
    QString p = pattern.trimmed();
    if (!p.contains(QLatin1String("{n}")) && count > 1)
        p += QStringLiteral("-{n}");
    QStringList names;
    if (!p.contains(QLatin1String("{n}")))
        return taken.contains(p) ? names : QStringList{p};
    for (int n = 1; names.size() < count && n < 100000; ++n) {
        const QString name = QString(p).replace(QLatin1String("{n}"), QString::number(n));
        if (!taken.contains(name))
            names << name;
    }
    return names;
}

Operation *clone(Connection *connection, const CloneRequest &request)
{
    const bool local = connection->isLocal();
    Operation *op = connection->runJob(
        TemplateText::tr("Clone as %1").arg(request.name),
        [request, local](virConnectPtr conn, Operation *op) {
            if (const QString refused = encryptedDiskRefusal(conn, request.sourceUuid);
                !refused.isEmpty())
                return OpResult::failure(refused, Failure::Kind::InvalidInput);
            // A linked clone's source turns template first: its disks must not change from now.
            bool madeTemplate = false;
            if (request.kind == CloneRequest::Kind::Linked) {
                DomainInfo before;
                QString xml;
                withDefinition(conn, request.sourceUuid,
                               [&](virDomainPtr, const QString &, const QString &text) {
                                   readDomainXml(text, before);
                                   xml = text;
                                   return OpResult::success();
                               });
                if (!before.isTemplate) {
                    const OpResult made = makeTemplate(conn, request.sourceUuid);
                    if (!made.ok)
                        return made;
                    madeTemplate = true;
                } else if (const QString refused = linkedRefusal(conn, request.sourceUuid, xml);
                           !refused.isEmpty()) {
                    return OpResult::failure(refused, Failure::Kind::InvalidInput);
                }
            }
            OpResult result = cloneDomain(conn, request, local, op);
            if (!result.ok && madeTemplate)
                withDefinition(conn, request.sourceUuid,
                               [&](virDomainPtr dom, const QString &, const QString &xml) {
                                   setReadOnly(conn, xml, Lineage::readOnlyTargets(xml), false);
                                   Lineage::set(dom, {});
                                   return OpResult::success();
                               });
            return result;
        },
        {request.sourceUuid}, true);
    op->setCancelHook([] {}); // looked at between disks
    return op;
}

Operation *lineage(Connection *connection, const QString &templateUuid)
{
    return connection->runJob(
        TemplateText::tr("Read the lineage"), [templateUuid](virConnectPtr conn, Operation *) {
            return OpResult::success(QVariant::fromValue(Lineage::tree(conn, templateUuid)));
        });
}

Operation *fromSnapshot(Connection *connection, const QString &vmUuid, const QString &snapshot,
                        const QString &name)
{
    const bool local = connection->isLocal();
    Operation *op = connection->runJob(
        TemplateText::tr("Template from snapshot"),
        [=](virConnectPtr conn, Operation *op) {
            return cloneDomain(conn,
                               CloneRequest{vmUuid, name, CloneRequest::Kind::Full, {}, false},
                               local, op, CloneOptions{{}, snapshot});
        },
        {}, true);
    op->setCancelHook([] {});
    return op;
}

Operation *make(Connection *connection, const QString &uuid)
{
    return connection->runJob(
        TemplateText::tr("Make template"),
        [uuid](virConnectPtr conn, Operation *) { return makeTemplate(conn, uuid); }, {uuid});
}

Operation *unmake(Connection *connection, const QString &uuid)
{
    return connection->runJob(
        TemplateText::tr("Convert to VM"),
        [uuid](virConnectPtr conn, Operation *) {
            const QList<InstanceInfo> linkedOnes = [&] {
                QList<InstanceInfo> list;
                for (const InstanceInfo &i : Lineage::instancesOf(conn, uuid))
                    if (i.kind == QLatin1String("linked") || i.kind == QLatin1String("edit"))
                        list << i;
                return list;
            }();
            return withDefinition(
                conn, uuid, [&](virDomainPtr dom, const QString &name, const QString &xml) {
                    if (!linkedOnes.isEmpty())
                        return OpResult::failure(
                            TemplateText::tr("%1 is the base of linked instances: %2. Its disks "
                                             "must not change while they exist: delete or flatten "
                                             "them first.")
                                .arg(name, Lineage::describe(linkedOnes)),
                            Failure::Kind::InvalidInput);
                    if (!setReadOnly(conn, xml, Lineage::readOnlyTargets(xml), false)
                        || !Lineage::set(dom, {}))
                        return OpResult::failure(takeLibvirtError(
                            TemplateText::tr("Could not make %1 an ordinary VM again.").arg(name)));
                    return OpResult::success();
                });
        },
        {uuid});
}

Operation *instances(Connection *connection, const QString &uuid)
{
    return connection->runJob(
        TemplateText::tr("List instances"), [uuid](virConnectPtr conn, Operation *) {
            return OpResult::success(QVariant::fromValue(Lineage::instancesOf(conn, uuid, true)));
        });
}

Operation *newInstances(Connection *connection, const QString &templateUuid, int count,
                        const QString &pattern, CloneRequest::Kind kind, bool start)
{
    const bool local = connection->isLocal();
    Operation *op = connection->runJob(
        TemplateText::tr("New instances"),
        [=](virConnectPtr conn, Operation *op) {
            if (count < 1 || count > 100)
                return OpResult::failure(TemplateText::tr("Make 1 to 100 instances at a time."),
                                         Failure::Kind::InvalidInput);
            DomainInfo tmpl;
            QString tmplXml;
            const OpResult read = withDefinition(
                conn, templateUuid, [&](virDomainPtr, const QString &, const QString &xml) {
                    readDomainXml(xml, tmpl);
                    tmplXml = xml;
                    return OpResult::success();
                });
            if (!read.ok)
                return read;
            if (!tmpl.isTemplate)
                return OpResult::failure(
                    TemplateText::tr("%1 is not a template: make it one first.").arg(tmpl.name),
                    Failure::Kind::InvalidInput);
            // Asked once for all of them: an open edit, a base written behind Vireo's back.
            if (kind == CloneRequest::Kind::Linked)
                if (const QString refused = linkedRefusal(conn, templateUuid, tmplXml);
                    !refused.isEmpty())
                    return OpResult::failure(refused, Failure::Kind::InvalidInput);
            const QStringList taken = domainNames(conn);
            const QStringList names = instanceNames(pattern, count, taken);
            if (names.size() < count)
                return OpResult::failure(
                    TemplateText::tr("The name '%1' is taken.").arg(pattern.trimmed()),
                    Failure::Kind::InvalidInput);
            QStringList made;
            for (const QString &name : names) {
                const OpResult one = cloneDomain(
                    conn, CloneRequest{templateUuid, name, kind, {}, start}, local, op);
                if (!one.ok)
                    return made.isEmpty()
                               ? one
                               : OpResult::failure(
                                   TemplateText::tr("%1 (made before: %2)")
                                       .arg(one.why.text(), made.join(QLatin1String(", "))));
                made << name;
                op->reportProgress(int(made.size() * 100 / names.size()),
                                   TemplateText::tr("%1 of %2 made").arg(made.size()).arg(count));
            }
            return OpResult::success(made);
        },
        {}, true);
    op->setCancelHook([] {});
    return op;
}

} // namespace Templates
} // namespace Vireo
