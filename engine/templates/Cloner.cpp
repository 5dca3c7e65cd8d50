// Templates::clone: a full or linked copy of a shut-off VM, all or nothing.
#include "templates/Cloner.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "storage/Volumes.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct CloneText
{
    Q_DECLARE_TR_FUNCTIONS(CloneText)
};

/// What a failed clone must take away again.
struct Made
{
    QList<virStorageVolPtr> volumes;
    QStringList files;
    QStringList folders;

    void undo()
    {
        for (virStorageVolPtr v : std::as_const(volumes))
            virStorageVolDelete(v, 0);
        for (const QString &f : std::as_const(files))
            QFile::remove(f);
        for (const QString &d : std::as_const(folders))
            QDir(d).removeRecursively();
        release();
        virResetLastError();
    }
    void release()
    {
        for (virStorageVolPtr v : std::as_const(volumes))
            virStorageVolFree(v);
        volumes.clear();
    }
};

XmlElement *diskElement(const DomainDocument &doc, const QString &target)
{
    for (XmlElement *disk : doc.devicesElement()->children(QStringLiteral("disk"))) {
        const XmlElement *t = disk->child(QStringLiteral("target"));
        if (t && t->attribute(QStringLiteral("dev")) == target)
            return disk;
    }
    return nullptr;
}

/// A free volume name in `pool`, from `wanted` ("web-2-vda.qcow2", then "web-2-vda-2.qcow2"...).
QString freeVolumeName(virStoragePoolPtr pool, const QString &wanted)
{
    const QString stem = QFileInfo(wanted).completeBaseName();
    const QString suffix = QFileInfo(wanted).suffix();
    QString name = wanted;
    for (int i = 2; i < 1000; ++i) {
        virStorageVolPtr taken = virStorageVolLookupByName(pool, name.toUtf8().constData());
        if (!taken)
            break;
        virStorageVolFree(taken);
        name = QStringLiteral("%1-%2.%3").arg(stem).arg(i).arg(suffix);
    }
    virResetLastError();
    return name;
}

/// Copies the tree at `from` to `to` (firmware and TPM state of a local VM).
bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &e :
         source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + QLatin1Char('/') + e.fileName();
        if (e.isDir() ? !copyTree(e.filePath(), target) : !QFile::copy(e.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

QString disposableVolumePrefix(const QString &uuid)
{
    return QStringLiteral("vireo-disposable-%1-").arg(uuid);
}

QString encryptedDiskRefusal(virConnectPtr conn, const QString &uuid)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    char *raw = dom ? virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE) : nullptr;
    const bool encrypted = raw && QByteArray(raw).contains("<encryption");
    free(raw);
    if (dom)
        virDomainFree(dom);
    virResetLastError();
    return encrypted ? CloneText::tr("The VM has an encrypted disk: Vireo does not copy those yet "
                                     "(a copy, or a layer over it, would need a secret of its own, "
                                     "and QEMU would write it unencrypted). Copy the VM's data "
                                     "inside the guest instead.")
                     : QString();
}

OpResult cloneDomain(virConnectPtr conn, const CloneRequest &r, bool local, Operation *op,
                     const CloneOptions &options)
{
    if (const QString refused = encryptedDiskRefusal(conn, r.sourceUuid); !refused.isEmpty())
        return OpResult::failure(refused, Failure::Kind::InvalidInput);
    const bool disposable = !options.disposableOwner.isEmpty();
    const QString &snapshot = options.fromSnapshot;
    if (const QString bad = validateDomainName(r.name); !bad.isEmpty())
        return OpResult::failure(bad, Failure::Kind::InvalidInput);
    virDomainPtr source = virDomainLookupByUUIDString(conn, r.sourceUuid.toLatin1().constData());
    if (!source)
        return OpResult::failure(takeLibvirtError(CloneText::tr("The VM to copy is gone.")));
    const QString sourceName = QString::fromUtf8(virDomainGetName(source));
    const auto done = [source](const OpResult &result) {
        virDomainFree(source);
        virResetLastError();
        return result;
    };
    if (snapshot.isEmpty() && virDomainIsActive(source) == 1)
        return done(OpResult::failure(
            CloneText::tr("Shut %1 down first: a copy of a running machine's disks would be "
                          "torn, and a linked clone needs disks that no longer change.")
                .arg(sourceName),
            Failure::Kind::InvalidInput));
    if (virDomainPtr taken = virDomainLookupByName(conn, r.name.toUtf8().constData())) {
        virDomainFree(taken);
        return done(
            OpResult::failure(CloneText::tr("There is a VM called '%1' already.").arg(r.name),
                              Failure::Kind::InvalidInput));
    }
    virResetLastError();
    char *rawXml = virDomainGetXMLDesc(source, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    QString sourceXml = QString::fromUtf8(rawXml ? rawXml : "");
    free(rawXml);
    if (!snapshot.isEmpty()) {
        // The definition the VM had then, and its disks as they were: internal snapshots only.
        virDomainSnapshotPtr snap
            = virDomainSnapshotLookupByName(source, snapshot.toUtf8().constData(), 0);
        char *snapXml
            = snap ? virDomainSnapshotGetXMLDesc(snap, VIR_DOMAIN_SNAPSHOT_XML_SECURE) : nullptr;
        if (snap)
            virDomainSnapshotFree(snap);
        if (!snapXml)
            return done(OpResult::failure(
                CloneText::tr("%1 has no snapshot '%2'.").arg(sourceName, snapshot),
                Failure::Kind::InvalidInput));
        XmlTree tree;
        tree.read(QString::fromUtf8(snapXml));
        free(snapXml);
        const XmlElement *then = tree.root()->child(QStringLiteral("domain"));
        const XmlElement *disks = tree.root()->child(QStringLiteral("disks"));
        for (const XmlElement *d :
             disks ? disks->children(QStringLiteral("disk")) : QList<XmlElement *>())
            if (d->attribute(QStringLiteral("snapshot")) == QLatin1String("external"))
                return done(OpResult::failure(
                    CloneText::tr("The snapshot '%1' is external: Vireo makes templates from "
                                  "internal snapshots only.")
                        .arg(snapshot),
                    Failure::Kind::InvalidInput));
        if (!then)
            return done(OpResult::failure(
                CloneText::tr("The snapshot '%1' keeps no definition of the VM.").arg(snapshot)));
        if (!local)
            return done(OpResult::failure(
                CloneText::tr("A template from a snapshot is read out of the disk images with "
                              "qemu-img: it works on a local connection only."),
                Failure::Kind::InvalidInput));
        sourceXml = then->toString();
    }
    DomainInfo info;
    readDomainXml(sourceXml, info);
    DomainDocument doc;
    if (!doc.read(sourceXml))
        return done(
            OpResult::failure(CloneText::tr("Could not read %1's definition.").arg(sourceName)));
    const bool linked = (r.kind == CloneRequest::Kind::Linked || disposable) && snapshot.isEmpty();
    const QStringList madeReadOnly = Lineage::readOnlyTargets(sourceXml);
    const QString oldUuid = doc.uuid();
    const QString newUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // Identity: name, UUID, MAC addresses (libvirt makes new ones), no lineage of the source's.
    XmlElement *root = doc.rootElement();
    root->ensureChild(QStringLiteral("name"))->setText(r.name);
    root->ensureChild(QStringLiteral("uuid"))->setText(newUuid);
    for (XmlElement *nic : doc.devicesElement()->children(QStringLiteral("interface")))
        if (XmlElement *mac = nic->child(QStringLiteral("mac")))
            nic->removeChild(mac);
    if (XmlElement *meta = root->child(QStringLiteral("metadata")))
        for (XmlElement *e : meta->children())
            if (e->name().endsWith(QLatin1String(":lineage"))
                || e->name() == QLatin1String("lineage"))
                meta->removeChild(e);

    // The disks: what is copied or overlaid, and where.
    struct Plan
    {
        QString target;
        QString path;
        VolumeInfo volume;
    };
    QList<Plan> plans;
    QHash<QString, quint64> needed; // pool -> bytes a full copy needs there
    for (const DomainDocument::Disk &d : doc.disks()) {
        const bool writable = (!d.readOnly || madeReadOnly.contains(d.target)) && !d.shareable;
        if (d.device != QLatin1String("disk") || !writable || r.sharedDisks.contains(d.target)
            || d.source.isEmpty())
            continue;
        virStorageVolPtr vol = virStorageVolLookupByPath(conn, d.source.toUtf8().constData());
        if (!vol)
            return done(OpResult::failure(
                CloneText::tr("The disk %1 (%2) is in no storage pool of this host, so Vireo "
                              "cannot copy it: add its folder as a pool (Host window, Storage), or "
                              "share it with the copy.")
                    .arg(d.target, d.source),
                Failure::Kind::InvalidInput));
        virStoragePoolPtr pool = virStoragePoolLookupByVolume(vol);
        const VolumeInfo v = readVolume(vol, QString::fromUtf8(virStoragePoolGetName(pool)));
        virStoragePoolFree(pool);
        virStorageVolFree(vol);
        plans << Plan{d.target, d.source, v};
        needed[v.pool] += linked ? 0 : v.allocation;
    }
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        virStoragePoolPtr pool = virStoragePoolLookupByName(conn, it.key().toUtf8().constData());
        virStoragePoolInfo pi{};
        const bool known = pool && virStoragePoolGetInfo(pool, &pi) == 0;
        if (pool)
            virStoragePoolFree(pool);
        if (known && pi.available < it.value())
            return done(OpResult::failure(
                CloneText::tr("A full copy needs %1 in the pool '%2', which has %3 free.")
                    .arg(sizeText(it.value()), it.key(), sizeText(pi.available)),
                Failure::Kind::DiskFull));
    }

    Made made;
    int index = 0;
    for (const Plan &p : std::as_const(plans)) {
        if (op->isCancelRequested()) {
            made.undo();
            return done(OpResult::failure(CloneText::tr("Cancelled; nothing was kept."),
                                          Failure::Kind::Cancelled));
        }
        op->reportProgress(index * 100 / int(plans.size()),
                           CloneText::tr("%1 disk %2 of %3 (%4)")
                               .arg(linked ? CloneText::tr("Overlaying") : CloneText::tr("Copying"))
                               .arg(index + 1)
                               .arg(plans.size())
                               .arg(p.target));
        ++index;
        virStoragePoolPtr pool
            = virStoragePoolLookupByName(conn, p.volume.pool.toUtf8().constData());
        const QString format
            = linked || !snapshot.isEmpty()
                  ? QStringLiteral("qcow2")
                  : (p.volume.format.isEmpty() ? QStringLiteral("raw") : p.volume.format);
        const QString name
            = disposable ? disposableVolumePrefix(newUuid) + p.target + QStringLiteral(".qcow2")
                         : freeVolumeName(pool, QStringLiteral("%1-%2.%3")
                                                    .arg(r.name, p.target,
                                                         format == QLatin1String("qcow2")
                                                             ? QStringLiteral("qcow2")
                                                             : QStringLiteral("img")));
        VolumeSpec spec{name, format, p.volume.capacity, linked ? p.path : QString()};
        const QByteArray xml = spec.toXml(p.volume.format).toUtf8();
        virStorageVolPtr made1 = nullptr;
        if (!snapshot.isEmpty()) {
            // An empty qcow2 image, then the snapshot's data written into it.
            const QByteArray empty
                = VolumeSpec{name, QStringLiteral("qcow2"), p.volume.capacity, {}}.toXml().toUtf8();
            made1 = virStorageVolCreateXML(pool, empty.constData(), 0);
            if (made1) {
                made.volumes << made1;
                char *to = virStorageVolGetPath(made1);
                const QString failure = runQemuImg(
                    {QStringLiteral("convert"), QStringLiteral("-U"), QStringLiteral("-n"),
                     QStringLiteral("-l"), QStringLiteral("snapshot.name=") + snapshot,
                     QStringLiteral("-O"), QStringLiteral("qcow2"), p.path, QString::fromUtf8(to)},
                    op, index - 1, int(plans.size()),
                    CloneText::tr("Reading disk %1 out of the snapshot: %2%").arg(p.target));
                free(to);
                made.volumes.removeLast();
                if (!failure.isEmpty()) {
                    virStorageVolDelete(made1, 0);
                    virStorageVolFree(made1);
                    virStoragePoolFree(pool);
                    made.undo();
                    return done(OpResult::failure(failure));
                }
            }
        } else if (linked) {
            made1 = virStorageVolCreateXML(pool, xml.constData(), 0);
        } else {
            virStorageVolPtr from = virStorageVolLookupByPath(conn, p.path.toUtf8().constData());
            made1 = from ? virStorageVolCreateXMLFrom(pool, xml.constData(), from, 0) : nullptr;
            if (from)
                virStorageVolFree(from);
        }
        virStoragePoolFree(pool);
        if (!made1) {
            const Failure why = takeLibvirtError(
                CloneText::tr("Could not make the copy's disk %1; nothing was kept.")
                    .arg(p.target));
            made.undo();
            return done(OpResult::failure(why));
        }
        made.volumes << made1;
        char *path = virStorageVolGetPath(made1);
        XmlElement *disk = diskElement(doc, p.target);
        disk->ensureChild(QStringLiteral("source"))
            ->setAttribute(QStringLiteral("file"), QString::fromUtf8(path));
        free(path);
        if (XmlElement *driver = disk->child(QStringLiteral("driver")))
            driver->setAttribute(QStringLiteral("type"), format);
        if (XmlElement *ro = disk->child(QStringLiteral("readonly")))
            disk->removeChild(ro);
        if (XmlElement *backing = disk->child(QStringLiteral("backingStore")))
            disk->removeChild(backing);
    }

    // Firmware variables and TPM state: copied on this machine; elsewhere the copy starts
    // with fresh ones (libvirt makes them from the firmware's template).
    QString note;
    if (XmlElement *nvram = root->find(QStringLiteral("os/nvram"))) {
        const QString from = nvram->text().trimmed();
        // A disposable run's copy lies next to its first overlay, named like it, so that it
        // goes with it.
        const QString folder = disposable && !made.volumes.isEmpty()
                                   ? [&] {
                                         char *path = virStorageVolGetPath(made.volumes.first());
                                         const QString f
                                             = QFileInfo(QString::fromUtf8(path)).absolutePath();
                                         free(path);
                                         return f;
                                     }()
                                   : QFileInfo(from).absolutePath();
        if (local && QFileInfo::exists(from)) {
            const QString to
                = folder + QLatin1Char('/')
                  + (disposable ? disposableVolumePrefix(newUuid) + QStringLiteral("VARS.fd")
                                : r.name + QStringLiteral("_VARS.fd"));
            if (QFileInfo::exists(to) || !QFile::copy(from, to)) {
                made.undo();
                return done(OpResult::failure(
                    CloneText::tr("Could not copy the firmware variables to %1.").arg(to)));
            }
            made.files << to;
            nvram->setText(to);
            if (disposable && !made.volumes.isEmpty()) {
                // The pool learns of the copy now, so that a clean-up finds it without asking
                // every pool to look at its folder again.
                if (virStoragePoolPtr pool = virStoragePoolLookupByVolume(made.volumes.first())) {
                    virStoragePoolRefresh(pool, 0);
                    virStoragePoolFree(pool);
                }
            }
        } else {
            nvram->setText({});
            note = CloneText::tr("The copy starts with fresh firmware variables.");
        }
    }
    const QString tpmFrom = QStringLiteral("/var/lib/libvirt/swtpm/") + oldUuid;
    // A transient domain's TPM state is fresh, and libvirt removes it when the domain stops.
    if (local && !disposable && doc.deviceKinds().contains(QStringLiteral("tpm"))
        && QFileInfo(tpmFrom).isDir()) {
        const QString tpmTo = QStringLiteral("/var/lib/libvirt/swtpm/") + newUuid;
        if (!copyTree(tpmFrom, tpmTo)) {
            made.folders << tpmTo;
            made.undo();
            return done(OpResult::failure(CloneText::tr("Could not copy the TPM state.")));
        }
        made.folders << tpmTo;
    }

    const QByteArray newXml = doc.write().toUtf8();
    if (disposable) {
        // Its lineage is in the definition it starts with: nobody sees it without.
        XmlElement *lineage = root->ensureChild(QStringLiteral("metadata"))
                                  ->appendChild(QStringLiteral("vireo:lineage"));
        lineage->setAttribute(QStringLiteral("xmlns:vireo"), lineageMetadataNamespace());
        XmlElement *instance = lineage->appendChild(QStringLiteral("vireo:instance"));
        instance->setAttribute(QStringLiteral("of"), r.sourceUuid);
        instance->setAttribute(QStringLiteral("name"), sourceName);
        instance->setAttribute(QStringLiteral("kind"),
                               CloneRequest::kindName(CloneRequest::Kind::Linked));
        instance->setAttribute(QStringLiteral("disposable"), QStringLiteral("yes"));
        instance->setAttribute(QStringLiteral("owner"), options.disposableOwner);
        const QByteArray runXml = doc.write().toUtf8();
        virDomainPtr run = virDomainCreateXML(conn, runXml.constData(), 0);
        if (!run) {
            const Failure why = takeLibvirtError(
                CloneText::tr("%1 did not start; nothing was kept.").arg(r.name));
            made.undo();
            return done(OpResult::failure(why));
        }
        made.release();
        virDomainFree(run);
        return done(OpResult::success(newUuid));
    }
    virDomainPtr copy = virDomainDefineXML(conn, newXml.constData());
    if (!copy) {
        const Failure why = takeLibvirtError(
            CloneText::tr("libvirt refused the copy's definition; nothing was kept."));
        made.undo();
        return done(OpResult::failure(why));
    }
    made.release();
    if (!snapshot.isEmpty()) {
        virDomainFree(copy);
        const OpResult marked = makeTemplate(
            conn, newUuid, CloneText::tr("%1, snapshot '%2'").arg(sourceName, snapshot));
        return done(marked.ok ? OpResult::success(newUuid) : marked);
    }
    if (info.isTemplate)
        Lineage::set(copy,
                     Lineage::instanceElement(r.sourceUuid, sourceName,
                                              options.editOf ? QStringLiteral("edit")
                                                             : CloneRequest::kindName(r.kind)));
    OpResult result = OpResult::success(newUuid);
    if (r.start && virDomainCreate(copy) < 0)
        result = OpResult::failure(
            takeLibvirtError(CloneText::tr("%1 was made, but did not start.").arg(r.name)));
    virDomainFree(copy);
    if (!note.isEmpty() && result.ok)
        op->reportProgress(100, note);
    return done(result);
}

} // namespace Vireo
