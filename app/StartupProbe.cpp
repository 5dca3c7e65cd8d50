#include "app/StartupProbe.h"

#include "domains/DomainListModel.h"

#include "ui/library/LibraryProxyModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QTreeView>
#include <QWidget>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>

namespace Vireo::App {

StartupProbe::StartupProbe(const DomainListModel *model, int rows, qint64 t0Ns, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_rows(rows)
    , m_t0Ns(t0Ns)
{
}

void StartupProbe::installIfRequested(QWidget *viewport, const DomainListModel *model)
{
    const int rows = qEnvironmentVariableIntValue("VIREO_BENCH_ROWS");
    if (rows <= 0)
        return;
    const qint64 t0 = qEnvironmentVariable("VIREO_BENCH_T0_NS").toLongLong();
    auto *probe = new StartupProbe(model, rows, t0, viewport);
    probe->m_viewport = viewport;
    viewport->installEventFilter(probe);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_done || m_model->domainCount() < m_rows)
        return QObject::eventFilter(watched, event);
    m_done = true;
    // Report after this paint has finished.
    QTimer::singleShot(0, this, &StartupProbe::report);
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("rows=%d startup_ms=%.1f peak_rss_mib=%.1f\n", m_model->domainCount(),
                m_t0Ns > 0 ? (nowNs - m_t0Ns) / 1e6 : -1.0, usage.ru_maxrss / 1024.0);
    std::fflush(stdout);
    if (qEnvironmentVariableIsSet("VIREO_BENCH_FILTER"))
        timeSortAndFilter();
    const int idle = qEnvironmentVariableIntValue("VIREO_BENCH_IDLE_S");
    if (idle > 0)
        measureIdle(idle);
    else
        QCoreApplication::exit(0);
}

void StartupProbe::timeSortAndFilter()
{
    auto *view = qobject_cast<QTreeView *>(m_viewport->parentWidget());
    auto *proxy = view ? qobject_cast<Ui::LibraryProxyModel *>(view->model()) : nullptr;
    if (!proxy)
        return;
    QElapsedTimer t;
    t.start();
    view->sortByColumn(DomainListModel::NameColumn, Qt::DescendingOrder);
    m_viewport->repaint();
    const double sortMs = t.nsecsElapsed() / 1e6;
    t.restart();
    proxy->setFilterText(QStringLiteral("vm-01")); // a tenth of them
    m_viewport->repaint();
    const double filterMs = t.nsecsElapsed() / 1e6;
    t.restart();
    proxy->setFilterText(QString());
    m_viewport->repaint();
    const double unfilterMs = t.nsecsElapsed() / 1e6;
    std::printf("sort_ms=%.1f filter_ms=%.1f unfilter_ms=%.1f\n", sortMs, filterMs, unfilterMs);
    std::fflush(stdout);
}

void StartupProbe::measureIdle(int seconds)
{
    auto cpuMs = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
               + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    };
    QTimer::singleShot(5000, this, [this, seconds, cpuMs] {
        const double before = cpuMs();
        QElapsedTimer wall;
        wall.start();
        QTimer::singleShot(seconds * 1000, this, [this, before, wall, cpuMs] {
            const double used = cpuMs() - before;
            std::printf("idle_cpu_percent=%.2f over_s=%.1f\n", 100.0 * used / wall.elapsed(),
                        wall.elapsed() / 1000.0);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
}

} // namespace Vireo::App
