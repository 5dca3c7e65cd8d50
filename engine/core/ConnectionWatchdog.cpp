#include "core/ConnectionWatchdog.h"

#include "core/Worker.h"

#include <QElapsedTimer>

namespace Vireo {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

ConnectionWatchdog::ConnectionWatchdog(Worker *lane, std::function<bool()> ping, QObject *parent)
    : QObject(parent)
    , m_lane(lane)
    , m_ping(std::move(ping))
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatchdog::tick);
}

void ConnectionWatchdog::setTimings(int heartbeatMs, int overdueMs)
{
    m_heartbeatMs = heartbeatMs;
    m_overdueMs = overdueMs;
}

void ConnectionWatchdog::watch(quint64 generation)
{
    m_generation = generation;
    m_heartbeatInFlight = false;
    m_overdue = false;
    m_lastHeartbeatMs = monotonicMs();
    m_timer.start();
}

void ConnectionWatchdog::stop()
{
    m_timer.stop();
    m_overdue = false;
}

void ConnectionWatchdog::tick()
{
    const qint64 busy = m_lane->busyForMs();
    if (busy > m_overdueMs) {
        m_overdue = true;
        Q_EMIT overdue(busy);
    } else if (busy == 0 && m_overdue) {
        m_overdue = false;
        Q_EMIT answering();
    }
    const qint64 now = monotonicMs();
    if (busy != 0 || m_heartbeatInFlight || m_lane->queuedJobs() > 0
        || now - m_lastHeartbeatMs < m_heartbeatMs)
        return;
    m_heartbeatInFlight = true;
    m_lastHeartbeatMs = now;
    const quint64 generation = m_generation;
    m_lane->call<bool>(this, m_ping, [this, generation](bool alive) {
        m_heartbeatInFlight = false;
        m_lastHeartbeatMs = monotonicMs();
        if (!alive && generation == m_generation && m_timer.isActive())
            Q_EMIT dead(generation);
    });
}

} // namespace Vireo
