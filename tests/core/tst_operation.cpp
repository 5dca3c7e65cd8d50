// The one shape of every long operation: started, progress, finished once, cancel.

#include "core/Connection.h"
#include "core/Operation.h"
#include "support/LibraryWait.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace Vireo;

class TstOperation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsStartProgressAndOneFinish()
    {
        Connection c(QStringLiteral("test:///default"));
        c.open();
        QTRY_COMPARE(c.state(), Connection::State::Connected);
        Operation *op = c.runJob(QStringLiteral("Count"), [](virConnectPtr, Operation *self) {
            for (int p = 25; p <= 100; p += 25)
                self->reportProgress(p, QStringLiteral("%1 %").arg(p));
            return OpResult::success();
        });
        QPointer<Operation> guard(op);
        QSignalSpy started(op, &Operation::started);
        QSignalSpy progress(op, &Operation::progress);
        QSignalSpy finished(op, &Operation::finished);
        QVERIFY(finished.wait());
        QCOMPARE(started.count(), 1);
        QCOMPARE(progress.count(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QTRY_VERIFY(guard.isNull()); // it cleans up after itself
    }

    void cancelReachesTheJob()
    {
        Connection c(QStringLiteral("test:///default"));
        c.open();
        QTRY_COMPARE(c.state(), Connection::State::Connected);
        auto stop = std::make_shared<std::atomic_bool>(false);
        auto mutex = std::make_shared<std::mutex>();
        auto cv = std::make_shared<std::condition_variable>();
        Operation *op = c.runJob(
            QStringLiteral("Wait"),
            [stop, mutex, cv](virConnectPtr, Operation *self) {
                // What a libvirt job abort does: the blocked call returns early.
                self->setCancelHook([stop, mutex, cv] {
                    std::lock_guard lock(*mutex);
                    *stop = true;
                    cv->notify_all();
                });
                std::unique_lock lock(*mutex);
                cv->wait_for(lock, std::chrono::seconds(20), [&] { return stop->load(); });
                return self->isCancelRequested() ? OpResult::failure(QStringLiteral("Cancelled."))
                                                 : OpResult::success();
            },
            {}, true);
        QSignalSpy finished(op, &Operation::finished);
        // Cancel once the job says it can be cancelled (it has set its hook), not after a guess.
        QSignalSpy cancellable(op, &Operation::cancellableChanged);
        QVERIFY(cancellable.wait(5000));
        QCOMPARE(cancellable.at(0).at(0).toBool(), true);
        QVERIFY(op->isCancellable());
        op->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Cancelled."));
    }
};

QTEST_GUILESS_MAIN(TstOperation)
#include "tst_operation.moc"
