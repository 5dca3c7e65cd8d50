// The floor under Vireo's figures: a Qt Widgets window and one libvirt connection, nothing else.
//
//   bench_floor_probe [URI]          a toolbar and a label; stays open until killed. bench_console
//                                    reads its resident memory beside the viewers.
//   bench_floor_probe --list URI     lists every domain's name in a plain list view, paints it,
//                                    prints "rows=N open_ms=T painted_ms=T peak_rss_mib=M" (times
//                                    from VIREO_BENCH_T0_NS, as Vireo's start-up probe does) and
//                                    exits. bench_library_startup runs it on the same test:///
//                                    file as Vireo: what libvirt and Qt alone cost, in a window
//                                    of the library window's first size.
//   bench_floor_probe --stats URI S  what libvirt alone costs to hand over the statistics Vireo
//                                    samples (every running domain's state, CPU, balloon, disks
//                                    and NICs, and the host's CPU and memory) once a second:
//                                    after 5 s, prints "stats_cpu_percent=P over_s=S" for the
//                                    next S seconds. With test:/// the driver runs in-process,
//                                    so this is the floor under Vireo's steady CPU.

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace {

double msSinceT0()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    const qint64 t0 = qEnvironmentVariable("VIREO_BENCH_T0_NS").toLongLong();
    return t0 > 0 ? (nowNs - t0) / 1e6 : -1.0;
}

class PaintProbe : public QObject
{
public:
    PaintProbe(int rows, double openMs)
        : m_rows(rows)
        , m_openMs(openMs)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                std::printf("rows=%d open_ms=%.1f painted_ms=%.1f peak_rss_mib=%.1f\n", m_rows,
                            m_openMs, msSinceT0(), usage.ru_maxrss / 1024.0);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_rows;
    double m_openMs;
    bool m_done = false;
};

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/// One tick of what Vireo's sampler asks libvirt for (engine/stats/Stats.cpp).
void readStats(virConnectPtr conn)
{
    virNodeInfo node;
    virNodeGetInfo(conn, &node);
    int n = 0;
    if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &n, 0) == 0 && n > 0) {
        QList<virNodeCPUStats> cpu(n);
        virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, cpu.data(), &n, 0);
    }
    n = 0;
    if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &n, 0) == 0
        && n > 0) {
        QList<virNodeMemoryStats> mem(n);
        virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, mem.data(), &n, 0);
    }
    virResetLastError();
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned int stats = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL
                               | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_INTERFACE
                               | VIR_DOMAIN_STATS_BLOCK;
    if (virConnectGetAllDomainStats(conn, stats, &records, VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE)
        >= 0)
        virDomainStatsRecordListFree(records);
}

int statsFloor(virConnectPtr conn, int seconds)
{
    QTimer tick;
    tick.setInterval(1000);
    QObject::connect(&tick, &QTimer::timeout, [conn] { readStats(conn); });
    tick.start();
    readStats(conn);
    double before = 0;
    QElapsedTimer wall;
    QTimer::singleShot(5000, [&] {
        before = cpuMs();
        wall.start();
        QTimer::singleShot(seconds * 1000, [&] {
            std::printf("stats_cpu_percent=%.2f over_s=%.1f\n",
                        100.0 * (cpuMs() - before) / wall.elapsed(), wall.elapsed() / 1000.0);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
    const int rc = QCoreApplication::exec();
    virConnectClose(conn);
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc > 3 && std::strcmp(argv[1], "--stats") == 0) {
        virSetErrorFunc(nullptr, [](void *, virErrorPtr) {}); // unsupported calls are expected
        virConnectPtr conn = virConnectOpen(argv[2]);
        if (!conn) {
            std::fprintf(stderr, "bench_floor_probe: cannot open %s\n", argv[2]);
            return 1;
        }
        return statsFloor(conn, std::atoi(argv[3]));
    }
    const bool list = argc > 2 && std::strcmp(argv[1], "--list") == 0;
    const QByteArray uri = list       ? QByteArray(argv[2])
                           : argc > 1 ? QByteArray(argv[1])
                                      : QByteArray("qemu:///system");
    virConnectPtr conn = virConnectOpen(uri.constData());
    if (!conn) {
        std::fprintf(stderr, "bench_floor_probe: cannot open %s\n", uri.constData());
        return 1;
    }
    QMainWindow window;
    window.addToolBar(QStringLiteral("Console"))->addAction(QStringLiteral("Send Key"));
    if (list) {
        const double openMs = msSinceT0();
        auto *view = new QListWidget;
        virDomainPtr *doms = nullptr;
        const int n = virConnectListAllDomains(conn, &doms, 0);
        for (int i = 0; i < n; ++i) {
            view->addItem(QString::fromUtf8(virDomainGetName(doms[i])));
            virDomainFree(doms[i]);
        }
        free(doms);
        window.setCentralWidget(view);
        view->viewport()->installEventFilter(new PaintProbe(n, openMs));
    } else {
        window.setCentralWidget(new QLabel(QStringLiteral("floor")));
    }
    // --list: the size of Vireo's library window when it has no remembered size (MainWindow), so
    // that both pay for the same backing store.
    window.resize(list ? QSize(1000, 640) : QSize(760, 480));
    window.show();
    const int rc = app.exec();
    virConnectClose(conn);
    return rc;
}
