#pragma once

#include "core/Background.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

namespace Vireo {

/// One thread with a job queue. Every blocking libvirt call of a connection runs here, in order,
/// so the GUI thread never waits on the daemon. Results come back with call(), on the thread of
/// the object that asked.
class Worker
{
public:
    explicit Worker(const QString &name);
    ~Worker();

    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    /// Queues a job. A job marked long-running (a save, a migration) is expected to take a while:
    /// it does not count as the daemon being overdue.
    void post(std::function<void()> job, bool longRunning = false);

    /// Runs `fn` here and hands its result to `done` on `context`'s thread, unless `context` is
    /// gone by then. The continuation is attached before the job is queued: Qt 6.4 can lose a
    /// continuation attached while the job finishes on this thread (seen as a connection that,
    /// now and then, never opened), so prefer this to submit().then(context, ...).
    template<typename T>
    void call(QObject *context, std::function<T()> fn, std::function<void(const T &)> done)
    {
        auto promise = promiseFor<T>(context, std::move(done));
        post([promise, fn = std::move(fn)] { fulfil(*promise, fn()); });
    }

    /// How long the running job has been running, in ms; 0 when the worker is idle or runs a
    /// long-running job. Safe from any thread: the connection's watchdog uses it to notice a
    /// daemon that stopped answering.
    qint64 busyForMs() const;
    int queuedJobs() const;

    /// Waits until every worker thread of the process has drained its queue and ended (workers
    /// whose owner is gone finish in the background). For the end of main(): false on timeout.
    static bool waitForAll(int timeoutMs);

private:
    struct Queue;
    class Thread;
    std::shared_ptr<Queue> m_queue; // shared with the thread, which may outlive us when stuck
    Thread *m_thread;
};

} // namespace Vireo
