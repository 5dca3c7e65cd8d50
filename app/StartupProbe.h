#pragma once

#include <QObject>

class QWidget;

namespace Vireo {
class DomainListModel;
}

namespace Vireo::App {

/// For bench/: when VIREO_BENCH_ROWS is set, waits for the library to paint with that many
/// machines, prints the time since VIREO_BENCH_T0_NS (CLOCK_REALTIME, ns, taken before exec)
/// and the peak RSS, then quits. Inactive otherwise.
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
};

} // namespace Vireo::App
