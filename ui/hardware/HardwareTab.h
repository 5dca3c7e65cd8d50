#pragma once

#include "hardware/HardwareEditor.h"

#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Vireo {
class Connection;
struct DomainEvent;
} // namespace Vireo

namespace Vireo::Ui {

class XmlPage;

/// The Hardware tab: what virt-manager calls the details view. A list of the VM's settings and
/// devices (Overview, CPUs, Memory, Boot, each device, XML) and a form per item. Edits collect
/// until Apply (or Revert); Add Hardware and Remove apply at once. A field that changes only at
/// the next boot of a running VM says so, and the tab shows "changes pending until restart"
/// while the definition and the running VM differ. It follows libvirt's events (devices,
/// memory, tunables, redefinitions by other tools) without polling.
class HardwareTab : public QWidget
{
    Q_OBJECT
public:
    explicit HardwareTab(QWidget *parent = nullptr);

    /// Shows this VM's hardware (an empty uuid: none).
    void setDomain(Connection *connection, const QString &uuid);
    QString uuid() const { return m_uuid; }
    /// Reads the hardware again (kept edits stay).
    void reload();

    QListWidget *list() const { return m_list; }
    QWidget *currentForm() const;
    /// Selects the list item with this key ("overview", "cpu", "memory", "boot", "xml", or a
    /// device's key); false when there is none.
    bool selectItem(const QString &key);
    const HardwareState &state() const { return m_state; }
    bool hasState() const { return m_loaded; }
    QList<HardwareChange> edits() const { return m_edits.values(); }
    QLabel *pendingLabel() const { return m_pending; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    XmlPage *xmlPage() const { return m_xml; }

    /// Applies a change set now (what Apply, Add Hardware and Remove do).
    void applyChanges(const QList<HardwareChange> &changes);

Q_SIGNALS:
    /// The hardware was read (after every reload).
    void loaded();
    /// A change set ended: its report's lines, or the error.
    void applied(bool ok, const QString &message);

protected:
    /// The definition is read again whenever the tab is shown: changes other tools make to the
    /// stored definition only (virsh attach-disk --config) raise no event.
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(const HardwareState &state);
    void fillList();
    void showItem();
    void recordEdit(const HardwareChange &change);
    void updateButtons();
    void onDomainEvent(const QString &uuid);
    void addHardware();
    void removeSelected();
    void showMessage(const QString &text, bool error);

    QPointer<Connection> m_connection;
    QString m_uuid;
    HardwareState m_state;
    bool m_loaded = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    QMap<QString, HardwareChange> m_edits;
    QTimer m_reloadTimer;

    QLabel *m_pending;
    QLabel *m_message;
    QListWidget *m_list;
    QScrollArea *m_scroll;
    QStackedWidget *m_stack;
    XmlPage *m_xml;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QList<QMetaObject::Connection> m_connectionSignals;
};

} // namespace Vireo::Ui
