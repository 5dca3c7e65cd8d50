#include "migration/Preflight.h"

#include "core/Authenticator.h"
#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "migration/CpuCheck.h"
#include "migration/DestinationPools.h"
#include "migration/Migration.h"
#include "xml/DomainDocument.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>
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

MigrationCheck diskCheck(virConnectPtr src, virDomainPtr dom, virConnectPtr dst,
                         const QList<DestinationPool> &pools, const DomainDocument::Disk &d,
                         const MigrationPlan &plan)
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
        const DestinationPool *holder = DestinationPools::holding(pools, d.source);
        if (virStoragePoolPtr p
            = holder ? virStoragePoolLookupByName(dst, holder->name.toUtf8().constData())
                     : nullptr) {
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
    const DestinationPool *holder = DestinationPools::holding(pools, d.source);
    const QString pool = holder ? holder->name : QString();
    const quint64 available = holder ? holder->available : 0;
    const QString elsewhere = DestinationPools::copiedPath(pools, d.source, plan);
    if (pool.isEmpty() && !plan.copyPool.isEmpty()) {
        const auto chosen = std::find_if(pools.cbegin(), pools.cend(),
                                         [&](const auto &p) { return p.name == plan.copyPool; });
        if (chosen == pools.cend() || !chosen->running || elsewhere.isEmpty()) {
            c.status = Status::Failed;
            c.reason = PreflightText::tr("The destination has no running pool '%1' with a "
                                         "folder to copy %2 into.")
                           .arg(plan.copyPool, d.source);
            return c;
        }
        if (chosen->available < needed) {
            c.status = Status::Failed;
            c.reason = PreflightText::tr("The copy needs %1 in the pool '%2' there, which has %3 "
                                         "free.")
                           .arg(sizeText(needed), plan.copyPool, sizeText(chosen->available));
            return c;
        }
        c.reason
            = PreflightText::tr("Copied into the pool '%1' there as %2 (%3 of %4 free).")
                  .arg(plan.copyPool, elsewhere, sizeText(needed), sizeText(chosen->available));
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

/// Asks QEMU to measure how fast the guest dirties its memory, over a second; false when it
/// cannot (a guest not running, a QEMU without the command).
bool startDirtyRate(virDomainPtr dom)
{
    const bool started = virDomainStartDirtyRateCalc(dom, 1, 0) == 0;
    virResetLastError();
    return started;
}

/// What the measurement found: bytes/s, -1 when QEMU cannot say, nullopt while it measures.
std::optional<qint64> measuredDirtyRate(virDomainPtr dom)
{
    virDomainPtr doms[] = {dom, nullptr};
    virDomainStatsRecordPtr *records = nullptr;
    if (virDomainListGetStats(doms, VIR_DOMAIN_STATS_DIRTYRATE, &records, 0) < 1) {
        virResetLastError();
        return -1;
    }
    int status = 0;
    long long mibs = 0;
    virTypedParamsGetInt(records[0]->params, records[0]->nparams, "dirtyrate.calc_status", &status);
    const bool has = virTypedParamsGetLLong(records[0]->params, records[0]->nparams,
                                            "dirtyrate.megabytes_per_second", &mibs)
                     == 1;
    virDomainStatsRecordListFree(records);
    virResetLastError();
    if (status == 2 /* measured */ && has)
        return qint64(mibs) * 1024 * 1024;
    if (status == 1 /* measuring */)
        return std::nullopt;
    return -1;
}

/// Where the time estimate goes in the checklist, with what it is made of but the dirty rate.
struct Estimate
{
    int at = -1; // its index in the checks; -1: none wanted
    quint64 memory = 0;
    quint64 disks = 0;
};

/// The time estimate from the memory and disks to send, the guest's dirty rate (-1: unknown)
/// and the link's rate.
MigrationCheck estimateCheck(qint64 dirty, quint64 memory, quint64 disks, const MigrationPlan &plan)
{
    MigrationCheck c{PreflightText::tr("Estimated time"), Status::Passed, {}};
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

/// Every check; the time estimate's place and parts in `estimate` (its line is left out).
QList<MigrationCheck> runChecks(virConnectPtr src, virDomainPtr dom, virConnectPtr dst,
                                const MigrationPlan &plan, Estimate *estimate)
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
    const QList<DestinationPool> pools = DestinationPools::read(dst);
    for (const DomainDocument::Disk &d : doc.disks())
        if (!d.source.isEmpty() && d.type == QLatin1String("file"))
            checks << diskCheck(src, dom, dst, pools, d, plan);
    // An encrypted disk opens only where libvirt has its secret (with the same UUID).
    for (const XmlElement *disk : doc.devicesElement()->children(QStringLiteral("disk"))) {
        const XmlElement *secret = disk->find(QStringLiteral("source/encryption/secret"));
        if (!secret)
            continue;
        const XmlElement *target = disk->child(QStringLiteral("target"));
        const QString uuid = secret->attribute(QStringLiteral("uuid"));
        virSecretPtr there = virSecretLookupByUUIDString(dst, uuid.toLatin1().constData());
        if (there)
            virSecretFree(there);
        virResetLastError();
        checks << MigrationCheck{
            PreflightText::tr("Encryption of %1")
                .arg(target ? target->attribute(QStringLiteral("dev")) : QStringLiteral("?")),
            there ? Status::Passed : Status::Failed,
            there ? PreflightText::tr("The destination has the disk's secret.")
                  : PreflightText::tr("The disk is encrypted and the destination has no libvirt "
                                      "secret %1: define it there with the same UUID and "
                                      "passphrase (virsh secret-define, secret-set-value) "
                                      "first.")
                        .arg(uuid)};
    }
    for (const DomainDocument::Interface &nic : doc.interfaces())
        checks << networkCheck(dst, nic);

    if (running) {
        const quint64 needed = doc.memoryKiB() * 1024;
        const unsigned long long free = virNodeGetFreeMemory(dst);
        if (free == 0)
            checks << MigrationCheck{PreflightText::tr("Memory"), Status::Unknown,
                                     PreflightText::tr("The destination does not say how much "
                                                       "memory it has free: %1")
                                         .arg(takeLibvirtMessage())};
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
            *estimate = Estimate{int(checks.size()), needed, disks};
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

/// A check() under way: the checks done, and the dirty rate QEMU measures meanwhile.
struct Stage
{
    QList<MigrationCheck> checks;
    Estimate estimate;
    MigrationPlan plan;
    bool measuring = false; // QEMU was asked to measure the dirty rate
    QElapsedTimer since;    // since it was asked
    qint64 dirty = -1;
};

void finishWithEstimate(Operation *op, const std::shared_ptr<Stage> &stage)
{
    QList<MigrationCheck> checks = stage->checks;
    if (stage->estimate.at >= 0)
        checks.insert(stage->estimate.at, estimateCheck(stage->dirty, stage->estimate.memory,
                                                        stage->estimate.disks, stage->plan));
    op->finish(OpResult::success(QVariant::fromValue(checks)));
}

/// Reads the measurement once its second is over, on the source's worker (no worker sleeps
/// through it: the wait is a timer here), and again a little later while QEMU still measures.
void readDirtyRate(QPointer<Connection> source, const QString &uuid,
                   const std::shared_ptr<Stage> &stage, Operation *op, int attempt)
{
    constexpr int kMeasureMs = 1050;
    constexpr int kAttempts = 30;
    QTimer::singleShot(
        attempt == 0 ? qMax<qint64>(0, kMeasureMs - stage->since.elapsed()) : 100, op, [=] {
            if (!source) {
                finishWithEstimate(op, stage);
                return;
            }
            auto measured = std::make_shared<std::optional<qint64>>(-1);
            Operation *read = source->runJob(PreflightText::tr("Measure the dirty rate"),
                                             [uuid, measured](virConnectPtr conn, Operation *) {
                                                 virDomainPtr dom = virDomainLookupByUUIDString(
                                                     conn, uuid.toLatin1().constData());
                                                 if (dom) {
                                                     *measured = measuredDirtyRate(dom);
                                                     virDomainFree(dom);
                                                 }
                                                 virResetLastError();
                                                 return OpResult::success();
                                             });
            QObject::connect(read, &Operation::finished, op, [=] {
                if (!measured->has_value() && attempt + 1 < kAttempts) {
                    readDirtyRate(source, uuid, stage, op, attempt + 1);
                    return;
                }
                stage->dirty = measured->value_or(-1);
                finishWithEstimate(op, stage);
            });
        });
}

} // namespace

QList<MigrationCheck> run(virConnectPtr src, virDomainPtr dom, virConnectPtr dst,
                          const MigrationPlan &plan)
{
    Estimate estimate;
    QList<MigrationCheck> checks = runChecks(src, dom, dst, plan, &estimate);
    if (estimate.at >= 0)
        checks.insert(estimate.at, estimateCheck(-1, estimate.memory, estimate.disks, plan));
    return checks;
}

Operation *check(Connection *source, const QString &uuid, const QString &destinationUri,
                 const MigrationPlan &plan)
{
    auto *op = new Operation(PreflightText::tr("Check migration"));
    QMetaObject::invokeMethod(op, &Operation::started, Qt::QueuedConnection);
    auto stage = std::make_shared<Stage>();
    stage->plan = plan;
    if (stage->plan.linkRate == 0)
        stage->plan.linkRate = Migration::lastRate(destinationUri);
    // The checks, on the long lane; QEMU measures the guest's dirty rate meanwhile.
    Operation *checks = source->runJob(
        PreflightText::tr("Check migration"),
        [=](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(PreflightText::tr("The VM is gone.")));
            Failure unreachable;
            virConnectPtr dst = openConnection(destinationUri, false, &unreachable);
            if (!dst) {
                stage->checks << MigrationCheck{PreflightText::tr("Another host"), Status::Failed,
                                                PreflightText::tr("Vireo cannot reach %1 with the "
                                                                  "right to change it: %2")
                                                    .arg(destinationUri, unreachable.detail)};
            } else {
                if (stage->plan.estimate && virDomainIsActive(dom) == 1) {
                    stage->since.start();
                    stage->measuring = startDirtyRate(dom);
                }
                stage->checks = runChecks(conn, dom, dst, stage->plan, &stage->estimate);
                virConnectClose(dst);
            }
            virDomainFree(dom);
            virResetLastError();
            return OpResult::success();
        },
        {}, true);
    QPointer<Connection> from(source);
    QObject::connect(checks, &Operation::finished, op, [=](bool ok) {
        if (!ok)
            op->finish(OpResult::failure(checks->failure()));
        else if (stage->estimate.at >= 0 && stage->measuring)
            readDirtyRate(from, uuid, stage, op, 0);
        else
            finishWithEstimate(op, stage);
    });
    return op;
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
