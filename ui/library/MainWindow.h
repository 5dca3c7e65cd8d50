#pragma once

#include "domains/ActionRules.h"

#include <QMainWindow>
#include <QPointer>

class QDialog;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Vireo {
class Connection;
class ConnectionRegistry;
class DomainListModel;
class Operation;
class StatsStore;
class StatsSampler;
class EventRecorder;
class DisposableKeeper;
} // namespace Vireo

namespace Vireo::Ui {

class ConnectionBanner;
class DetailsPane;
class HardwareTab;
class DomainActionRunner;
class OperationPresenter;
class LibraryActions;
class BulkActions;
class MigrationActions;
class TemplateActions;
class WelcomePage;
class LibraryProxyModel;
class NotificationArea;
class SecurityTab;
class SnapshotsPanel;
class PerformanceView;
class LogTab;

/// The VM library window: every machine of every connection with its live state, the lifecycle
/// actions, a details pane and a snapshots panel, the connection banner and non-modal notices.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConnectionRegistry *registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *libraryView() const { return m_view; }
    DomainListModel *model() const { return m_model; }
    LibraryProxyModel *proxy() const { return m_proxy; }
    QAction *action(DomainAction which) const;
    TemplateActions *templateActions() const { return m_templateActions; }
    NotificationArea *notifications() const { return m_notifications; }
    ConnectionBanner *banner() const { return m_banner; }
    DetailsPane *details() const { return m_details; }
    SnapshotsPanel *snapshots() const { return m_snapshots; }
    HardwareTab *hardware() const { return m_hardware; }
    /// The Performance tab's view, its plugin loaded now if the tab has not been shown yet; null
    /// when the plugin cannot be loaded (the tab then says why).
    PerformanceView *performance();
    /// The Performance tab's page in sideTabs().
    QWidget *performancePage() const { return m_performancePage; }
    /// Where the Performance and Log tabs read history and events.
    void setStatsStore(StatsStore *store, EventRecorder *recorder = nullptr);
    LogTab *log() const { return m_log; }
    SecurityTab *security() const { return m_security; }
    /// Feeds the library's CPU column from a connection's statistics sampler.
    void watchSampler(StatsSampler *sampler);
    /// The tabs beside the library: Details, Hardware, Snapshots, Performance, Log, Security.
    QTabWidget *sideTabs() const { return m_sideTabs; }
    QLineEdit *filterBox() const { return m_filter; }

    /// Selects a machine's row (an empty uuid: the connection's row); false when it is not
    /// (yet) in the library.
    bool selectDomain(Connection *connection, const QString &uuid);
    Connection *selectedConnection() const;
    QString selectedUuid() const;
    /// Every selected machine (several with Ctrl or Shift), in any group.
    QList<QPair<Connection *, QString>> selectedDomains() const;
    MigrationActions *migration() const { return m_migration; }
    BulkActions *bulk() const { return m_bulk; }
    /// Shown instead of the list while there is no machine.
    WelcomePage *welcome() const { return m_welcome; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    /// Runs an action on the selected machine, asking first when it loses work.
    void trigger(DomainAction action);
    /// Opens the new-VM wizard on the selected (or first connected) connection, optionally with
    /// an install image already chosen. Returns the wizard, or null when no connection is usable.
    class NewVmWizard *openNewVmWizard(const QString &installImage = {});
    /// Opens (or raises) the console window of a machine.
    class ConsoleWindow *openConsole(Connection *connection, const QString &uuid);
    /// Help > Check This Computer: the host check of the selected (or first) connection.
    QDialog *openHostCheck();
    /// Opens (or raises) the connection's Host window: networks, storage, devices.
    class HostWindow *openHostWindow(Connection *connection);
    /// What keeps disposable runs disposable: closing the window asks before it stops this
    /// process's runs.
    void setDisposableKeeper(DisposableKeeper *keeper) { m_keeper = keeper; }

Q_SIGNALS:
    /// Asked to add a connection (the app remembers it).
    void connectionRequested(const QString &uri, bool readOnly);
    void connectionRemovalRequested(Vireo::Connection *connection);
    void operationStarted(Vireo::Operation *operation);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showContextMenu(const QPoint &pos);
    void selectionChanged();
    void watch(Operation *operation);
    void addConnectionDialog();

    ConnectionRegistry *m_registry;
    DomainListModel *m_model;
    LibraryProxyModel *m_proxy;
    QTreeView *m_view;
    QSplitter *m_splitter;
    DetailsPane *m_details;
    SnapshotsPanel *m_snapshots;
    HardwareTab *m_hardware;
    void updatePerformance();

    QWidget *m_performancePage;
    PerformanceView *m_performance = nullptr;
    bool m_performanceFailed = false;
    QPointer<StatsStore> m_store;
    LogTab *m_log;
    SecurityTab *m_security;
    QTabWidget *m_sideTabs;
    ConnectionBanner *m_banner;
    NotificationArea *m_notifications;
    LibraryActions *m_actions;
    TemplateActions *m_templateActions;
    QLineEdit *m_filter;
    OperationPresenter *m_operations = nullptr;
    DomainActionRunner *m_runner = nullptr;
    MigrationActions *m_migration = nullptr;
    BulkActions *m_bulk = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_hostDetailsAction = nullptr;
    QAction *m_removeConnectionAction = nullptr;
    QAction *m_ejectMediaAction = nullptr;
    DisposableKeeper *m_keeper = nullptr; // outlives the window
    WelcomePage *m_welcome = nullptr;
};

} // namespace Vireo::Ui
