#include "ui/host/NetworkDialog.h"

#include "networks/Networks.h"
#include "ui/host/JobRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

NetworkDialog::NetworkDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_name(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_modeHint(new QLabel(this))
    , m_ipv4(new QLineEdit(this))
    , m_dhcp(new QCheckBox(tr("Hand out addresses with &DHCP"), this))
    , m_ipv6(new QLineEdit(this))
    , m_bridge(new QLineEdit(this))
    , m_forwardDev(new QLineEdit(this))
    , m_domain(new QLineEdit(this))
    , m_autostart(new QCheckBox(tr("Start with the &host"), this))
    , m_job(new JobRow(this))
{
    setWindowTitle(tr("New Network"));
    setObjectName(QStringLiteral("newNetworkDialog"));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("networkName"));
    m_name->setPlaceholderText(tr("e.g. lab"));
    form->addRow(tr("&Name:"), m_name);
    m_mode->setObjectName(QStringLiteral("networkMode"));
    m_mode->addItem(tr("NAT: guests reach out through the host's address"),
                    int(NetworkSpec::Mode::Nat));
    m_mode->addItem(tr("Isolated: guests reach each other and the host only"),
                    int(NetworkSpec::Mode::Isolated));
    m_mode->addItem(tr("Routed: guests' addresses routed by the host, no NAT"),
                    int(NetworkSpec::Mode::Routed));
    m_mode->addItem(tr("Host bridge: guests join an existing bridge of the host"),
                    int(NetworkSpec::Mode::Bridge));
    form->addRow(tr("&Kind:"), m_mode);
    m_modeHint->setWordWrap(true);
    form->addRow(QString(), m_modeHint);
    m_ipv4->setObjectName(QStringLiteral("networkIpv4"));
    m_ipv4->setPlaceholderText(tr("finding a free range..."));
    form->addRow(tr("IPv&4 range:"), m_ipv4);
    m_dhcp->setChecked(true);
    form->addRow(QString(), m_dhcp);
    m_ipv6->setPlaceholderText(tr("optional, e.g. fd00:100::/64"));
    form->addRow(tr("IPv&6 range:"), m_ipv6);
    m_bridge->setObjectName(QStringLiteral("networkBridge"));
    form->addRow(tr("&Bridge:"), m_bridge);
    m_forwardDev->setPlaceholderText(tr("any (optional: e.g. eth0)"));
    form->addRow(tr("&Leave by:"), m_forwardDev);
    m_domain->setPlaceholderText(tr("optional, e.g. lab"));
    form->addRow(tr("DNS &domain:"), m_domain);
    m_autostart->setChecked(true);
    form->addRow(QString(), m_autostart);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createNetwork"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NetworkDialog::create);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_job);
    layout->addWidget(buttons);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NetworkDialog::modeChanged);
    modeChanged();

    m_job->run(Networks::proposeSubnet(connection), [this](const QVariant &value) {
        if (m_ipv4->text().isEmpty())
            m_ipv4->setText(value.toString());
        m_job->say(
            tr("%1 is free: no other network or route of the host uses it.").arg(value.toString()));
        Q_EMIT proposed();
    });
}

void NetworkDialog::modeChanged()
{
    const auto mode = NetworkSpec::Mode(m_mode->currentData().toInt());
    const bool bridged = mode == NetworkSpec::Mode::Bridge;
    m_ipv4->setEnabled(!bridged);
    m_dhcp->setEnabled(!bridged);
    m_ipv6->setEnabled(!bridged);
    m_domain->setEnabled(!bridged);
    m_forwardDev->setEnabled(mode == NetworkSpec::Mode::Nat || mode == NetworkSpec::Mode::Routed);
    m_bridge->setPlaceholderText(bridged ? tr("the host's bridge, e.g. br0")
                                         : tr("made by libvirt (virbrN) unless named"));
    static const char *const hints[] = {
        QT_TR_NOOP("The usual choice: guests get addresses from the range below and reach the "
                   "outside through the host."),
        QT_TR_NOOP("A lab: guests talk to each other and to the host, nothing else."),
        QT_TR_NOOP("Guests' addresses are reachable from the host's network; its router must "
                   "know the range."),
        QT_TR_NOOP("Guests sit on the host's own network, addressed by its DHCP server."),
    };
    m_modeHint->setText(tr(hints[m_mode->currentIndex()]));
}

void NetworkDialog::create()
{
    NetworkSpec spec;
    spec.name = m_name->text();
    spec.mode = NetworkSpec::Mode(m_mode->currentData().toInt());
    spec.ipv4 = m_ipv4->text().trimmed();
    spec.dhcp = m_dhcp->isChecked();
    spec.ipv6 = m_ipv6->isEnabled() ? m_ipv6->text().trimmed() : QString();
    spec.bridge = m_bridge->text().trimmed();
    spec.forwardDev = m_forwardDev->isEnabled() ? m_forwardDev->text().trimmed() : QString();
    spec.domainName = m_domain->isEnabled() ? m_domain->text().trimmed() : QString();
    spec.autostart = m_autostart->isChecked();
    m_create->setEnabled(false);
    m_job->run(Networks::create(m_connection, spec), [this](const QVariant &name) {
        Q_EMIT created(name.toString());
        accept();
    });
    connect(
        m_job, &JobRow::finished, this, [this] { m_create->setEnabled(true); },
        Qt::SingleShotConnection);
}

} // namespace Vireo::Ui
