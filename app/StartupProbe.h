#pragma once

#include <QObject>

class QWidget;

namespace Vireo {
class DomainListModel;
}

namespace Vireo::App {

/// For bench/: when VIREO_BENCH_ROWS is set, waits for the library to paint with that many
/// machines, prints the time since VIREO_BENCH_T0_NS (CLOCK_REALTIME, ns, taken before exec)
/// and the peak RSS, then quits. With VIREO_BENCH_FILTER it first times a sort and a filter of
/// the whole list (each repainted); with VIREO_BENCH_IDLE_S=S it then stays S seconds more (after
/// 5 s to settle) and prints the CPU it used meanwhile. Inactive otherwise.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    static void installIfRequested(QWidget *viewport, const DomainListModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(const DomainListModel *model, int rows, qint64 t0Ns, QObject *parent);

    const DomainListModel *m_model;
    int m_rows;
    qint64 m_t0Ns;
    bool m_done = false;
    QWidget *m_viewport = nullptr;

    void report();
    void timeSortAndFilter();
    void measureIdle(int seconds);
};

} // namespace Vireo::App
