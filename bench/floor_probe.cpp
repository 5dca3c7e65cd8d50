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

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>

#include <libvirt/libvirt.h>

#include <sys/resource.h>

#include <cstdio>
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
