#include "snapshots/JobSupport.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Snapshots {

QString domainXml(virDomainPtr dom)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    const QString text = xml ? QString::fromUtf8(xml) : QString();
    free(xml);
    return text;
}

/// Runs `body` with the domain looked up by UUID; libvirt's error otherwise.
OpResult withDomain(virConnectPtr conn, const QString &uuid, const QString &what,
                    const std::function<OpResult(virDomainPtr)> &body)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom)
        return OpResult::failure(takeLibvirtError(what));
    OpResult result = body(dom);
    virDomainFree(dom);
    return result;
}

/// Runs `body` with the domain's snapshot of that name (freed afterwards); libvirt's error
/// otherwise.
OpResult withSnapshot(virConnectPtr conn, const QString &uuid, const QString &name,
                      const QString &what,
                      const std::function<OpResult(virDomainPtr, virDomainSnapshotPtr)> &body)
{
    return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
        virDomainSnapshotPtr snap
            = virDomainSnapshotLookupByName(dom, name.toUtf8().constData(), 0);
        if (!snap)
            return OpResult::failure(takeLibvirtError(what));
        OpResult result = body(dom, snap);
        virDomainSnapshotFree(snap);
        return result;
    });
}

/// The name of a domain from the connection's cache, for messages.
QString nameOf(Connection *connection, const QString &uuid)
{
    const auto domain = connection->domain(uuid);
    return domain ? domain->name : uuid;
}

/// libvirt's error, with what it means for the user when the disk is full. QEMU reports a full
/// disk only in its message (strerror(ENOSPC), never translated), under a generic code.
Failure failure(const QString &what)
{
    Failure f = takeLibvirtError(what);
    if (f.detail.contains(QLatin1String("No space left"), Qt::CaseInsensitive)) {
        f.kind = Failure::Kind::DiskFull;
        f.summary = SnapshotText::tr("The disk that holds the machine's storage is full. %1")
                        .arg(f.summary);
    }
    return f;
}

} // namespace Vireo::Snapshots
