// Templates::flatten: an instance made independent of its template.
#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "storage/Volumes.h"
#include "templates/Templates.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Templates {

namespace {

struct FlattenText
{
    Q_DECLARE_TR_FUNCTIONS(FlattenText)
};

/// `qemu-img rebase -b ""`: the overlay takes in what it read from its backing file. Progress
/// from qemu-img's -p output; empty when done, else why not.
QString rebaseOntoNothing(const QString &overlay, Operation *op, int disk, int disks)
{
    QProcess qemuImg;
    qemuImg.setProcessChannelMode(QProcess::MergedChannels);
    qemuImg.start(QStringLiteral("qemu-img"),
                  {QStringLiteral("rebase"), QStringLiteral("-p"), QStringLiteral("-f"),
                   QStringLiteral("qcow2"), QStringLiteral("-b"), QString(), overlay});
    if (!qemuImg.waitForStarted(10000))
        return FlattenText::tr("qemu-img could not be started: %1").arg(qemuImg.errorString());
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
                op->reportProgress((disk * 100 + last) / disks,
                                   FlattenText::tr("Taking in the template's data: %1%").arg(last));
        }
    }
    output += qemuImg.readAll();
    if (qemuImg.exitStatus() != QProcess::NormalExit || qemuImg.exitCode() != 0)
        return FlattenText::tr("qemu-img rebase failed: %1")
            .arg(QString::fromLocal8Bit(output).simplified().right(300));
    return {};
}

} // namespace

Operation *flatten(Connection *connection, const QString &uuid)
{
    const bool local = connection->isLocal();
    return connection->runJob(
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
            if (virDomainIsActive(dom) == 1)
                return done(OpResult::failure(
                    FlattenText::tr("Shut %1 down first: Vireo flattens shut-off instances.")
                        .arg(name),
                    Failure::Kind::InvalidInput));
            if (!local)
                return done(OpResult::failure(
                    FlattenText::tr("Flattening runs qemu-img on the host's files: it works on "
                                    "a local connection only."),
                    Failure::Kind::InvalidInput));
            char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
            const QString xml = QString::fromUtf8(raw ? raw : "");
            free(raw);
            DomainDocument doc;
            doc.read(xml);
            QStringList overlays;
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
                    pools << virStoragePoolLookupByVolume(vol);
                }
                virStorageVolFree(vol);
            }
            virResetLastError();
            QString failure;
            for (int i = 0; i < overlays.size() && failure.isEmpty(); ++i)
                failure = rebaseOntoNothing(overlays[i], op, i, int(overlays.size()));
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
}

} // namespace Vireo::Templates
