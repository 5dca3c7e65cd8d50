#include "ui/stats/SparklineDelegate.h"

#include "domains/DomainListModel.h"

#include <QPainter>
#include <QPainterPath>

namespace Vireo::Ui {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QList<double> values = index.data(DomainListModel::SparklineRole).value<QList<double>>();
    if (values.size() >= 2) {
        QStyleOptionViewItem background = option;
        background.text.clear();
        QStyledItemDelegate::paint(painter, background, index); // selection, focus
        const QRectF area = QRectF(option.rect).adjusted(2, 3, -2, -3);
        QPainterPath line;
        const double step = area.width() / double(values.size() - 1);
        for (int i = 0; i < values.size(); ++i) {
            const double v = std::isnan(values[i]) ? 0.0 : qBound(0.0, values[i], 100.0);
            const QPointF p(area.left() + i * step, area.bottom() - v / 100.0 * area.height());
            i == 0 ? line.moveTo(p) : line.lineTo(p);
        }
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(QPen(
            selected ? option.palette.highlightedText().color() : QColor(0x1f, 0x77, 0xb4), 1));
        painter->drawPath(line);
        painter->setPen(selected ? option.palette.highlightedText().color()
                                 : option.palette.text().color());
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, index.data().toString());
        painter->restore();
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(base.width(), 90), base.height()};
}

} // namespace Vireo::Ui
