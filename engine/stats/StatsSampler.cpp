#include "stats/StatsSampler.h"

#include "core/Connection.h"
#include "domains/DomainInfo.h"
#include "stats/StatsStore.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

StatsSampler::StatsSampler(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StatsSampler::sampleNow);
    // vCPUs hot-plugged, or every domain read again after a reconnection.
    connect(connection, &Connection::domainChanged, this, [this](const DomainInfo &d) {
        const auto it = m_tracks.find(d.uuid);
        if (it != m_tracks.end())
            it->vcpus = d.vcpus;
    });
    connect(connection, &Connection::domainsReset, this, [this] {
        for (Track &t : m_tracks)
            t.vcpus = -1;
    });
}

void StatsSampler::setInterval(int ms)
{
    m_timer.setInterval(qMax(100, ms));
}

void StatsSampler::start()
{
    m_timer.start();
    sampleNow();
}

void StatsSampler::stop()
{
    m_timer.stop();
}

void StatsSampler::sampleNow()
{
    if (!m_connection || m_inFlight)
        return;
    m_inFlight = true;
    const QSet<QString> periodSet = m_periodSet;
    const int groups = m_groups;
    m_connection->query(
        [periodSet, groups](virConnectPtr conn) {
            StatsSnapshot snapshot = Stats::read(conn, groups);
            // Guests report their own memory use (balloon unused/available) only when asked
            // for a period; once per domain that runs.
            for (const DomainCounters &d : snapshot.domains) {
                if (periodSet.contains(d.uuid) || d.unusedKiB >= 0)
                    continue;
                if (virDomainPtr dom = virDomainLookupByUUIDString(conn, d.uuid.toLatin1())) {
                    virDomainSetMemoryStatsPeriod(dom, 2, VIR_DOMAIN_AFFECT_LIVE);
                    virDomainFree(dom);
                }
                virResetLastError();
            }
            return QVariant::fromValue(snapshot);
        },
        this,
        [this](const QVariant &result) {
            m_inFlight = false;
            take(result.value<StatsSnapshot>());
        });
    // A connection that is down runs nothing: try again next tick.
    if (m_connection->state() != Connection::State::Connected
        && m_connection->state() != Connection::State::NotResponding)
        m_inFlight = false;
}

void StatsSampler::take(const StatsSnapshot &snapshot)
{
    const quint64 tick = ++m_tick;
    QStringList updated;
    updated.reserve(snapshot.domains.size());
    QList<std::pair<QString, VmSample>> stored;
    stored.reserve(snapshot.domains.size());
    const int hostCpus = snapshot.host.cpus;
    qsizetype newcomers = 0;
    for (const DomainCounters &reading : snapshot.domains) {
        Track &track = m_tracks[reading.uuid];
        DomainCounters d = reading;
        // Its vCPUs, from the live XML the connection keeps (looked up once, then followed).
        if (d.vcpus <= 0) {
            if (track.vcpus < 0)
                track.vcpus = m_connection ? m_connection->vcpusOf(d.uuid) : 0;
            d.vcpus = track.vcpus;
        }
        // Read at the last tick too: rates. The first reading of a run has only levels (memory).
        const bool continuing = track.tick != 0 && track.tick + 1 == tick;
        const VmSample sample
            = continuing ? Stats::rates(track.previous, m_previousMs, d, snapshot.timeMs, hostCpus)
                         : Stats::rates(d, snapshot.timeMs, d, snapshot.timeMs, hostCpus);
        if (!continuing)
            ++newcomers;
        track.ring.push_back(sample);
        while (track.ring.size() > size_t(kRingSize))
            track.ring.pop_front();
        track.previous = std::move(d);
        track.tick = tick;
        if (continuing)
            stored.append({reading.uuid, sample});
        updated << reading.uuid;
    }
    // One write for the whole tick: one transaction, whatever the number of VMs.
    if (m_store && !stored.isEmpty())
        m_store->append(stored);
    // Domains that stopped drop out: when they run again, their memory period is set again.
    // (The set changes only when a domain starts or stops.)
    if (newcomers > 0 || snapshot.domains.size() != m_previousCount) {
        m_periodSet.clear();
        m_periodSet.reserve(snapshot.domains.size());
        for (const DomainCounters &d : snapshot.domains)
            m_periodSet.insert(d.uuid);
    }
    m_previousCount = snapshot.domains.size();
    m_host = Stats::hostRates(m_previousHost, m_previousMs, snapshot.host, snapshot.timeMs);
    m_hostRing.push_back(m_host);
    while (m_hostRing.size() > size_t(kRingSize))
        m_hostRing.pop_front();
    m_previousHost = snapshot.host;
    m_previousMs = snapshot.timeMs;
    Q_EMIT sampled(updated);
}

QList<VmSample> StatsSampler::recent(const QString &uuid, int count) const
{
    const auto it = m_tracks.constFind(uuid);
    if (it == m_tracks.cend())
        return {};
    const std::deque<VmSample> &ring = it->ring;
    const auto size = qsizetype(ring.size());
    const qsizetype skip = count < 0 || count >= size ? 0 : size - count;
    return QList<VmSample>(ring.cbegin() + skip, ring.cend());
}

VmSample StatsSampler::latest(const QString &uuid) const
{
    const auto it = m_tracks.constFind(uuid);
    return it == m_tracks.cend() || it->ring.empty() ? VmSample() : it->ring.back();
}

} // namespace Vireo
