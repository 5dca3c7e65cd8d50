#include "migration/Preflight.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "migration/Migration.h"
#include "xml/DomainDocument.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Preflight {

namespace {

struct PreflightText
{
    Q_DECLARE_TR_FUNCTIONS(PreflightText)
};

using Status = MigrationCheck::Status;

QString lastError()
{
    const virErrorPtr e = virGetLastError();
    const QString text = e && e->message ? QString::fromUtf8(e->message) : QString();
    virResetLastError();
    return text;
}

/// The <host><uuid> of a connection's capabilities: which machine it is.
QString hostUuid(virConnectPtr conn)
{
    char *caps = virConnectGetCapabilities(conn);
    QXmlStreamReader r(QString::fromUtf8(caps ? caps : ""));
    free(caps);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path << r.name().toString();
            if (path
                == QStringList{QStringLiteral("capabilities"), QStringLiteral("host"),
                               QStringLiteral("uuid")})
                return r.readElementText().trimmed();
        } else if (r.isEndElement()) {
            path.removeLast();
        }
    }
    virResetLastError();
    return {};
}

/// A host's host-model CPU (its domain capabilities) as a custom CPU definition; empty when it
/// does not say.
QString hostModelCpu(virConnectPtr conn, const DomainDocument &doc, const QString &virtType)
{
    char *caps = virConnectGetDomainCapabilities(conn, nullptr, doc.arch().toUtf8().constData(),
                                                 doc.machine().toUtf8().constData(),
                                                 virtType.toUtf8().constData(), 0);
    XmlTree tree;
    const bool read = tree.read(QString::fromUtf8(caps ? caps : ""));
    free(caps);
    virResetLastError();
    const XmlElement *cpu = read ? tree.root()->child(QStringLiteral("cpu")) : nullptr;
    if (!cpu)
        return {};
    for (const XmlElement *mode : cpu->children(QStringLiteral("mode"))) {
        if (mode->attribute(QStringLiteral("name")) != QLatin1String("host-model"))
            continue;
        const XmlElement *model = mode->child(QStringLiteral("model"));
        if (!model)
            return {};
        QString xml = QStringLiteral("<cpu mode='custom' match='exact'><model>%1</model>")
                          .arg(model->text().trimmed().toHtmlEscaped());
        for (const XmlElement *f : mode->children(QStringLiteral("feature")))
            xml += QStringLiteral("<feature policy='%1' name='%2'/>")
                       .arg(f->attribute(QStringLiteral("policy")).toHtmlEscaped(),
                            f->attribute(QStringLiteral("name")).toHtmlEscaped());
        return xml + QStringLiteral("</cpu>");
    }
    return {};
}

/// A CPU model both hosts can give (virConnectBaselineHypervisorCPU over their host-model CPUs),
/// empty when they do not say.
QString sharedCpuModel(virConnectPtr src, virConnectPtr dst, const DomainDocument &doc,
                       const QString &virtType)
{
    const QByteArray here = hostModelCpu(src, doc, virtType).toUtf8();
    const QByteArray there = hostModelCpu(dst, doc, virtType).toUtf8();
    if (here.isEmpty() || there.isEmpty())
        return {};
    const char *cpus[] = {here.constData(), there.constData()};
    char *baseline = virConnectBaselineHypervisorCPU(dst, nullptr, doc.arch().toUtf8().constData(),
                                                     doc.machine().toUtf8().constData(),
                                                     virtType.toUtf8().constData(), cpus, 2, 0);
    XmlTree tree;
    const bool read = tree.read(QString::fromUtf8(baseline ? baseline : ""));
    free(baseline);
    virResetLastError();
    const XmlElement *model = read ? tree.root()->child(QStringLiteral("model")) : nullptr;
    return model ? model->text().trimmed() : QString();
}

MigrationCheck cpuCheck(virConnectPtr src, virConnectPtr dst, const DomainDocument &doc,
                        const QString &virtType)
{
    const XmlElement *cpu = doc.rootElement()->child(QStringLiteral("cpu"));
    MigrationCheck c{PreflightText::tr("CPU"), Status::Passed, {}};
    if (!cpu || doc.cpuMode() == QLatin1String("host-model")) {
        c.reason = PreflightText::tr("The VM takes the destination's own CPU model.");
        return c;
    }
    if (doc.cpuMode() == QLatin1String("host-passthrough")) {
        c.status = Status::Warning;
        c.reason = PreflightText::tr("The VM sees this host's exact CPU (host-passthrough): the "
                                     "destination's must be the same model, or the guest may "
                                     "crash. host-model is safer for moving VMs.");
        return c;
    }
    const QByteArray xml = cpu->toString().toUtf8();
    const int result = virConnectCompareHypervisorCPU(
        dst, nullptr, doc.arch().toUtf8().constData(), doc.machine().toUtf8().constData(),
        virtType.toUtf8().constData(), xml.constData(), 0);
    if (result == VIR_CPU_COMPARE_ERROR) {
        c.status = Status::Unknown;
        c.reason = PreflightText::tr("The destination could not compare CPUs: %1").arg(lastError());
    } else if (result == VIR_CPU_COMPARE_INCOMPATIBLE) {
        c.status = Status::Failed;
        const QString shared = sharedCpuModel(src, dst, doc, virtType);
        c.reason
            = shared.isEmpty()
                  ? PreflightText::tr("The destination's CPU cannot run the VM's (%1): "
                                      "choose host-model, or a model both hosts have, in the "
                                      "Hardware tab's CPU page.")
                        .arg(doc.cpuModel().isEmpty() ? doc.cpuMode() : doc.cpuModel())
                  : PreflightText::tr("The destination's CPU cannot run the VM's (%1): "
                                      "choose host-model, or %2, a model both hosts have, in "
                                      "the Hardware tab's CPU page.")
                        .arg(doc.cpuModel().isEmpty() ? doc.cpuMode() : doc.cpuModel(), shared);
    } else {
        c.reason = PreflightText::tr("The destination can run the VM's CPU (%1).")
                       .arg(doc.cpuModel().isEmpty() ? doc.cpuMode() : doc.cpuModel());
    }
    return c;
}

/// The destination's pool whose folder holds `path`, with its free space; empty when none.
std::pair<QString, quint64> poolHolding(virConnectPtr dst, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(dst, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    std::pair<QString, quint64> found;
    for (int i = 0; i < n; ++i) {
        char *xml = virStoragePoolGetXMLDesc(pools[i], 0);
        const QString text = QString::fromUtf8(xml ? xml : "");
        free(xml);
        XmlTree tree;
        if (tree.read(text)) {
            const XmlElement *p = tree.root()->find(QStringLiteral("target/path"));
            if (p && QFileInfo(p->text().trimmed()).absoluteFilePath() == folder) {
                virStoragePoolInfo info{};
                virStoragePoolGetInfo(pools[i], &info);
                found = {QString::fromUtf8(virStoragePoolGetName(pools[i])), info.available};
            }
        }
        virStoragePoolFree(pools[i]);
    }
    free(pools);
    virResetLastError();
    return found;
}

MigrationCheck diskCheck(virConnectPtr src, virDomainPtr dom, virConnectPtr dst,
                         const DomainDocument::Disk &d, const MigrationPlan &plan)
{
    MigrationCheck c{d.device == QLatin1String("disk")
                         ? PreflightText::tr("Disk %1").arg(d.target)
                         : PreflightText::tr("%1 %2").arg(d.device, d.target),
                     Status::Passed,
                     {}};
    virStorageVolPtr there = virStorageVolLookupByPath(dst, d.source.toUtf8().constData());
    if (!there) {
        // A file another host made in a shared folder is not among the pool's volumes until
        // the pool is read again.
        virResetLastError();
        const QString pool = poolHolding(dst, d.source).first;
        if (virStoragePoolPtr p = virStoragePoolLookupByName(dst, pool.toUtf8().constData())) {
            virStoragePoolRefresh(p, 0);
            virStoragePoolFree(p);
            there = virStorageVolLookupByPath(dst, d.source.toUtf8().constData());
        }
    }
    if (there)
        virStorageVolFree(there);
    virResetLastError();
    const bool copied
        = plan.storage != MigrationPlan::Storage::Shared && d.device == QLatin1String("disk");
    if (!copied) {
        if (there) {
            c.reason
                = PreflightText::tr("%1 is at the same path on the destination.").arg(d.source);
        } else {
            c.status = Status::Failed;
            c.reason = d.device == QLatin1String("disk")
                           ? PreflightText::tr("The destination has no %1: copy the disks, or "
                                               "keep them on storage both hosts see.")
                                 .arg(d.source)
                           : PreflightText::tr("The destination has no %1: eject it first.")
                                 .arg(d.source);
        }
        return c;
    }
    // What the copy takes there: the image's size on disk as QEMU sees it (also for a disk in
    // no pool of the source's), else its volume's allocation.
    quint64 needed = 0;
    virDomainBlockInfo block{};
    if (virDomainGetBlockInfo(dom, d.target.toUtf8().constData(), &block, 0) == 0)
        needed = qMax(block.physical, block.allocation);
    else if (virStorageVolPtr v = virStorageVolLookupByPath(src, d.source.toUtf8().constData())) {
        virStorageVolInfo info{};
        if (virStorageVolGetInfo(v, &info) == 0)
            needed = info.allocation;
        virStorageVolFree(v);
    }
    virResetLastError();
    auto [pool, available] = poolHolding(dst, d.source);
    const QString elsewhere = copiedPath(dst, d.source, plan);
    if (pool.isEmpty() && !plan.copyPool.isEmpty()) {
        virStoragePoolPtr chosen
            = virStoragePoolLookupByName(dst, plan.copyPool.toUtf8().constData());
        virStoragePoolInfo info{};
        const bool running = chosen && virStoragePoolGetInfo(chosen, &info) == 0
                             && info.state == VIR_STORAGE_POOL_RUNNING;
        if (chosen)
            virStoragePoolFree(chosen);
        virResetLastError();
        if (!running || elsewhere.isEmpty()) {
            c.status = Status::Failed;
            c.reason = PreflightText::tr("The destination has no running pool '%1' with a "
                                         "folder to copy %2 into.")
                           .arg(plan.copyPool, d.source);
            return c;
        }
        if (info.available < needed) {
            c.status = Status::Failed;
            c.reason = PreflightText::tr("The copy needs %1 in the pool '%2' there, which has %3 "
                                         "free.")
                           .arg(sizeText(needed), plan.copyPool, sizeText(info.available));
            return c;
        }
        c.reason = PreflightText::tr("Copied into the pool '%1' there as %2 (%3 of %4 free).")
                       .arg(plan.copyPool, elsewhere, sizeText(needed), sizeText(info.available));
        return c;
    }
    if (pool.isEmpty()) {
        c.status = Status::Failed;
        c.reason = PreflightText::tr("No storage pool on the destination holds %1: make one "
                                     "there with that folder (Host window, Storage), or choose "
                                     "a pool there to copy the disks into.")
                       .arg(QFileInfo(d.source).absolutePath());
    } else if (available < needed) {
        c.status = Status::Failed;
        c.reason = PreflightText::tr("The copy needs %1 in the pool '%2' there, which has %3 free.")
                       .arg(sizeText(needed), pool, sizeText(available));
    } else if (there) {
        c.status = Status::Warning;
        c.reason = PreflightText::tr("The destination has a file at %1 already: the copy takes "
                                     "its place.")
                       .arg(d.source);
    } else {
        c.reason = PreflightText::tr("Copied into the pool '%1' there (%2 of %3 free).")
                       .arg(pool, sizeText(needed), sizeText(available));
    }
    return c;
}

MigrationCheck networkCheck(virConnectPtr dst, const DomainDocument::Interface &nic)
{
    MigrationCheck c{PreflightText::tr("Network of %1").arg(nic.mac.isEmpty() ? nic.type : nic.mac),
                     Status::Passed,
                     {}};
    if (nic.type == QLatin1String("network")) {
        virNetworkPtr net = virNetworkLookupByName(dst, nic.source.toUtf8().constData());
        if (!net) {
            c.status = Status::Failed;
            c.reason = PreflightText::tr("The destination has no network '%1': make it there "
                                         "(Host window, Networks).")
                           .arg(nic.source);
        } else if (virNetworkIsActive(net) != 1) {
            c.status = Status::Failed;
            c.reason = PreflightText::tr("The network '%1' is not running on the destination: "
                                         "start it there.")
                           .arg(nic.source);
        } else {
            c.reason
                = PreflightText::tr("The network '%1' runs on the destination.").arg(nic.source);
        }
        if (net)
            virNetworkFree(net);
    } else if (nic.type == QLatin1String("bridge")) {
        virInterfacePtr iface = virInterfaceLookupByName(dst, nic.source.toUtf8().constData());
        c.status = iface ? Status::Passed : Status::Warning;
        c.reason = iface ? PreflightText::tr("The bridge %1 is on the destination.").arg(nic.source)
                         : PreflightText::tr("Vireo cannot see a bridge %1 on the destination: "
                                             "the VM's network fails to start there without it.")
                               .arg(nic.source);
        if (iface)
            virInterfaceFree(iface);
    } else {
        c.reason
            = PreflightText::tr("A %1 connection needs nothing on the destination.").arg(nic.type);
    }
    virResetLastError();
    return c;
}

/// How many bytes/s the guest dirties, measured by QEMU over a second; -1 when it cannot say.
qint64 dirtyRate(virDomainPtr dom)
{
    if (virDomainStartDirtyRateCalc(dom, 1, 0) < 0) {
        virResetLastError();
        return -1;
    }
    for (int attempt = 0; attempt < 30; ++attempt) {
        QThread::msleep(attempt == 0 ? 1050 : 100); // the measurement takes its second
        virDomainPtr doms[] = {dom, nullptr};
        virDomainStatsRecordPtr *records = nullptr;
        if (virDomainListGetStats(doms, VIR_DOMAIN_STATS_DIRTYRATE, &records, 0) < 1) {
            virResetLastError();
            return -1;
        }
        int status = 0;
        long long mibs = 0;
        virTypedParamsGetInt(records[0]->params, records[0]->nparams, "dirtyrate.calc_status",
                             &status);
        const bool has = virTypedParamsGetLLong(records[0]->params, records[0]->nparams,
                                                "dirtyrate.megabytes_per_second", &mibs)
                         == 1;
        virDomainStatsRecordListFree(records);
        if (status == 2 /* measured */ && has)
            return qint64(mibs) * 1024 * 1024;
    }
    virResetLastError();
    return -1;
}

MigrationCheck estimateCheck(virDomainPtr dom, quint64 memory, quint64 disks,
                             const MigrationPlan &plan)
{
    MigrationCheck c{PreflightText::tr("Estimated time"), Status::Passed, {}};
    const qint64 dirty = dirtyRate(dom);
    const QString toSend = disks > 0 ? PreflightText::tr("%1 of memory and %2 of disks")
                                           .arg(sizeText(memory), sizeText(disks))
                                     : PreflightText::tr("%1 of memory").arg(sizeText(memory));
    const QString dirtyText
        = dirty < 0 ? PreflightText::tr("its dirty rate unknown")
          : dirty == 0
              ? PreflightText::tr("the guest hardly changes it")
              : PreflightText::tr("the guest changes %1/s of it").arg(sizeText(quint64(dirty)));
    if (plan.linkRate == 0) {
        c.status = Status::Unknown;
        c.reason = PreflightText::tr("The link's speed is not known until a first migration to "
                                     "this host: %1 to send, %2.")
                       .arg(toSend, dirtyText);
    } else if (dirty >= 0 && quint64(dirty) >= plan.linkRate) {
        c.status = Status::Warning;
        c.reason = PreflightText::tr("The guest changes its memory (%1/s) as fast as the link "
                                     "sends it (%2/s): the move may never finish. Allow "
                                     "post-copy or auto-converge.")
                       .arg(sizeText(quint64(dirty)), sizeText(plan.linkRate));
    } else {
        const double rate = double(plan.linkRate);
        const double seconds
            = (double(disks) + double(memory) / (1.0 - qMax<qint64>(dirty, 0) / rate)) / rate;
        c.reason = PreflightText::tr("About %1 s: %2 at %3/s, %4.")
                       .arg(qMax(1, qRound(seconds)))
                       .arg(toSend, sizeText(plan.linkRate), dirtyText);
    }
    return c;
}

} // namespace

QList<MigrationCheck> run(virConnectPtr src, virDomainPtr dom, virConnectPtr dst,
                          const MigrationPlan &plan)
{
    QList<MigrationCheck> checks;
    char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_SECURE);
    DomainDocument doc;
    doc.read(QString::fromUtf8(raw ? raw : ""));
    free(raw);
    const bool running = virDomainIsActive(dom) == 1;
    const QString name = QString::fromUtf8(virDomainGetName(dom));

    // The destination itself.
    const QString here = hostUuid(src);
    const QString there = hostUuid(dst);
    if (!here.isEmpty() && here == there)
        checks << MigrationCheck{PreflightText::tr("Another host"), Status::Failed,
                                 PreflightText::tr("The destination is this same host (host UUID "
                                                   "%1): choose another one.")
                                     .arg(here)};
    else
        checks << MigrationCheck{PreflightText::tr("Another host"), Status::Passed,
                                 PreflightText::tr("The destination is reachable and another "
                                                   "host.")};
    if (running != plan.live)
        checks << MigrationCheck{
            PreflightText::tr("Live or offline"), Status::Failed,
            running ? PreflightText::tr("%1 runs: move it live, or shut it down first.").arg(name)
                    : PreflightText::tr("%1 is shut off: move it offline.").arg(name)};
    virDomainPtr clash = virDomainLookupByName(dst, name.toUtf8().constData());
    if (!clash)
        clash = virDomainLookupByUUIDString(dst, doc.uuid().toLatin1().constData());
    if (clash) {
        checks << MigrationCheck{PreflightText::tr("Name"), Status::Failed,
                                 PreflightText::tr("The destination has a VM '%1' with this "
                                                   "name or UUID already.")
                                     .arg(QString::fromUtf8(virDomainGetName(clash)))};
        virDomainFree(clash);
    } else {
        checks << MigrationCheck{PreflightText::tr("Name"), Status::Passed,
                                 PreflightText::tr("No VM of this name or UUID is there.")};
    }
    virResetLastError();

    // What libvirt 9.0 refuses to move.
    const int snapshots = virDomainSnapshotNum(dom, 0);
    if (snapshots > 0)
        checks << MigrationCheck{PreflightText::tr("Snapshots"), Status::Failed,
                                 PreflightText::tr("%1 has %2 snapshot(s): libvirt 9.0 does not "
                                                   "move a VM with snapshots. Delete them first.")
                                     .arg(name)
                                     .arg(snapshots)};
    for (const XmlElement *fs : doc.devicesElement()->children(QStringLiteral("filesystem"))) {
        const XmlElement *driver = fs->child(QStringLiteral("driver"));
        if (driver && driver->attribute(QStringLiteral("type")) == QLatin1String("virtiofs"))
            checks << MigrationCheck{PreflightText::tr("Shared folder"), Status::Failed,
                                     PreflightText::tr("A virtiofs shared folder cannot move "
                                                       "with the VM: remove it first.")};
    }
    virResetLastError();

    checks << cpuCheck(src, dst, doc, doc.type());
    for (const DomainDocument::Disk &d : doc.disks())
        if (!d.source.isEmpty() && d.type == QLatin1String("file"))
            checks << diskCheck(src, dom, dst, d, plan);
    for (const DomainDocument::Interface &nic : doc.interfaces())
        checks << networkCheck(dst, nic);

    if (running) {
        const quint64 needed = doc.memoryKiB() * 1024;
        const unsigned long long free = virNodeGetFreeMemory(dst);
        if (free == 0)
            checks << MigrationCheck{PreflightText::tr("Memory"), Status::Unknown,
                                     PreflightText::tr("The destination does not say how much "
                                                       "memory it has free: %1")
                                         .arg(lastError())};
        else
            checks << MigrationCheck{
                PreflightText::tr("Memory"), free >= needed ? Status::Passed : Status::Failed,
                free >= needed ? PreflightText::tr("%1 free there; the VM needs %2.")
                                     .arg(sizeText(free), sizeText(needed))
                               : PreflightText::tr("The VM needs %1; the destination has %2 "
                                                   "free.")
                                     .arg(sizeText(needed), sizeText(free))};
        quint64 disks = 0;
        if (plan.estimate && plan.storage != MigrationPlan::Storage::Shared)
            for (const DomainDocument::Disk &d : doc.disks())
                if (d.device == QLatin1String("disk") && !d.source.isEmpty())
                    if (virStorageVolPtr v
                        = virStorageVolLookupByPath(src, d.source.toUtf8().constData())) {
                        virStorageVolInfo info{};
                        if (virStorageVolGetInfo(v, &info) == 0)
                            disks += info.allocation;
                        virStorageVolFree(v);
                    }
        virResetLastError();
        if (plan.estimate)
            checks << estimateCheck(dom, needed, disks, plan);
    }
    for (const DomainDocument::Graphics &g : doc.graphics()) {
        static const QStringList anywhere{QString(),
                                          QStringLiteral("127.0.0.1"),
                                          QStringLiteral("0.0.0.0"),
                                          QStringLiteral("::"),
                                          QStringLiteral("::1"),
                                          QStringLiteral("localhost")};
        const bool ok = !g.socket.isEmpty() || anywhere.contains(g.listen);
        checks << MigrationCheck{
            PreflightText::tr("Display (%1)").arg(g.type), ok ? Status::Passed : Status::Failed,
            ok ? PreflightText::tr("It listens where the destination can too.")
               : PreflightText::tr("It listens on %1, an address of this host only: set it to "
                                   "127.0.0.1 (Hardware tab, Display) first.")
                     .arg(g.listen)};
    }
    virResetLastError();
    return checks;
}

Operation *check(Connection *source, const QString &uuid, const QString &destinationUri,
                 const MigrationPlan &plan)
{
    return source->runJob(
        PreflightText::tr("Check migration"),
        [=](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(PreflightText::tr("The VM is gone.")));
            QList<MigrationCheck> checks;
            virConnectPtr dst = virConnectOpen(destinationUri.toUtf8().constData());
            if (!dst) {
                checks << MigrationCheck{PreflightText::tr("Another host"), Status::Failed,
                                         PreflightText::tr("Vireo cannot reach %1 with the right "
                                                           "to change it: %2")
                                             .arg(destinationUri, lastError())};
            } else {
                MigrationPlan measured = plan;
                if (measured.linkRate == 0)
                    measured.linkRate = Migration::lastRate(destinationUri);
                checks = run(conn, dom, dst, measured);
                virConnectClose(dst);
            }
            virDomainFree(dom);
            virResetLastError();
            return OpResult::success(QVariant::fromValue(checks));
        },
        {}, true);
}

QString copiedPath(virConnectPtr destination, const QString &source, const MigrationPlan &plan)
{
    if (plan.copyPool.isEmpty() || plan.storage == MigrationPlan::Storage::Shared
        || !poolHolding(destination, source).first.isEmpty())
        return {};
    virStoragePoolPtr pool
        = virStoragePoolLookupByName(destination, plan.copyPool.toUtf8().constData());
    char *xml = pool ? virStoragePoolGetXMLDesc(pool, 0) : nullptr;
    if (pool)
        virStoragePoolFree(pool);
    virResetLastError();
    XmlTree tree;
    const bool read = tree.read(QString::fromUtf8(xml ? xml : ""));
    free(xml);
    const XmlElement *path = read ? tree.root()->find(QStringLiteral("target/path")) : nullptr;
    if (!path || path->text().trimmed().isEmpty())
        return {};
    return path->text().trimmed() + QLatin1Char('/') + QFileInfo(source).fileName();
}

bool blocks(const QList<MigrationCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const MigrationCheck &c) {
        return c.status == MigrationCheck::Status::Failed;
    });
}

QString describe(const QList<MigrationCheck> &checks)
{
    QStringList lines;
    for (const MigrationCheck &c : checks) {
        const char *mark = c.status == Status::Passed    ? "ok  "
                           : c.status == Status::Warning ? "warn"
                           : c.status == Status::Failed  ? "FAIL"
                                                         : "?   ";
        lines << QStringLiteral("%1 %2: %3").arg(QLatin1String(mark), c.what, c.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Vireo::Preflight
