#include "ui/library/LibraryProxyModel.h"

#include "domains/DomainListModel.h"
#include "ui/library/StateIcons.h"

namespace Vireo::Ui {

LibraryProxyModel::LibraryProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DomainListModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    setRecursiveFilteringEnabled(true); // the Templates row shows when a template matches
}

QVariant LibraryProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == DomainListModel::NameColumn) {
        if (index.data(DomainListModel::IsConnectionRole).toBool())
            return connectionStateIcon(
                Connection::State(index.data(DomainListModel::ConnectionStateRole).toInt()));
        if (index.data(DomainListModel::IsTemplatesRole).toBool())
            return templateIcon();
        const auto *source = static_cast<const DomainListModel *>(sourceModel());
        if (const DomainInfo *d = source->domainAt(mapToSource(index)))
            return d->isTemplate ? templateIcon() : domainStateIcon(d->state, d->reason);
    }
    return QSortFilterProxyModel::data(index, role);
}

void LibraryProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateFilter();
}

bool LibraryProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return true; // connection rows
    const QString &text = m_filterText;
    if (text.isEmpty())
        return true;
    if (sourceModel()
            ->index(sourceRow, 0, sourceParent)
            .data(DomainListModel::IsTemplatesRole)
            .toBool())
        return false; // shown when one of its templates matches

    const QAbstractItemModel *m = sourceModel();
    for (int column :
         {DomainListModel::NameColumn, DomainListModel::StateColumn, DomainListModel::OsColumn}) {
        if (m->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool LibraryProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The Templates row stays first under its connection, whichever way the list is sorted.
    if (left.data(DomainListModel::IsTemplatesRole).toBool())
        return sortOrder() == Qt::AscendingOrder;
    if (right.data(DomainListModel::IsTemplatesRole).toBool())
        return sortOrder() != Qt::AscendingOrder;
    const QVariant l = left.data(DomainListModel::SortRole);
    const QVariant r = right.data(DomainListModel::SortRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace Vireo::Ui
