#include "migration/Migration.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QThreadPool>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <memory>

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
    p.dirtyRate = field(params, n, VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE);
    p.iteration = field(params, n, VIR_DOMAIN_JOB_MEMORY_ITERATION);
    p.expectedDowntimeMs = field(params, n, VIR_DOMAIN_JOB_DOWNTIME);
    p.downtimeMs = p.expectedDowntimeMs;
    p.elapsedMs = field(params, n, VIR_DOMAIN_JOB_TIME_ELAPSED);
    virTypedParamsFree(params, n);
    if (type == VIR_DOMAIN_JOB_NONE && p.memoryTotal == 0 && p.elapsedMs == 0)
        return std::nullopt;
    return p;
}

} // namespace

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
            virConnectPtr dst = virConnectOpen(destinationUri.toUtf8().constData());
            if (!dst)
                return OpResult::failure(takeLibvirtError(
                    MigrationText::tr("Vireo cannot reach %1.").arg(destinationUri)));
            const auto closeDst = qScopeGuard([dst] { virConnectClose(dst); });
            const QList<MigrationCheck> checks = Preflight::run(conn, dom, dst, o.plan);
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

            // The migration blocks this lane: progress, the downtime limit and cancel come from
            // other threads, each with its own reference to the domain.
            auto downtimeSet = std::make_shared<std::atomic_bool>(o.maxDowntimeMs <= 0);
            op->setCancelHook([shared] {
                QThreadPool::globalInstance()->start([shared] {
                    if (virDomainAbortJob(shared.get()) < 0)
                        virResetLastError();
                });
            });
            op->setProgressProbe([shared, op, downtimeSet, o]() -> int {
                if (!downtimeSet->load()
                    && virDomainMigrateSetMaxDowntime(shared.get(), quint64(o.maxDowntimeMs), 0)
                           == 0)
                    downtimeSet->store(true);
                virResetLastError();
                if (const auto p = readProgress(shared.get()))
                    op->reportProgress(qMax(0, p->percent()), p->text());
                return -1;
            });
            virDomainPtr moved
                = virDomainMigrate3(dom, dst, params, unsigned(nparams), unsigned(flags));
            op->setProgressProbe(nullptr);
            op->setCancelHook(nullptr);
            virTypedParamsFree(params, nparams);
            if (!moved) {
                const bool cancelled = op->isCancelRequested();
                const Failure why = takeLibvirtError(
                    cancelled
                        ? MigrationText::tr("Cancelled: %1 runs on as it was.").arg(name)
                        : MigrationText::tr("%1 was not moved; it stays on this host.").arg(name));
                return cancelled
                           ? OpResult::failure(Failure::of(Failure::Kind::Cancelled, why.text()))
                           : OpResult::failure(why);
            }
            virDomainFree(moved);
            const MigrationProgress last
                = readProgress(dom, VIR_DOMAIN_JOB_STATS_COMPLETED).value_or(MigrationProgress{});
            virResetLastError();
            return OpResult::success(QVariant::fromValue(last));
        },
        {uuid}, true);
    return op;
}

} // namespace Migration
} // namespace Vireo
