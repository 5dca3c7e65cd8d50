#include "core/Worker.h"

#include "core/Logging.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace Vireo {

namespace {

// Threads still running, so that the application can let them finish before it exits.
std::mutex g_runningMutex;
std::condition_variable g_runningChanged;
int g_running = 0;

} // namespace

struct Worker::Queue
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::pair<std::function<void()>, bool>> jobs;
    bool stopping = false;
    std::atomic<qint64> jobStartedMs{0};
    QElapsedTimer clock;
};

class Worker::Thread : public QThread
{
public:
    explicit Thread(std::shared_ptr<Queue> queue)
        : m_queue(std::move(queue))
    {
    }

protected:
    void run() override
    {
        {
            std::lock_guard lock(g_runningMutex);
            ++g_running;
        }
        drain();
        {
            std::lock_guard lock(g_runningMutex);
            --g_running;
        }
        g_runningChanged.notify_all();
    }

private:
    void drain()
    {
        Queue &q = *m_queue;
        for (;;) {
            std::function<void()> job;
            bool longRunning = false;
            {
                std::unique_lock lock(q.mutex);
                q.wake.wait(lock, [&q] { return q.stopping || !q.jobs.empty(); });
                if (q.jobs.empty())
                    return; // stopping, and everything queued has run
                job = std::move(q.jobs.front().first);
                longRunning = q.jobs.front().second;
                q.jobs.pop_front();
            }
            if (!longRunning)
                q.jobStartedMs.store(qMax<qint64>(1, q.clock.elapsed()));
            job();
            q.jobStartedMs.store(0);
        }
    }

    std::shared_ptr<Queue> m_queue;
};

Worker::Worker(const QString &name)
    : m_queue(std::make_shared<Queue>())
    , m_thread(new Thread(m_queue))
{
    m_queue->clock.start();
    m_thread->setObjectName(name);
    m_thread->start();
}

Worker::~Worker()
{
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->stopping = true;
    }
    m_queue->wake.notify_all();
    // The queue still drains (a connection's last job closes it), but the GUI thread does not wait
    // long for that: a daemon that never answers must not freeze the window. Such a thread
    // finishes on its own and then deletes itself; waitForAll() gives it time before exit.
    // A healthy connection closes in about a millisecond: that short wait is allowed.
    if (m_thread->wait(QDeadlineTimer(50))) {
        delete m_thread;
    } else {
        QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

bool Worker::waitForAll(int timeoutMs)
{
    std::unique_lock lock(g_runningMutex);
    return g_runningChanged.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                     [] { return g_running == 0; });
}

void Worker::post(std::function<void()> job, bool longRunning)
{
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->jobs.emplace_back(std::move(job), longRunning);
    }
    m_queue->wake.notify_one();
}

qint64 Worker::busyForMs() const
{
    const qint64 started = m_queue->jobStartedMs.load();
    return started == 0 ? 0 : qMax<qint64>(1, m_queue->clock.elapsed() - started);
}

int Worker::queuedJobs() const
{
    std::lock_guard lock(m_queue->mutex);
    return int(m_queue->jobs.size());
}

} // namespace Vireo
