#pragma once

#include <QFuture>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

namespace Vireo {

/// One thread with a job queue. Every blocking libvirt call of a connection runs here, in order,
/// so the GUI thread never waits on the daemon. Results come back as QFutures; attach a
/// continuation with QFuture::then(context, ...) to receive them on the context's thread.
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

    template<typename T> QFuture<T> submit(std::function<T()> fn)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([promise, fn = std::move(fn)] {
            promise->addResult(fn());
            promise->finish();
        });
        return future;
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
