#include "snapshots/Snapshots.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "snapshots/DiskImages.h"
#include "snapshots/JobSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Snapshots {

Operation *convertToQcow2(Connection *connection, const QString &uuid)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not convert the disks of %1 to qcow2.").arg(vm);
    const bool local = isLocalUri(connection->uri());
    return connection->runJob(
        SnapshotText::tr("Convert the disks of %1 to qcow2").arg(vm),
        [=](virConnectPtr conn, Operation *) {
            if (!local)
                return OpResult::failure(
                    what + QLatin1Char(' ')
                    + SnapshotText::tr("Vireo converts disks only on this machine's "
                                       "connections."));
            return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
                if (virDomainIsActive(dom) == 1)
                    return OpResult::failure(what + QLatin1Char(' ')
                                             + SnapshotText::tr("Shut the machine off first."));
                char *raw
                    = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
                if (!raw)
                    return OpResult::failure(takeLibvirtError(what));
                const QString xml = QString::fromUtf8(raw);
                free(raw);
                QHash<QString, QString> renamed;
                QStringList made;
                auto undo = [&made] {
                    for (const QString &f : made)
                        QFile::remove(f);
                };
                for (const Disk &disk : writableDisks(xml)) {
                    if (disk.format == QLatin1String("qcow2"))
                        continue;
                    if (disk.file.isEmpty()) {
                        undo();
                        return OpResult::failure(
                            what + QLatin1Char(' ')
                            + SnapshotText::tr("Disk %1 is not a file.").arg(disk.target));
                    }
                    const QFileInfo source(disk.file);
                    QString target = source.absolutePath() + QLatin1Char('/')
                                     + source.completeBaseName() + QStringLiteral(".qcow2");
                    for (int n = 1; QFile::exists(target); ++n)
                        target = source.absolutePath() + QLatin1Char('/')
                                 + source.completeBaseName() + QStringLiteral("-%1.qcow2").arg(n);
                    QProcess qemuImg;
                    qemuImg.setProcessChannelMode(QProcess::MergedChannels);
                    qemuImg.start(QStringLiteral("qemu-img"),
                                  {QStringLiteral("convert"), QStringLiteral("-O"),
                                   QStringLiteral("qcow2"), disk.file, target});
                    const bool ran = qemuImg.waitForFinished(-1);
                    if (!ran || qemuImg.exitStatus() != QProcess::NormalExit
                        || qemuImg.exitCode() != 0) {
                        QFile::remove(target);
                        undo();
                        return OpResult::failure(
                            what + QLatin1Char(' ')
                            + QString::fromLocal8Bit(qemuImg.readAll()).trimmed());
                    }
                    made << target;
                    renamed.insert(disk.file, target);
                }
                if (renamed.isEmpty())
                    return OpResult::success();
                virDomainPtr defined
                    = virDomainDefineXML(conn, withQcow2Disks(xml, renamed).toUtf8().constData());
                if (!defined) {
                    undo();
                    return OpResult::failure(takeLibvirtError(what));
                }
                virDomainFree(defined);
                return OpResult::success(QStringList(renamed.values()));
            });
        },
        {uuid}, /*longRunning=*/true);
}

} // namespace Vireo::Snapshots
