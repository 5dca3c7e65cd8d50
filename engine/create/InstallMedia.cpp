#include "create/InstallMedia.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "domains/DomainInfo.h"
#include "xml/DomainDocument.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::InstallMedia {

namespace {

struct MediaText
{
    Q_DECLARE_TR_FUNCTIONS(MediaText)
};

/// Reads the domain's XML (stored or live) into `doc`; false with the failure set when it cannot.
bool readInto(DomainDocument &doc, virDomainPtr dom, unsigned int flags, Failure *failure)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    if (!xml) {
        *failure = takeLibvirtError(MediaText::tr("Could not read the machine's configuration."));
        return false;
    }
    doc.read(QString::fromUtf8(xml));
    free(xml);
    return true;
}

} // namespace

Failure insertForThisRun(virDomainPtr dom, const QString &target, const QString &path)
{
    Failure failure;
    DomainDocument live;
    if (!readInto(live, dom, 0, &failure))
        return failure;
    if (!live.setMedia(target, path))
        return Failure::of(Failure::Kind::Other,
                           MediaText::tr("The machine has no CD-ROM drive %1.").arg(target));
    const QByteArray device = live.diskXml(target).toUtf8();
    if (virDomainUpdateDeviceFlags(dom, device.constData(), VIR_DOMAIN_AFFECT_LIVE) < 0)
        return takeLibvirtError(MediaText::tr("Could not insert the install image %1.").arg(path));
    return {};
}

bool looksLeftInInstaller(const DomainInfo &domain)
{
    bool media = false;
    bool disk = false;
    for (const DiskInfo &d : domain.disks) {
        media |= d.device == QLatin1String("cdrom") && !d.source.isEmpty();
        disk |= d.device == QLatin1String("disk");
    }
    return media && disk;
}

Operation *ejectAndBootFromDisk(Connection *connection, const QString &uuid)
{
    const auto domain = connection->domain(uuid);
    const QString name = domain ? domain->name : uuid;
    return connection->runJob(
        MediaText::tr("Eject the install media of %1").arg(name),
        [uuid](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(
                    takeLibvirtError(MediaText::tr("The machine is not there any more.")));
            Failure failure;
            DomainDocument stored;
            int emptied = 0;
            if (readInto(stored, dom, VIR_DOMAIN_XML_INACTIVE, &failure)) {
                for (const DomainDocument::Disk &d : stored.disks()) {
                    if (d.device == QLatin1String("cdrom") && !d.source.isEmpty()
                        && stored.setMedia(d.target, QString()))
                        ++emptied;
                }
                // The disk first; what was there after it stays in its order.
                QStringList order = stored.bootOrder();
                order.removeAll(QStringLiteral("hd"));
                order.prepend(QStringLiteral("hd"));
                stored.setBootOrder(order);
                const QByteArray xml = stored.write().toUtf8();
                virDomainPtr redefined = virDomainDefineXML(conn, xml.constData());
                if (!redefined)
                    failure = takeLibvirtError(
                        MediaText::tr("Could not change the machine's definition."));
                else
                    virDomainFree(redefined);
            }
            // A running machine lets go of its media now as well.
            DomainDocument live;
            if (!failure.failed() && virDomainIsActive(dom) == 1
                && readInto(live, dom, 0, &failure)) {
                for (const DomainDocument::Disk &d : live.disks()) {
                    if (failure.failed() || d.device != QLatin1String("cdrom") || d.source.isEmpty()
                        || !live.setMedia(d.target, QString()))
                        continue;
                    const QByteArray device = live.diskXml(d.target).toUtf8();
                    if (virDomainUpdateDeviceFlags(dom, device.constData(), VIR_DOMAIN_AFFECT_LIVE)
                        < 0)
                        failure = takeLibvirtError(
                            MediaText::tr("Could not eject the media of the running machine."));
                }
            }
            virResetLastError();
            virDomainFree(dom);
            if (failure.failed())
                return OpResult::failure(failure);
            return OpResult::success(emptied);
        },
        {uuid});
}

} // namespace Vireo::InstallMedia
