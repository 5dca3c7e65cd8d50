#pragma once

#include "security/Isolation.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// What a VM shares with this computer: the clipboard (off, to the guest only, both ways), USB
/// redirection, shared folders, the guest agent's channel. Apply keeps it in the VM's
/// definition; what the running VM can only take at its next start is said.
class IsolationDialog : public QDialog
{
    Q_OBJECT
public:
    IsolationDialog(Connection *connection, const QString &uuid, const QString &vmName,
                    QWidget *parent = nullptr);

    IsolationSettings settings() const;
    void setSettings(const IsolationSettings &settings);
    QPushButton *applyButton() const { return m_apply; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void applied(const QString &what);

private:
    void apply();

    QPointer<Connection> m_connection;
    QString m_uuid;
    QButtonGroup *m_clipboard;
    QCheckBox *m_usb;
    QCheckBox *m_files;
    QCheckBox *m_agent;
    QLabel *m_message;
    QPushButton *m_apply;
};

} // namespace Vireo::Ui
