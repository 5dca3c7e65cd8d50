#include "core/Worker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <condition_variable>
#include <mutex>

using namespace Vireo;

class TstWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsJobsInOrderOffTheCallingThread()
    {
        Worker worker(QStringLiteral("test"));
        QList<int> order;
        QList<QThread *> threads;
        std::mutex m;
        for (int i = 0; i < 5; ++i) {
            worker.post([&, i] {
                std::lock_guard lock(m);
                order << i;
                threads << QThread::currentThread();
            });
        }
        int got = 0;
        bool delivered = false;
        worker.call<int>(
            this, [] { return 42; },
            [&](const int &v) {
                got = v;
                delivered = QThread::currentThread() == thread();
            });
        QTRY_COMPARE(got, 42);
        QVERIFY(delivered); // the continuation ran on this (the "GUI") thread
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
        for (QThread *t : threads)
            QVERIFY(t != QThread::currentThread());
    }

    void everyResultArrives()
    {
        // Results handed back while the lane is busy and while it is idle, thousands of times:
        // none may be lost (a continuation attached after the job finished once was, now and
        // then, and a connection then never opened).
        Worker worker(QStringLiteral("test"));
        int delivered = 0;
        const int n = 3000;
        for (int i = 0; i < n; ++i) {
            worker.call<int>(
                this, [i] { return i; }, [&delivered](const int &) { ++delivered; });
            if (i % 100 == 0)
                QCoreApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(delivered, n, 10000);
    }

    void reportsHowLongABlockedJobHasRun()
    {
        Worker worker(QStringLiteral("test"));
        std::mutex m;
        std::condition_variable cv;
        bool release = false;
        QCOMPARE(worker.busyForMs(), 0);
        worker.post([&] {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return release; });
        });
        QTRY_VERIFY(worker.busyForMs() >= 200);
        worker.post([] {});
        QCOMPARE(worker.queuedJobs(), 1);
        {
            std::lock_guard lock(m);
            release = true;
        }
        cv.notify_all();
        QTRY_COMPARE(worker.busyForMs(), 0);
        QTRY_COMPARE(worker.queuedJobs(), 0);
    }

    void longRunningJobsAreNotOverdue()
    {
        Worker worker(QStringLiteral("test"));
        std::mutex m;
        std::condition_variable cv;
        bool release = false;
        bool started = false;
        worker.post(
            [&] {
                std::unique_lock lock(m);
                started = true;
                cv.wait(lock, [&] { return release; });
            },
            true);
        QTRY_VERIFY([&] {
            std::lock_guard l(m);
            return started;
        }());
        QTest::qWait(100);
        QCOMPARE(worker.busyForMs(), 0);
        {
            std::lock_guard lock(m);
            release = true;
        }
        cv.notify_all();
    }
};

QTEST_GUILESS_MAIN(TstWorker)
#include "tst_worker.moc"
