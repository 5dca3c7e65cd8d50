#include "domains/DomainFetch.h"

#include "core/LibvirtError.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct FetchText
{
    Q_DECLARE_TR_FUNCTIONS(FetchText)
};

/// The UUIDs of the domains a listing flag selects (persistent, with a managed save...).
QSet<QString> uuidsWith(virConnectPtr conn, unsigned int flag)
{
    QSet<QString> uuids;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, flag);
    if (n < 0) {
        virResetLastError();
        return uuids;
    }
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < n; ++i) {
        if (virDomainGetUUIDString(doms[i], uuid) == 0)
            uuids.insert(QString::fromLatin1(uuid));
        virDomainFree(doms[i]);
    }
    free(doms);
    return uuids;
}

/// Every domain's state and reason in one call, by UUID; empty where the driver cannot.
QHash<QString, std::pair<int, int>> allStates(virConnectPtr conn)
{
    QHash<QString, std::pair<int, int>> states;
    virDomainStatsRecordPtr *records = nullptr;
    const int n = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_STATE, &records, 0);
    if (n < 0) {
        virResetLastError();
        return states;
    }
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < n; ++i) {
        int state = 0;
        int reason = 0;
        if (virDomainGetUUIDString(records[i]->dom, uuid) == 0
            && virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.state", &state)
                   == 1
            && virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.reason",
                                    &reason)
                   == 1)
            states.insert(QString::fromLatin1(uuid), {state, reason});
    }
    virDomainStatsRecordListFree(records);
    virResetLastError();
    return states;
}

/// All domains with their configuration and state. Per domain only its XML is fetched; state,
/// persistence and saved state come from three bulk calls, which matters with a thousand
/// domains behind a remote daemon.
} // namespace

QList<DomainInfo> listAllDomains(virConnectPtr conn, Failure *error, ListTimings *timings)
{
    QElapsedTimer total;
    total.start();
    qint64 readNs = 0;
    QList<DomainInfo> result;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    if (n < 0) {
        *error = takeLibvirtError(FetchText::tr("Could not list the virtual machines."));
        return result;
    }
    const QHash<QString, std::pair<int, int>> states = allStates(conn);
    const QSet<QString> persistent = uuidsWith(conn, VIR_CONNECT_LIST_DOMAINS_PERSISTENT);
    const QSet<QString> saved = uuidsWith(conn, VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE);
    result.reserve(n);
    QElapsedTimer reading;
    for (int i = 0; i < n; ++i) {
        char *xml = virDomainGetXMLDesc(doms[i], 0);
        if (!xml) {
            // A domain that vanished between the listing and the read is simply not there.
            virResetLastError();
            virDomainFree(doms[i]);
            continue;
        }
        reading.start();
        DomainInfo info;
        readDomainXml(QString::fromUtf8(xml), info);
        free(xml);
        const auto state = states.constFind(info.uuid);
        if (state != states.constEnd()) {
            info.state = DomainState(state->first);
            info.reason = state->second;
            info.persistent = persistent.contains(info.uuid);
            info.hasManagedSave = saved.contains(info.uuid);
            readNs += reading.nsecsElapsed();
        } else if (auto full = fetchDomainInfo(doms[i])) {
            info = *full; // a driver without bulk stats: ask the domain itself
        }
        result << std::move(info);
        virDomainFree(doms[i]);
    }
    free(doms);
    if (timings) {
        timings->readNs = readNs;
        timings->libvirtNs = total.nsecsElapsed() - readNs;
    }
    return result;
}

std::optional<DomainInfo> fetchDomainInfo(virDomainPtr dom, QString *error)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml) {
        const QString e
            = takeLibvirtError(FetchText::tr("Could not read the machine's configuration.")).text();
        if (error)
            *error = e;
        return std::nullopt;
    }
    DomainInfo info;
    readDomainXml(QString::fromUtf8(xml), info);
    free(xml);
    int state = 0;
    int reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) == 0) {
        info.state = DomainState(state);
        info.reason = reason;
    } else {
        virResetLastError();
    }
    info.hasManagedSave = virDomainHasManagedSaveImage(dom, 0) == 1;
    info.persistent = virDomainIsPersistent(dom) == 1;
    virResetLastError();
    return info;
}

} // namespace Vireo
