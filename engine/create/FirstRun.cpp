#include "create/FirstRun.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "create/VmSpec.h"
#include "domains/DomainInfo.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::FirstRun {

namespace {

struct FirstRunText
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunText)
};

/// Removes a file through the pool that holds it (on a remote host too), else as a file here.
void removeFile(virConnectPtr conn, const QString &path, bool local)
{
    if (virStorageVolPtr vol = virStorageVolLookupByPath(conn, path.toUtf8().constData())) {
        virStorageVolDelete(vol, 0);
        virStorageVolFree(vol);
    } else if (local) {
        QFile::remove(path);
    }
    virResetLastError();
}

} // namespace

Failure storeDefinition(virConnectPtr conn, VmSpec spec, const QString &uuid,
                        const QStringList &files, bool install)
{
    spec.uuid = uuid; // the same machine
    const QByteArray xml = writeDomainXml(spec).toUtf8();
    virDomainPtr dom = virDomainDefineXML(conn, xml.constData());
    if (!dom)
        return takeLibvirtError(FirstRunText::tr("Could not store the machine's definition."));
    QString meta
        = install ? QStringLiteral("<firstrun install='yes'>") : QStringLiteral("<firstrun>");
    for (const QString &f : files)
        meta += QStringLiteral("<file path='%1'/>").arg(f.toHtmlEscaped());
    meta += QStringLiteral("</firstrun>");
    const int rc = virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, meta.toUtf8().constData(),
                                        "vireo", firstRunMetadataNamespace().toUtf8().constData(),
                                        VIR_DOMAIN_AFFECT_CONFIG);
    Failure failure;
    if (rc < 0)
        failure = takeLibvirtError(FirstRunText::tr("Could not store the machine's definition."));
    virDomainFree(dom);
    return failure;
}

Janitor::Janitor(Connection *connection)
    : QObject(connection)
    , m_connection(connection)
{
    connect(connection, &Connection::domainsReset, this, [this](const QList<DomainInfo> &all) {
        for (const DomainInfo &d : all)
            consider(d, false);
    });
    connect(connection, &Connection::domainChanged, this,
            [this](const DomainInfo &d) { consider(d, true); });
    for (const DomainInfo &d : connection->domains())
        consider(d, false);
}

void Janitor::consider(const DomainInfo &domain, bool seenStopping)
{
    if (domain.firstRunFiles.isEmpty() || domain.isActive() || m_inFlight.contains(domain.uuid)
        || !m_connection || m_connection->isReadOnly())
        return;
    m_inFlight.insert(domain.uuid);
    const QString uuid = domain.uuid;
    const QStringList paths = domain.firstRunFiles;
    const bool local = isLocalUri(m_connection->uri());
    // The installer rebooted or powered off (not a forced stop, not found stopped at start-up):
    // the install goes on from the disk.
    const bool restart
        = domain.installRun && seenStopping && domain.reason == VIR_DOMAIN_SHUTOFF_SHUTDOWN;
    Operation *op = m_connection->runJob(
        FirstRunText::tr("Remove the first-run files of %1").arg(domain.name),
        [uuid, paths, local, restart](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(
                    takeLibvirtError(FirstRunText::tr("The machine is gone.")));
            if (virDomainIsActive(dom) == 1) { // started again meanwhile: its run still uses them
                virDomainFree(dom);
                return OpResult::success(false);
            }
            for (const QString &path : paths)
                removeFile(conn, path, local);
            // The pools that list them forget them.
            virStoragePoolPtr *pools = nullptr;
            const int n = virConnectListAllStoragePools(conn, &pools,
                                                        VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
            for (int i = 0; i < n; ++i) {
                virStoragePoolRefresh(pools[i], 0);
                virStoragePoolFree(pools[i]);
            }
            free(pools);
            virResetLastError();
            const QByteArray ns = firstRunMetadataNamespace().toUtf8();
            int rc = virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, nullptr, nullptr,
                                          ns.constData(), VIR_DOMAIN_AFFECT_CONFIG);
            Failure failure
                = rc < 0 ? takeLibvirtError(FirstRunText::tr("Could not forget the first-run "
                                                             "files."))
                         : Failure();
            if (!failure.failed() && restart && virDomainCreate(dom) < 0)
                failure = takeLibvirtError(
                    FirstRunText::tr("The install has ended; the installed system did not "
                                     "start."));
            virDomainFree(dom);
            return failure.failed() ? OpResult::failure(failure) : OpResult::success(true);
        },
        {uuid});
    connect(op, &Operation::finished, this, [this, uuid, paths, restart, op](bool ok) {
        m_inFlight.remove(uuid);
        if (ok && op->value().toBool())
            Q_EMIT removed(uuid, paths, restart);
    });
}

} // namespace Vireo::FirstRun
