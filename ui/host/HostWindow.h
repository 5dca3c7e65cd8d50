#pragma once

#include <QWidget>

class QTabWidget;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

class HostDevicesPage;
class HostOverviewPage;
class HostNetworksPage;
class HostStoragePage;
class HostFirewallPage;

/// The Host window of one connection (virt-manager's Connection Details): Overview, Networks,
/// Storage, Devices and Firewall pages. One per connection: asking again raises the open one. It
/// closes with the library window and when its connection is removed.
class HostWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Overview, Networks, Storage, Devices, Firewall };

    /// Opens (or raises) the Host window of `connection` on `page`.
    static HostWindow *showFor(Connection *connection, QWidget *parent, Page page = Page::Overview);
    /// The open Host window of `connection`, null when none.
    static HostWindow *of(Connection *connection);

    Connection *connection() const { return m_connection; }
    QTabWidget *tabs() const { return m_tabs; }
    HostOverviewPage *overview() const { return m_overview; }
    HostNetworksPage *networks() const { return m_networks; }
    HostStoragePage *storage() const { return m_storage; }
    HostDevicesPage *devices() const { return m_devices; }
    HostFirewallPage *firewall() const { return m_firewall; }
    void showPage(Page page);

Q_SIGNALS:
    /// The Networks page of a session connection offers to add qemu:///system.
    void addSystemConnectionRequested();

private:
    HostWindow(Connection *connection, QWidget *parent);

    Connection *m_connection;
    QTabWidget *m_tabs;
    HostOverviewPage *m_overview;
    HostNetworksPage *m_networks;
    HostStoragePage *m_storage;
    HostDevicesPage *m_devices;
    HostFirewallPage *m_firewall;
};

} // namespace Vireo::Ui
