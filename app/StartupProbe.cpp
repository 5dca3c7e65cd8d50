#include "app/StartupProbe.h"

#include "domains/DomainListModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
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
    viewport->installEventFilter(new StartupProbe(model, rows, t0, viewport));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_done || m_model->domainCount() < m_rows)
        return QObject::eventFilter(watched, event);
    m_done = true;
    // Report after this paint has finished.
    QTimer::singleShot(0, this, [this] {
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("rows=%d startup_ms=%.1f peak_rss_mib=%.1f\n", m_model->domainCount(),
                    m_t0Ns > 0 ? (nowNs - m_t0Ns) / 1e6 : -1.0, usage.ru_maxrss / 1024.0);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QObject::eventFilter(watched, event);
}

} // namespace Vireo::App
