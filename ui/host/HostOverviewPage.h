#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace Vireo {
class Connection;
struct HostOverview;
} // namespace Vireo

namespace Vireo::Ui {

class JobRow;

/// The Host window's Overview: the host's name, CPU and topology, NUMA cells, memory, libvirt
/// and hypervisor versions, whether KVM is usable (and why not), and its network interfaces
/// (read-only). Read when first shown and on Refresh.
class HostOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostOverviewPage(Connection *connection, QWidget *parent = nullptr);

    void reload();
    /// The value shown for a row ("Hostname", "CPU", "KVM"...), for tests and accessibility.
    QString valueOf(const QString &row) const;
    QTreeWidget *interfaces() const { return m_interfaces; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill(const HostOverview &o);
    QLabel *row(const QString &name, const QString &label);

    Connection *m_connection;
    QFormLayout *m_form;
    QTreeWidget *m_interfaces;
    JobRow *m_job;
    bool m_loaded = false;
};

} // namespace Vireo::Ui
