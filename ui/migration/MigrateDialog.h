#pragma once

#include "migration/Migration.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

namespace Vireo {
class Connection;
class ConnectionRegistry;
class Operation;
} // namespace Vireo

namespace Vireo::Ui {

class MigrationRow;

/// Migrate...: moves one or more VMs to another host. First page: the destination (another open
/// connection, or a URI), how (live or offline, shared or copied disks, move or copy, the limits
/// and helpers, each explained) and the checklist, run again whenever those change; Migrate is
/// enabled only when no check failed. Second page: one row per VM with its progress (memory and
/// disk bars, rate, what is left, expected downtime, pass, a graph of what is left over time),
/// Cancel, and Switch to Post-Copy, offered when the migration does not converge.
class MigrateDialog : public QDialog
{
    Q_OBJECT
public:
    /// One VM: `vms` holds (connection, UUID) pairs, from one or several source connections.
    MigrateDialog(ConnectionRegistry *registry, const QList<QPair<Connection *, QString>> &vms,
                  QWidget *parent = nullptr);

    /// Chooses the destination (an open connection's URI, or another).
    void setDestination(const QString &uri);
    QString destination() const;
    MigrationOptions options() const;
    /// The checklist's rows so far: per VM, its name's row with its checks below.
    QTreeWidget *checklist() const { return m_checklist; }
    QPushButton *migrateButton() const { return m_migrate; }
    /// The selected check's reason in full (the first failed one once the checks are done).
    QLabel *reasonLabel() const { return m_reason; }
    QList<MigrationRow *> rows() const { return m_rows; }
    bool isChecking() const { return m_pending > 0; }

    // The options' controls, for tests and keyboard users alike.
    QCheckBox *unsafeBox() const { return m_unsafe; }
    QCheckBox *postCopyBox() const { return m_postCopy; }
    QComboBox *storageBox() const { return m_storage; }
    QComboBox *copyPoolBox() const { return m_copyPool; }
    QLineEdit *migrationAddressEdit() const { return m_address; }
    QSpinBox *bandwidthBox() const { return m_bandwidth; }

Q_SIGNALS:
    /// A VM's migration started (for the status bar's list of operations).
    void started(Vireo::Operation *operation);
    /// A VM now runs (or is defined) on the destination.
    void moved(Vireo::Connection *source, const QString &uuid, const QString &destinationUri);

private:
    void check();
    void showChecks(int vm, const QList<MigrationCheck> &checks, const QString &error);
    void start();
    void updateMigrateButton();
    void listPools();

    ConnectionRegistry *m_registry;
    QList<QPair<QPointer<Connection>, QString>> m_vms;
    QStackedWidget *m_pages;
    QComboBox *m_destination;
    QLineEdit *m_uri;
    QCheckBox *m_live;
    QComboBox *m_storage;
    QComboBox *m_copyPool;
    QCheckBox *m_keepSource;
    QCheckBox *m_unsafe;
    QSpinBox *m_downtime;
    QSpinBox *m_bandwidth;
    QCheckBox *m_autoConverge;
    QCheckBox *m_compress;
    QCheckBox *m_postCopy;
    QLineEdit *m_address;
    QTreeWidget *m_checklist;
    QLabel *m_checkStatus;
    QLabel *m_reason; // the selected line's reason, whole
    QPushButton *m_migrate;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_summary = nullptr;
    QList<MigrationRow *> m_rows;
    int m_pending = 0;    // checks running
    int m_generation = 0; // answers from an older round of checks are dropped
    bool m_blocked = true;
};

} // namespace Vireo::Ui
