#include "ui/migration/MigrationRow.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

RemainingGraph::RemainingGraph(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("remainingGraph"));
    setMinimumHeight(70);
    setAccessibleName(tr("What is left to send, over time"));
    setToolTip(tr("What is left to send over time: a line that falls to zero converges; one "
                  "that stays level does not."));
}

void RemainingGraph::add(qint64 elapsedMs, quint64 remaining)
{
    m_samples.append({elapsedMs, remaining});
    update();
}

void RemainingGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect().adjusted(1, 1, -1, -fontMetrics().height() - 2);
    p.fillRect(area, palette().base());
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
    if (m_samples.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No figures yet"));
        return;
    }
    quint64 top = 1;
    for (const auto &s : m_samples)
        top = qMax(top, s.second);
    const qint64 first = m_samples.first().first;
    const qint64 span = qMax<qint64>(1000, m_samples.last().first - first);
    QPainterPath line;
    for (int i = 0; i < m_samples.size(); ++i) {
        const QPointF at(area.left() + area.width() * double(m_samples[i].first - first) / span,
                         area.bottom() - area.height() * double(m_samples[i].second) / top);
        i == 0 ? line.moveTo(at) : line.lineTo(at);
    }
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.drawPath(line);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(0, area.bottom() + 1, width(), fontMetrics().height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 left, %2 s").arg(sizeText(m_samples.last().second)).arg(span / 1000));
}

MigrationRow::MigrationRow(Connection *source, const QString &uuid, const QString &name,
                           const QString &destinationUri, const QString &destinationName,
                           const MigrationOptions &options, QWidget *parent)
    : QFrame(parent)
    , m_source(source)
    , m_uuid(uuid)
    , m_name(name)
    , m_destination(destinationUri)
    , m_destinationName(destinationName)
    , m_title(new QLabel(this))
    , m_memory(new QProgressBar(this))
    , m_disk(new QProgressBar(this))
    , m_figures(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_graph(new RemainingGraph(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_switch(new QPushButton(tr("Switch to Post-Copy"), this))
    , m_postCopyAllowed(options.postCopy)
{
    setObjectName(QStringLiteral("migrationRow"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setText(
        tr("<b>%1</b> to %2").arg(name.toHtmlEscaped(), destinationName.toHtmlEscaped()));
    m_title->setToolTip(destinationUri);
    m_memory->setFormat(tr("Memory %p%"));
    m_memory->setAccessibleName(tr("Memory sent"));
    m_disk->setFormat(tr("Disks %p%"));
    m_disk->setAccessibleName(tr("Disks copied"));
    m_disk->setVisible(options.plan.storage != MigrationPlan::Storage::Shared);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setWordWrap(true);
    m_figures->setText(tr("Starting..."));
    m_warning->setObjectName(QStringLiteral("notConverging"));
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelMigration"));
    m_cancel->setToolTip(tr("Stop the migration: the VM runs on here as it was, and nothing is "
                            "left on the other host"));
    m_switch->setObjectName(QStringLiteral("switchToPostCopy"));
    m_switch->setToolTip(options.postCopy
                             ? tr("Run the VM on the other host now; it fetches the memory it "
                                  "still lacks from here. It then always finishes, but if either "
                                  "host or the link fails meanwhile, the VM is lost.")
                             : tr("Post-copy was not allowed when this migration started"));
    m_switch->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_switch);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_memory);
    layout->addWidget(m_disk);
    layout->addWidget(m_figures);
    layout->addWidget(m_warning);
    layout->addWidget(m_graph);

    m_operation = Migration::start(source, uuid, destinationUri, options);
    connect(m_operation, &Operation::detail, this,
            [this](const QVariant &d) { show(d.value<MigrationProgress>()); });
    connect(m_operation, &Operation::finished, this, [this](bool ok, const QString &error) {
        m_finished = true;
        m_ok = ok;
        m_error = error;
        if (ok && m_operation)
            m_downtimeMs = m_operation->value().value<MigrationProgress>().downtimeMs;
        m_cancel->setEnabled(false);
        m_switch->setEnabled(false);
        m_warning->setVisible(!ok);
        m_warning->setText(ok ? QString() : error);
        m_figures->setText(outcome());
        if (ok) {
            if (m_graph->sampleCount() > 0)
                m_graph->add(m_graph->lastElapsedMs() + 500, 0); // all sent
            m_memory->setValue(m_memory->maximum());
            if (m_disk->isVisible())
                m_disk->setValue(m_disk->maximum());
        }
        Q_EMIT this->finished(ok);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
        m_cancel->setEnabled(false);
        m_figures->setText(tr("Cancelling..."));
    });
    connect(m_switch, &QPushButton::clicked, this, [this] {
        if (!m_source)
            return;
        m_switch->setEnabled(false);
        Operation *op = Migration::switchToPostCopy(m_source, m_uuid);
        connect(op, &Operation::finished, this, [this](bool ok, const QString &error) {
            m_warning->setText(ok ? tr("Post-copy: %1 runs on the other host and fetches the "
                                       "rest of its memory from here.")
                                        .arg(m_name)
                                  : error);
        });
    });
}

QString MigrationRow::outcome() const
{
    if (!m_finished)
        return tr("%1: moving").arg(m_name);
    if (m_ok)
        return m_downtimeMs > 0 ? tr("%1 now runs on %2 (paused %3 ms at the switch-over).")
                                      .arg(m_name, m_destinationName)
                                      .arg(m_downtimeMs)
                                : tr("%1 is now on %2.").arg(m_name, m_destinationName);
    return tr("%1 was not moved: %2").arg(m_name, m_error);
}

void MigrationRow::show(const MigrationProgress &p)
{
    if (m_finished)
        return;
    const auto fill = [](QProgressBar *bar, quint64 total, quint64 remaining) {
        bar->setRange(0, 1000);
        bar->setValue(total ? int((total - qMin(total, remaining)) * 1000 / total) : 0);
    };
    fill(m_memory, p.memoryTotal, p.memoryRemaining);
    if (p.diskTotal > 0) {
        m_disk->setVisible(true);
        fill(m_disk, p.diskTotal, p.diskRemaining);
    }
    QString text = p.rate > 0 ? tr("%1 left of %2 at %3/s")
                                    .arg(sizeText(p.memoryRemaining + p.diskRemaining),
                                         sizeText(p.memoryTotal + p.diskTotal), sizeText(p.rate))
                              : tr("%1 left of %2, measuring the rate")
                                    .arg(sizeText(p.memoryRemaining + p.diskRemaining),
                                         sizeText(p.memoryTotal + p.diskTotal));
    if (p.iteration > 0)
        text += tr(", pass %1").arg(p.iteration);
    if (p.dirtyRate > 0)
        text += tr(", the guest changes %1/s").arg(sizeText(p.dirtyRate));
    if (p.expectedDowntimeMs > 0)
        text += tr(", expected pause %1 ms").arg(p.expectedDowntimeMs);
    m_figures->setText(text);
    m_graph->add(qint64(p.elapsedMs), p.memoryRemaining + p.diskRemaining);
    if (!p.converging) {
        m_warning->setVisible(true);
        m_warning->setText(
            m_postCopyAllowed
                ? tr("Not converging: the guest changes its memory about as fast as it is "
                     "sent, so what is left does not shrink. Switch to post-copy to finish now, "
                     "or cancel.")
                : tr("Not converging: the guest changes its memory about as fast as it is "
                     "sent, so what is left does not shrink. Cancel, and migrate again with "
                     "auto-converge (slows the guest until it converges) or post-copy "
                     "allowed."));
        m_switch->setEnabled(m_postCopyAllowed);
    }
}

} // namespace Vireo::Ui
