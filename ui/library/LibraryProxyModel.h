#pragma once

#include <QSortFilterProxyModel>

namespace Vireo::Ui {

/// Sorting and filtering of the VM library, and its icons. Connection rows always stay, so an
/// empty or filtered-out connection is still visible with its state.
class LibraryProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryProxyModel(QObject *parent = nullptr);

    /// Shows only machines whose name, state or OS contains text (case-insensitive).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
};

} // namespace Vireo::Ui
