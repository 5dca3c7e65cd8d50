#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

class JobRow;

/// "New Network": a name, the kind (NAT, isolated, routed, host bridge), an IPv4 range proposed
/// free of every other network and host route, DHCP, optional IPv6 and DNS domain. Create checks
/// it against the host and makes the network; a refusal is shown and nothing is made.
class NetworkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NetworkDialog(Connection *connection, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *ipv4Edit() const { return m_ipv4; }
    QPushButton *createButton() const { return m_create; }
    JobRow *job() const { return m_job; }

Q_SIGNALS:
    /// The proposed range has arrived (the IPv4 field holds it).
    void proposed();
    void created(const QString &name);

private:
    void modeChanged();
    void create();

    Connection *m_connection;
    QLineEdit *m_name;
    QComboBox *m_mode;
    QLabel *m_modeHint;
    QLineEdit *m_ipv4;
    QCheckBox *m_dhcp;
    QLineEdit *m_ipv6;
    QLineEdit *m_bridge;
    QLineEdit *m_forwardDev;
    QLineEdit *m_domain;
    QCheckBox *m_autostart;
    QPushButton *m_create;
    JobRow *m_job;
};

} // namespace Vireo::Ui
