// libvireo-performance.so: the Performance tab (QCustomPlot), loaded by the library window when
// the tab is first shown.

#include "ui/stats/PerformanceTab.h"
#include "ui/stats/PerformanceView.h"

#include <QObject>
#include <QtPlugin>

namespace Vireo::Ui {

class PerformancePlugin : public QObject, public PerformanceViewPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VireoPerformanceViewPlugin_iid)
    Q_INTERFACES(Vireo::Ui::PerformanceViewPlugin)
public:
    PerformanceView *createView(QWidget *parent) override { return new PerformanceTab(parent); }
};

} // namespace Vireo::Ui

#include "PerformancePlugin.moc"
