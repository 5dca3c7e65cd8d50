#pragma once

#include <QWidget>

class QTreeWidget;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

class JobRow;

/// The Host window's Devices: the host's PCI and USB devices, block devices and network
/// interfaces as libvirt's node devices, grouped by kind, each with the VM that has it (what
/// passthrough in the Hardware tab's Add Hardware offers).
class HostDevicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostDevicesPage(Connection *connection, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Connection *m_connection;
    QTreeWidget *m_tree;
    JobRow *m_job;
    bool m_loaded = false;
};

} // namespace Vireo::Ui
