#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Vireo {
class Connection;
struct NetworkState;
} // namespace Vireo

namespace Vireo::Ui {

class JobRow;
class NetworkDialog;

/// The Host window's Networks: the connection's virtual networks (kept current by libvirt's
/// network events), the selected one's configuration, the VMs that use it and its DHCP leases
/// (VM, MAC, IP, hostname, expiry); New Network, Start, Stop (asks when running VMs use it),
/// Delete (refused while they run), Start with the host.
class HostNetworksPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostNetworksPage(Connection *connection, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QTreeWidget *leases() const { return m_leases; }
    JobRow *job() const { return m_job; }
    QString selectedName() const;
    bool select(const QString &name);
    /// The value shown for a detail row ("networkMode", "networkUsers"...).
    QString valueOf(const QString &row) const;
    NetworkDialog *openNewNetworkDialog();

Q_SIGNALS:
    /// The selected network's details and leases have been read.
    void detailsShown(const QString &name);
    /// The user asked for a qemu:///system connection (a session one cannot make networks).
    void addSystemConnectionRequested();

private:
    void rebuildList();
    void selectionChanged();
    void readSelected();
    void showState(const NetworkState &state);
    void updateButtons();

    Connection *m_connection;
    QTreeWidget *m_list;
    QFormLayout *m_form;
    QTreeWidget *m_leases;
    QCheckBox *m_autostart;
    QPushButton *m_new;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_delete;
    JobRow *m_job;
    QString m_shown; // the network whose details are shown
};

} // namespace Vireo::Ui
