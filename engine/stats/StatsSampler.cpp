#include "stats/StatsSampler.h"

#include "core/Connection.h"
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
    m_connection->query(
        [periodSet](virConnectPtr conn) {
            StatsSnapshot snapshot = Stats::read(conn);
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
    QStringList updated;
    QList<std::pair<QString, VmSample>> stored;
    QHash<QString, const DomainCounters *> before;
    for (const DomainCounters &d : m_previous.domains)
        before.insert(d.uuid, &d);
    const int hostCpus = snapshot.host.cpus;
    QSet<QString> running;
    for (DomainCounters d : snapshot.domains) {
        running.insert(d.uuid);
        // Its vCPUs now, from the live XML the connection keeps.
        if (d.vcpus <= 0 && m_connection)
            d.vcpus = m_connection->vcpusOf(d.uuid);
        const DomainCounters *old = before.value(d.uuid);
        // The first reading of a domain has no rates yet, only levels (memory).
        const VmSample sample
            = old ? Stats::rates(*old, m_previous.timeMs, d, snapshot.timeMs, hostCpus)
                  : Stats::rates(d, snapshot.timeMs, d, snapshot.timeMs, hostCpus);
        std::deque<VmSample> &ring = m_rings[d.uuid];
        ring.push_back(sample);
        while (ring.size() > size_t(kRingSize))
            ring.pop_front();
        if (old)
            stored.append({d.uuid, sample});
        updated << d.uuid;
    }
    // One write for the whole tick: one transaction, whatever the number of VMs.
    if (m_store && !stored.isEmpty())
        m_store->append(stored);
    // Domains that stopped drop out: when they run again, their memory period is set again.
    m_periodSet = running;
    m_host = Stats::hostRates(m_previous.host, m_previous.timeMs, snapshot.host, snapshot.timeMs);
    m_hostRing.push_back(m_host);
    while (m_hostRing.size() > size_t(kRingSize))
        m_hostRing.pop_front();
    m_previous = snapshot;
    Q_EMIT sampled(updated);
}

QList<VmSample> StatsSampler::recent(const QString &uuid, int count) const
{
    const auto it = m_rings.constFind(uuid);
    if (it == m_rings.cend())
        return {};
    const auto size = qsizetype(it->size());
    const qsizetype skip = count < 0 || count >= size ? 0 : size - count;
    return QList<VmSample>(it->cbegin() + skip, it->cend());
}

VmSample StatsSampler::latest(const QString &uuid) const
{
    const auto it = m_rings.constFind(uuid);
    return it == m_rings.cend() || it->empty() ? VmSample() : it->back();
}

} // namespace Vireo
