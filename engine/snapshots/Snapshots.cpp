#include "snapshots/Snapshots.h"

#include "snapshots/DiskImages.h"
#include "snapshots/JobSupport.h"
#include "snapshots/SnapshotThumbnails.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "domains/Screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <functional>

namespace Vireo::Snapshots {

namespace {

QStringList descendants(virDomainSnapshotPtr snap)
{
    QStringList names;
    virDomainSnapshotPtr *children = nullptr;
    const int n
        = virDomainSnapshotListAllChildren(snap, &children, VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS);
    for (int i = 0; i < n; ++i) {
        names << QString::fromUtf8(virDomainSnapshotGetName(children[i]));
        virDomainSnapshotFree(children[i]);
    }
    free(children);
    return names;
}

} // namespace

Operation *list(Connection *connection, const QString &uuid)
{
    const bool local = isLocalUri(connection->uri());
    const QString what
        = SnapshotText::tr("Could not list the snapshots of %1.").arg(nameOf(connection, uuid));
    return connection->runJob(
        SnapshotText::tr("List snapshots"), [uuid, what, local](virConnectPtr conn, Operation *) {
            return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
                unsigned long version = 0;
                virConnectGetLibVersion(conn, &version);
                virDomainSnapshotPtr *snaps = nullptr;
                const int n = virDomainListAllSnapshots(dom, &snaps, 0);
                if (n < 0)
                    return OpResult::failure(takeLibvirtError(what));
                QList<SnapshotInfo> result;
                for (int i = 0; i < n; ++i) {
                    char *xml = virDomainSnapshotGetXMLDesc(snaps[i], 0);
                    if (xml) {
                        SnapshotInfo info = parseSnapshotXml(QString::fromUtf8(xml), version);
                        info.current = virDomainSnapshotIsCurrent(snaps[i], 0) == 1;
                        result << info;
                        free(xml);
                    }
                    virDomainSnapshotFree(snaps[i]);
                }
                free(snaps);
                virResetLastError();
                // Sizes: the memory state each internal snapshot keeps in the qcow2 files.
                if (local) {
                    QHash<QString, qint64> sizes;
                    for (const Disk &disk : writableDisks(domainXml(dom)))
                        if (disk.format == QLatin1String("qcow2") && !disk.file.isEmpty())
                            for (auto [name, size] : snapshotSizes(disk.file).asKeyValueRange())
                                sizes[name] += size;
                    for (SnapshotInfo &info : result)
                        if (!info.external && sizes.contains(info.name))
                            info.sizeBytes = sizes.value(info.name);
                }
                linkChildren(result);
                return OpResult::success(QVariant::fromValue(treeOrder(result)));
            });
        });
}

Operation *create(Connection *connection, const QString &uuid, const QString &name,
                  const QString &description, Kind kind)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not take snapshot \"%1\" of %2.").arg(name, vm);
    const QString bad = validateName(name);
    return connection->runJob(
        SnapshotText::tr("Take snapshot %1 of %2").arg(name, vm),
        [=](virConnectPtr conn, Operation *) {
            if (!bad.isEmpty())
                return OpResult::failure(what + QLatin1Char(' ') + bad);
            return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
                if (virDomainSnapshotPtr existing
                    = virDomainSnapshotLookupByName(dom, name.toUtf8().constData(), 0)) {
                    virDomainSnapshotFree(existing);
                    return OpResult::failure(
                        what + QLatin1Char(' ')
                        + SnapshotText::tr("%1 already has a snapshot of that name.").arg(vm));
                }
                virResetLastError();
                // QEMU 7.2 cannot: an internal snapshot of a LUKS qcow2 stops the VM, and
                // qemu-img cannot open one without its key.
                if (domainXml(dom).contains(QLatin1String("<encryption")))
                    return OpResult::failure(Failure::of(
                        Failure::Kind::InvalidInput, what,
                        SnapshotText::tr("%1 has an encrypted disk, and QEMU cannot take "
                                         "snapshots of encrypted disks (a memory snapshot would "
                                         "stop the VM). Back up from inside the guest, or keep "
                                         "what you want to snapshot on an unencrypted disk.")
                            .arg(vm)));
                const bool running = virDomainIsActive(dom) == 1;
                const bool external = running && kind == Kind::DiskOnly;
                // libvirt 9.0 refuses ("non-migratable device"): virtiofsd's state stays out.
                if (running && kind == Kind::WithMemory
                    && domainXml(dom).contains(QLatin1String("type='virtiofs'")))
                    return OpResult::failure(Failure::of(
                        Failure::Kind::InvalidInput, what,
                        SnapshotText::tr("%1 shares a folder with virtiofs, whose state QEMU "
                                         "cannot keep: take a disk-only snapshot, or shut the "
                                         "machine down first.")
                            .arg(vm)));
                if (kind == Kind::WithMemory && !running)
                    return OpResult::failure(Failure::of(
                        Failure::Kind::InvalidInput, what,
                        SnapshotText::tr("A snapshot with memory needs the machine running; "
                                         "it is shut off.")));
                // Internal snapshots live inside qcow2 files: say so for anything else.
                if (!external) {
                    for (const Disk &disk : writableDisks(domainXml(dom))) {
                        if (disk.format != QLatin1String("qcow2"))
                            return OpResult::failure(Failure::of(
                                Failure::Kind::NeedsQcow2, what,
                                SnapshotText::tr(
                                    "Its disk %1 (%2) is in %3 format; snapshots need qcow2. "
                                    "Shut the machine off and convert the disk to qcow2 "
                                    "(Vireo can do it, keeping the %3 file), then try again.")
                                    .arg(disk.target,
                                         disk.file.isEmpty() ? SnapshotText::tr("not a file")
                                                             : disk.file,
                                         disk.format.isEmpty() ? QStringLiteral("raw")
                                                               : disk.format)));
                    }
                }
                QString xml
                    = QStringLiteral("<domainsnapshot><name>%1</name>").arg(name.toHtmlEscaped());
                if (!description.isEmpty())
                    xml += QStringLiteral("<description>%1</description>")
                               .arg(description.toHtmlEscaped());
                unsigned int flags = 0;
                if (external)
                    flags
                        |= VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC;
                else if (running)
                    xml += QStringLiteral("<memory snapshot='internal'/>");
                xml += QStringLiteral("</domainsnapshot>");
                if (running)
                    saveThumbnail(conn, dom, uuid, name);
                virDomainSnapshotPtr snap
                    = virDomainSnapshotCreateXML(dom, xml.toUtf8().constData(), flags);
                if (!snap) {
                    removeThumbnail(uuid, name);
                    return OpResult::failure(failure(what));
                }
                virDomainSnapshotFree(snap);
                return OpResult::success(name);
            });
        },
        {uuid}, /*longRunning=*/true);
}

Operation *revert(Connection *connection, const QString &uuid, const QString &name, RevertTo to)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not revert %1 to snapshot \"%2\".").arg(vm, name);
    return connection->runJob(
        SnapshotText::tr("Revert %1 to %2").arg(vm, name),
        [=](virConnectPtr conn, Operation *) {
            return withSnapshot(conn, uuid, name, what,
                                [&](virDomainPtr, virDomainSnapshotPtr snap) {
                                    unsigned int flags = 0;
                                    if (to == RevertTo::Running)
                                        flags |= VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING;
                                    else if (to == RevertTo::Paused)
                                        flags |= VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED;
                                    return virDomainRevertToSnapshot(snap, flags) < 0
                                               ? OpResult::failure(failure(what))
                                               : OpResult::success();
                                });
        },
        {uuid}, /*longRunning=*/true);
}

Operation *remove(Connection *connection, const QString &uuid, const QString &name,
                  bool withChildren)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not delete snapshot \"%1\" of %2.").arg(name, vm);
    return connection->runJob(
        SnapshotText::tr("Delete snapshot %1 of %2").arg(name, vm),
        [=](virConnectPtr conn, Operation *) {
            return withSnapshot(
                conn, uuid, name, what, [&](virDomainPtr, virDomainSnapshotPtr snap) {
                    QStringList gone{name};
                    if (withChildren)
                        gone += descendants(snap);
                    // Without the flag libvirt moves the children up to the snapshot's parent.
                    const int rc = virDomainSnapshotDelete(
                        snap, withChildren ? VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN : 0);
                    if (rc < 0)
                        return OpResult::failure(failure(what));
                    for (const QString &n : gone)
                        removeThumbnail(uuid, n);
                    return OpResult::success();
                });
        },
        {uuid}, /*longRunning=*/true);
}

Operation *setDescription(Connection *connection, const QString &uuid, const QString &name,
                          const QString &description)
{
    const QString vm = nameOf(connection, uuid);
    const QString what
        = SnapshotText::tr("Could not change the description of snapshot \"%1\".").arg(name);
    return connection->runJob(
        SnapshotText::tr("Describe snapshot %1 of %2").arg(name, vm),
        [=](virConnectPtr conn, Operation *) {
            return withSnapshot(
                conn, uuid, name, what, [&](virDomainPtr dom, virDomainSnapshotPtr snap) {
                    char *xml = virDomainSnapshotGetXMLDesc(snap, VIR_DOMAIN_SNAPSHOT_XML_SECURE);
                    const bool current = virDomainSnapshotIsCurrent(snap, 0) == 1;
                    if (!xml)
                        return OpResult::failure(takeLibvirtError(what));
                    const QString changed = withDescription(QString::fromUtf8(xml), description);
                    free(xml);
                    // Redefining changes only libvirt's record of the snapshot, never the disks.
                    unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE;
                    if (current)
                        flags |= VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT;
                    virDomainSnapshotPtr again
                        = virDomainSnapshotCreateXML(dom, changed.toUtf8().constData(), flags);
                    if (!again)
                        return OpResult::failure(takeLibvirtError(what));
                    virDomainSnapshotFree(again);
                    return OpResult::success();
                });
        },
        {uuid});
}

} // namespace Vireo::Snapshots
