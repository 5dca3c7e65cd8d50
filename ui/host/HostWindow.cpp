#include "ui/host/HostWindow.h"

#include "core/Connection.h"
#include "ui/host/HostDevicesPage.h"
#include "ui/host/HostNetworksPage.h"
#include "ui/host/HostOverviewPage.h"
#include "ui/host/HostStoragePage.h"
#include "ui/security/HostFirewallPage.h"

#include <QHash>
#include <QPointer>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

QHash<Connection *, QPointer<HostWindow>> &openWindows()
{
    static QHash<Connection *, QPointer<HostWindow>> windows;
    return windows;
}

} // namespace

HostWindow *HostWindow::of(Connection *connection)
{
    return openWindows().value(connection).data();
}

HostWindow *HostWindow::showFor(Connection *connection, QWidget *parent, Page page)
{
    HostWindow *window = of(connection);
    if (!window) {
        window = new HostWindow(connection, parent);
        openWindows().insert(connection, window);
        // The connection going away (removed from the library) takes its window along.
        connect(connection, &QObject::destroyed, window, &QWidget::close);
        connect(connection, &QObject::destroyed, window,
                [connection] { openWindows().remove(connection); });
    }
    window->showPage(page);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

HostWindow::HostWindow(Connection *connection, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_connection(connection)
    , m_tabs(new QTabWidget(this))
    , m_overview(new HostOverviewPage(connection, m_tabs))
    , m_networks(new HostNetworksPage(connection, m_tabs))
    , m_storage(new HostStoragePage(connection, m_tabs))
    , m_devices(new HostDevicesPage(connection, m_tabs))
    , m_firewall(new HostFirewallPage(connection, m_tabs))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("hostWindow"));
    setWindowTitle(tr("Host: %1").arg(connection->displayName()));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_networks, tr("&Networks"));
    m_tabs->addTab(m_storage, tr("&Storage"));
    m_tabs->addTab(m_devices, tr("&Devices"));
    m_tabs->addTab(m_firewall, tr("&Firewall"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_networks, &HostNetworksPage::addSystemConnectionRequested, this,
            &HostWindow::addSystemConnectionRequested);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(960, 640);
}

void HostWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

} // namespace Vireo::Ui
