#pragma once

#include <QWidget>

class QPushButton;

namespace Vireo {
class Connection;
class ConnectionRegistry;
class DomainListModel;
} // namespace Vireo

namespace Vireo::Ui {

class HostCheckView;

/// What the library shows under the connections while there is no virtual machine (GNOME
/// Boxes' first page): what
/// Vireo is for, "Create a Virtual Machine" and "Connect to a Host" one click away, and the host
/// check, so that a host that is not ready says why and how to fix it.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *createButton() const { return m_create; }
    QPushButton *connectButton() const { return m_connect; }
    HostCheckView *hostCheck() const { return m_check; }

    /// Follows the library: needed while no connection has a machine; checks the first
    /// connected connection's host (or, with none connected, the first one's daemon), again
    /// when connections come, go or change state.
    void watch(ConnectionRegistry *registry, DomainListModel *model);
    bool needed() const { return m_needed; }

Q_SIGNALS:
    void createRequested();
    void connectRequested();
    void neededChanged(bool needed);

private:
    void update();
    void recheck();

    ConnectionRegistry *m_registry = nullptr;
    DomainListModel *m_model = nullptr;
    bool m_needed = false;
    QPushButton *m_create;
    QPushButton *m_connect;
    HostCheckView *m_check;
};

} // namespace Vireo::Ui
