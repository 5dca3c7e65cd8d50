#pragma once

#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace Vireo {
class Connection;
class EventRecorder;
class StatsStore;
} // namespace Vireo

namespace Vireo::Ui {

/// A VM's event log (lifecycle events and Vireo's operations, with results and errors, kept on
/// disk) and, for VMs of this machine, the tail of QEMU's own log.
class LogTab : public QWidget
{
    Q_OBJECT
public:
    explicit LogTab(QWidget *parent = nullptr);

    void setSources(StatsStore *store, EventRecorder *recorder);
    void setDomain(Connection *connection, const QString &uuid);
    QTreeWidget *entries() const { return m_entries; }
    QString qemuLog() const;
    /// Where QEMU's log of a VM is, for local connections (empty otherwise).
    static QString qemuLogPath(const QString &uri, const QString &name);

Q_SIGNALS:
    void loaded();

private:
    void reload();

    QPointer<StatsStore> m_store;
    QPointer<Connection> m_connection;
    QString m_uuid;
    int m_generation = 0;
    QTreeWidget *m_entries;
    QPlainTextEdit *m_qemu;
};

} // namespace Vireo::Ui
