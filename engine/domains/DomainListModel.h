#pragma once

#include "core/Connection.h"
#include "domains/DomainInfo.h"
#include "domains/GuestAddresses.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace Vireo {

/// The VM library as a tree: one row per connection, its domains below; a connection's templates
/// (read-only images, never started) in a "Templates" row of their own, first under it, each
/// with the number of its instances. Fed by the connections' signals (themselves fed by libvirt
/// events), never by polling; data() reads only the cached DomainInfo, so painting thousands of
/// rows makes no libvirt call.
class DomainListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        AddressColumn, // the guest's IP address while it runs (GuestAddresses)
        OsColumn,
        VcpuColumn,
        MemoryColumn,
        CpuColumn, // the last minute of CPU use, drawn as a sparkline
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        StateRole, // DomainState as int
        SortRole,  // a value that sorts naturally (numbers for numbers)
        IsConnectionRole,
        ConnectionStateRole,
        SparklineRole,   // CpuColumn: QList<double>, % of the VM's vCPUs, oldest first
        IsTemplatesRole, // the row that holds a connection's templates
        InstancesRole,   // a template's row: how many instances it has
    };

    explicit DomainListModel(QObject *parent = nullptr);

    void addConnection(Connection *connection);
    void removeConnection(Connection *connection);
    QList<Connection *> connections() const;

    Connection *connectionAt(const QModelIndex &index) const;
    const DomainInfo *domainAt(const QModelIndex &index) const;
    /// Whether the row is a connection's "Templates" row.
    bool isTemplatesRow(const QModelIndex &index) const;
    /// The number of VMs of the connection whose lineage names this template.
    int instanceCount(Connection *connection, const QString &templateUuid) const;
    QModelIndex indexOf(Connection *connection) const;
    QModelIndex indexOf(Connection *connection, const QString &uuid, int column = 0) const;
    int domainCount() const;
    /// The VM's recent CPU figures for the CPU column (from the statistics sampler).
    void setCpuHistory(Connection *connection, const QString &uuid, const QList<double> &percent);
    /// A statistics tick: one more CPU figure for each of these VMs (the column keeps the last
    /// `keep`), announced as one change of the column, whatever the number of VMs.
    void appendCpu(Connection *connection, const QHash<QString, double> &percent, int keep = 60);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct List
    {
        QVector<DomainInfo> rows;
        QHash<QString, int> rowOf;
    };
    struct Group
    {
        Connection *connection = nullptr;
        List machines;  // under the connection, after the Templates row when there is one
        List templates; // under the Templates row
        bool hasTemplatesRow() const { return !templates.rows.isEmpty(); }
    };

    int groupOf(const Connection *connection) const;
    /// The index of row `row` of a group's list (machines or templates).
    QModelIndex rowIndex(int g, bool templates, int row, int column) const;
    QModelIndex listParent(int g, bool templates) const;
    void insertInto(int g, bool templates, const QList<DomainInfo> &domains);
    void removeFrom(int g, bool templates, int row);
    void instancesChanged(int g, const DomainInfo &instance);
    void resetGroup(Connection *connection, const QList<DomainInfo> &domains);
    void upsert(Connection *connection, const DomainInfo &domain);
    void removeDomain(Connection *connection, const QString &uuid);
    void connectionStateChanged(Connection *connection);
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant templatesData(const Group &group, int column, int role) const;
    QVariant domainData(const DomainInfo &domain, int column, int role) const;

    QVector<Group> m_groups;
    QHash<QString, QList<double>> m_cpu;             // CPU column, by domain UUID
    QHash<QString, QList<GuestAddress>> m_addresses; // Address column, by domain UUID
};

} // namespace Vireo
