#pragma once

#include "security/Firewall.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

class FilterEditorDialog;

/// The Host window's Firewall page: libvirt's network filters, whose they are (libvirt's,
/// Vireo's presets, yours) and the VMs whose cards use each; New Filter and Edit open the rule
/// editor (your filters only: libvirt's own hold more than rules), Delete asks and is refused
/// while a VM uses the filter. Cards pick their firewall in each VM's Security tab.
class HostFirewallPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostFirewallPage(Connection *connection, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *message() const { return m_message; }
    bool select(const QString &name);
    FilterEditorDialog *openEditor(const QString &name = {});
    /// Reads the filters again.
    void reload();

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void askDelete();

    QPointer<Connection> m_connection;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace Vireo::Ui
