#include "ui/stats/PlotLook.h"

#include <QApplication>

#include "ui/stats/QCustomPlotInclude.h"

namespace Vireo::Ui::PlotLook {

namespace {

const char kEmptyNote[] = "emptyNote";

QCPItemText *emptyNote(const QCustomPlot *plot)
{
    return plot->findChild<QCPItemText *>(QLatin1String(kEmptyNote));
}

QCPTextElement *title(const QCustomPlot *plot)
{
    auto *row = plot->plotLayout()->rowCount() > 1
                    ? qobject_cast<QCPLayoutGrid *>(plot->plotLayout()->element(0, 0))
                    : nullptr;
    return row ? qobject_cast<QCPTextElement *>(row->element(0, 0)) : nullptr;
}

} // namespace

void apply(QCustomPlot *plot)
{
    const QPalette palette = plot->palette();
    const QFont font = QApplication::font(plot);
    QFont small = font;
    small.setPointSizeF(qMax(7.0, font.pointSizeF() - 1));
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2}) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setTickLabelFont(small);
        axis->setLabelFont(small);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    plot->legend->setFont(small);
    plot->legend->setTextColor(text);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setBorderPen(Qt::NoPen);
    if (QCPTextElement *t = title(plot)) {
        QFont bold = font;
        bold.setBold(true);
        t->setFont(bold);
        t->setTextColor(text);
    }
    if (QCPItemText *note = emptyNote(plot)) {
        note->setFont(font);
        note->setColor(palette.color(QPalette::PlaceholderText));
    }
}

void addTitleRow(QCustomPlot *plot, const QString &text)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    layout->insertRow(0);
    auto *row = new QCPLayoutGrid;
    layout->addElement(0, 0, row);
    layout->setRowStretchFactor(0, 0.001); // as tall as its text
    auto *title = new QCPTextElement(plot, text);
    title->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    title->setMargins(QMargins(8, 2, 4, 2));
    row->addElement(0, 0, title);
    // The legend leaves the axis rect's inset for the title's row, on the right.
    plot->axisRect()->insetLayout()->take(plot->legend);
    row->addElement(0, 1, plot->legend);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setMargins(QMargins(4, 0, 4, 0));
    row->setColumnStretchFactor(0, 2);
    row->setColumnStretchFactor(1, 1);
    layout->simplify();
    apply(plot);
}

void setTitle(QCustomPlot *plot, const QString &text)
{
    if (QCPTextElement *t = title(plot))
        t->setText(text);
}

void setEmptyText(QCustomPlot *plot, const QString &text)
{
    QCPItemText *note = emptyNote(plot);
    if (!note && text.isEmpty())
        return;
    if (!note) {
        note = new QCPItemText(plot);
        note->setObjectName(QLatin1String(kEmptyNote));
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setPositionAlignment(Qt::AlignCenter);
        note->setClipToAxisRect(false);
        note->setFont(QApplication::font(plot));
        note->setColor(plot->palette().color(QPalette::PlaceholderText));
    }
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

QString emptyText(const QCustomPlot *plot)
{
    const QCPItemText *note = emptyNote(plot);
    return note && note->visible() ? note->text() : QString();
}

} // namespace Vireo::Ui::PlotLook
