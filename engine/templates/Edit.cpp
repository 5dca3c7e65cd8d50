// Templates::beginEdit and endEdit: a template changed through a temporary writable instance
// whose overlays are committed back into the template's disks, or thrown away.
#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "domains/DomainFetch.h"
#include "storage/Volumes.h"
#include "templates/Cloner.h"
#include "templates/Templates.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Templates {

namespace {

struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(EditText)
};

/// The template's edit instance, if it has one.
std::optional<InstanceInfo> editOf(virConnectPtr conn, const QString &templateUuid)
{
    for (const InstanceInfo &i : Lineage::instancesOf(conn, templateUuid))
        if (i.kind == QLatin1String("edit"))
            return i;
    return std::nullopt;
}

/// The overlay files of a domain's disks (those with a backing file) and their volumes' pools.
QStringList overlaysOf(virConnectPtr conn, virDomainPtr dom)
{
    char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    DomainDocument doc;
    doc.read(QString::fromUtf8(raw ? raw : ""));
    free(raw);
    QStringList overlays;
    for (const DomainDocument::Disk &d : doc.disks()) {
        if (d.device != QLatin1String("disk") || d.source.isEmpty())
            continue;
        if (virStorageVolPtr vol = virStorageVolLookupByPath(conn, d.source.toUtf8().constData())) {
            if (!readVolume(vol, {}).backingPath.isEmpty())
                overlays << d.source;
            virStorageVolFree(vol);
        }
    }
    virResetLastError();
    return overlays;
}

} // namespace

namespace {

QString editOpen(const InstanceInfo &edit)
{
    return EditText::tr("The template is being edited in %1: save or discard that edit first.")
        .arg(edit.vm.name);
}

} // namespace

QString linkedRefusal(virConnectPtr conn, const QString &templateUuid, const QString &templateXml)
{
    if (const auto edit = editOf(conn, templateUuid))
        return editOpen(*edit);
    return Lineage::baseChanges(conn, templateXml);
}

Operation *beginEdit(Connection *connection, const QString &templateUuid, bool start)
{
    const bool local = connection->isLocal();
    Operation *op = connection->runJob(
        EditText::tr("Edit template"),
        [=](virConnectPtr conn, Operation *op) {
            QList<InstanceInfo> linked;
            for (const InstanceInfo &i : Lineage::instancesOf(conn, templateUuid)) {
                if (i.kind == QLatin1String("edit"))
                    return OpResult::failure(editOpen(i), Failure::Kind::InvalidInput);
                if (i.kind == QLatin1String("linked"))
                    linked << i;
            }
            const std::optional<DomainDefinition> found = readDefinition(conn, templateUuid);
            if (!found)
                return OpResult::failure(EditText::tr("The template is gone."));
            const DomainInfo &info = found->info;
            const QString name = info.name;
            if (!info.isTemplate)
                return OpResult::failure(
                    EditText::tr("%1 is not a template: change it as any VM.").arg(name),
                    Failure::Kind::InvalidInput);
            if (!linked.isEmpty())
                return OpResult::failure(
                    EditText::tr("%1 is the base of linked instances: %2. A change to its disks "
                                 "would corrupt them: delete or flatten them first, or make a "
                                 "new template from one of them.")
                        .arg(name, Lineage::describe(linked)),
                    Failure::Kind::InvalidInput);
            if (const QString changed = Lineage::baseChanges(conn, found->xml); !changed.isEmpty())
                return OpResult::failure(changed, Failure::Kind::InvalidInput);
            if (!local)
                return OpResult::failure(
                    EditText::tr("Saving an edit back runs qemu-img on the host's files: it "
                                 "works on a local connection only."),
                    Failure::Kind::InvalidInput);
            const QStringList taken = domainNames(conn);
            const QString editName
                = instanceNames(name + QStringLiteral("-edit"), 1, taken).value(0);
            CloneOptions how;
            how.editOf = true;
            return cloneDomain(
                conn, CloneRequest{templateUuid, editName, CloneRequest::Kind::Linked, {}, start},
                local, op, how);
        },
        {templateUuid}, true);
    op->setCancelHook([] {});
    return op;
}

Operation *endEdit(Connection *connection, const QString &templateUuid, bool save)
{
    return connection->runJob(
        save ? EditText::tr("Save template edit") : EditText::tr("Discard template edit"),
        [=](virConnectPtr conn, Operation *op) {
            const auto edit = editOf(conn, templateUuid);
            if (!edit)
                return OpResult::failure(EditText::tr("The template is not being edited."),
                                         Failure::Kind::InvalidInput);
            virDomainPtr dom
                = virDomainLookupByUUIDString(conn, edit->vm.uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(EditText::tr("The edit is gone.")));
            const auto done = [dom](const OpResult &r) {
                virDomainFree(dom);
                virResetLastError();
                return r;
            };
            if (virDomainIsActive(dom) == 1)
                return done(OpResult::failure(
                    EditText::tr("Shut %1 down first: its disks must be still to be %2.")
                        .arg(edit->vm.name,
                             save ? EditText::tr("saved") : EditText::tr("thrown away")),
                    Failure::Kind::InvalidInput));
            const QStringList overlays = overlaysOf(conn, dom);
            if (save) {
                // qemu-img commit writes each overlay's changes into the image under it: the
                // template's disk. Nothing stands on it but this edit (beginEdit made sure).
                for (int i = 0; i < overlays.size(); ++i)
                    if (const QString failed = runQemuImg(
                            {QStringLiteral("commit"), QStringLiteral("-d"), overlays[i]}, op, i,
                            int(overlays.size()), EditText::tr("Saving into the template: %1%"));
                        !failed.isEmpty())
                        return done(OpResult::failure(failed));
            }
            if (save) {
                // The template's disks changed on purpose: what they are now is the base.
                if (virDomainPtr tmpl
                    = virDomainLookupByUUIDString(conn, templateUuid.toLatin1().constData())) {
                    Lineage::refreshFingerprint(conn, tmpl);
                    virDomainFree(tmpl);
                }
            }
            for (const QString &path : overlays)
                if (virStorageVolPtr vol
                    = virStorageVolLookupByPath(conn, path.toUtf8().constData())) {
                    virStorageVolDelete(vol, 0);
                    virStorageVolFree(vol);
                }
            if (virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_NVRAM
                                                | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                                                | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA)
                < 0)
                return done(OpResult::failure(
                    takeLibvirtError(EditText::tr("%1's disks are done with, but it stays defined.")
                                         .arg(edit->vm.name))));
            return done(OpResult::success(edit->vm.name));
        },
        {templateUuid}, true);
}

} // namespace Vireo::Templates
