#include "ui/stats/PerformanceTab.h"

#include "core/Connection.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/stats/PlotLook.h"
#include "ui/stats/QCustomPlotInclude.h"

namespace Vireo::Ui {

namespace {

struct Series
{
    double VmSample::*field;
    double scale; // shown value = field * scale
};

/// One graph per series, thin lines, no antialiasing: the cheap way QCustomPlot redraws.
QCustomPlot *makePlot(QWidget *parent, const QString &title, const QString &unit,
                      const QStringList &names, const QList<QColor> &colors)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumHeight(150); // below that the axis labels crowd: the page scrolls
    plot->setNoAntialiasingOnDrag(true);
    plot->setNotAntialiasedElements(QCP::aeAll);
    plot->setPlottingHints(QCP::phFastPolylines | QCP::phCacheLabels);
    plot->setInteractions({});
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setLabel(unit);
    for (int i = 0; i < names.size(); ++i) {
        QCPGraph *g = plot->addGraph();
        g->setName(names[i]);
        g->setPen(QPen(colors.value(i, Qt::darkGray), 1));
        g->setAdaptiveSampling(true);
    }
    plot->legend->setVisible(names.size() > 1);
    PlotLook::addTitleRow(plot, title); // with the legend, in the application's look
    return plot;
}

const QList<Series> &seriesOf(int plot)
{
    static const QList<Series> cpu{{&VmSample::cpuPercent, 1}};
    static const QList<Series> memory{{&VmSample::memoryUsedMiB, 1},
                                      {&VmSample::memoryTotalMiB, 1}};
    static const QList<Series> disk{{&VmSample::diskReadBps, 1.0 / 1024 / 1024},
                                    {&VmSample::diskWriteBps, 1.0 / 1024 / 1024}};
    static const QList<Series> network{{&VmSample::netRxBps, 1.0 / 1024},
                                       {&VmSample::netTxBps, 1.0 / 1024}};
    static const QList<QList<Series>> all{cpu, memory, disk, network};
    return all.at(plot);
}

} // namespace

PerformanceTab::PerformanceTab(QWidget *parent)
    : PerformanceView(parent)
    , m_range(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("performanceTab"));
    const QList<QPair<QString, qint64>> ranges{{tr("1 minute"), 60'000},
                                               {tr("10 minutes"), 600'000},
                                               {tr("1 hour"), 3'600'000},
                                               {tr("24 hours"), 86'400'000},
                                               {tr("7 days"), 7 * 86'400'000LL}};
    for (const auto &[text, ms] : ranges)
        m_range->addItem(text, ms);
    m_range->setCurrentIndex(1);
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { setRangeMs(m_range->currentData().toLongLong()); });
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    connect(m_pause, &QToolButton::toggled, this, &PerformanceTab::setPaused);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export CSV..."));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        auto *dialog
            = new QFileDialog(this, tr("Export Statistics"), QString(), tr("CSV files (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv().toUtf8()) < 0)
                m_status->setText(tr("Could not write %1: %2").arg(path, f.errorString()));
        });
        dialog->open();
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_pause);
    bar->addWidget(exportButton);
    bar->addStretch();
    bar->addWidget(m_status);

    m_cpu = makePlot(this, tr("CPU"), tr("% of its vCPUs"), {tr("CPU")}, {QColor(0x1f77b4)});
    m_cpu->yAxis->setRange(0, 100);
    m_memory = makePlot(this, tr("Memory"), tr("MiB"), {tr("used"), tr("allocated")},
                        {QColor(0x2ca02c), QColor(0x999999)});
    m_disk = makePlot(this, tr("Disk I/O"), tr("MiB/s"), {tr("read"), tr("write")},
                      {QColor(0x9467bd), QColor(0xd62728)});
    m_network = makePlot(this, tr("Network I/O"), tr("KiB/s"), {tr("receive"), tr("transmit")},
                         {QColor(0x17becf), QColor(0xff7f0e)});
    m_top = new QTreeWidget(this);
    m_top->setObjectName(QStringLiteral("topVms"));
    m_top->setHeaderLabels({tr("Busiest VMs"), tr("CPU"), tr("Host share")});
    m_top->setRootIsDecorated(false);
    m_top->setMaximumHeight(140);
    m_top->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_top->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_top);
    // The graphs scroll when the tab is too low for each to keep its minimum height.
    m_plots = new QWidget(this);
    new QGridLayout(m_plots);
    m_plots->layout()->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("performancePlots"));
    scroll->setWidget(m_plots);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    for (QCustomPlot *plot : {m_cpu, m_memory, m_disk, m_network}) {
        plot->setMouseTracking(true);
        plot->installEventFilter(this);
    }
    arrangePlots();
}

void PerformanceTab::arrangePlots()
{
    // Two columns once each graph still gets 420 px; only the graphs shown take places.
    const int columns = width() >= 2 * 420 ? 2 : 1;
    auto *grid = static_cast<QGridLayout *>(m_plots->layout());
    QList<QCustomPlot *> shown;
    for (QCustomPlot *plot : {m_cpu, m_memory, m_disk, m_network})
        if (!plot->isHidden())
            shown << plot;
    if (columns == m_columns && grid->count() == shown.size())
        return;
    m_columns = columns;
    for (QCustomPlot *plot : {m_cpu, m_memory, m_disk, m_network})
        grid->removeWidget(plot);
    for (int i = 0; i < shown.size(); ++i)
        grid->addWidget(shown[i], i / columns, i % columns);
    for (int r = 0; r < 4; ++r)
        grid->setRowStretch(r, r < (shown.size() + columns - 1) / columns ? 1 : 0);
}

void PerformanceTab::resizeEvent(QResizeEvent *event)
{
    PerformanceView::resizeEvent(event);
    arrangePlots();
}

void PerformanceTab::changeEvent(QEvent *event)
{
    PerformanceView::changeEvent(event);
    // A dark or light palette, or another font, the moment the application takes it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        for (QCustomPlot *plot : {m_cpu, m_memory, m_disk, m_network}) {
            PlotLook::apply(plot);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
}

QString PerformanceTab::emptyReason(bool sampledAtAll) const
{
    const auto domain = m_connection && !m_uuid.isEmpty() ? m_connection->domain(m_uuid)
                                                          : std::optional<DomainInfo>();
    if (!m_hostMode && domain && !domain->isActive())
        return tr("No samples yet: the machine is shut off");
    if (sampledAtAll)
        return tr("Not sampled: turned off in Preferences, or no such device");
    return tr("No samples in this range yet");
}

void PerformanceTab::setHost(Connection *connection)
{
    if (m_hostMode && connection == m_connection)
        return;
    if (m_sampler)
        disconnect(m_sampler, nullptr, this, nullptr);
    m_hostMode = true;
    m_connection = connection;
    m_uuid.clear();
    m_samples.clear();
    m_sampler = connection ? connection->findChild<StatsSampler *>() : nullptr;
    if (m_sampler)
        connect(m_sampler, &StatsSampler::sampled, this, [this] {
            if (isVisible() && !m_paused)
                redrawHost();
        });
    PlotLook::setTitle(m_cpu, tr("Host CPU"));
    PlotLook::setTitle(m_memory, tr("Host memory"));
    m_memory->graph(1)->setName(tr("total")); // the host's memory, not what a VM was given
    m_cpu->yAxis->setLabel(tr("% of the host"));
    m_disk->hide();
    m_network->hide();
    m_top->show();
    m_columns = 0;
    arrangePlots();
    redrawHost();
}

QStringList PerformanceTab::topVms() const
{
    QStringList out;
    for (int i = 0; i < m_top->topLevelItemCount(); ++i)
        out << m_top->topLevelItem(i)->text(0) + QLatin1Char(' ') + m_top->topLevelItem(i)->text(1);
    return out;
}

void PerformanceTab::redrawHost()
{
    const QList<HostSample> host = m_sampler ? m_sampler->recentHost() : QList<HostSample>();
    QVector<QCPGraphData> cpu, used, total;
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - m_rangeMs;
    for (const HostSample &h : host) {
        if (h.timeMs < from)
            continue;
        const double key = h.timeMs / 1000.0;
        if (!std::isnan(h.cpuPercent))
            cpu.append({key, h.cpuPercent});
        if (!std::isnan(h.memoryUsedMiB))
            used.append({key, h.memoryUsedMiB});
        if (!std::isnan(h.memoryTotalMiB))
            total.append({key, h.memoryTotalMiB});
    }
    m_cpu->graph(0)->data()->set(cpu, true);
    m_memory->graph(0)->data()->set(used, true);
    m_memory->graph(1)->data()->set(total, true);
    PlotLook::setEmptyText(m_cpu, cpu.isEmpty() ? emptyReason(false) : QString());
    PlotLook::setEmptyText(m_memory, used.isEmpty() ? emptyReason(false) : QString());
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    for (QCustomPlot *plot : {m_cpu, m_memory})
        plot->xAxis->setRange(now, qMin<double>(m_rangeMs, 3'600'000) / 1000.0, Qt::AlignRight);
    m_memory->yAxis->setRange(0, total.isEmpty() ? 1 : total.last().value * 1.05);
    m_cpu->replot(QCustomPlot::rpQueuedReplot);
    m_memory->replot(QCustomPlot::rpQueuedReplot);
    // The VMs by their latest CPU figure.
    QList<std::pair<double, DomainInfo>> busy;
    if (m_connection && m_sampler)
        for (const DomainInfo &d : m_connection->domains())
            if (d.isActive())
                busy.append({m_sampler->latest(d.uuid).cpuPercent, d});
    std::sort(busy.begin(), busy.end(), [](const auto &a, const auto &b) {
        const double x = std::isnan(a.first) ? -1 : a.first;
        const double y = std::isnan(b.first) ? -1 : b.first;
        return x > y;
    });
    m_top->clear();
    for (int i = 0; i < busy.size() && i < 5; ++i) {
        auto *item = new QTreeWidgetItem(m_top);
        const VmSample s = m_sampler->latest(busy[i].second.uuid);
        item->setText(0, busy[i].second.name);
        item->setText(1, std::isnan(s.cpuPercent)
                             ? QStringLiteral("-")
                             : QStringLiteral("%1 %").arg(s.cpuPercent, 0, 'f', 1));
        item->setText(2, std::isnan(s.hostCpuPercent)
                             ? QStringLiteral("-")
                             : QStringLiteral("%1 %").arg(s.hostCpuPercent, 0, 'f', 1));
    }
}

void PerformanceTab::setDomain(Connection *connection, const QString &uuid)
{
    if (!m_hostMode && connection == m_connection && uuid == m_uuid)
        return;
    if (m_hostMode) {
        m_hostMode = false;
        PlotLook::setTitle(m_cpu, tr("CPU"));
        PlotLook::setTitle(m_memory, tr("Memory"));
        m_memory->graph(1)->setName(tr("allocated"));
        m_cpu->yAxis->setLabel(tr("% of its vCPUs"));
        m_disk->show();
        m_network->show();
        m_top->hide();
        m_columns = 0;
        arrangePlots();
    }
    if (m_sampler)
        disconnect(m_sampler, nullptr, this, nullptr);
    m_connection = connection;
    m_uuid = uuid;
    m_sampler = connection ? connection->findChild<StatsSampler *>() : nullptr;
    if (m_sampler)
        connect(m_sampler, &StatsSampler::sampled, this, &PerformanceTab::appendLive);
    reload();
}

void PerformanceTab::setRangeMs(qint64 rangeMs)
{
    m_rangeMs = rangeMs;
    const int index = m_range->findData(rangeMs);
    if (index >= 0 && index != m_range->currentIndex())
        m_range->setCurrentIndex(index);
    m_hostMode ? redrawHost() : reload();
}

void PerformanceTab::setPaused(bool paused)
{
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_status->setText(paused ? tr("Paused") : QString());
    if (!paused)
        m_hostMode ? redrawHost() : reload();
}

void PerformanceTab::reload()
{
    const int generation = ++m_generation;
    m_samples.clear();
    if (m_uuid.isEmpty()) {
        redraw();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - m_rangeMs;
    auto finishWith = [this, generation, from](QList<VmSample> history) {
        if (generation != m_generation)
            return;
        // The sampler's hour in memory covers what the store may not have written yet.
        if (m_sampler) {
            const qint64 last = history.isEmpty() ? from : history.last().timeMs;
            for (const VmSample &s : m_sampler->recent(m_uuid))
                if (s.timeMs > last && s.timeMs >= from)
                    history << s;
        }
        m_samples = history;
        redraw();
        Q_EMIT loaded();
    };
    if (!m_store) {
        finishWith({});
        return;
    }
    auto *watcher = new QFutureWatcher<QList<VmSample>>(this);
    connect(watcher, &QFutureWatcher<QList<VmSample>>::finished, this, [watcher, finishWith] {
        finishWith(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(m_store->history(m_uuid, from, now));
}

void PerformanceTab::appendLive(const QStringList &uuids)
{
    if (m_paused || !uuids.contains(m_uuid) || !m_sampler)
        return;
    const VmSample s = m_sampler->latest(m_uuid);
    if (!m_samples.isEmpty() && s.timeMs <= m_samples.last().timeMs)
        return;
    const qint64 previous = m_samples.isEmpty() ? 0 : m_samples.last().timeMs;
    m_samples << s;
    const qint64 from = s.timeMs - m_rangeMs;
    while (!m_samples.isEmpty() && m_samples.first().timeMs < from)
        m_samples.removeFirst();
    if (!isVisible())
        return; // hidden tabs cost nothing; they redraw when shown (reload)
    // A tick adds one point per graph and drops what left the range: no plot is rebuilt.
    const QList<QCustomPlot *> plots{m_cpu, m_memory, m_disk, m_network};
    const qint64 gapMs = m_rangeMs > 3'600'000 ? 180'000 : 5'000;
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    for (int p = 0; p < plots.size(); ++p) {
        QCustomPlot *plot = plots[p];
        const QList<Series> &series = seriesOf(p);
        double top = plot->yAxis->range().upper / 1.15;
        for (int g = 0; g < series.size(); ++g) {
            const double v = s.*series[g].field;
            QCPGraph *graph = plot->graph(g);
            graph->data()->removeBefore(from / 1000.0);
            if (std::isnan(v))
                continue;
            if (previous && s.timeMs - previous > gapMs)
                graph->addData((previous + 1) / 1000.0, qQNaN());
            graph->addData(s.timeMs / 1000.0, v * series[g].scale);
            top = qMax(top, v * series[g].scale);
            PlotLook::setEmptyText(plot, QString()); // a first point: the note goes
        }
        plot->xAxis->setRange(now, m_rangeMs / 1000.0, Qt::AlignRight);
        if (plot != m_cpu)
            plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void PerformanceTab::redraw()
{
    ++m_fullRedraws;
    const QList<QCustomPlot *> plots{m_cpu, m_memory, m_disk, m_network};
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    const double span = m_rangeMs / 1000.0;
    // Second samples further apart than this, or minute samples, mean nothing was sampled.
    const qint64 gapMs = m_rangeMs > 3'600'000 ? 180'000 : 5'000;
    auto ticker = [span](QCustomPlot *plot) {
        auto t = plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
        if (t)
            t->setDateTimeFormat(span > 86400 ? QStringLiteral("d MMM")
                                 : span > 600 ? QStringLiteral("HH:mm")
                                              : QStringLiteral("HH:mm:ss"));
    };
    for (int p = 0; p < plots.size(); ++p) {
        QCustomPlot *plot = plots[p];
        const QList<Series> &series = seriesOf(p);
        double top = 0;
        for (int g = 0; g < series.size(); ++g) {
            QVector<QCPGraphData> points;
            points.reserve(m_samples.size());
            qint64 previous = 0;
            for (const VmSample &s : m_samples) {
                const double v = s.*series[g].field;
                if (std::isnan(v))
                    continue;
                // Where Vireo or the VM was not running, the line breaks (NaN is a gap).
                if (previous && s.timeMs - previous > gapMs)
                    points.append({(previous + 1) / 1000.0, qQNaN()});
                previous = s.timeMs;
                points.append({s.timeMs / 1000.0, v * series[g].scale});
                top = qMax(top, v * series[g].scale);
            }
            plot->graph(g)->data()->set(points, true);
        }
        bool empty = true;
        for (int g = 0; g < plot->graphCount(); ++g)
            empty = empty && plot->graph(g)->dataCount() == 0;
        PlotLook::setEmptyText(plot, empty ? emptyReason(!m_samples.isEmpty()) : QString());
        plot->xAxis->setRange(now, span, Qt::AlignRight);
        if (plot != m_cpu)
            plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
        ticker(plot);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QStringList PerformanceTab::memoryLegend() const
{
    QStringList names;
    for (int i = 0; i < m_memory->graphCount(); ++i)
        names << m_memory->graph(i)->name();
    return names;
}

int PerformanceTab::cpuPoints() const
{
    return m_cpu->graph(0)->dataCount();
}

double PerformanceTab::lastReplotMs() const
{
    return m_cpu->replotTime();
}

QString PerformanceTab::hoverText(QCustomPlot *plot, const QPoint &position) const
{
    if (!plot || plot->graphCount() == 0)
        return {};
    const double key = plot->xAxis->pixelToCoord(position.x());
    QStringList lines;
    QString when;
    for (int g = 0; g < plot->graphCount(); ++g) {
        const QCPGraph *graph = plot->graph(g);
        if (graph->dataCount() == 0)
            continue;
        auto it = graph->data()->findBegin(key, true);
        if (it == graph->data()->constEnd())
            continue;
        // The nearer of the two points around the mouse.
        auto next = it + 1;
        if (next != graph->data()->constEnd() && qAbs(next->key - key) < qAbs(it->key - key))
            it = next;
        when = QDateTime::fromMSecsSinceEpoch(qint64(it->key * 1000))
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        lines << QStringLiteral("%1: %2 %3")
                     .arg(graph->name())
                     .arg(it->value, 0, 'f', it->value < 10 ? 2 : 1)
                     .arg(plot->yAxis->label());
    }
    return lines.isEmpty() ? QString() : when + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

bool PerformanceTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove) {
        auto *plot = qobject_cast<QCustomPlot *>(watched);
        const auto *move = static_cast<QMouseEvent *>(event);
        const QString text = hoverText(plot, move->position().toPoint());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(move->globalPosition().toPoint(), text, plot);
    }
    return QWidget::eventFilter(watched, event);
}

void PerformanceTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_hostMode)
        redrawHost();
    else
        reload(); // what came while hidden was not drawn
}

QString PerformanceTab::csv() const
{
    return Stats::toCsv(m_samples);
}

} // namespace Vireo::Ui
