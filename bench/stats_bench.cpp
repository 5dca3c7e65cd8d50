// Statistics costs.
//
// 1. The sampler's cost per tick for 200 domains (libvirt's test:/// driver, in process): the
//    worker's time reading them all (one call) and the GUI thread's time turning them into
//    samples, median of 30 ticks.
// 2. Redrawing a graph of 3600 points (an hour at 1 s) in the Performance tab, median of 30.
// 3. With 5 running test guests (the libvirt daemon, software emulation) sampled every second and
//    their 5 Performance tabs visible: this process's CPU over 60 s, as % of one core.
//
// Run: build/bench/bench_stats [--seconds S]   (part 3 needs the daemon)

#include "BenchGuest.h"
#include "BenchStats.h"

#include "core/Connection.h"
#include "domains/DomainLifecycle.h"
#include "stats/Stats.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"
#include "support/LibraryWait.h"
#include "support/TestDriverXml.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/stats/PerformanceTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ui/stats/QCustomPlotInclude.h"

#include <sys/resource.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

double cpuSecondsOfProcess()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec
           + u.ru_stime.tv_usec / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::offscreenUnlessDisplay();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds of part 3."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.process(app);
    const int seconds = qMax(5, parser.value(QStringLiteral("seconds")).toInt());
    QTemporaryDir dir;

    // 1. 200 domains on the test driver.
    {
        QFile node(dir.filePath(QStringLiteral("node.xml")));
        if (!node.open(QIODevice::WriteOnly))
            return 1;
        node.write(testDriverXml(200).toUtf8());
        node.close();
        Connection conn(QStringLiteral("test://") + node.fileName());
        conn.open();
        if (!QTest::qWaitFor([&] { return conn.state() == Connection::State::Connected; }, 10000))
            return 1;
        QList<double> readMs, takeMs;
        StatsSnapshot previous;
        for (int i = 0; i < 31; ++i) {
            QVariant result;
            bool done = false;
            QElapsedTimer t;
            conn.query(
                [&t](virConnectPtr c) {
                    t.start();
                    StatsSnapshot s = Stats::read(c);
                    return QVariant::fromValue(qMakePair(s, t.nsecsElapsed()));
                },
                &app,
                [&](const QVariant &v) {
                    result = v;
                    done = true;
                });
            if (!QTest::qWaitFor([&] { return done; }, 10000))
                return 1;
            const auto [snapshot, ns] = result.value<QPair<StatsSnapshot, qint64>>();
            QElapsedTimer gui;
            gui.start();
            int n = 0;
            for (const DomainCounters &d : snapshot.domains)
                for (const DomainCounters &p : previous.domains)
                    if (p.uuid == d.uuid) {
                        Stats::rates(p, previous.timeMs, d, snapshot.timeMs, 8);
                        ++n;
                        break;
                    }
            if (i > 0) {
                readMs << ns / 1e6;
                takeMs << gui.nsecsElapsed() / 1e6;
            }
            previous = snapshot;
        }
        printf("Sampler, 200 domains (test:///), median of 30 ticks: %.2f ms reading on the "
               "worker + %.2f ms of rates = %.2f ms a tick (target <= 2 ms); %lld domains read\n",
               Bench::median(readMs), Bench::median(takeMs),
               Bench::median(readMs) + Bench::median(takeMs), qlonglong(previous.domains.size()));
        fflush(stdout);
    }

    // 2. A graph of 3600 points.
    {
        StatsStore store(dir.filePath(QStringLiteral("replot.sqlite")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 3600; ++i) {
            VmSample s;
            s.timeMs = now - (3600 - i) * 1000LL;
            s.cpuPercent = 50 + 40 * std::sin(i / 60.0);
            s.memoryUsedMiB = 900 + i % 100;
            s.memoryTotalMiB = 1024;
            s.diskWriteBps = (i % 30) * 1e5;
            s.diskReadBps = (i % 17) * 1e5;
            s.netRxBps = (i % 11) * 1e3;
            s.netTxBps = (i % 13) * 1e3;
            store.append(QStringLiteral("bench"), s);
        }
        store.flush();
        Connection none(QStringLiteral("test:///default"));
        Ui::PerformanceTab tab;
        tab.setStore(&store);
        tab.resize(800, 700);
        tab.show();
        tab.setRangeMs(3'600'000);
        QSignalSpy loaded(&tab, &Ui::PerformanceTab::loaded);
        tab.setDomain(&none, QStringLiteral("bench"));
        if (!loaded.wait(10000))
            return 1;
        QList<double> replot;
        for (int i = 0; i < 30; ++i) {
            tab.cpuPlot()->replot(QCustomPlot::rpImmediateRefresh);
            replot << tab.lastReplotMs();
        }
        printf("Redraw of a graph with %d points (QCustomPlot replotTime), median of 30: %.2f ms "
               "(target <= 5 ms)\n",
               tab.cpuPoints(), Bench::median(replot));
        fflush(stdout);
    }

    // 3. Five guests, their graphs visible.
    if (!Bench::prepareDaemonAndGuest("bench_stats"))
        return 1;
    Connection conn(QStringLiteral("qemu:///system"));
    conn.open();
    if (!QTest::qWaitFor([&] { return conn.state() == Connection::State::Connected; }, 15000))
        return 1;
    std::vector<std::unique_ptr<TestGuest>> guests;
    for (int i = 0; i < 5; ++i) {
        guests.push_back(std::make_unique<TestGuest>(QStringLiteral("vireo-bench-stats-%1").arg(i),
                                                     GuestOptions{.withDisk = true}));
        TestGuest &g = *guests.back();
        if (!g.define()
            || !QTest::qWaitFor([&] { return conn.domain(g.uuid()).has_value(); }, 10000)
            || !finish(Lifecycle::perform(&conn, DomainAction::Start, g.uuid())).first) {
            fprintf(stderr, "bench_stats: a test guest did not start\n");
            return 1;
        }
    }
    for (auto &g : guests)
        if (!g->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 120000))
            return 1;
    StatsStore store(dir.filePath(QStringLiteral("idle.sqlite")));
    auto *sampler = new StatsSampler(&conn, &conn);
    sampler->setStore(&store);
    sampler->start();
    std::vector<std::unique_ptr<Ui::PerformanceTab>> tabs;
    for (auto &g : guests) {
        tabs.push_back(std::make_unique<Ui::PerformanceTab>());
        tabs.back()->setStore(&store);
        tabs.back()->resize(640, 600);
        tabs.back()->show();
        tabs.back()->setDomain(&conn, g->uuid());
    }
    QTest::qWait(5000); // settle: first history loads, first samples
    const double before = cpuSecondsOfProcess();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(seconds * 1000);
    const double used = cpuSecondsOfProcess() - before;
    printf("Idle cost: 5 running guests sampled every second, their 5 Performance tabs visible: "
           "%.2f%% of one core over %d s (target <= 2%%); %d points in the first CPU graph\n",
           100.0 * used / (wall.nsecsElapsed() / 1e9), seconds, tabs.front()->cpuPoints());
    tabs.clear();
    delete sampler;
    return 0;
}
