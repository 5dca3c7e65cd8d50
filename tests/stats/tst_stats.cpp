// Statistics maths on synthetic counters (rates, restarts, missing fields, the clock going back),
// the on-disk history (a sample a second, minute means, pruning), CSV, and the sampler on the
// test:/// driver.

#include "core/Connection.h"
#include "stats/Stats.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kT0 = 1764403200000; // 2025-11-29 08:00:00 UTC, a whole minute

DomainCounters counters(qint64 cpuNs, int vcpus = 4)
{
    DomainCounters d;
    d.uuid = QStringLiteral("00000000-0000-4000-8000-000000000001");
    d.cpuTimeNs = cpuNs;
    d.vcpus = vcpus;
    d.memoryKiB = 1024 * 1024;
    d.disks = {{QStringLiteral("vda"), 0, 0, 0, 0}};
    d.interfaces = {{QStringLiteral("vnet0"), 1000, 2000}};
    return d;
}

VmSample sampleAt(qint64 timeMs, double cpu)
{
    VmSample s;
    s.timeMs = timeMs;
    s.cpuPercent = cpu;
    s.memoryUsedMiB = 512;
    return s;
}

} // namespace

class TstStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneBusyVcpuOfFour()
    {
        // One of four vCPUs at 100% for 2 s: 2e9 ns of CPU time.
        DomainCounters before = counters(10'000'000'000);
        DomainCounters now = counters(12'000'000'000);
        now.disks = {{QStringLiteral("vda"), 0, 64 * 1024 * 1024, 0, 512}};
        now.interfaces = {{QStringLiteral("vnet0"), 1000 + 4096, 2000 + 2048}};
        const VmSample s = Stats::rates(before, kT0, now, kT0 + 2 * kSecond, 8);
        QCOMPARE(s.cpuPercent, 25.0);
        QCOMPARE(s.hostCpuPercent, 12.5);
        QCOMPARE(s.diskWriteBps, 32.0 * 1024 * 1024);
        QCOMPARE(s.diskWriteOps, 256.0);
        QCOMPARE(s.diskReadBps, 0.0);
        QCOMPARE(s.netRxBps, 2048.0);
        QCOMPARE(s.netTxBps, 1024.0);
        QCOMPARE(s.disks.value(QStringLiteral("vda")).writeBps, 32.0 * 1024 * 1024);
        QCOMPARE(s.memoryTotalMiB, 1024.0);
        QCOMPARE(s.memoryUsedMiB, 1024.0); // no guest report: its allocation
    }

    void guestReportedMemory()
    {
        DomainCounters now = counters(0);
        now.unusedKiB = 768 * 1024;
        now.availableKiB = 1000 * 1024;
        const VmSample s = Stats::rates(now, kT0, now, kT0 + kSecond, 8);
        QCOMPARE(s.memoryUsedMiB, 256.0);
    }

    void counterResetGivesNoValue()
    {
        // The VM restarted: its counters start from zero again.
        DomainCounters before = counters(50'000'000'000);
        before.disks = {{QStringLiteral("vda"), 900, 900, 9, 9}};
        const DomainCounters now = counters(1'000'000);
        const VmSample s = Stats::rates(before, kT0, now, kT0 + kSecond, 8);
        QVERIFY(std::isnan(s.cpuPercent));
        QVERIFY(std::isnan(s.diskReadBps));
        QCOMPARE(s.memoryTotalMiB, 1024.0); // levels still known
    }

    void missingFields()
    {
        DomainCounters before = counters(-1, 0);
        DomainCounters now = counters(-1, 0);
        now.memoryKiB = -1;
        now.disks = {{QStringLiteral("vda"), -1, 100, -1, 1}};
        now.interfaces.clear();
        const VmSample s = Stats::rates(before, kT0, now, kT0 + kSecond, 8);
        QVERIFY(std::isnan(s.cpuPercent));
        QVERIFY(std::isnan(s.memoryTotalMiB));
        QVERIFY(std::isnan(s.diskReadBps));
        QCOMPARE(s.diskWriteBps, 100.0);
        QVERIFY(std::isnan(s.netRxBps));
    }

    void clockGoingBackwards()
    {
        const VmSample s
            = Stats::rates(counters(0), kT0, counters(1'000'000'000), kT0 - kSecond, 8);
        QVERIFY(std::isnan(s.cpuPercent));
        QVERIFY(std::isnan(s.diskWriteBps));
        QCOMPARE(s.memoryTotalMiB, 1024.0);
        const VmSample same = Stats::rates(counters(0), kT0, counters(1), kT0, 8);
        QVERIFY(std::isnan(same.cpuPercent));
    }

    void neverAbove100()
    {
        // A sampling hiccup (two readings too close together) cannot show 300%.
        const VmSample s
            = Stats::rates(counters(0, 1), kT0, counters(3'000'000'000, 1), kT0 + kSecond, 1);
        QCOMPARE(s.cpuPercent, 100.0);
    }

    void hostRates()
    {
        HostCounters before{2, 1'000'000'000, 4'000'000'000, 8 * 1024 * 1024, 2 * 1024 * 1024};
        HostCounters now{2, 1'500'000'000, 6'000'000'000, 8 * 1024 * 1024, 3 * 1024 * 1024};
        const HostSample s = Stats::hostRates(before, kT0, now, kT0 + kSecond);
        QCOMPARE(s.cpuPercent, 25.0);
        QCOMPARE(s.memoryUsedMiB, 3072.0);
        QCOMPARE(s.memoryTotalMiB, 8192.0);
    }

    void csv()
    {
        VmSample a = sampleAt(kT0, 12.5);
        VmSample b = sampleAt(kT0 + kSecond, kNoValue);
        const QString text = Stats::toCsv({a, b});
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("timestamp")));
        QVERIFY(lines[0].contains(QStringLiteral("cpu_percent (% of its vCPUs)")));
        QVERIFY(lines[0].contains(QStringLiteral("disk_write (bytes/s)")));
        QCOMPARE(lines[0].count(QLatin1Char(',')), Stats::metrics().size());
        QCOMPARE(lines[1], QStringLiteral("2025-11-29T08:00:00.000Z,12.50,,512.00,,,,,,,"));
        QVERIFY(lines[2].startsWith(QStringLiteral("2025-11-29T08:00:01.000Z,,")));
    }

    void historyDownsamplesAndPrunes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stats.sqlite"));
        const QString vm = QStringLiteral("vm-1");
        {
            StatsStore store(path);
            QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
            // Three minutes at 1 s; the CPU figure is the second's number in its minute.
            for (int i = 0; i < 180; ++i)
                store.append(vm, sampleAt(kT0 + i * kSecond, i % 60));
            store.flush();
            QList<VmSample> all = store.history(vm, kT0, kT0 + 180 * kSecond).result();
            QCOMPARE(all.size(), 180); // the last hour: every second
            QCOMPARE(all.first().timeMs, kT0);
            QCOMPARE(all.last().cpuPercent, 59.0);
        }
        {
            // Reopened (as after a restart): the history is still there. Two hours later the
            // second rows are gone, the minute means stay.
            StatsStore store(path);
            QCOMPARE(store.history(vm, kT0, kT0 + 180 * kSecond).result().size(), 180);
            store.append(vm, sampleAt(kT0 + 2 * 3600 * kSecond, 1));
            store.flush();
            const QList<VmSample> old = store.history(vm, kT0, kT0 + 3600 * kSecond).result();
            QCOMPARE(old.size(), 3); // minutes 0, 1, 2
            QCOMPARE(old[0].timeMs, kT0);
            QCOMPARE(old[0].cpuPercent, 29.5); // mean of 0..59
            QCOMPARE(old[2].timeMs, kT0 + 120 * kSecond);
            QCOMPARE(old[0].memoryUsedMiB, 512.0);
            // Eight days on, the minute rows of the first day are pruned too.
            store.append(vm, sampleAt(kT0 + 8LL * 24 * 3600 * kSecond, 2));
            store.flush();
            QVERIFY(store.history(vm, kT0, kT0 + 3 * 3600 * kSecond).result().isEmpty());
            const QList<VmSample> left
                = store.history(vm, kT0, kT0 + 9LL * 24 * 3600 * kSecond).result();
            QCOMPARE(left.size(), 1); // the 2 h minute is more than 7 days old as well
            QCOMPARE(left.first().timeMs, kT0 + 8LL * 24 * 3600 * kSecond);
            // Other VMs are their own.
            QVERIFY(store.history(QStringLiteral("vm-2"), kT0, kT0 + 9LL * 24 * 3600 * kSecond)
                        .result()
                        .isEmpty());
        }
    }

    void samplerOnTheTestDriver()
    {
        Connection conn(QStringLiteral("test:///default"));
        conn.open();
        QTRY_COMPARE(conn.state(), Connection::State::Connected);
        StatsSampler sampler(&conn);
        sampler.setInterval(100);
        QSignalSpy sampled(&sampler, &StatsSampler::sampled);
        sampler.start();
        QTRY_VERIFY(sampled.count() >= 3);
        const QString uuid = conn.domainByName(QStringLiteral("test"))->uuid;
        QVERIFY(sampled.last().first().toStringList().contains(uuid));
        QVERIFY(sampler.recent(uuid).size() >= 3);
        QVERIFY(sampler.latest(uuid).timeMs > 0);
        QVERIFY(sampler.recentHost().size() >= 3);
        sampler.stop();
    }
};

QTEST_GUILESS_MAIN(TstStats)
#include "tst_stats.moc"
