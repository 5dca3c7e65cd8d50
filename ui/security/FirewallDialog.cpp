#include "ui/security/FirewallDialog.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "ui/common/Feedback.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Vireo::Ui {

FirewallDialog::FirewallDialog(Connection *connection, const QString &uuid, const QString &vmName,
                               const QString &mac, const FirewallChoice &current, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_mac(mac)
    , m_presets(new QButtonGroup(this))
    , m_ports(new QLineEdit(this))
    , m_filters(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("firewallDialog"));
    setWindowTitle(tr("Firewall of %1 (%2)").arg(vmName, mac));
    auto *grid = new QGridLayout;
    int row = 0;
    for (FirewallPreset p :
         {FirewallPreset::None, FirewallPreset::NoSpoofing, FirewallPreset::Isolated,
          FirewallPreset::HostOnly, FirewallPreset::NoInbound, FirewallPreset::Custom}) {
        auto *button = new QRadioButton(Firewall::presetTitle(p), this);
        button->setObjectName(QStringLiteral("preset-") + Firewall::presetName(p));
        auto *about = new QLabel(Firewall::presetDescription(p), this);
        about->setWordWrap(true);
        about->setBuddy(button);
        about->setIndent(24);
        button->setAccessibleDescription(about->text());
        m_presets->addButton(button, int(p));
        grid->addWidget(button, row++, 0, 1, 2);
        grid->addWidget(about, row++, 0, 1, 2);
        if (p == FirewallPreset::NoInbound) {
            auto *label = new QLabel(tr("TCP &ports let in:"), this);
            label->setBuddy(m_ports);
            label->setIndent(24);
            m_ports->setObjectName(QStringLiteral("firewallPorts"));
            m_ports->setPlaceholderText(tr("e.g. 22, 80 (none: nothing)"));
            grid->addWidget(label, row, 0);
            grid->addWidget(m_ports, row++, 1);
        } else if (p == FirewallPreset::Custom) {
            auto *label = new QLabel(tr("&Filter:"), this);
            label->setBuddy(m_filters);
            label->setIndent(24);
            m_filters->setObjectName(QStringLiteral("firewallFilter"));
            grid->addWidget(label, row, 0);
            grid->addWidget(m_filters, row++, 1);
        }
    }
    m_message->setObjectName(QStringLiteral("firewallMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Apply"));
    auto *layout = new QVBoxLayout(this);
    // Wrapped descriptions need the width fixed before their height is known.
    setMinimumWidth(520);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &FirewallDialog::apply);
    connect(m_presets, &QButtonGroup::idToggled, this, &FirewallDialog::updateFields);

    setChoice(current);
    // The filters libvirt has, filled in when read (the custom choice may name one already).
    if (m_connection) {
        Operation *op = Firewall::listFilters(m_connection);
        connect(op, &Operation::finished, this, [this, op, current](bool ok) {
            if (!ok)
                return;
            for (const FilterUse &f : op->value().value<QList<FilterUse>>())
                if (!f.vireo && m_filters->findText(f.name) < 0)
                    m_filters->addItem(f.name);
            if (current.preset == FirewallPreset::Custom)
                m_filters->setCurrentText(current.filter);
        });
    }
}

FirewallChoice FirewallDialog::choice() const
{
    FirewallChoice c;
    c.preset = FirewallPreset(qMax(0, m_presets->checkedId()));
    if (c.preset == FirewallPreset::Custom)
        c.filter = m_filters->currentText();
    if (c.preset == FirewallPreset::NoInbound)
        for (const QString &part : m_ports->text().split(
                 QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            c.ports << (part.toInt() > 0 ? part.toInt() : -1);
    return c;
}

void FirewallDialog::setChoice(const FirewallChoice &c)
{
    if (QAbstractButton *b = m_presets->button(int(c.preset)))
        b->setChecked(true);
    QStringList ports;
    for (int p : c.ports)
        ports << QString::number(p);
    m_ports->setText(ports.join(QStringLiteral(", ")));
    if (c.preset == FirewallPreset::Custom) {
        if (m_filters->findText(c.filter) < 0)
            m_filters->addItem(c.filter);
        m_filters->setCurrentText(c.filter);
    }
    updateFields();
}

void FirewallDialog::updateFields()
{
    m_ports->setEnabled(m_presets->checkedId() == int(FirewallPreset::NoInbound));
    m_filters->setEnabled(m_presets->checkedId() == int(FirewallPreset::Custom));
}

void FirewallDialog::apply()
{
    if (!m_connection)
        return;
    const FirewallChoice c = choice();
    if (c.ports.contains(-1)) {
        m_message->setText(tr("Ports: numbers from 1 to 65535, separated by commas."));
        return;
    }
    Feedback::applyThenAccept(this, m_ok, m_message,
                              Firewall::apply(m_connection, m_uuid, m_mac, c),
                              [this](const QString &value) { Q_EMIT applied(value); });
}

} // namespace Vireo::Ui
