#include "domains/DomainListModel.h"

#include <QCoreApplication>

namespace Vireo {

namespace {

// internalId 0 marks a connection row; a domain row stores its group's index + 1.
constexpr quintptr kGroupRow = 0;

} // namespace

DomainListModel::DomainListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DomainListModel::addConnection(Connection *connection)
{
    if (groupOf(connection) >= 0)
        return;
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    Group g;
    g.connection = connection;
    m_groups.append(g);
    endInsertRows();
    connect(connection, &Connection::domainsReset, this,
            [this, connection](const QList<DomainInfo> &list) { resetGroup(connection, list); });
    connect(connection, &Connection::domainChanged, this,
            [this, connection](const DomainInfo &d) { upsert(connection, d); });
    connect(connection, &Connection::domainRemoved, this,
            [this, connection](const QString &uuid) { removeDomain(connection, uuid); });
    connect(connection, &Connection::stateChanged, this,
            [this, connection] { connectionStateChanged(connection); });
    connect(connection, &QObject::destroyed, this,
            [this, connection] { removeConnection(connection); });
    const QList<DomainInfo> existing = connection->domains();
    if (!existing.isEmpty())
        resetGroup(connection, existing);
}

void DomainListModel::removeConnection(Connection *connection)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    disconnect(connection, nullptr, this, nullptr);
    // Domain rows encode their group's position, which shifts: rebuild the whole model.
    beginResetModel();
    m_groups.remove(g);
    endResetModel();
}

QList<Connection *> DomainListModel::connections() const
{
    QList<Connection *> list;
    for (const Group &g : m_groups)
        list << g.connection;
    return list;
}

int DomainListModel::groupOf(const Connection *connection) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).connection == connection)
            return i;
    }
    return -1;
}

Connection *DomainListModel::connectionAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int g = index.internalId() == kGroupRow ? index.row() : int(index.internalId()) - 1;
    return g >= 0 && g < m_groups.size() ? m_groups.at(g).connection : nullptr;
}

const DomainInfo *DomainListModel::domainAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId()) - 1);
    return index.row() < g.rows.size() ? &g.rows.at(index.row()) : nullptr;
}

QModelIndex DomainListModel::indexOf(Connection *connection) const
{
    const int g = groupOf(connection);
    return g < 0 ? QModelIndex() : createIndex(g, 0, kGroupRow);
}

QModelIndex DomainListModel::indexOf(Connection *connection, const QString &uuid, int column) const
{
    const int g = groupOf(connection);
    if (g < 0)
        return {};
    const int row = m_groups.at(g).rowOf.value(uuid, -1);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(g + 1));
}

int DomainListModel::domainCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.rows.size());
    return n;
}

QModelIndex DomainListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DomainListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupRow);
}

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int DomainListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const DomainInfo *d = domainAt(index);
    return d ? domainData(*d, index.column(), role) : QVariant();
}

QVariant DomainListModel::groupData(const Group &group, int column, int role) const
{
    Connection *c = group.connection;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return c->displayName();
        if (column == StateColumn)
            return Connection::stateText(c->state());
        return {};
    case Qt::ToolTipRole:
        return c->uri()
               + (c->stateDetail().isEmpty() ? QString() : QStringLiteral("\n") + c->stateDetail());
    case SortRole:
        return c->displayName();
    case IsConnectionRole:
        return true;
    case ConnectionStateRole:
        return int(c->state());
    default:
        return {};
    }
}

QVariant DomainListModel::domainData(const DomainInfo &d, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return d.name;
        case StateColumn:
            return d.stateText();
        case OsColumn:
            return d.osName;
        case VcpuColumn:
            return d.vcpus;
        case MemoryColumn:
            return d.memoryText();
        case CpuColumn: {
            const QList<double> cpu = m_cpu.value(d.uuid);
            return cpu.isEmpty() || !d.isActive() ? QString()
                                                  : QStringLiteral("%1 %").arg(qRound(cpu.last()));
        }
        }
        return {};
    case SparklineRole:
        return column == CpuColumn && d.isActive() ? QVariant::fromValue(m_cpu.value(d.uuid))
                                                   : QVariant();
    case SortRole:
        switch (column) {
        case NameColumn:
            return d.name.toLower();
        case StateColumn:
            return d.stateText();
        case OsColumn:
            return d.osName.toLower();
        case VcpuColumn:
            return d.vcpus;
        case MemoryColumn:
            return d.memoryKiB;
        case CpuColumn:
            return m_cpu.value(d.uuid).isEmpty() || !d.isActive() ? -1.0
                                                                  : m_cpu.value(d.uuid).last();
        }
        return {};
    case Qt::ToolTipRole: {
        const QString reason = d.reasonText();
        return reason.isEmpty() ? d.name : d.name + QStringLiteral(": ") + reason;
    }
    case Qt::TextAlignmentRole:
        return column == VcpuColumn || column == MemoryColumn || column == CpuColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case UuidRole:
        return d.uuid;
    case StateRole:
        return int(d.state);
    case IsConnectionRole:
        return false;
    default:
        return {};
    }
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("DomainListModel", "Name");
    case StateColumn:
        return QCoreApplication::translate("DomainListModel", "State");
    case OsColumn:
        return QCoreApplication::translate("DomainListModel", "Operating system");
    case VcpuColumn:
        return QCoreApplication::translate("DomainListModel", "vCPUs");
    case MemoryColumn:
        return QCoreApplication::translate("DomainListModel", "Memory");
    case CpuColumn:
        return QCoreApplication::translate("DomainListModel", "CPU");
    }
    return {};
}

void DomainListModel::setCpuHistory(Connection *connection, const QString &uuid,
                                    const QList<double> &percent)
{
    m_cpu.insert(uuid, percent);
    const QModelIndex cell = indexOf(connection, uuid, CpuColumn);
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, SparklineRole, SortRole});
}

void DomainListModel::appendCpu(Connection *connection, const QHash<QString, double> &percent,
                                int keep)
{
    const int g = groupOf(connection);
    if (g < 0 || percent.isEmpty())
        return;
    int first = -1;
    int last = -1;
    const Group &group = m_groups.at(g);
    for (auto it = percent.cbegin(); it != percent.cend(); ++it) {
        QList<double> &cpu = m_cpu[it.key()];
        cpu.append(it.value());
        if (cpu.size() > keep)
            cpu.remove(0, cpu.size() - keep);
        const int row = group.rowOf.value(it.key(), -1);
        if (row < 0)
            continue;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(createIndex(first, CpuColumn, quintptr(g + 1)),
                           createIndex(last, CpuColumn, quintptr(g + 1)),
                           {Qt::DisplayRole, SparklineRole, SortRole});
}

void DomainListModel::resetGroup(Connection *connection, const QList<DomainInfo> &domains)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    // Update in place rather than reset, so selection and scroll survive a reconnect.
    QSet<QString> present;
    QList<DomainInfo> added;
    for (const DomainInfo &d : domains) {
        present.insert(d.uuid);
        Group &group = m_groups[g];
        const int row = group.rowOf.value(d.uuid, -1);
        if (row < 0) {
            added << d;
        } else if (!(group.rows.at(row) == d)) {
            group.rows[row] = d;
            Q_EMIT dataChanged(createIndex(row, 0, quintptr(g + 1)),
                               createIndex(row, ColumnCount - 1, quintptr(g + 1)));
        }
    }
    if (!added.isEmpty()) {
        Group &group = m_groups[g];
        const int first = int(group.rows.size());
        beginInsertRows(createIndex(g, 0, kGroupRow), first, first + int(added.size()) - 1);
        for (const DomainInfo &d : added) {
            group.rowOf.insert(d.uuid, int(group.rows.size()));
            group.rows.append(d);
        }
        endInsertRows();
    }
    QStringList gone;
    for (const DomainInfo &d : std::as_const(m_groups[g].rows)) {
        if (!present.contains(d.uuid))
            gone << d.uuid;
    }
    for (const QString &uuid : gone)
        removeDomain(connection, uuid);
}

void DomainListModel::upsert(Connection *connection, const DomainInfo &d)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    Group &group = m_groups[g];
    const int row = group.rowOf.value(d.uuid, -1);
    if (row >= 0) {
        group.rows[row] = d;
        Q_EMIT dataChanged(createIndex(row, 0, quintptr(g + 1)),
                           createIndex(row, ColumnCount - 1, quintptr(g + 1)));
        return;
    }
    const int at = int(group.rows.size());
    beginInsertRows(createIndex(g, 0, kGroupRow), at, at);
    group.rowOf.insert(d.uuid, at);
    group.rows.append(d);
    endInsertRows();
}

void DomainListModel::removeDomain(Connection *connection, const QString &uuid)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    Group &group = m_groups[g];
    const int row = group.rowOf.value(uuid, -1);
    if (row < 0)
        return;
    beginRemoveRows(createIndex(g, 0, kGroupRow), row, row);
    group.rows.remove(row);
    group.rowOf.remove(uuid);
    for (auto it = group.rowOf.begin(); it != group.rowOf.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
}

void DomainListModel::connectionStateChanged(Connection *connection)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    Q_EMIT dataChanged(createIndex(g, 0, kGroupRow), createIndex(g, ColumnCount - 1, kGroupRow));
}

} // namespace Vireo
