#include "domains/DomainFetch.h"

#include "core/LibvirtError.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThreadPool>

#include <QHash>
#include <QSet>
#include <algorithm>

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
/// Reads each text into the info at the same place, on this thread and the thread pool's.
void readInParallel(const QList<QString> &texts, QList<DomainInfo> &infos)
{
    const qsizetype n = texts.size();
    // A thread for every hundred texts at most: small lists are read here alone.
    const int parts = int(
        std::clamp<qsizetype>((n + 99) / 100, 1, QThreadPool::globalInstance()->maxThreadCount()));
    QSemaphore done;
    const auto readRange = [&texts, &infos](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            readDomainXml(texts.at(i), infos[i]);
    };
    for (int p = 1; p < parts; ++p) {
        QThreadPool::globalInstance()->start([&, p] {
            readRange(n * p / parts, n * (p + 1) / parts);
            done.release();
        });
    }
    readRange(0, n / parts);
    done.acquire(parts - 1);
}

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
    // The XML texts are read in chunks, each spread over this thread and the pool's: with ten
    // thousand domains, reading them is most of what the library waits for.
    constexpr int kChunk = 1000;
    QList<QString> texts;
    QList<virDomainPtr> chunk;
    auto readChunk = [&] {
        QElapsedTimer reading;
        reading.start();
        QList<DomainInfo> infos(texts.size());
        readInParallel(texts, infos);
        for (qsizetype k = 0; k < infos.size(); ++k) {
            DomainInfo &info = infos[k];
            const auto state = states.constFind(info.uuid);
            if (state != states.constEnd()) {
                info.state = DomainState(state->first);
                info.reason = state->second;
                info.persistent = persistent.contains(info.uuid);
                info.hasManagedSave = saved.contains(info.uuid);
                result << std::move(info);
            } else if (auto full = fetchDomainInfo(chunk.at(k))) {
                result << *full; // a driver without bulk stats: ask the domain itself
            }
        }
        readNs += reading.nsecsElapsed();
        for (virDomainPtr dom : std::as_const(chunk))
            virDomainFree(dom);
        texts.clear();
        chunk.clear();
    };
    for (int i = 0; i < n; ++i) {
        char *xml = virDomainGetXMLDesc(doms[i], 0);
        if (!xml) {
            // A domain that vanished between the listing and the read is simply not there.
            virResetLastError();
            virDomainFree(doms[i]);
            continue;
        }
        texts << QString::fromUtf8(xml);
        free(xml);
        chunk << doms[i];
        if (texts.size() == kChunk)
            readChunk();
    }
    readChunk();
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
