#pragma once

#include "security/Firewall.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// Choosing a network card's firewall: the presets, each with what it does in a sentence, the
/// ports "no inbound" lets in, or a filter of libvirt's by name. OK applies it (live while the VM
/// runs); a refusal is said here and the dialog stays open, nothing changed.
class FirewallDialog : public QDialog
{
    Q_OBJECT
public:
    FirewallDialog(Connection *connection, const QString &uuid, const QString &vmName,
                   const QString &mac, const FirewallChoice &current, QWidget *parent = nullptr);

    FirewallChoice choice() const;
    /// Picks a choice as a user would (tests).
    void setChoice(const FirewallChoice &choice);
    QPushButton *okButton() const { return m_ok; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    /// Applied: what changed, in a sentence.
    void applied(const QString &what);

private:
    void apply();
    void updateFields();

    QPointer<Connection> m_connection;
    QString m_uuid;
    QString m_mac;
    QButtonGroup *m_presets;
    QLineEdit *m_ports;
    QComboBox *m_filters;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace Vireo::Ui
