// New-VM benchmarks (issue 3), printed as figures:
//  - OS detection of a 4 GiB sparse install image (osinfo-db already loaded), target <= 100 ms;
//  - the app's own time from Finish to the start call issued, target <= 150 ms. Measured as the
//    whole creation (validation, domain XML, worker hand-off, define, start) on libvirt's
//    in-process test:/// driver, whose own work is microseconds: an upper bound of Vireo's part.
//
//   bench_create [--runs N]

#include "core/Connection.h"
#include "core/Operation.h"
#include "create/OsDatabase.h"
#include "create/VmCreator.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Vireo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    const QStringList args = app.arguments();
    if (const int i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = args[i + 1].toInt();

    // OS detection.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("content")));
    const QString iso = dir.filePath(QStringLiteral("big.iso"));
    if (QProcess::execute(QStringLiteral("xorriso"),
                          {QStringLiteral("-as"), QStringLiteral("mkisofs"),
                           QStringLiteral("-quiet"), QStringLiteral("-V"),
                           QStringLiteral("Debian 11.5.0 amd64 n"), QStringLiteral("-o"), iso,
                           dir.filePath(QStringLiteral("content"))})
        != 0) {
        std::fprintf(stderr, "xorriso failed\n");
        return 1;
    }
    QFile(iso).resize(4ll * 1024 * 1024 * 1024); // sparse: a 4 GiB image, as a DVD would be
    OsDatabase db;
    QElapsedTimer t;
    t.start();
    if (!db.load())
        return 1;
    const double loadMs = t.nsecsElapsed() / 1e6;
    QList<double> detect;
    QString detected;
    for (int i = 0; i < runs; ++i) {
        QString error;
        t.restart();
        const auto os = db.detect(iso, &error);
        detect << t.nsecsElapsed() / 1e6;
        detected = os ? os->name : QStringLiteral("nothing");
    }
    std::printf("OS detection, 4 GiB sparse ISO: median %.2f ms over %d runs (found %s; target <= "
                "100 ms)\n",
                Bench::median(detect), runs, qPrintable(detected));
    std::printf("  (loading osinfo-db once, in the background when the wizard opens: %.0f ms)\n",
                loadMs);

    // Finish to start.
    Connection c(QStringLiteral("test:///default"));
    {
        QEventLoop loop;
        QObject::connect(&c, &Connection::stateChanged, &loop, &QEventLoop::quit);
        c.open();
        loop.exec();
    }
    QList<double> create;
    for (int i = 0; i < runs; ++i) {
        CreateRequest r;
        r.spec = recommendedSpec(nullptr, HostCapacity{4, 8192, false}, true);
        r.spec.nics.clear();
        r.spec.name = QStringLiteral("bench-%1").arg(i);
        r.newDiskGiB = 0;
        t.restart();
        Operation *op = Creation::create(&c, r);
        QEventLoop loop;
        bool ok = false;
        QObject::connect(op, &Operation::finished, &loop, [&](bool success) {
            ok = success;
            loop.quit();
        });
        loop.exec();
        create << t.nsecsElapsed() / 1e6;
        if (!ok) {
            std::fprintf(stderr, "creation failed: %s\n", qPrintable(op->errorText()));
            return 1;
        }
    }
    std::printf(
        "Finish to started (test:/// driver, upper bound of Vireo's own time): median %.2f ms "
        "over %d runs (target <= 150 ms)\n",
        Bench::median(create), runs);
    return 0;
}
