#pragma once

#include "security/SecurityAudit.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// The Security tab: what protects the selected VM, one line per finding with an icon and its
/// level in words (ok, to know, weaker than it should be, flagged), a flagged line in red with
/// what to do; a finding Vireo can mend has a button that does it. With a connection selected
/// instead, the whole host: each VM with its worst line first, its findings below. It reads
/// while shown, again on the VM's events (a redefinition, a start), never on the GUI thread.
class SecurityTab : public QWidget
{
    Q_OBJECT
public:
    explicit SecurityTab(QWidget *parent = nullptr);

    /// The VM to show (uuid), or with an empty uuid the connection's whole host; null: nothing.
    void setSubject(Connection *connection, const QString &uuid);
    /// Reads again.
    void reload();

    QTreeWidget *findings() const { return m_findings; }
    QLabel *summary() const { return m_summary; }
    QPushButton *fixButton() const { return m_fix; }
    /// The reports last shown (one for a VM).
    QList<SecurityReport> reports() const { return m_reports; }

Q_SIGNALS:
    /// A read ended and its lines are shown.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const QList<SecurityReport> &reports);
    void updateFix();
    void applyFix();

    QPointer<Connection> m_connection;
    QString m_uuid;
    QList<QMetaObject::Connection> m_connectionSignals;
    QList<SecurityReport> m_reports;
    int m_generation = 0;
    QTimer m_reloadTimer;
    QLabel *m_summary;
    QTreeWidget *m_findings;
    QPushButton *m_fix;
    QPushButton *m_refresh;
    QLabel *m_message;
    QLabel *m_detail; // the selected line in full (the list cuts long ones)
};

} // namespace Vireo::Ui
