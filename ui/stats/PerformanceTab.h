#pragma once

#include "stats/Stats.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"

#include "ui/stats/PerformanceView.h"

#include <QPointer>

class QCPGraph;
class QComboBox;
class QCustomPlot;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace Vireo {
class Connection;
} // namespace Vireo

namespace Vireo::Ui {

/// A VM's CPU, memory, disk I/O and network I/O as graphs (QCustomPlot): the last minute, 10
/// minutes, hour, day or week, from the history store and then live from the sampler. Hovering
/// shows time and value; Pause freezes the view; Export writes the range as CSV. The graphs are
/// redrawn only while visible, at most once per tick.
class PerformanceTab : public PerformanceView
{
    Q_OBJECT
public:
    explicit PerformanceTab(QWidget *parent = nullptr);

    void setStore(StatsStore *store) override { m_store = store; }
    /// Shows this VM (an empty uuid: none). Its connection's sampler feeds the live part.
    void setDomain(Connection *connection, const QString &uuid) override;
    /// The host overview of a connection: host CPU and memory (the last hour, from the sampler)
    /// and its VMs by CPU use.
    void setHost(Connection *connection) override;
    bool isHostMode() const override { return m_hostMode; }
    /// The top VMs' names and CPU figures as shown, busiest first (host mode).
    QStringList topVms() const override;
    /// The memory graph's legend, as shown ("used", then "allocated" or the host's "total").
    QStringList memoryLegend() const override;
    /// The range shown, in ms (60 000 up to 7 days).
    void setRangeMs(qint64 rangeMs);
    qint64 rangeMs() const { return m_rangeMs; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// The samples shown now, oldest first.
    QList<VmSample> samples() const { return m_samples; }
    /// Points in the CPU graph (for tests).
    int cpuPoints() const override;
    int fullRedraws() const override { return m_fullRedraws; }
    /// What hovering over the CPU graph at this widget position says (for tests too).
    QString hoverText(QCustomPlot *plot, const QPoint &position) const;
    QCustomPlot *cpuPlot() const { return m_cpu; }
    QList<QCustomPlot *> plots() const { return {m_cpu, m_memory, m_disk, m_network}; }
    /// The shown range as CSV (what Export writes).
    QString csv() const;
    /// The last redraw's time in ms, as QCustomPlot measured it.
    double lastReplotMs() const;

Q_SIGNALS:
    /// The history of the range has been loaded and drawn.
    void loaded();

private:
    void reload();
    void appendLive(const QStringList &uuids);
    void redraw();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// One column of graphs, or two when the tab is wide (a 2x2 grid).
    void arrangePlots();
    /// What an empty graph says (why it has nothing), from the machine's state.
    QString emptyReason(bool sampledAtAll) const;

    QPointer<Connection> m_connection;
    QPointer<StatsSampler> m_sampler;
    QPointer<StatsStore> m_store;
    QString m_uuid;
    qint64 m_rangeMs = 10 * 60 * 1000;
    bool m_paused = false;
    int m_generation = 0;
    QList<VmSample> m_samples;
    int m_fullRedraws = 0;
    QComboBox *m_range;
    QToolButton *m_pause;
    QLabel *m_status;
    QCustomPlot *m_cpu;
    QCustomPlot *m_memory;
    QCustomPlot *m_disk;
    QCustomPlot *m_network;
    QTreeWidget *m_top;
    QWidget *m_plots; // the graphs' grid, in a scroll area
    int m_columns = 0;
    bool m_hostMode = false;
    void redrawHost();
};

} // namespace Vireo::Ui
