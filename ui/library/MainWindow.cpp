#include "ui/library/MainWindow.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "core/Operation.h"
#include "core/Plugins.h"
#include "core/Validation.h"
#include "create/InstallMedia.h"
#include "domains/DomainLifecycle.h"
#include "domains/DomainListModel.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"
#include "ui/common/AppStyle.h"
#include "ui/common/Icons.h"
#include "ui/common/NotificationArea.h"
#include "ui/common/OperationPresenter.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/create/NewVmWizard.h"
#include "ui/hardware/HardwareTab.h"
#include "ui/host/HostWindow.h"
#include "ui/library/BulkActions.h"
#include "ui/library/ConnectionBanner.h"
#include "ui/library/DeleteDomainDialog.h"
#include "ui/library/DetailsPane.h"
#include "ui/library/DomainActionRunner.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryColumns.h"
#include "ui/library/LibraryProxyModel.h"
#include "ui/library/PreferencesDialog.h"
#include "ui/library/WelcomePage.h"
#include "ui/migration/MigrationActions.h"
#include "ui/security/SecurityTab.h"
#include "ui/snapshots/SnapshotsPanel.h"
#include "ui/stats/LogTab.h"
#include "ui/stats/PerformanceView.h"
#include "ui/templates/TemplateActions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vireo::Ui {

MainWindow::MainWindow(ConnectionRegistry *registry, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_model(new DomainListModel(this))
    , m_proxy(new LibraryProxyModel(this))
    , m_view(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_details(new DetailsPane(this))
    , m_snapshots(new SnapshotsPanel(this))
    , m_hardware(new HardwareTab(this))
    , m_performancePage(new QWidget(this))
    , m_log(new LogTab(this))
    , m_security(new SecurityTab(this))
    , m_sideTabs(new QTabWidget(this))
    , m_banner(new ConnectionBanner(registry, this))
    , m_notifications(new NotificationArea(this))
    , m_actions(new LibraryActions(this))
    , m_templateActions(new TemplateActions(this, [this](Operation *op) { watch(op); }))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vireo"));
    setAcceptDrops(true); // an ISO dropped here starts the new-VM wizard with it
    resize(1024, 680); // a 1024x768 screen, less its panel and the title bar

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("library"));
    m_view->setAccessibleName(tr("Virtual machines"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true); // thousands of rows stay cheap to lay out
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DomainListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // bulk actions
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    const int columns = setUpLibraryColumns(m_view);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name, state or OS (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    m_filter->setAccessibleName(tr("Filter the machines"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        // A filter that hid every machine of a group collapses it; matches must show.
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            m_view->expand(m_proxy->index(r, 0));
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_view, 1);
    // While there is no machine, the welcome page fills the space under the connections' rows.
    m_welcome = new WelcomePage(left);
    leftLayout->addWidget(m_welcome, 1);
    m_splitter->addWidget(left);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    // The tabs' toolbars and graphs would otherwise hold the window at their full size.
    m_sideTabs->setMinimumSize(160, 200);
    m_sideTabs->addTab(m_details, tr("Details"));
    m_sideTabs->addTab(m_hardware, tr("Hardware"));
    m_sideTabs->addTab(m_snapshots, tr("Snapshots"));
    m_sideTabs->addTab(m_performancePage, tr("Performance"));
    (new QVBoxLayout(m_performancePage))->setContentsMargins(0, 0, 0, 0);
    connect(m_sideTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_sideTabs->currentWidget() == m_performancePage)
            performance();
    });
    m_sideTabs->addTab(m_log, tr("Log"));
    m_sideTabs->addTab(m_security, tr("Security"));
    m_splitter->addWidget(m_sideTabs);
    QWidget::setTabOrder(m_view, m_sideTabs); // Tab: the list, the tabs, a tab's page
    for (auto *arrow : m_sideTabs->tabBar()->findChildren<QToolButton *>()) // arrows: no Tab stop
        arrow->setFocusPolicy(Qt::NoFocus);
    m_splitter->setSizes({columns + 8, qMax(420, width() - columns - 16)}); // list's columns fit
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(QStringLiteral("splitter"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_notifications);
    setCentralWidget(central);

    const auto watchOp = [this](Operation *op) { watch(op); };
    m_migration = new MigrationActions(this, registry, m_view, m_model, m_proxy, watchOp);
    connect(m_migration, &MigrationActions::connectionWanted, this,
            [this](const QString &uri) { Q_EMIT connectionRequested(uri, false); });
    connect(m_migration, &MigrationActions::moved, this, &MainWindow::selectDomain);
    m_bulk = new BulkActions(this, m_notifications, watchOp);
    connect(m_bulk->snapshotAction(), &QAction::triggered, this,
            [this] { m_bulk->snapshot(selectedDomains()); });
    buildMenus();
    m_operations = new OperationPresenter(statusBar(), m_notifications, this);
    m_runner = new DomainActionRunner(this, m_notifications, this);
    connect(m_runner, &DomainActionRunner::started, this, &MainWindow::watch);

    for (Connection *c : registry->connections())
        m_model->addConnection(c);
    connect(registry, &ConnectionRegistry::added, m_model, &DomainListModel::addConnection);
    connect(registry, &ConnectionRegistry::removed, m_model, &DomainListModel::removeConnection);
    const auto showWelcome = [this](bool needed) {
        m_welcome->setVisible(needed);
        // The connections' rows (up to four without scrolling) above the page.
        const int row = qMax(m_view->sizeHintForRow(0), fontMetrics().height() + 6);
        m_view->setMaximumHeight(needed ? m_view->header()->sizeHint().height() + 4 * row + 6
                                        : QWIDGETSIZE_MAX);
    };
    connect(m_welcome, &WelcomePage::neededChanged, this, showWelcome);
    connect(m_welcome, &WelcomePage::createRequested, this, [this] { openNewVmWizard(); });
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::addConnectionDialog);
    m_welcome->watch(registry, m_model);
    showWelcome(m_welcome->needed());
    // Connections and their templates open by default: the machines are what people came for.
    connect(
        m_proxy, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &parent, int first, int last) {
            for (int r = first; r <= last; ++r) // and the Templates rows
                if (!parent.isValid()
                    || m_proxy->index(r, 0, parent).data(DomainListModel::IsTemplatesRole).toBool())
                    m_view->expand(m_proxy->index(r, 0, parent));
        });
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_view->expand(m_proxy->index(r, 0));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    // The Details pane follows changes of the selected machine, not the sparklines' ticks.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() == DomainListModel::CpuColumn
                    && bottomRight.column() == DomainListModel::CpuColumn)
                    return;
                // Several selected: any of them changing may change what applies.
                if (m_view->selectionModel()->selectedRows().size() > 1) {
                    selectionChanged();
                    return;
                }
                const QModelIndex current = m_view->currentIndex();
                if (!current.isValid() || current.parent() != topLeft.parent()
                    || current.row() < topLeft.row() || current.row() > bottomRight.row())
                    return;
                if (topLeft.column() == DomainListModel::CpuColumn
                    && bottomRight.column() == DomainListModel::CpuColumn)
                    return;
                // A new guest address changes the Details pane only.
                if (topLeft.column() == DomainListModel::AddressColumn
                    && bottomRight.column() == DomainListModel::AddressColumn) {
                    const QModelIndex source = m_proxy->mapToSource(current);
                    if (const DomainInfo *d = m_model->domainAt(source);
                        d && m_view->selectionModel()->selectedRows().size() <= 1)
                        m_details->showDomain(m_model->connectionAt(source), *d);
                    return;
                }
                selectionChanged();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (const DomainInfo *d = m_model->domainAt(source))
            openConsole(m_model->connectionAt(source), d->uuid);
        else if (Connection *c = m_model->connectionAt(source))
            openHostWindow(c);
    });
    connect(m_actions, &LibraryActions::triggered, this, &MainWindow::trigger);
    connect(m_templateActions, &TemplateActions::consoleWanted, this,
            [this](Connection *c, const QString &uuid) {
                selectDomain(c, uuid);
                openConsole(c, uuid);
            });
    selectionChanged();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(DomainAction which) const
{
    return m_actions->action(which);
}

void MainWindow::buildMenus()
{
    auto *newVm = new QAction(tr("&New Virtual Machine..."), this);
    newVm->setObjectName(QStringLiteral("newVm"));
    newVm->setIcon(themedIcon(QStringLiteral("list-add"), QStringLiteral("vm-new")));
    newVm->setShortcut(QKeySequence::New);
    newVm->setToolTip(tr("Create a virtual machine from an install image, a disk image or the "
                         "network (Ctrl+N). You can also drop an ISO on this window."));
    connect(newVm, &QAction::triggered, this, [this] { openNewVmWizard(); });

    auto *console = new QAction(tr("&Console"), this);
    console->setObjectName(QStringLiteral("console"));
    console->setIcon(themedIcon(QStringLiteral("video-display"), QStringLiteral("vm-console")));
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    console->setToolTip(tr("Show the machine's screen (Ctrl+Enter, or double-click it)"));
    connect(console, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection(); c && !selectedUuid().isEmpty())
            openConsole(c, selectedUuid());
    });

    auto *addConnection = new QAction(tr("&Add Connection..."), this);
    addConnection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(addConnection, &QAction::triggered, this, &MainWindow::addConnectionDialog);

    m_reconnectAction = new QAction(tr("Re&connect"), this);
    connect(m_reconnectAction, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection())
            c->reconnectNow();
    });
    m_hostDetailsAction = new QAction(tr("&Host Details"), this);
    m_hostDetailsAction->setObjectName(QStringLiteral("hostDetails"));
    m_hostDetailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    m_hostDetailsAction->setToolTip(tr("The selected connection's host: its virtual networks, "
                                       "storage pools and volumes, and devices (Ctrl+Alt+H, or "
                                       "double-click the connection)"));
    connect(m_hostDetailsAction, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection())
            openHostWindow(c);
    });
    m_removeConnectionAction = new QAction(tr("&Remove Connection"), this);
    connect(m_removeConnectionAction, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection())
            Q_EMIT connectionRemovalRequested(c);
    });
    // For a machine that still has its install image in (defined by a Vireo before install-time
    // boot, or while its first install runs): the image out, the disk first.
    m_ejectMediaAction = new QAction(tr("&Eject Install Media and Boot from Disk"), this);
    m_ejectMediaAction->setObjectName(QStringLiteral("ejectInstallMedia"));
    m_ejectMediaAction->setToolTip(
        tr("Take the install image out of the machine's CD-ROM drives (they stay, empty) and "
           "start its installed system from the disk from now on"));
    connect(m_ejectMediaAction, &QAction::triggered, this, [this] {
        if (Connection *c = selectedConnection(); c && !selectedUuid().isEmpty())
            watch(InstallMedia::ejectAndBootFromDisk(c, selectedUuid()));
    });
    auto *refresh = new QAction(tr("Re&fresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        for (Connection *c : m_registry->connections())
            c->refreshAll();
    });
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *find = new QAction(tr("&Filter"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newVm);
    file->addAction(addConnection);
    file->addAction(m_hostDetailsAction);
    file->addAction(m_reconnectAction);
    file->addAction(m_removeConnectionAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Preferences..."), this, [this] {
        auto *dialog = new PreferencesDialog(m_registry, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QMenu *machine = menuBar()->addMenu(tr("&Machine"));
    m_actions->addTo(machine);
    machine->addAction(m_migration->migrate());
    machine->addAction(m_bulk->snapshotAction());
    machine->addSeparator();
    m_templateActions->addTo(machine);
    machine->addSeparator();
    machine->addAction(m_ejectMediaAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(find);
    auto *showDetails = view->addAction(tr("&Details Pane"));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    showDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(showDetails, &QAction::toggled, m_sideTabs, &QWidget::setVisible);
    auto *showHardware = view->addAction(tr("&Hardware"));
    showHardware->setObjectName(QStringLiteral("showHardware"));
    showHardware->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    showHardware->setToolTip(tr("Edit the selected machine's CPUs, memory, disks, network cards "
                                "and other devices"));
    connect(showHardware, &QAction::triggered, this, [this, showDetails] {
        showDetails->setChecked(true);
        m_sideTabs->setCurrentWidget(m_hardware);
    });
    auto *showSnapshots = view->addAction(tr("&Snapshots"));
    showSnapshots->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(showSnapshots, &QAction::triggered, this, [this, showDetails] {
        showDetails->setChecked(true);
        m_sideTabs->setCurrentWidget(m_snapshots);
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Check This Computer..."), this, &MainWindow::openHostCheck)
        ->setObjectName(QStringLiteral("checkHost"));
    help->addAction(tr("&About Vireo"), this, [this] {
        QMessageBox::about(this, tr("About Vireo"),
                           tr("<b>Vireo %1</b><br>A desktop virtualization manager for "
                              "KVM/QEMU through libvirt.")
                               .arg(QStringLiteral(VIREO_VERSION)));
    });

    QToolBar *bar = addToolBar(tr("Machine"));
    bar->setObjectName(QStringLiteral("machineToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newVm);
    bar->addAction(console);
    bar->addSeparator();
    m_actions->addTo(bar); // Start and Shut Down with their names, the others as icons
    bar->addAction(m_migration->migrate());
    static_cast<QToolButton *>(bar->widgetForAction(m_migration->migrate()))
        ->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_filter);
}

Connection *MainWindow::selectedConnection() const
{
    return m_model->connectionAt(m_proxy->mapToSource(m_view->currentIndex()));
}

QList<QPair<Connection *, QString>> MainWindow::selectedDomains() const
{
    QList<QPair<Connection *, QString>> vms;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (const DomainInfo *d = m_model->domainAt(source))
            vms.append({m_model->connectionAt(source), d->uuid});
    }
    return vms;
}

QString MainWindow::selectedUuid() const
{
    const DomainInfo *d = m_model->domainAt(m_proxy->mapToSource(m_view->currentIndex()));
    return d ? d->uuid : QString();
}

bool MainWindow::selectDomain(Connection *connection, const QString &uuid)
{
    const QModelIndex source
        = uuid.isEmpty() ? m_model->indexOf(connection) : m_model->indexOf(connection, uuid);
    const QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(proxied, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
    m_view->scrollTo(proxied);
    return true;
}

void MainWindow::watchSampler(StatsSampler *sampler)
{
    auto *connection = qobject_cast<Connection *>(sampler->parent());
    if (!connection)
        return;
    connect(sampler, &StatsSampler::sampled, this,
            [this, sampler, connection](const QStringList &uuids) {
                // One new figure per VM and tick, handed over as one change of the column.
                QHash<QString, double> cpu;
                cpu.reserve(uuids.size());
                for (const QString &uuid : uuids)
                    cpu.insert(uuid, sampler->latest(uuid).cpuPercent);
                m_model->appendCpu(connection, cpu);
            });
}

void MainWindow::setStatsStore(StatsStore *store, EventRecorder *recorder)
{
    m_store = store;
    if (m_performance)
        m_performance->setStore(store);
    m_log->setSources(store, recorder);
}

PerformanceView *MainWindow::performance()
{
    if (m_performance || m_performanceFailed)
        return m_performance;
    QString why;
    auto *plugin = Plugins::load<PerformanceViewPlugin>(QStringLiteral("performance"),
                                                        tr("performance graphs"), &why);
    if (!plugin) {
        auto *label = new QLabel(why, m_performancePage);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        m_performancePage->layout()->addWidget(label);
        m_performanceFailed = true;
        return nullptr;
    }
    m_performance = plugin->createView(m_performancePage);
    m_performancePage->layout()->addWidget(m_performance);
    tabAfter(m_sideTabs->tabBar(), m_performance); // after the tabs, not at the window's end
    m_performance->show(); // now, not when the layout gets to it: it draws once it knows what
    m_performance->setStore(m_store);
    updatePerformance();
    return m_performance;
}

void MainWindow::updatePerformance()
{
    if (!m_performance)
        return;
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    Connection *c = m_model->connectionAt(source);
    const DomainInfo *d = m_model->domainAt(source);
    if (!d && c)
        m_performance->setHost(c); // a connection's row: the host overview
    else
        m_performance->setDomain(d ? c : nullptr, d ? d->uuid : QString());
}

void MainWindow::selectionChanged()
{
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    Connection *c = m_model->connectionAt(source);
    const DomainInfo *d = m_model->domainAt(source);
    const QList<QPair<Connection *, QString>> selected = selectedDomains();
    if (selected.size() > 1) {
        QList<QPair<const Connection *, const DomainInfo *>> many;
        for (const auto &[sc, uuid] : selected)
            many.append({sc, m_model->domainAt(m_model->indexOf(sc, uuid))});
        m_actions->updateForMany(many);
        m_details->showMany(many);
    } else {
        m_actions->updateFor(c, d);
    }
    m_migration->updateFor(
        selected.isEmpty() && d ? QList<QPair<Connection *, QString>>{{c, d->uuid}} : selected);
    m_bulk->snapshotAction()->setEnabled(selected.size() > 1);
    m_templateActions->updateFor(c, d);
    m_reconnectAction->setEnabled(c != nullptr);
    m_removeConnectionAction->setEnabled(c != nullptr);
    m_hostDetailsAction->setEnabled(c != nullptr);
    m_ejectMediaAction->setEnabled(d && InstallMedia::looksLeftInInstaller(*d));
    m_snapshots->setDomain(d ? c : nullptr, d ? d->uuid : QString());
    m_hardware->setDomain(d ? c : nullptr, d ? d->uuid : QString());
    updatePerformance();
    m_log->setDomain(d ? c : nullptr, d ? d->uuid : QString());
    m_security->setSubject(selected.size() > 1 ? nullptr : c, d ? d->uuid : QString());
    if (selected.size() > 1)
        return; // the Details pane sums up the selection (above)
    if (d)
        m_details->showDomain(c, *d);
    else if (c)
        m_details->showConnection(c);
    else
        m_details->showNothing();
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isSelected(index))
        m_view->setCurrentIndex(index); // a click into the selection keeps it (bulk actions)
    QMenu menu(this);
    if (m_model->domainAt(m_proxy->mapToSource(index))) {
        m_actions->addTo(&menu);
        menu.addAction(m_migration->migrate());
        if (m_bulk->snapshotAction()->isEnabled())
            menu.addAction(m_bulk->snapshotAction());
        menu.addSeparator();
        m_templateActions->addTo(&menu);
        if (m_ejectMediaAction->isEnabled()) {
            menu.addSeparator();
            menu.addAction(m_ejectMediaAction);
        }
    } else if (index.isValid()) {
        menu.addAction(m_hostDetailsAction);
        menu.addAction(m_reconnectAction);
        menu.addAction(m_removeConnectionAction);
    } else {
        menu.addAction(tr("Add Connection..."), this, &MainWindow::addConnectionDialog);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::trigger(DomainAction action)
{
    if (const auto many = selectedDomains(); many.size() > 1) {
        m_bulk->run(action, many);
        return;
    }
    m_runner->trigger(action, selectedConnection(), selectedUuid());
}

void MainWindow::watch(Operation *op)
{
    Q_EMIT operationStarted(op);
    m_operations->watch(op);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (TemplateActions::mayQuit(this, m_keeper))
        QMainWindow::closeEvent(event);
    else
        event->ignore();
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/header"), m_view->header()->saveState());
}

void MainWindow::restoreSettings(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_view->header()->restoreState(settings.value(QStringLiteral("window/header")).toByteArray());
}

} // namespace Vireo::Ui
