#include "domains/DomainListModel.h"

#include <QCoreApplication>

namespace Vireo {

namespace {

// internalId 0 marks a connection row; a row under a connection (a machine, or the Templates
// row, first when there are templates) stores its group's index + 1; a template's row the same
// with kTemplateBit.
constexpr quintptr kGroupRow = 0;
constexpr quintptr kTemplateBit = quintptr(1) << 30;

int groupIndexOf(const QModelIndex &index)
{
    return int(index.internalId() & ~kTemplateBit) - 1;
}

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
    connect(GuestAddresses::of(connection), &GuestAddresses::changed, this,
            [this, connection](const QString &uuid, const QList<GuestAddress> &addresses) {
                if (addresses.isEmpty())
                    m_addresses.remove(uuid);
                else
                    m_addresses.insert(uuid, addresses);
                const QModelIndex cell = indexOf(connection, uuid, AddressColumn);
                if (cell.isValid())
                    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole});
            });
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
    if (auto *addresses = connection->findChild<GuestAddresses *>())
        disconnect(addresses, nullptr, this, nullptr);
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
    const int g = index.internalId() == kGroupRow ? index.row() : groupIndexOf(index);
    return g >= 0 && g < m_groups.size() ? m_groups.at(g).connection : nullptr;
}

const DomainInfo *DomainListModel::domainAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const Group &g = m_groups.at(groupIndexOf(index));
    if (index.internalId() & kTemplateBit)
        return index.row() < g.templates.rows.size() ? &g.templates.rows.at(index.row()) : nullptr;
    const int row = index.row() - (g.hasTemplatesRow() ? 1 : 0);
    return row >= 0 && row < g.machines.rows.size() ? &g.machines.rows.at(row) : nullptr;
}

bool DomainListModel::isTemplatesRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != kGroupRow
           && !(index.internalId() & kTemplateBit) && index.row() == 0
           && m_groups.at(groupIndexOf(index)).hasTemplatesRow();
}

int DomainListModel::instanceCount(Connection *connection, const QString &templateUuid) const
{
    const int g = groupOf(connection);
    if (g < 0)
        return 0;
    int n = 0;
    for (const List *list : {&m_groups.at(g).machines, &m_groups.at(g).templates})
        for (const DomainInfo &d : list->rows)
            n += d.templateUuid == templateUuid ? 1 : 0;
    return n;
}

QModelIndex DomainListModel::indexOf(Connection *connection) const
{
    const int g = groupOf(connection);
    return g < 0 ? QModelIndex() : createIndex(g, 0, kGroupRow);
}

QModelIndex DomainListModel::rowIndex(int g, bool templates, int row, int column) const
{
    if (templates)
        return createIndex(row, column, quintptr(g + 1) | kTemplateBit);
    return createIndex(row + (m_groups.at(g).hasTemplatesRow() ? 1 : 0), column, quintptr(g + 1));
}

QModelIndex DomainListModel::listParent(int g, bool templates) const
{
    return templates ? createIndex(0, 0, quintptr(g + 1)) : createIndex(g, 0, kGroupRow);
}

QModelIndex DomainListModel::indexOf(Connection *connection, const QString &uuid, int column) const
{
    const int g = groupOf(connection);
    if (g < 0)
        return {};
    for (const bool templates : {false, true}) {
        const List &list = templates ? m_groups.at(g).templates : m_groups.at(g).machines;
        const int row = list.rowOf.value(uuid, -1);
        if (row >= 0)
            return rowIndex(g, templates, row, column);
    }
    return {};
}

int DomainListModel::domainCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.machines.rows.size() + g.templates.rows.size());
    return n;
}

QModelIndex DomainListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (row >= rowCount(parent))
        return {};
    if (parent.internalId() == kGroupRow)
        return createIndex(row, column, quintptr(parent.row() + 1));
    return createIndex(row, column, parent.internalId() | kTemplateBit); // under Templates
}

QModelIndex DomainListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    const int g = groupIndexOf(child);
    return child.internalId() & kTemplateBit ? createIndex(0, 0, quintptr(g + 1))
                                             : createIndex(g, 0, kGroupRow);
}

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kGroupRow) {
        if (parent.row() >= m_groups.size())
            return 0;
        const Group &g = m_groups.at(parent.row());
        return int(g.machines.rows.size()) + (g.hasTemplatesRow() ? 1 : 0);
    }
    return isTemplatesRow(parent) ? int(m_groups.at(groupIndexOf(parent)).templates.rows.size())
                                  : 0;
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
    if (isTemplatesRow(index))
        return templatesData(m_groups.at(groupIndexOf(index)), index.column(), role);
    const DomainInfo *d = domainAt(index);
    if (d && d->isTemplate
        && (role == InstancesRole || (role == Qt::DisplayRole && index.column() == StateColumn))) {
        const int n = instanceCount(m_groups.at(groupIndexOf(index)).connection, d->uuid);
        if (role == InstancesRole)
            return n;
        if (n == 0)
            return QCoreApplication::translate("DomainListModel", "Template, no instances");
        return n == 1 ? QCoreApplication::translate("DomainListModel", "Template, 1 instance")
                      : QCoreApplication::translate("DomainListModel", "Template, %1 instances")
                            .arg(n);
    }
    return d ? domainData(*d, index.column(), role) : QVariant();
}

QVariant DomainListModel::templatesData(const Group &group, int column, int role) const
{
    const int n = int(group.templates.rows.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return QCoreApplication::translate("DomainListModel", "Templates");
        if (column == StateColumn)
            return n == 1 ? QCoreApplication::translate("DomainListModel", "1 template")
                          : QCoreApplication::translate("DomainListModel", "%1 templates").arg(n);
        return {};
    case Qt::ToolTipRole:
        return QCoreApplication::translate(
            "DomainListModel",
            "Read-only images to make instances from: New Instances, Run Disposable");
    case SortRole:
        return column == NameColumn ? QVariant(QString()) : QVariant(); // first under the group
    case IsTemplatesRole:
        return true;
    case IsConnectionRole:
        return false;
    default:
        return {};
    }
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
        case AddressColumn:
            return d.isActive() ? primaryAddress(m_addresses.value(d.uuid)) : QString();
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
        case AddressColumn:
            return primaryAddress(m_addresses.value(d.uuid));
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
        if (column == AddressColumn && m_addresses.contains(d.uuid)) {
            QStringList lines;
            for (const GuestAddress &a : m_addresses.value(d.uuid))
                lines << a.text();
            return lines.join(QLatin1Char('\n'));
        }
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
    case IsTemplatesRole:
        return false;
    default:
        return {};
    }
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The short heading's words in full.
    if (role == Qt::ToolTipRole && section == OsColumn)
        return QCoreApplication::translate("DomainListModel", "Operating system");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("DomainListModel", "Name");
    case StateColumn:
        return QCoreApplication::translate("DomainListModel", "State");
    case AddressColumn:
        return QCoreApplication::translate("DomainListModel", "Address");
    case OsColumn: // short: the list keeps its room for names (a 1024 px window)
        return QCoreApplication::translate("DomainListModel", "OS");
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
        const int row = group.machines.rowOf.value(it.key(), -1); // templates never run
        if (row < 0)
            continue;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(rowIndex(g, false, first, CpuColumn),
                           rowIndex(g, false, last, CpuColumn),
                           {Qt::DisplayRole, SparklineRole, SortRole});
}

void DomainListModel::resetGroup(Connection *connection, const QList<DomainInfo> &domains)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    // Update in place rather than reset, so selection and scroll survive a reconnect.
    QSet<QString> present;
    QList<DomainInfo> added[2];
    for (const DomainInfo &d : domains) {
        present.insert(d.uuid);
        const bool templates = d.isTemplate;
        const List &list = templates ? m_groups.at(g).templates : m_groups.at(g).machines;
        if (list.rowOf.contains(d.uuid))
            upsert(connection, d);
        else if (indexOf(connection, d.uuid).isValid())
            upsert(connection, d); // moved between machines and templates
        else
            added[templates ? 1 : 0] << d;
    }
    insertInto(g, false, added[0]);
    insertInto(g, true, added[1]);
    QStringList gone;
    for (const List *list : {&m_groups.at(g).machines, &m_groups.at(g).templates})
        for (const DomainInfo &d : list->rows)
            if (!present.contains(d.uuid))
                gone << d.uuid;
    for (const QString &uuid : gone)
        removeDomain(connection, uuid);
}

void DomainListModel::insertInto(int g, bool templates, const QList<DomainInfo> &domains)
{
    if (domains.isEmpty())
        return;
    List &list = templates ? m_groups[g].templates : m_groups[g].machines;
    if (templates && !m_groups.at(g).hasTemplatesRow()) {
        // The Templates row comes first, with its templates, when the first one does.
        beginInsertRows(createIndex(g, 0, kGroupRow), 0, 0);
        for (const DomainInfo &d : domains) {
            list.rowOf.insert(d.uuid, int(list.rows.size()));
            list.rows.append(d);
        }
        endInsertRows();
        for (const DomainInfo &d : domains)
            instancesChanged(g, d);
        return;
    }
    QList<DomainInfo> rest;
    for (const DomainInfo &d : domains)
        if (!list.rowOf.contains(d.uuid))
            rest << d;
    if (!rest.isEmpty()) {
        // In the model's rows, machines come after the Templates row.
        const int first = rowIndex(g, templates, int(list.rows.size()), 0).row();
        beginInsertRows(listParent(g, templates), first, first + int(rest.size()) - 1);
        for (const DomainInfo &d : std::as_const(rest)) {
            list.rowOf.insert(d.uuid, int(list.rows.size()));
            list.rows.append(d);
        }
        endInsertRows();
    }
    for (const DomainInfo &d : domains)
        instancesChanged(g, d);
}

void DomainListModel::removeFrom(int g, bool templates, int row)
{
    List &list = templates ? m_groups[g].templates : m_groups[g].machines;
    const bool lastTemplate = templates && list.rows.size() == 1;
    if (lastTemplate) {
        // The Templates row goes with its last template.
        beginRemoveRows(createIndex(g, 0, kGroupRow), 0, 0);
        list.rows.clear();
        list.rowOf.clear();
        endRemoveRows();
        return;
    }
    const int at = rowIndex(g, templates, row, 0).row();
    beginRemoveRows(listParent(g, templates), at, at);
    const QString uuid = list.rows.at(row).uuid;
    list.rows.remove(row);
    list.rowOf.remove(uuid);
    for (auto it = list.rowOf.begin(); it != list.rowOf.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
}

void DomainListModel::instancesChanged(int g, const DomainInfo &instance)
{
    if (instance.templateUuid.isEmpty())
        return;
    const int row = m_groups.at(g).templates.rowOf.value(instance.templateUuid, -1);
    if (row >= 0)
        Q_EMIT dataChanged(rowIndex(g, true, row, StateColumn),
                           rowIndex(g, true, row, StateColumn));
}

void DomainListModel::upsert(Connection *connection, const DomainInfo &d)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    const bool templates = d.isTemplate;
    List &list = templates ? m_groups[g].templates : m_groups[g].machines;
    const int row = list.rowOf.value(d.uuid, -1);
    if (row >= 0) {
        const QString before = list.rows.at(row).templateUuid;
        list.rows[row] = d;
        Q_EMIT dataChanged(rowIndex(g, templates, row, 0),
                           rowIndex(g, templates, row, ColumnCount - 1));
        if (before != d.templateUuid) {
            DomainInfo was = d;
            was.templateUuid = before;
            instancesChanged(g, was);
            instancesChanged(g, d);
        }
        return;
    }
    // Made a template, or an ordinary VM again: it moves between the lists.
    List &other = templates ? m_groups[g].machines : m_groups[g].templates;
    const int otherRow = other.rowOf.value(d.uuid, -1);
    if (otherRow >= 0)
        removeFrom(g, !templates, otherRow);
    insertInto(g, templates, {d});
}

void DomainListModel::removeDomain(Connection *connection, const QString &uuid)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    for (const bool templates : {false, true}) {
        const List &list = templates ? m_groups.at(g).templates : m_groups.at(g).machines;
        const int row = list.rowOf.value(uuid, -1);
        if (row < 0)
            continue;
        const DomainInfo gone = list.rows.at(row);
        removeFrom(g, templates, row);
        instancesChanged(g, gone);
        return;
    }
}

void DomainListModel::connectionStateChanged(Connection *connection)
{
    const int g = groupOf(connection);
    if (g < 0)
        return;
    Q_EMIT dataChanged(createIndex(g, 0, kGroupRow), createIndex(g, ColumnCount - 1, kGroupRow));
}

} // namespace Vireo
