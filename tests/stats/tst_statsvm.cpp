// Statistics of the test guest under QEMU: a busy loop shows, an idle guest does not, 64 MiB
// written to its disk are in the history, the history survives a restart of the store, and the
// command line prints live figures and exports the same CSV.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "core/Plugins.h"
#include "domains/DomainListModel.h"
#include "stats/EventRecorder.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/library/DetailsPane.h"
#include "ui/library/MainWindow.h"
#include "ui/stats/LogTab.h"
#include "ui/stats/PerformanceTab.h"

#include "ui/stats/QCustomPlotInclude.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSplitter>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

/// The highest (or lowest) CPU figure among the samples newer than `sinceMs`.
double cpuExtreme(const StatsSampler &sampler, const QString &uuid, qint64 sinceMs, bool highest)
{
    double extreme = kNoValue;
    for (const VmSample &s : sampler.recent(uuid)) {
        if (s.timeMs <= sinceMs || std::isnan(s.cpuPercent))
            continue;
        if (std::isnan(extreme) || (highest ? s.cpuPercent > extreme : s.cpuPercent < extreme))
            extreme = s.cpuPercent;
    }
    return extreme;
}

} // namespace

class TstStatsVm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest;

private Q_SLOTS:
    void initTestCase()
    {
        // The same data folder as Vireo's, so that `vireo stats export` reads this store.
        QCoreApplication::setOrganizationName(QStringLiteral("vireo"));
        QCoreApplication::setApplicationName(QStringLiteral("vireo"));
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-stats"),
                                              GuestOptions{.withDisk = true, .diskMiB = 96});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QTRY_VERIFY(m_conn->domain(m_guest->uuid()).has_value());
        QVERIFY(
            finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, m_guest->uuid())).first);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY")));
        QFile::remove(StatsStore::defaultPath());
    }

    void loadShowsAndHistoryStays()
    {
        const QString uuid = m_guest->uuid();
        GuestControl control(m_guest->controlSocketPath());
        const qint64 begin = QDateTime::currentMSecsSinceEpoch();
        qint64 written = 0;
        int stored = 0;
        {
            StatsStore store; // where the application keeps it
            QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
            StatsSampler sampler(m_conn.get());
            sampler.setStore(&store);
            sampler.start();

            // Idle: below 20% (the boot's work is over once READY came).
            QTRY_VERIFY_WITH_TIMEOUT(cpuExtreme(sampler, uuid, begin, false) < 20.0, 15000);

            // A busy loop: at least 80% within 5 s.
            QCOMPARE(control.run(QStringLiteral("vireo-load cpu")).trimmed(),
                     QStringLiteral("busy"));
            const qint64 busySince = QDateTime::currentMSecsSinceEpoch();
            QTRY_VERIFY_WITH_TIMEOUT(cpuExtreme(sampler, uuid, busySince, true) >= 80.0, 5000);
            QCOMPARE(control.run(QStringLiteral("vireo-load stop")).trimmed(),
                     QStringLiteral("idle"));
            const qint64 idleSince = QDateTime::currentMSecsSinceEpoch() + 1000;
            QTRY_VERIFY_WITH_TIMEOUT(cpuExtreme(sampler, uuid, idleSince, false) < 20.0, 10000);

            // 64 MiB written to the disk: at least 60 MiB in the history.
            const qint64 diskSince = QDateTime::currentMSecsSinceEpoch();
            QCOMPARE(control.run(QStringLiteral("vireo-load disk 64"), 120000).trimmed(),
                     QStringLiteral("wrote 64 MiB"));
            // Two more ticks see the last writes land.
            QSignalSpy ticks(&sampler, &StatsSampler::sampled);
            QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 2, 10000);
            store.flush();
            const QList<VmSample> history
                = store.history(uuid, diskSince - 1000, QDateTime::currentMSecsSinceEpoch())
                      .result();
            QVERIFY(history.size() >= 2);
            double bytes = 0;
            for (int i = 1; i < history.size(); ++i)
                if (!std::isnan(history[i].diskWriteBps))
                    bytes += history[i].diskWriteBps
                             * double(history[i].timeMs - history[i - 1].timeMs) / 1000.0;
            written = qint64(bytes);
            QVERIFY2(
                written >= 60LL * 1024 * 1024,
                qPrintable(QStringLiteral("%1 MiB written in the history").arg(written >> 20)));
            sampler.stop();
            store.flush();
            stored = int(
                store.history(uuid, begin, QDateTime::currentMSecsSinceEpoch()).result().size());
        }
        // Opened again (as when Vireo starts again): the earlier samples are there.
        StatsStore again;
        const qint64 end = QDateTime::currentMSecsSinceEpoch();
        const QList<VmSample> kept = again.history(uuid, begin, end).result();
        QVERIFY(stored >= 5);
        QCOMPARE(kept.size(), stored);
        QVERIFY(std::any_of(kept.cbegin(), kept.cend(),
                            [](const VmSample &s) { return s.cpuPercent >= 80.0; }));

        // CSV: a header with units and one row per sample; `vireo stats export` writes the same.
        const QString csv = Stats::toCsv(kept);
        QCOMPARE(csv.count(QLatin1Char('\n')), kept.size() + 1);
        QVERIFY(csv.startsWith(QStringLiteral("timestamp")));
        QProcess exporter;
        exporter.start(QStringLiteral(VIREO_BINARY),
                       {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                        QStringLiteral("stats"), QStringLiteral("export"), m_guest->name(),
                        QStringLiteral("--since"),
                        QDateTime::fromMSecsSinceEpoch(begin, Qt::UTC).toString(Qt::ISODateWithMs),
                        QStringLiteral("--until"),
                        QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).toString(Qt::ISODateWithMs)});
        QVERIFY(exporter.waitForFinished(30000));
        QCOMPARE(exporter.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(exporter.readAllStandardOutput()), csv);
    }

    void onlyWhatIsChosenIsSampled()
    {
        // Preferences' "what to sample": without disks and network only CPU and memory come.
        StatsSampler sampler(m_conn.get());
        sampler.setInterval(250);
        sampler.setGroups(0);
        QSignalSpy ticks(&sampler, &StatsSampler::sampled);
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 3, 10000);
        VmSample s = sampler.latest(m_guest->uuid());
        QVERIFY(!std::isnan(s.cpuPercent));
        QVERIFY(std::isnan(s.diskReadBps) && std::isnan(s.diskWriteBps));
        QVERIFY(s.disks.isEmpty());
        sampler.setGroups(Stats::AllGroups);
        ticks.clear();
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 3, 10000);
        s = sampler.latest(m_guest->uuid());
        QVERIFY(!s.disks.isEmpty());
        QVERIFY(!std::isnan(s.diskReadBps));
    }

    void performanceTabShowsTheHistory()
    {
        const QString uuid = m_guest->uuid();
        StatsStore store;
        auto *sampler = new StatsSampler(m_conn.get(), m_conn.get()); // as Vireo makes them
        const auto forget = qScopeGuard([sampler] { delete sampler; });
        sampler->setStore(&store);
        sampler->setInterval(500);
        sampler->start();
        GuestControl control(m_guest->controlSocketPath());
        QCOMPARE(control.run(QStringLiteral("vireo-load cpu")).trimmed(), QStringLiteral("busy"));

        Ui::PerformanceTab tab;
        tab.setStore(&store);
        tab.resize(800, 700);
        tab.show();
        QSignalSpy loaded(&tab, &Ui::PerformanceTab::loaded);
        tab.setDomain(m_conn.get(), uuid);
        QVERIFY(loaded.wait(10000));
        // The history from before, then live points as they come.
        const int before = tab.cpuPoints();
        QVERIFY2(before > 0, "the earlier samples are drawn");
        QTRY_VERIFY_WITH_TIMEOUT(tab.cpuPoints() >= before + 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tab.samples().last().cpuPercent >= 80.0, 10000);
        // Hovering over the last point says when and how much.
        QCustomPlot *plot = tab.cpuPlot();
        const double lastKey = tab.samples().last().timeMs / 1000.0;
        const QPoint at(int(plot->xAxis->coordToPixel(lastKey)),
                        int(plot->yAxis->coordToPixel(50)));
        const QString hover = tab.hoverText(plot, at);
        QVERIFY2(hover.contains(QStringLiteral("CPU: ")) && hover.contains(QStringLiteral(":")),
                 qPrintable(hover));
        tab.grab().save(artifactsDir() + QStringLiteral("/performance-tab.png"));
        // Paused, it stays as it is while samples come.
        tab.setPaused(true);
        const int frozen = tab.cpuPoints();
        QSignalSpy ticks(sampler, &StatsSampler::sampled);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 3, 10000);
        QCOMPARE(tab.cpuPoints(), frozen);
        QCOMPARE(control.run(QStringLiteral("vireo-load stop")).trimmed(), QStringLiteral("idle"));

        // Its CSV is what `vireo stats export` writes for the same range.
        sampler->stop();
        store.flush();
        loaded.clear();
        tab.setPaused(false); // loads again
        QVERIFY(loaded.wait(10000));
        const QList<VmSample> shown = tab.samples();
        QVERIFY(shown.size() > 5);
        QProcess exporter;
        exporter.start(QStringLiteral(VIREO_BINARY),
                       {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                        QStringLiteral("stats"), QStringLiteral("export"), m_guest->name(),
                        QStringLiteral("--since"),
                        QDateTime::fromMSecsSinceEpoch(shown.first().timeMs, Qt::UTC)
                            .toString(Qt::ISODateWithMs),
                        QStringLiteral("--until"),
                        QDateTime::fromMSecsSinceEpoch(shown.last().timeMs, Qt::UTC)
                            .toString(Qt::ISODateWithMs)});
        QVERIFY(exporter.waitForFinished(30000));
        QCOMPARE(exporter.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(exporter.readAllStandardOutput()), tab.csv());
    }

    void liveFiguresFromTheCommandLine()
    {
        QProcess live;
        live.start(QStringLiteral(VIREO_BINARY),
                   {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                    QStringLiteral("stats"), m_guest->name(), QStringLiteral("--json"),
                    QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--interval"),
                    QStringLiteral("0.5")});
        QVERIFY(live.waitForFinished(30000));
        QCOMPARE(live.exitCode(), 0);
        const QList<QByteArray> lines = live.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("vm")).toString(), m_guest->name());
            QVERIFY(o.value(QStringLiteral("cpu")).isDouble());
            QVERIFY(o.value(QStringLiteral("mem_total")).toDouble() > 100);
        }
        QProcess table;
        table.start(QStringLiteral(VIREO_BINARY),
                    {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                     QStringLiteral("stats"), m_guest->name(), QStringLiteral("--count"),
                     QStringLiteral("1")});
        QVERIFY(table.waitForFinished(30000));
        QCOMPARE(table.exitCode(), 0);
        QVERIFY(table.readAllStandardOutput().startsWith("TIME"));
        // Bad input: a clear message and exit code 2; an unknown VM: 1.
        QProcess bad;
        bad.start(QStringLiteral(VIREO_BINARY),
                  {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                   QStringLiteral("stats"), m_guest->name(), QStringLiteral("--interval"),
                   QStringLiteral("0")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--interval"));
        bad.start(QStringLiteral(VIREO_BINARY),
                  {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                   QStringLiteral("stats"), QStringLiteral("no-such-vm-here")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 1);
    }

    void libraryShowsACpuSparkline()
    {
        ConnectionRegistry registry;
        Ui::MainWindow window(&registry);
        Connection *conn = registry.add(QStringLiteral("qemu:///system"), false);
        auto *sampler = new StatsSampler(conn, conn);
        sampler->setInterval(300);
        window.watchSampler(sampler);
        sampler->start();
        window.resize(1100, 500);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), Connection::State::Connected, 15000);
        const QString uuid = m_guest->uuid();
        QTRY_VERIFY(window.model()->indexOf(conn, uuid).isValid());
        const QModelIndex cell = window.model()->indexOf(conn, uuid, DomainListModel::CpuColumn);
        QTRY_VERIFY_WITH_TIMEOUT(
            cell.data(DomainListModel::SparklineRole).value<QList<double>>().size() >= 3, 10000);
        QVERIFY(cell.data().toString().endsWith(QStringLiteral(" %")));
        QCOMPARE(window.model()->headerData(DomainListModel::CpuColumn, Qt::Horizontal).toString(),
                 QStringLiteral("CPU"));
        QVERIFY(window.selectDomain(conn, uuid));
        window.resize(1400, 500);
        window.findChild<QSplitter *>(QStringLiteral("splitter"))->setSizes({1000, 400});
        window.grab().save(artifactsDir() + QStringLiteral("/library-cpu-sparkline.png"));

        // The connection's row: the host overview, with the busiest VMs.
        window.libraryView()->setCurrentIndex(window.libraryView()->model()->index(0, 0));
        // The graphs' plugin loads when the tab is first shown.
        QVERIFY(!Plugins::isLoaded(QStringLiteral("performance")));
        window.sideTabs()->setCurrentWidget(window.performancePage());
        QVERIFY(Plugins::isLoaded(QStringLiteral("performance")));
        QVERIFY(window.performance());
        QVERIFY(window.performance()->isHostMode());
        QCOMPARE(window.performance()->memoryLegend(),
                 (QStringList{QStringLiteral("used"), QStringLiteral("total")}));
        QTRY_VERIFY_WITH_TIMEOUT(window.performance()->cpuPoints() >= 2, 10000);
        QTRY_VERIFY(!window.performance()->topVms().isEmpty());
        QVERIFY2(
            window.performance()->topVms().first().startsWith(m_guest->name())
                || window.performance()->topVms().join(QLatin1Char(',')).contains(m_guest->name()),
            qPrintable(window.performance()->topVms().join(QLatin1Char(','))));
        window.grab().save(artifactsDir() + QStringLiteral("/host-overview.png"));
        // Back on the machine: its own memory legend again, its history loaded.
        QSignalSpy historyLoaded(window.performance(), SIGNAL(loaded()));
        QVERIFY(window.selectDomain(conn, uuid));
        QTRY_VERIFY_WITH_TIMEOUT(!historyLoaded.isEmpty(), 10000);
        QVERIFY(!window.performance()->isHostMode());
        QCOMPARE(window.performance()->memoryLegend(),
                 (QStringList{QStringLiteral("used"), QStringLiteral("allocated")}));

        // A tick costs what changed: each adds its points, and neither the Details pane nor the
        // graphs are rebuilt because a sparkline moved.
        QTRY_VERIFY_WITH_TIMEOUT(window.performance()->cpuPoints() >= 2, 10000);
        const int rebuilt = window.performance()->fullRedraws();
        const int filled = window.details()->fills();
        const int points = window.performance()->cpuPoints();
        QSignalSpy ticks(sampler, &StatsSampler::sampled);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.performance()->cpuPoints() >= points + 3, 5000);
        QCOMPARE(window.performance()->fullRedraws(), rebuilt);
        QCOMPARE(window.details()->fills(), filled);
    }

    void eventLogRecordsLifecycle()
    {
        const QString uuid = m_guest->uuid();
        StatsStore store;
        EventRecorder recorder(&store);
        recorder.watch(m_conn.get());
        Ui::LogTab tab;
        tab.setSources(&store, &recorder);
        tab.setDomain(m_conn.get(), uuid);
        tab.resize(800, 500);
        tab.show();
        const qint64 begin = QDateTime::currentMSecsSinceEpoch();
        auto perform = [&](DomainAction action) {
            return finish(Lifecycle::perform(m_conn.get(), action, uuid));
        };
        QVERIFY(perform(DomainAction::Pause).first);
        QTRY_COMPARE(m_conn->domain(uuid)->state, DomainState::Paused);
        QVERIFY(perform(DomainAction::Resume).first);
        QTRY_COMPARE(m_conn->domain(uuid)->state, DomainState::Running);
        QVERIFY(!perform(DomainAction::Resume).first); // running already: a failure, logged
        QVERIFY(perform(DomainAction::ForceOff).first);
        QTRY_COMPARE(m_conn->domain(uuid)->state, DomainState::ShutOff);
        QVERIFY(perform(DomainAction::Start).first);
        QTRY_COMPARE(m_conn->domain(uuid)->state, DomainState::Running);

        auto logged = [&] {
            store.flush();
            return store.events(uuid, begin, QDateTime::currentMSecsSinceEpoch()).result();
        };
        auto has
            = [](const QList<EventEntry> &log, const QString &kind, const QString &text, bool ok) {
                  return std::any_of(log.cbegin(), log.cend(), [&](const EventEntry &e) {
                      return e.kind == kind && e.text.contains(text) && e.ok == ok;
                  });
              };
        QTRY_VERIFY_WITH_TIMEOUT(
            has(logged(), QStringLiteral("lifecycle"), QStringLiteral("Started: booted"), true),
            10000);
        const QList<EventEntry> log = logged();
        QVERIFY(has(log, QStringLiteral("operation"), QStringLiteral("Pause"), true));
        QVERIFY(has(log, QStringLiteral("operation"), QStringLiteral("Resume"), true));
        QVERIFY(has(log, QStringLiteral("operation"), QStringLiteral("Resume"), false));
        QVERIFY(has(log, QStringLiteral("operation"), QStringLiteral("Force Off"), true));
        QVERIFY(has(log, QStringLiteral("operation"), QStringLiteral("Start"), true));
        QVERIFY(has(log, QStringLiteral("lifecycle"), QStringLiteral("Paused"), true));
        QVERIFY(has(log, QStringLiteral("lifecycle"), QStringLiteral("Resumed"), true));
        QVERIFY(has(log, QStringLiteral("lifecycle"), QStringLiteral("Stopped: forced off"), true));
        const auto failed
            = std::find_if(log.cbegin(), log.cend(), [](const EventEntry &e) { return !e.ok; });
        QVERIFY(failed != log.cend() && !failed->error.isEmpty());
        for (int i = 1; i < log.size(); ++i)
            QVERIFY(log[i].timeMs >= log[i - 1].timeMs && log[i].timeMs >= begin);

        // The Log tab shows them, and the end of QEMU's log for this machine.
        QTRY_VERIFY_WITH_TIMEOUT(tab.entries()->topLevelItemCount() >= log.size(), 10000);
        QTRY_VERIFY(tab.qemuLog().contains(QStringLiteral("qemu"), Qt::CaseInsensitive));
        tab.grab().save(artifactsDir() + QStringLiteral("/log-tab.png"));
    }

    void cleanupTestCase() { m_guest.reset(); }
};

QTEST_MAIN(TstStatsVm)
#include "tst_statsvm.moc"
