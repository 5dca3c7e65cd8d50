// The app stays responsive and recovers by itself when the daemon freezes, dies, or a guest's
// QEMU is killed. Drives the real main window (offscreen) against the real daemon.

#include "core/ConnectionRegistry.h"
#include "storage/StoragePools.h"
#include "storage/Volumes.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/library/ConnectionBanner.h"
#include "ui/library/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <libvirt/libvirt.h>

#include <signal.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

/// Measures the longest gap between ticks of a fast timer on the GUI thread: how long the event
/// loop was blocked at worst.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = qMax(m_maxGap, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGap; }
    /// Starts counting afresh: what the test itself just did (a screenshot saved as PNG) is
    /// not the application's stall.
    void restartGap() { m_last = m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

/// The daemon that serves qemu:///system, by the pid file it keeps (the monolithic libvirtd, or
/// the modular virtqemud): not "any libvirtd", since a second daemon (a migration test's second
/// host) may run beside it. 0 when none runs.
qint64 daemonPid()
{
    for (const char *path : {"/run/libvirtd.pid", "/run/virtqemud.pid"}) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = file.readAll().trimmed().toLongLong();
        if (pid > 0 && QFile::exists(QStringLiteral("/proc/%1/exe").arg(pid)))
            return pid;
    }
    return 0;
}

bool startDaemon()
{
    return QProcess::execute(QStringLiteral("bash"),
                             {sourceDir() + QStringLiteral("/installer/ensure-libvirtd.sh")})
           == 0;
}

/// Whatever happens in a test, a stopped daemon is let go again.
struct ContinueDaemon
{
    qint64 pid;
    ~ContinueDaemon()
    {
        if (pid > 0)
            ::kill(pid_t(pid), SIGCONT);
    }
};

} // namespace

class TstReliability : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    std::unique_ptr<Ui::MainWindow> m_window;
    Connection *m_conn = nullptr;
    std::unique_ptr<TestGuest> m_guest;

    QString state() { return shown(*m_window->model(), m_conn, m_guest->uuid()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startDaemon());
        m_window = std::make_unique<Ui::MainWindow>(&m_registry);
        m_window->show();
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-reliability"));
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QTRY_COMPARE(state(), QStringLiteral("Shut off"));
    }

    void frozenDaemonNeverFreezesTheWindow()
    {
        const qint64 pid = daemonPid();
        QVERIFY(pid > 0);
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        StallProbe probe;
        QTest::qWait(200);

        QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
        ContinueDaemon guard{pid};
        QElapsedTimer stopped;
        stopped.start();

        // The user keeps working: refreshes, and starts the machine.
        m_window->trigger(DomainAction::Start);
        bool bannerSeen = false;
        qint64 bannerAfterMs = -1;
        while (stopped.elapsed() < 20000) {
            m_conn->refreshAll();
            m_window->libraryView()->viewport()->update();
            QTest::qWait(250);
            if (!bannerSeen
                && m_window->banner()->text().contains(QStringLiteral("Not responding"))) {
                bannerSeen = true;
                bannerAfterMs = stopped.elapsed();
                QWidget *w = m_window.get();
                w->grab().save(artifactsDir() + QStringLiteral("/reliability-not-responding.png"));
                probe.restartGap();
            }
        }
        QVERIFY2(bannerSeen, qPrintable(m_window->banner()->text()));
        QVERIFY2(bannerAfterMs <= 5000,
                 qPrintable(QStringLiteral("banner after %1 ms").arg(bannerAfterMs)));

        ::kill(pid_t(pid), SIGCONT);
        guard.pid = 0;
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 30000);
        QTRY_VERIFY(m_window->banner()->isHidden());
        qInfo("longest event-loop stall: %lld ms; banner after %lld ms", probe.maxGapMs(),
              bannerAfterMs);
        QVERIFY2(
            probe.maxGapMs() <= 50,
            qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(probe.maxGapMs())));
        // The library is right again: the start the user asked for went through, or was refused
        // with a reason while the connection was down; either way the row says what is true.
        m_conn->refreshAll();
        QTRY_VERIFY(state() == QStringLiteral("Running") || state() == QStringLiteral("Shut off"));
    }

    void killedDaemonIsReconnectedTo()
    {
        if (state() != QStringLiteral("Running")) {
            const auto [ok, error]
                = finish(Lifecycle::perform(m_conn, DomainAction::Start, m_guest->uuid()));
            QVERIFY2(ok, qPrintable(error));
        }
        QTRY_COMPARE(state(), QStringLiteral("Running"));
        const qint64 pid = daemonPid();
        QVERIFY(pid > 0);
        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        QTRY_VERIFY(!QDir(QStringLiteral("/proc/%1").arg(pid)).exists());
        QTRY_VERIFY_WITH_TIMEOUT(m_conn->state() != Connection::State::Connected, 5000);
        QTRY_VERIFY(m_window->banner()->text().contains(QStringLiteral("Reconnecting")));
        m_window->grab().save(artifactsDir() + QStringLiteral("/reliability-reconnecting.png"));

        QVERIFY(startDaemon());
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 5000);
        qInfo("reconnected %lld ms after the daemon came back", back.elapsed());
        // The list is right: the guest survived the daemon and is still running.
        QTRY_COMPARE(state(), QStringLiteral("Running"));
        virDomainPtr *doms = nullptr;
        const int n = virConnectListAllDomains(TestGuest::helperConnection(), &doms, 0);
        for (int i = 0; i < n; ++i)
            virDomainFree(doms[i]);
        free(doms);
        QCOMPARE(m_conn->domains().size(), n);
    }

    void killedQemuShowsCrashed()
    {
        // A fresh QEMU, started by the daemon now running (the one from before the daemon was
        // killed lost its reaper with it, see installer/ensure-libvirtd.sh).
        for (DomainAction a : {DomainAction::ForceOff, DomainAction::Start}) {
            const auto [ok, error] = finish(Lifecycle::perform(m_conn, a, m_guest->uuid()));
            QVERIFY2(ok, qPrintable(error));
        }
        QTRY_COMPARE(state(), QStringLiteral("Running"));
        const qint64 pid = m_guest->qemuPid();
        QVERIFY(pid > 0);
        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Shut off (crashed)"), 2000);
        qInfo("crash shown after %lld ms", t.elapsed());
    }

    // The daemon killed in the middle of an upload and of a download: a clear error, no partial
    // local file, and the volume the upload was making reported as incomplete.
    void transfersBrokenByTheDaemonsDeath()
    {
        QTemporaryDir dir(QStringLiteral("/var/tmp/vireo-rel-XXXXXX"));
        const QString pool = QStringLiteral("vireo-rel-pool");
        auto dropPool = qScopeGuard([pool] {
            virConnectPtr c = TestGuest::helperConnection();
            if (virStoragePoolPtr p = virStoragePoolLookupByName(c, pool.toUtf8().constData())) {
                virStoragePoolDestroy(p);
                virStoragePoolUndefine(p);
                virStoragePoolFree(p);
            }
        });
        PoolSpec spec;
        spec.name = pool;
        spec.path = dir.path() + QStringLiteral("/pool");
        spec.autostart = false;
        QVERIFY(complete(StoragePools::create(m_conn, spec)).ok);
        const QString file = dir.path() + QStringLiteral("/big.bin");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(512) << 20)); // sparse: reads as zeros, fast
        }
        // The daemon dies once the transfer is 5% through.
        const auto killDaemonPartWay = [](Operation *op) {
            auto killed = std::make_shared<bool>(false);
            QObject::connect(op, &Operation::progress, op, [killed](int percent) {
                if (percent >= 5 && !*killed) {
                    *killed = true;
                    ::kill(pid_t(daemonPid()), SIGKILL);
                }
            });
        };
        // Upload: killed part-way.
        Operation *up = Volumes::upload(m_conn, file, pool, QStringLiteral("half.img"));
        killDaemonPartWay(up);
        Outcome r = complete(up, 60000);
        QVERIFY(r.finished && !r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("incomplete")), qPrintable(r.error));
        // The connection notices the daemon's death on its own (the close callback), which may
        // come after the transfer's failure: only then is "Connected" again news.
        QTRY_VERIFY_WITH_TIMEOUT(m_conn->state() != Connection::State::Connected, 5000);
        QVERIFY(startDaemon());
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 10000);

        // Download: a whole volume first, then its download killed part-way.
        r = complete(Volumes::upload(m_conn, file, pool, QStringLiteral("whole.img")), 120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString local = dir.path() + QStringLiteral("/down.bin");
        Operation *down = Volumes::download(m_conn, pool, QStringLiteral("whole.img"), local);
        killDaemonPartWay(down);
        r = complete(down, 60000);
        QVERIFY(r.finished && !r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("No partial file was kept")), qPrintable(r.error));
        QVERIFY(!QFile::exists(local));
        QVERIFY(!QFile::exists(local + QStringLiteral(".part")));
        // The connection notices the daemon's death on its own (the close callback), which may
        // come after the transfer's failure: only then is "Connected" again news.
        QTRY_VERIFY_WITH_TIMEOUT(m_conn->state() != Connection::State::Connected, 5000);
        QVERIFY(startDaemon());
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 10000);
        m_window->grab().save(artifactsDir() + QStringLiteral("/reliability-transfers.png"));
    }

    void cleanupTestCase()
    {
        m_guest.reset();
        m_window.reset();
    }
};

QTEST_MAIN(TstReliability)
#include "tst_reliability.moc"
