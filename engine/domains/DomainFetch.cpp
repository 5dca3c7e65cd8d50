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
#include <atomic>
#include <memory>
#include <utility>

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

/// Reads XML texts into domain infos on the thread pool, a chunk at a time, while the caller goes
/// on fetching the next chunk's texts from libvirt: with ten thousand domains, reading them is
/// most of what the library waits for, and this way most of it happens while libvirt formats.
class ParallelReader
{
public:
    /// One reading thread besides the caller's, which fetches meanwhile and helps at the end: on
    /// a machine of two cores, more would slow libvirt's formatting as much as they read.
    ParallelReader() { m_pool.setMaxThreadCount(1); }
    ~ParallelReader() { wait(); }

    /// Queues a chunk; its infos come back from take(), in the order given.
    void add(QList<QByteArray> texts)
    {
        auto chunk = std::make_shared<Chunk>();
        chunk->texts = std::move(texts);
        chunk->infos.resize(chunk->texts.size());
        m_chunks << chunk;
        ++m_pending;
        m_pool.start([this, chunk] {
            read(*chunk);
            m_done.release();
        });
    }

    /// Waits for every chunk; the time this waited is what reading added to the listing.
    qint64 wait()
    {
        QElapsedTimer waiting;
        waiting.start();
        // Helping rather than idling: this thread reads the chunks the pool has not started.
        for (const auto &chunk : std::as_const(m_chunks))
            read(*chunk);
        while (m_pending > 0) {
            m_done.acquire();
            --m_pending;
        }
        return waiting.nsecsElapsed();
    }

    /// Each chunk's infos, in order (after wait()).
    QList<QList<DomainInfo>> take()
    {
        QList<QList<DomainInfo>> out;
        for (const auto &chunk : std::as_const(m_chunks))
            out << std::move(chunk->infos);
        m_chunks.clear();
        return out;
    }

private:
    struct Chunk
    {
        QList<QByteArray> texts;
        QList<DomainInfo> infos;
        std::atomic<bool> claimed = false; // by a pool thread or the waiting one
    };

    static void read(Chunk &chunk)
    {
        if (chunk.claimed.exchange(true))
            return;
        for (qsizetype i = 0; i < chunk.texts.size(); ++i)
            readDomainXml(chunk.texts.at(i), chunk.infos[i]);
        chunk.texts.clear();
    }

    QThreadPool m_pool;
    QList<std::shared_ptr<Chunk>> m_chunks;
    QSemaphore m_done;
    int m_pending = 0;
};

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
    // The XML texts are read in chunks on the thread pool while this thread fetches the next.
    constexpr int kChunk = 250;
    ParallelReader reader;
    QList<QByteArray> texts;
    QList<virDomainPtr> fetched; // the domains whose text was read, in order
    fetched.reserve(n);
    for (int i = 0; i < n; ++i) {
        char *xml = virDomainGetXMLDesc(doms[i], 0);
        if (!xml) {
            // A domain that vanished between the listing and the read is simply not there.
            virResetLastError();
            virDomainFree(doms[i]);
            continue;
        }
        texts << QByteArray(xml);
        free(xml);
        fetched << doms[i];
        if (texts.size() == kChunk)
            reader.add(std::exchange(texts, {}));
    }
    if (!texts.isEmpty())
        reader.add(std::move(texts));
    readNs = reader.wait();
    qsizetype k = 0;
    for (QList<DomainInfo> &infos : reader.take()) {
        for (DomainInfo &info : infos) {
            virDomainPtr dom = fetched.at(k++);
            const auto state = states.constFind(info.uuid);
            if (state != states.constEnd()) {
                info.state = DomainState(state->first);
                info.reason = state->second;
                info.persistent = persistent.contains(info.uuid);
                info.hasManagedSave = saved.contains(info.uuid);
                result << std::move(info);
            } else if (auto full = fetchDomainInfo(dom)) {
                result << *full; // a driver without bulk stats: ask the domain itself
            }
            virDomainFree(dom);
        }
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

namespace {

DomainDefinition definitionOf(virDomainPtr dom)
{
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    DomainDefinition d;
    d.xml = QString::fromUtf8(xml ? xml : "");
    if (xml)
        readDomainXml(QByteArray(xml), d.info);
    free(xml);
    d.running = virDomainIsActive(dom) == 1;
    return d;
}

} // namespace

QList<DomainDefinition> readAllDefinitions(virConnectPtr conn)
{
    QList<DomainDefinition> all;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    for (int i = 0; i < n; ++i) {
        all << definitionOf(doms[i]);
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
    return all;
}

std::optional<DomainDefinition> readDefinition(virConnectPtr conn, const QString &uuid)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom) {
        virResetLastError();
        return std::nullopt;
    }
    const DomainDefinition d = definitionOf(dom);
    virDomainFree(dom);
    virResetLastError();
    return d;
}

QStringList domainNames(virConnectPtr conn)
{
    QStringList names;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    for (int i = 0; i < n; ++i) {
        names << QString::fromUtf8(virDomainGetName(doms[i]));
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
    return names;
}

} // namespace Vireo
