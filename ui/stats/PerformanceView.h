#pragma once

#include <QStringList>
#include <QWidget>
#include <QtPlugin>

namespace Vireo {
class Connection;
class StatsStore;
} // namespace Vireo

namespace Vireo::Ui {

/// The Performance tab as the library window sees it. Its graphs are QCustomPlot's, in the plugin
/// libvireo-performance.so (ui/stats/PerformanceTab), which the window loads when the tab is first
/// shown: start-up maps neither QCustomPlot nor Qt Print Support.
class PerformanceView : public QWidget
{
public:
    using QWidget::QWidget;

    virtual void setStore(StatsStore *store) = 0;
    /// Shows this VM (an empty uuid: none). Its connection's sampler feeds the live part.
    virtual void setDomain(Connection *connection, const QString &uuid) = 0;
    /// The host overview of a connection: host CPU and memory and its VMs by CPU use.
    virtual void setHost(Connection *connection) = 0;
    virtual bool isHostMode() const = 0;
    /// The top VMs' names and CPU figures as shown, busiest first (host mode).
    virtual QStringList topVms() const = 0;
    /// The memory graph's legend, as shown ("used", then "allocated" or the host's "total").
    virtual QStringList memoryLegend() const = 0;
    /// Points in the CPU graph.
    virtual int cpuPoints() const = 0;
    /// How often all graphs were rebuilt from the samples (a range change, a reload); a tick
    /// only adds its points.
    virtual int fullRedraws() const = 0;
};

class PerformanceViewPlugin
{
public:
    virtual ~PerformanceViewPlugin() = default;
    virtual PerformanceView *createView(QWidget *parent) = 0;
};

} // namespace Vireo::Ui

#define VireoPerformanceViewPlugin_iid "io.vireo.PerformanceViewPlugin/1"
Q_DECLARE_INTERFACE(Vireo::Ui::PerformanceViewPlugin, VireoPerformanceViewPlugin_iid)
