// Templates::flatten: an instance made independent of its template.
#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "storage/Volumes.h"
#include "templates/Cloner.h"
#include "templates/Templates.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <condition_variable>
#include <mutex>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Templates {

namespace {

struct FlattenText
{
    Q_DECLARE_TR_FUNCTIONS(FlattenText)
};

/// What a block job's event tells the waiting worker.
struct BlockJobWait
{
    std::mutex mutex;
    std::condition_variable changed;
    QString target;  // BLOCK_JOB_2 names the disk by its target
    int status = -1; // virConnectDomainEventBlockJobStatus once it ended
};

void onBlockJob(virConnectPtr, virDomainPtr, const char *disk, int type, int status, void *opaque)
{
    auto *wait = static_cast<BlockJobWait *>(opaque);
    if (type != VIR_DOMAIN_BLOCK_JOB_TYPE_PULL || status == VIR_DOMAIN_BLOCK_JOB_READY)
        return;
    std::lock_guard lock(wait->mutex);
    if (wait->target == QString::fromUtf8(disk)) {
        wait->status = status;
        wait->changed.notify_all();
    }
}

/// virDomainBlockPull on a running instance's overlay: QEMU copies the template's data into it
/// while the guest runs. The end is the block job's event (no polling for it); while waiting,
/// the job's figures give the progress. Empty when done, else why not.
QString pullIntoRunning(virConnectPtr conn, virDomainPtr dom, const QString &target, Operation *op,
                        int disk, int disks)
{
    BlockJobWait wait;
    wait.target = target;
    const int callback
        = virConnectDomainEventRegisterAny(conn, dom, VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2,
                                           VIR_DOMAIN_EVENT_CALLBACK(onBlockJob), &wait, nullptr);
    if (callback < 0)
        return takeLibvirtError(FlattenText::tr("Could not watch the copy's progress.")).text();
    const auto unwatch = [&] { virConnectDomainEventDeregisterAny(conn, callback); };
    const QByteArray path = target.toUtf8();
    if (virDomainBlockPull(dom, path.constData(), 0, 0) < 0) {
        const QString why
            = takeLibvirtError(FlattenText::tr("QEMU did not start copying the template's data."))
                  .text();
        unwatch();
        return why;
    }
    std::unique_lock lock(wait.mutex);
    bool aborted = false;
    while (wait.status < 0) {
        if (wait.changed.wait_for(lock, std::chrono::milliseconds(500),
                                  [&] { return wait.status >= 0; }))
            break;
        lock.unlock();
        if (op->isCancelRequested() && !aborted) {
            aborted = true;
            virDomainBlockJobAbort(dom, path.constData(), 0);
        }
        virDomainBlockJobInfo info{};
        if (virDomainGetBlockJobInfo(dom, path.constData(), &info, 0) == 1 && info.end > 0)
            op->reportProgress(int((disk * 100 + info.cur * 100 / info.end) / disks),
                               FlattenText::tr("Taking in the template's data: %1%")
                                   .arg(info.cur * 100 / info.end));
        lock.lock();
    }
    const int status = wait.status;
    lock.unlock();
    unwatch();
    virResetLastError();
    if (status == VIR_DOMAIN_BLOCK_JOB_COMPLETED) {
        op->reportProgress(
            (disk + 1) * 100 / disks,
            FlattenText::tr("%1 takes in no more of the template's data.").arg(target));
        return {};
    }
    return status == VIR_DOMAIN_BLOCK_JOB_CANCELED
               ? FlattenText::tr("Cancelled: the disk still stands on the template.")
               : FlattenText::tr("QEMU could not copy the template's data into %1.").arg(target);
}

} // namespace

Operation *flatten(Connection *connection, const QString &uuid)
{
    const bool local = connection->isLocal();
    Operation *op = connection->runJob(
        FlattenText::tr("Flatten"),
        [uuid, local](virConnectPtr conn, Operation *op) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(FlattenText::tr("The VM is gone.")));
            const QString name = QString::fromUtf8(virDomainGetName(dom));
            const auto done = [dom](const OpResult &r) {
                virDomainFree(dom);
                virResetLastError();
                return r;
            };
            const bool running = virDomainIsActive(dom) == 1;
            if (!local && !running)
                return done(OpResult::failure(
                    FlattenText::tr("Flattening a shut-off VM runs qemu-img on the host's files: "
                                    "on a remote connection, start the VM and flatten it "
                                    "running."),
                    Failure::Kind::InvalidInput));
            char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
            const QString xml = QString::fromUtf8(raw ? raw : "");
            free(raw);
            DomainDocument doc;
            doc.read(xml);
            QStringList overlays;
            QStringList targets;
            QList<virStoragePoolPtr> pools;
            for (const DomainDocument::Disk &d : doc.disks()) {
                if (d.device != QLatin1String("disk") || d.source.isEmpty())
                    continue;
                virStorageVolPtr vol
                    = virStorageVolLookupByPath(conn, d.source.toUtf8().constData());
                if (!vol)
                    continue;
                if (!readVolume(vol, {}).backingPath.isEmpty()) {
                    overlays << d.source;
                    targets << d.target;
                    pools << virStoragePoolLookupByVolume(vol);
                }
                virStorageVolFree(vol);
            }
            virResetLastError();
            QString failure;
            for (int i = 0; i < overlays.size() && failure.isEmpty(); ++i)
                failure = running
                              ? pullIntoRunning(conn, dom, targets[i], op, i, int(overlays.size()))
                              : runQemuImg({QStringLiteral("rebase"), QStringLiteral("-f"),
                                            QStringLiteral("qcow2"), QStringLiteral("-b"),
                                            QString(), overlays[i]},
                                           op, i, int(overlays.size()),
                                           FlattenText::tr("Taking in the template's data: %1%"));
            for (virStoragePoolPtr p : std::as_const(pools)) {
                virStoragePoolRefresh(p, 0);
                virStoragePoolFree(p);
            }
            if (!failure.isEmpty())
                return done(OpResult::failure(failure));
            DomainInfo info;
            readDomainXml(xml, info);
            if (!info.templateUuid.isEmpty())
                Lineage::set(dom,
                             Lineage::instanceElement(info.templateUuid, info.templateName,
                                                      QStringLiteral("full"), info.fromSnapshot));
            return done(OpResult::success(overlays.size()));
        },
        {uuid}, true);
    op->setCancelHook([] {}); // looked at while QEMU copies
    return op;
}

} // namespace Vireo::Templates

namespace Vireo {

QString runQemuImg(const QStringList &arguments, Operation *op, int disk, int disks,
                   const QString &text)
{
    QProcess qemuImg;
    qemuImg.setProcessChannelMode(QProcess::MergedChannels);
    qemuImg.start(QStringLiteral("qemu-img"),
                  QStringList{arguments.first(), QStringLiteral("-p")} + arguments.mid(1));
    if (!qemuImg.waitForStarted(10000))
        return Templates::FlattenText::tr("qemu-img could not be started: %1")
            .arg(qemuImg.errorString());
    static const QRegularExpression percent(QStringLiteral("\\((\\d+)\\.\\d+/100%\\)"));
    QByteArray output;
    while (qemuImg.state() != QProcess::NotRunning) {
        if (qemuImg.waitForReadyRead(1000)) {
            const QByteArray chunk = qemuImg.readAll();
            output += chunk;
            const auto matches = percent.globalMatch(QString::fromLatin1(chunk));
            int last = -1;
            for (auto it = matches; it.hasNext();)
                last = it.next().captured(1).toInt();
            if (last >= 0)
                op->reportProgress((disk * 100 + last) / disks, text.arg(last));
        }
    }
    output += qemuImg.readAll();
    if (qemuImg.exitStatus() != QProcess::NormalExit || qemuImg.exitCode() != 0)
        return Templates::FlattenText::tr("qemu-img %1 failed: %2")
            .arg(arguments.first(), QString::fromLocal8Bit(output).simplified().right(300));
    return {};
}

} // namespace Vireo
