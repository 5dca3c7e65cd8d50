// bench_migration: live migration (issue 16). A running 256 MiB test guest, its disk in a folder
// both hosts see, moves between the system daemon and a second host on this machine
// (tests/support/second-host.sh), alternately with Vireo's engine and with `virsh migrate --live`
// (same flags: persistent there, undefined here, unsafe shared disk, tcp://127.0.0.1), each in
// both directions. Prints each run's total time and downtime (from the job's statistics), the
// medians, Vireo's time over virsh's, and the CPU Vireo's process used while its migrations ran
// (progress twice a second included), in percent of one core.
// Targets: Vireo's total time at most 1.05x virsh's (compared per direction, the two hosts
// differing); downtime within the maximum (300 ms, libvirt's
// default, for both); CPU at most 2% of a core.
//
//   bench_migration [RUNS]     (default 5 runs each)
//
// Needs root (the second host is a second system daemon) and the test guest (built when missing).

#include "BenchGuest.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "migration/Migration.h"
#include "support/SecondHost.h"
#include "support/TestGuest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

#include <libvirt/libvirt.h>

using namespace Vireo;

namespace {

struct Run
{
    double seconds = 0;
    qint64 downtimeMs = -1;
    bool ok = false;
};

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

Run withVireo(Connection *from, const QString &uuid, const QString &to, double *cpu)
{
    MigrationOptions o;
    o.unsafe = true;
    o.maxDowntimeMs = 300;
    o.migrationUri = QStringLiteral("tcp://127.0.0.1");
    Run r;
    QElapsedTimer t;
    const double cpuBefore = cpuSeconds();
    t.start();
    Operation *op = Migration::start(from, uuid, to, o);
    QEventLoop loop;
    if (qEnvironmentVariableIsSet("VIREO_BENCH_TRACE")) {
        QObject::connect(op, &Operation::started, op, [&t] {
            std::printf("    started after %lld ms\n", static_cast<long long>(t.elapsed()));
        });
        QObject::connect(op, &Operation::detail, op, [&t](const QVariant &d) {
            std::printf("    %lld ms: %s\n", static_cast<long long>(t.elapsed()),
                        qPrintable(d.value<MigrationProgress>().text()));
        });
    }
    QObject::connect(op, &Operation::finished, &loop, [&](bool ok, const QString &error) {
        r.ok = ok;
        if (ok)
            r.downtimeMs = qint64(op->value().value<MigrationProgress>().downtimeMs);
        else
            std::fprintf(stderr, "vireo: %s\n", qPrintable(error));
        loop.quit();
    });
    loop.exec();
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    *cpu += cpuSeconds() - cpuBefore;
    return r;
}

Run withVirsh(const QString &from, const QString &name, const QString &to)
{
    Run r;
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("virsh"),
            {QStringLiteral("-c"), from, QStringLiteral("migrate"), QStringLiteral("--live"),
             QStringLiteral("--persistent"), QStringLiteral("--undefinesource"),
             QStringLiteral("--unsafe"), name, to, QStringLiteral("--migrateuri"),
             QStringLiteral("tcp://127.0.0.1")});
    p.waitForFinished(600000);
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.ok = p.exitCode() == 0;
    // The downtime, from the completed job's record on the destination.
    QProcess info;
    info.start(QStringLiteral("virsh"), {QStringLiteral("-c"), to, QStringLiteral("domjobinfo"),
                                         name, QStringLiteral("--completed")});
    info.waitForFinished(30000);
    const auto m = QRegularExpression(QStringLiteral("Total downtime:\\s+(\\d+)"))
                       .match(QString::fromUtf8(info.readAllStandardOutput()));
    if (m.hasMatch())
        r.downtimeMs = m.captured(1).toLongLong();
    return r;
}

void print(const char *tool, int i, const char *direction, const Run &r)
{
    std::printf("  %-6s run %d %-12s %s %6.2f s, downtime %lld ms\n", tool, i + 1, direction,
                r.ok ? "ok  " : "FAIL", r.seconds, static_cast<long long>(r.downtimeMs));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 5;
    if (runs <= 0 || !Bench::prepareDaemonAndGuest("bench_migration"))
        return 2;
    const QString shared = QStringLiteral("/var/tmp/vireo-bench-mig-%1").arg(app.applicationPid());
    QDir().mkpath(shared);
    Test::SecondHost host(16621);
    if (!host.start()) {
        std::fprintf(stderr, "bench_migration: no second host: %s\n", qPrintable(host.error()));
        return 2;
    }
    const QString here = QStringLiteral("qemu:///system");
    const QString there = host.uri();
    const QByteArray pool = QStringLiteral("<pool type='dir'><name>vireo-bench-mig</name><target>"
                                           "<path>%1</path></target></pool>")
                                .arg(shared)
                                .toUtf8();
    virConnectPtr other = virConnectOpen(there.toUtf8().constData());
    for (virConnectPtr c : {Test::TestGuest::helperConnection(), other})
        if (virStoragePoolPtr p = virStoragePoolCreateXML(c, pool.constData(), 0))
            virStoragePoolFree(p);

    int code = 1;
    {
        Test::TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-bench-mig"));
        Test::GuestOptions options;
        options.withDisk = true;
        options.diskDir = shared;
        options.memoryMiB = 256;
        Test::TestGuest guest(QStringLiteral("vireo-bench-mig"), options);
        if (!guest.define() || !guest.start()) {
            std::fprintf(stderr, "bench_migration: the guest: %s\n", qPrintable(guest.error()));
            return 2;
        }
        Connection main(here);
        Connection second(there);
        main.open();
        second.open();
        QEventLoop wait;
        QTimer::singleShot(3000, &wait, &QEventLoop::quit);
        wait.exec();

        std::printf("bench_migration: a running 256 MiB guest between two hosts on this machine, "
                    "%d runs each, alternating\n",
                    runs);
        // A first move there and back, untimed: the guest settles after its boot. And the checks
        // a user sees before the first migration: a daemon answers its first CPU comparison
        // for a machine type slowly (it probes QEMU, 8 s here), later ones from its cache.
        for (const QString &uri : {there, here}) {
            Operation *check = Preflight::check(&main, guest.uuid(), uri, {});
            QObject::connect(check, &Operation::finished, &wait, &QEventLoop::quit);
            wait.exec();
        }
        if (!withVirsh(here, guest.name(), there).ok || !withVirsh(there, guest.name(), here).ok) {
            std::fprintf(stderr, "bench_migration: the warm-up migration failed\n");
            return 2;
        }
        QTimer::singleShot(1000, &wait, &QEventLoop::quit);
        wait.exec();
        // Per direction (the two hosts are not alike: one is the machine's own daemon).
        QList<double> vireoTimes[2], virshTimes[2];
        QList<qint64> vireoDown, virshDown;
        double cpu = 0;
        double vireoWall = 0;
        bool allOk = true;
        for (int i = 0; i < runs; ++i) {
            // Vireo one way and virsh back, then the other way round the next time.
            const bool vireoFirst = i % 2 == 0;
            Run a, b;
            if (vireoFirst) {
                a = withVireo(&main, guest.uuid(), there, &cpu);
                print("vireo", i, "here->there", a);
                QTimer::singleShot(1000, &wait, &QEventLoop::quit);
                wait.exec();
                b = withVirsh(there, guest.name(), here);
                print("virsh", i, "there->here", b);
            } else {
                b = withVirsh(here, guest.name(), there);
                print("virsh", i, "here->there", b);
                QTimer::singleShot(1000, &wait, &QEventLoop::quit); // the list to catch up
                wait.exec();
                a = withVireo(&second, guest.uuid(), here, &cpu);
                print("vireo", i, "there->here", a);
            }
            allOk = allOk && a.ok && b.ok;
            vireoTimes[vireoFirst ? 0 : 1] << a.seconds;
            virshTimes[vireoFirst ? 1 : 0] << b.seconds;
            vireoDown << a.downtimeMs;
            virshDown << b.downtimeMs;
            vireoWall += a.seconds;
            QTimer::singleShot(1000, &wait, &QEventLoop::quit);
            wait.exec();
        }
        // Vireo's time over virsh's in the same direction, averaged over the two directions.
        double ratio = 0;
        int directions = 0;
        for (int d = 0; d < 2; ++d) {
            if (vireoTimes[d].isEmpty() || virshTimes[d].isEmpty())
                continue;
            std::printf("%s: median vireo %.2f s (%lld runs), virsh %.2f s (%lld runs): %.2fx\n",
                        d == 0 ? "here->there" : "there->here", median(vireoTimes[d]),
                        static_cast<long long>(vireoTimes[d].size()), median(virshTimes[d]),
                        static_cast<long long>(virshTimes[d].size()),
                        median(vireoTimes[d]) / median(virshTimes[d]));
            ratio += median(vireoTimes[d]) / median(virshTimes[d]);
            ++directions;
        }
        ratio /= qMax(1, directions);
        const qint64 worstVireo = *std::max_element(vireoDown.cbegin(), vireoDown.cend());
        const qint64 worstVirsh = *std::max_element(virshDown.cbegin(), virshDown.cend());
        const double cpuPercent = 100.0 * cpu / qMax(1e-9, vireoWall);
        std::printf("total time, vireo over virsh in the same direction: %.2fx (target <= 1.05x)\n",
                    ratio);
        std::printf("downtime, worst: vireo %lld ms, virsh %lld ms (maximum 300 ms)\n",
                    static_cast<long long>(worstVireo), static_cast<long long>(worstVirsh));
        std::printf("vireo's CPU while migrating: %.1f%% of a core (target <= 2%%)\n", cpuPercent);
        code = allOk ? 0 : 1;
        // Leave it on this host, where the guest's clean-up finds it.
        virDomainPtr dom = virDomainLookupByName(other, "vireo-bench-mig");
        if (dom) {
            virDomainDestroy(dom);
            virDomainUndefine(dom);
            virDomainFree(dom);
        }
    }
    virConnectClose(other);
    host.stop();
    if (virStoragePoolPtr p
        = virStoragePoolLookupByName(Test::TestGuest::helperConnection(), "vireo-bench-mig")) {
        virStoragePoolDestroy(p);
        virStoragePoolFree(p);
    }
    QDir(shared).removeRecursively();
    return code;
}
