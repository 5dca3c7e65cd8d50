#include "migration/Migration.h"

#include "core/Authenticator.h"
#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "migration/DestinationPools.h"
#include "xml/DomainDocument.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QThreadPool>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <memory>
#include <mutex>

namespace Vireo {

namespace {

struct MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(MigrationText)
};

quint64 field(virTypedParameterPtr params, int n, const char *name)
{
    unsigned long long v = 0;
    return virTypedParamsGetULLong(params, n, name, &v) == 1 ? v : 0;
}

/// The job's figures now; nullopt when no job runs.
std::optional<MigrationProgress> readProgress(virDomainPtr dom, unsigned flags = 0)
{
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr params = nullptr;
    int n = 0;
    if (virDomainGetJobStats(dom, &type, &params, &n, flags) < 0) {
        virResetLastError();
        return std::nullopt;
    }
    MigrationProgress p;
    p.memoryTotal = field(params, n, VIR_DOMAIN_JOB_MEMORY_TOTAL);
    p.memoryProcessed = field(params, n, VIR_DOMAIN_JOB_MEMORY_PROCESSED);
    p.memoryRemaining = field(params, n, VIR_DOMAIN_JOB_MEMORY_REMAINING);
    p.diskTotal = field(params, n, VIR_DOMAIN_JOB_DISK_TOTAL);
    p.diskProcessed = field(params, n, VIR_DOMAIN_JOB_DISK_PROCESSED);
    p.diskRemaining = field(params, n, VIR_DOMAIN_JOB_DISK_REMAINING);
    p.rate = field(params, n, VIR_DOMAIN_JOB_MEMORY_BPS);
    const quint64 pageSize = field(params, n, VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE);
    p.dirtyRate = field(params, n, VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE) * (pageSize ? pageSize : 4096);
    p.iteration = field(params, n, VIR_DOMAIN_JOB_MEMORY_ITERATION);
    p.expectedDowntimeMs = field(params, n, VIR_DOMAIN_JOB_DOWNTIME);
    p.downtimeMs = p.expectedDowntimeMs;
    p.elapsedMs = field(params, n, VIR_DOMAIN_JOB_TIME_ELAPSED);
    virTypedParamsFree(params, n);
    if (type == VIR_DOMAIN_JOB_NONE && p.memoryTotal == 0 && p.elapsedMs == 0)
        return std::nullopt;
    return p;
}

/// Follows a migration's passes for MigrationProgress::stalled: what was left at the start of
/// each pass. The progress probe calls it one sample at a time.
class ConvergenceWatch
{
public:
    void sample(MigrationProgress &p)
    {
        std::lock_guard lock(m_mutex);
        if (p.iteration != m_iteration) {
            m_previousPass = m_thisPass;
            m_thisPass = p.memoryRemaining;
            m_iteration = p.iteration;
        }
        p.converging = !MigrationProgress::stalled(p, m_previousPass, m_thisPass);
        m_last = p;
    }
    MigrationProgress last()
    {
        std::lock_guard lock(m_mutex);
        return m_last;
    }

private:
    std::mutex m_mutex;
    quint64 m_iteration = 0;
    quint64 m_previousPass = 0;
    quint64 m_thisPass = 0;
    MigrationProgress m_last;
};

/// The definition with each copied disk at its path in the chosen pool.
QString relocated(const QString &xml, const QHash<QString, QString> &paths)
{
    XmlTree tree;
    if (!tree.read(xml))
        return {};
    if (XmlElement *devices = tree.root()->child(QStringLiteral("devices")))
        for (XmlElement *disk : devices->children(QStringLiteral("disk")))
            if (XmlElement *source = disk->child(QStringLiteral("source"));
                source && paths.contains(source->attribute(QStringLiteral("file"))))
                source->setAttribute(QStringLiteral("file"),
                                     paths.value(source->attribute(QStringLiteral("file"))));
    return tree.write();
}

/// The live and persistent definitions for the destination when copied disks move into the
/// plan's chosen pool; nullopt when no disk does.
std::optional<std::pair<QString, QString>> relocatedDefinitions(virDomainPtr dom, virConnectPtr dst,
                                                                const MigrationPlan &plan)
{
    if (plan.copyPool.isEmpty() || plan.storage == MigrationPlan::Storage::Shared)
        return std::nullopt;
    const auto read = [dom](unsigned flags) {
        char *xml
            = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_MIGRATABLE | VIR_DOMAIN_XML_SECURE | flags);
        const QString text = QString::fromUtf8(xml ? xml : "");
        free(xml);
        return text;
    };
    const QString live = read(0);
    DomainDocument doc;
    doc.read(live);
    const QList<DestinationPool> pools = DestinationPools::read(dst);
    QHash<QString, QString> paths;
    for (const DomainDocument::Disk &d : doc.disks())
        if (d.device == QLatin1String("disk") && d.type == QLatin1String("file"))
            if (const QString there = DestinationPools::copiedPath(pools, d.source, plan);
                !there.isEmpty())
                paths.insert(d.source, there);
    if (paths.isEmpty())
        return std::nullopt;
    return std::pair{relocated(live, paths), relocated(read(VIR_DOMAIN_XML_INACTIVE), paths)};
}

/// The rate the last migration to each host reached (bytes/s), for the next one's estimate.
std::mutex g_ratesMutex;
QHash<QString, quint64> g_rates;

} // namespace

bool MigrationProgress::stalled(const MigrationProgress &now, quint64 remainingAtPreviousPass,
                                quint64 remainingAtThisPass)
{
    if (now.iteration < 2 || now.memoryTotal == 0)
        return false;
    if (now.rate > 0 && now.dirtyRate >= now.rate * 9 / 10)
        return true;
    return now.iteration >= 3 && remainingAtPreviousPass > 0
           && remainingAtThisPass >= remainingAtPreviousPass * 9 / 10;
}

quint64 Migration::lastRate(const QString &destinationUri)
{
    std::lock_guard lock(g_ratesMutex);
    return g_rates.value(destinationUri);
}

int MigrationProgress::percent() const
{
    const quint64 total = memoryTotal + diskTotal;
    if (total == 0)
        return -1;
    const quint64 left = memoryRemaining + diskRemaining;
    return int(qBound<quint64>(0, (total - qMin(left, total)) * 100 / total, 100));
}

QString MigrationProgress::text() const
{
    QString t
        = MigrationText::tr("Memory %1 of %2 sent, %3 left")
              .arg(sizeText(memoryProcessed), sizeText(memoryTotal), sizeText(memoryRemaining));
    if (diskTotal > 0)
        t += MigrationText::tr("; disks %1 of %2")
                 .arg(sizeText(diskProcessed), sizeText(diskTotal));
    if (rate > 0)
        t += MigrationText::tr("; %1/s").arg(sizeText(rate));
    if (iteration > 1)
        t += MigrationText::tr("; pass %1").arg(iteration);
    if (expectedDowntimeMs > 0)
        t += MigrationText::tr("; expected downtime %1 ms").arg(expectedDowntimeMs);
    return t;
}

namespace Migration {

Operation *start(Connection *source, const QString &uuid, const QString &destinationUri,
                 const MigrationOptions &o)
{
    Operation *op = source->runJob(
        MigrationText::tr("Migrate to %1").arg(destinationUri),
        [=](virConnectPtr conn, Operation *op) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(MigrationText::tr("The VM is gone.")));
            std::shared_ptr<virDomain> shared(dom, [](virDomainPtr d) { virDomainFree(d); });
            const QString name = QString::fromUtf8(virDomainGetName(dom));
            Failure unreachable;
            virConnectPtr dst = openConnection(destinationUri, false, &unreachable);
            if (!dst) {
                unreachable.summary
                    = MigrationText::tr("Vireo cannot reach %1.").arg(destinationUri);
                return OpResult::failure(unreachable);
            }
            const auto closeDst = qScopeGuard([dst] { virConnectClose(dst); });
            MigrationPlan plan = o.plan;
            plan.estimate = false;
            plan.linkRate = o.bandwidthMiBs > 0 ? quint64(o.bandwidthMiBs) * 1024 * 1024
                                                : lastRate(destinationUri);
            const QList<MigrationCheck> checks = Preflight::run(conn, dom, dst, plan);
            if (Preflight::blocks(checks)) {
                QStringList failed;
                for (const MigrationCheck &c : checks)
                    if (c.status == MigrationCheck::Status::Failed)
                        failed << c.what + QStringLiteral(": ") + c.reason;
                return OpResult::failure(MigrationText::tr("%1 was not moved: %2")
                                             .arg(name, failed.join(QLatin1Char(' '))),
                                         Failure::Kind::InvalidInput);
            }

            unsigned long flags = VIR_MIGRATE_PERSIST_DEST;
            flags |= o.plan.live ? VIR_MIGRATE_LIVE : VIR_MIGRATE_OFFLINE;
            if (!o.plan.keepSource)
                flags |= VIR_MIGRATE_UNDEFINE_SOURCE;
            if (o.plan.storage == MigrationPlan::Storage::CopyAll)
                flags |= VIR_MIGRATE_NON_SHARED_DISK;
            else if (o.plan.storage == MigrationPlan::Storage::CopyChanged)
                flags |= VIR_MIGRATE_NON_SHARED_INC;
            if (o.autoConverge)
                flags |= VIR_MIGRATE_AUTO_CONVERGE;
            if (o.compress)
                flags |= VIR_MIGRATE_COMPRESSED;
            if (o.postCopy)
                flags |= VIR_MIGRATE_POSTCOPY;
            if (o.unsafe)
                flags |= VIR_MIGRATE_UNSAFE;
            virTypedParameterPtr params = nullptr;
            int nparams = 0;
            int maxparams = 0;
            if (!o.migrationUri.isEmpty())
                virTypedParamsAddString(&params, &nparams, &maxparams, VIR_MIGRATE_PARAM_URI,
                                        o.migrationUri.toUtf8().constData());
            if (o.bandwidthMiBs > 0)
                virTypedParamsAddULLong(&params, &nparams, &maxparams, VIR_MIGRATE_PARAM_BANDWIDTH,
                                        quint64(o.bandwidthMiBs));
            // Copied disks going into a chosen pool there get their new paths in the definitions
            // the destination runs and keeps (libvirt makes the volumes, finding the pool by
            // the new folder).
            if (const auto moved = relocatedDefinitions(dom, dst, o.plan)) {
                virTypedParamsAddString(&params, &nparams, &maxparams, VIR_MIGRATE_PARAM_DEST_XML,
                                        moved->first.toUtf8().constData());
                virTypedParamsAddString(&params, &nparams, &maxparams,
                                        VIR_MIGRATE_PARAM_PERSIST_XML,
                                        moved->second.toUtf8().constData());
            }

            // The migration blocks this lane: progress, the downtime limit and cancel come from
            // other threads, each with its own reference to the domain.
            auto downtimeSet = std::make_shared<std::atomic_bool>(o.maxDowntimeMs <= 0);
            op->setCancelHook([shared] {
                QThreadPool::globalInstance()->start([shared] {
                    if (virDomainAbortJob(shared.get()) < 0)
                        virResetLastError();
                });
            });
            auto watch = std::make_shared<ConvergenceWatch>();
            // The destination's daemon dying mid-way is not noticed by the source, which goes
            // on sending to the waiting QEMU there: the probe asks the destination too, and
            // aborts the job when it no longer answers.
            virConnectRef(dst);
            std::shared_ptr<virConnect> there(dst, [](virConnectPtr c) { virConnectClose(c); });
            auto destinationLost = std::make_shared<std::atomic_bool>(false);
            op->setProgressProbe(
                [shared, op, downtimeSet, o, watch, there, destinationLost]() -> int {
                    unsigned long version = 0;
                    if (!destinationLost->load()
                        && virConnectGetLibVersion(there.get(), &version) < 0) {
                        destinationLost->store(true);
                        virDomainAbortJob(shared.get());
                    }
                    if (!downtimeSet->load()
                        && virDomainMigrateSetMaxDowntime(shared.get(), quint64(o.maxDowntimeMs), 0)
                               == 0)
                        downtimeSet->store(true);
                    virResetLastError();
                    if (auto p = readProgress(shared.get())) {
                        watch->sample(*p);
                        op->reportProgress(qMax(0, p->percent()), p->text());
                        op->reportDetail(QVariant::fromValue(*p));
                    }
                    return -1;
                });
            virDomainPtr moved
                = virDomainMigrate3(dom, dst, params, unsigned(nparams), unsigned(flags));
            op->setProgressProbe(nullptr);
            op->setCancelHook(nullptr);
            virTypedParamsFree(params, nparams);
            if (!moved) {
                if (destinationLost->load()) {
                    const Failure why = takeLibvirtError({});
                    return OpResult::failure(Failure::of(
                        Failure::Kind::Other,
                        MigrationText::tr("%1 was not moved: the destination stopped answering "
                                          "(its daemon stopped, or the link broke), so Vireo "
                                          "stopped the migration. The VM runs on here as it "
                                          "was.")
                            .arg(name),
                        why.text()));
                }
                // Every libvirt call resets the last error: take it before asking anything.
                const Failure raised = takeLibvirtError({});
                if (virConnectIsAlive(conn) != 1) {
                    // This host's daemon went away mid-way. Coming back, libvirt ends an
                    // outgoing migration it did not finish and the VM runs on here; the
                    // destination dropped its half when the migration was called off.
                    return OpResult::failure(Failure::of(
                        Failure::Kind::NotConnected,
                        MigrationText::tr("%1 was not moved: the connection to its host was lost "
                                          "mid-way (its daemon stopped, or the link broke). "
                                          "Vireo reconnects by itself and shows where the VM "
                                          "is: when the daemon is back, libvirt ends the "
                                          "unfinished migration and the VM runs on there.")
                            .arg(name),
                        raised.text()));
                }
                const bool cancelled = op->isCancelRequested();
                Failure why = raised;
                why.summary = cancelled
                                  ? MigrationText::tr("Cancelled: %1 runs on as it was.").arg(name)
                                  : MigrationText::tr("%1 was not moved; it stays on this host.")
                                        .arg(name);
                return cancelled
                           ? OpResult::failure(Failure::of(Failure::Kind::Cancelled, why.text()))
                           : OpResult::failure(Failure::of(why.kind, explainFailure(why.text())));
            }
            // The completed job's figures: the destination keeps them (the source's domain
            // may be gone), else the source's, else the last sample.
            MigrationProgress last = readProgress(moved, VIR_DOMAIN_JOB_STATS_COMPLETED)
                                         .value_or(readProgress(dom, VIR_DOMAIN_JOB_STATS_COMPLETED)
                                                       .value_or(watch->last()));
            if (last.diskTotal == 0) { // the destination's record leaves the disks out
                const MigrationProgress sampled = watch->last();
                last.diskTotal = sampled.diskTotal;
                last.diskProcessed = sampled.diskTotal;
            }
            virDomainFree(moved);
            virResetLastError();
            if (last.elapsedMs > 0 && last.memoryProcessed + last.diskProcessed > 0) {
                std::lock_guard lock(g_ratesMutex);
                g_rates.insert(destinationUri,
                               (last.memoryProcessed + last.diskProcessed) * 1000 / last.elapsedMs);
            }
            return OpResult::success(QVariant::fromValue(last));
        },
        {uuid}, true);
    return op;
}

Operation *switchToPostCopy(Connection *source, const QString &uuid)
{
    return source->runJob(
        MigrationText::tr("Switch to post-copy"), [uuid](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(MigrationText::tr("The VM is gone.")));
            const int rc = virDomainMigrateStartPostCopy(dom, 0);
            virDomainFree(dom);
            if (rc < 0) {
                const Failure why = takeLibvirtError(
                    MigrationText::tr("The migration could not switch to post-copy."));
                return OpResult::failure(Failure::of(why.kind, explainFailure(why.text())));
            }
            return OpResult::success();
        });
}

QString explainFailure(const QString &error)
{
    if (error.contains(QLatin1String("userfaultfd"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("Postcopy is not supported"), Qt::CaseInsensitive))
        return MigrationText::tr("%1 The destination's kernel does not let QEMU use post-copy "
                                 "(userfaultfd): allow it there with `sysctl "
                                 "vm.unprivileged_userfaultfd=1`, or migrate with auto-converge "
                                 "instead, which slows the guest until it converges.")
            .arg(error);
    if (error.contains(QLatin1String("data corruption"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("Unsafe migration"), Qt::CaseInsensitive))
        return MigrationText::tr("%1 libvirt cannot tell that both hosts never write the shared "
                                 "disks at once (no cluster file system, a disk cache): when the "
                                 "storage is shared safely, trust it (Migrate dialog) or pass "
                                 "--unsafe; else copy the disks.")
            .arg(error);
    if (error.contains(QLatin1String("End of file while reading data"))
        || error.contains(QLatin1String("Connection reset"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("Broken pipe"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("Cannot recv data"), Qt::CaseInsensitive))
        return MigrationText::tr("%1 The connection to the destination broke (its daemon stopped, "
                                 "or the link): the VM keeps running here.")
            .arg(error);
    return error;
}

} // namespace Migration
} // namespace Vireo
