#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Vireo {

class Worker;

/// Notices a daemon that stopped answering. Only the short lane counts: a call there overdue
/// means trouble, while the long lane's jobs (a save, a copy) are expected to take their time.
/// When the short lane is idle, something small is asked now and then (the heartbeat), so that a
/// daemon that froze is noticed even when the user is not doing anything; the long lane being
/// busy does not stop the heartbeat.
class ConnectionWatchdog : public QObject
{
    Q_OBJECT
public:
    /// `ping` runs on `lane` and answers whether the daemon is alive.
    ConnectionWatchdog(Worker *lane, std::function<bool()> ping, QObject *parent = nullptr);

    /// How often an idle connection is checked, and after how long an unanswered call counts as
    /// overdue (defaults: 1 s and 2 s).
    void setTimings(int heartbeatMs, int overdueMs);
    /// Starts watching a session (its generation is handed back with dead()).
    void watch(quint64 generation);
    void stop();

Q_SIGNALS:
    /// A call on the short lane has been running for `ms`.
    void overdue(qint64 ms);
    /// The short lane is answering again after overdue().
    void answering();
    /// The heartbeat's question failed: the session `generation` is gone.
    void dead(quint64 generation);

private:
    void tick();

    Worker *m_lane;
    std::function<bool()> m_ping;
    QTimer m_timer;
    quint64 m_generation = 0;
    int m_heartbeatMs = 1000;
    int m_overdueMs = 2000;
    qint64 m_lastHeartbeatMs = 0;
    bool m_heartbeatInFlight = false;
    bool m_overdue = false;
};

} // namespace Vireo
