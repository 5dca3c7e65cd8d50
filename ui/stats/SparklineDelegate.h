#pragma once

#include <QStyledItemDelegate>

namespace Vireo::Ui {

/// Draws a cell's recent values (DomainListModel::SparklineRole, 0..100) as a small line behind
/// its text: the library's CPU column. Plain QPainter, no plot widget per row.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Vireo::Ui
