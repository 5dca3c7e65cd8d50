#pragma once

#include "stats/Stats.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>

namespace Vireo {

class Connection;
class StatsStore;

/// Samples one connection: every tick (1 s by default) one virConnectGetAllDomainStats call for
/// all running domains, and the host's CPU and memory, on the connection's worker. Keeps the
/// last hour of each VM's samples in memory and hands every sample to a store when given one.
class StatsSampler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRingSize = 3600; // an hour at 1 s

    explicit StatsSampler(Connection *connection, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    /// Stats::Group flags: what is read besides CPU and memory (all by default).
    void setGroups(int groups) { m_groups = groups; }
    int groups() const { return m_groups; }
    void setStore(StatsStore *store) { m_store = store; }
    StatsStore *store() const { return m_store; }
    void start();
    void stop();
    /// Samples now (besides the ticks).
    void sampleNow();

    /// The VM's samples in memory, oldest first; at most the newest `count` (all when -1).
    QList<VmSample> recent(const QString &uuid, int count = -1) const;
    VmSample latest(const QString &uuid) const;
    HostSample latestHost() const { return m_host; }
    QList<HostSample> recentHost() const { return {m_hostRing.cbegin(), m_hostRing.cend()}; }

Q_SIGNALS:
    /// After each tick: the VMs that have a new sample.
    void sampled(const QStringList &uuids);

private:
    void take(const StatsSnapshot &snapshot);

    /// What the sampler keeps of one VM: found once per tick, whatever it is used for.
    struct Track
    {
        DomainCounters previous; // the last reading, for rates
        quint64 tick = 0;        // the tick of that reading
        int vcpus = -1;          // from the connection's cache; -1: not looked up yet
        std::deque<VmSample> ring;
    };

    QPointer<Connection> m_connection;
    QPointer<StatsStore> m_store;
    QTimer m_timer;
    int m_groups = Stats::AllGroups;
    bool m_inFlight = false; // one tick at a time: a slow daemon does not pile them up
    quint64 m_tick = 0;
    qint64 m_previousMs = 0;
    HostCounters m_previousHost;
    qsizetype m_previousCount = 0;
    QSet<QString> m_periodSet; // domains told to report guest memory
    QHash<QString, Track> m_tracks;
    std::deque<HostSample> m_hostRing;
    HostSample m_host;
};

} // namespace Vireo
