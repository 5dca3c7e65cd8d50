#include "ui/create/NetworkPage.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "create/VmCreator.h"
#include "ui/common/Preferences.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

NetworkPage::NetworkPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_user(new QRadioButton(tr("&User-mode networking (reaches out, nothing reaches in)"), this))
    , m_nat(new QRadioButton(
          Preferences::instance()->newVmNetwork() == QLatin1String("default")
              ? tr("&NAT through the \"default\" network (created when missing)")
              : tr("&NAT through the \"%1\" network").arg(Preferences::instance()->newVmNetwork()),
          this))
    , m_bridge(new QRadioButton(tr("Host &bridge:"), this))
    , m_none(new QRadioButton(tr("N&o network"), this))
    , m_bridgeName(new QComboBox(this))
    , m_bridgeHint(new QLabel(this))
{
    m_bridgeName->setObjectName(QStringLiteral("bridges"));
    m_bridgeName->setEditable(true); // a bridge libvirt does not list can still be named
    m_bridgeHint->setObjectName(QStringLiteral("bridgeHint"));
    m_bridgeHint->setWordWrap(true);
    connect(m_bridgeName, &QComboBox::currentTextChanged, this,
            [this] { m_bridge->setChecked(true); });
    setTitle(tr("Network"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_user);
    layout->addWidget(m_nat);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bridge);
    row->addWidget(m_bridgeName, 1);
    layout->addLayout(row);
    layout->addWidget(m_bridgeHint);
    layout->addWidget(m_none);
    layout->addStretch();
}

void NetworkPage::initializePage()
{
    const bool system = !m_wizard->connection()->uri().contains(QLatin1String("session"));
    // A session daemon cannot make networks: user mode is what it has.
    m_user->setVisible(!system);
    m_nat->setVisible(system);
    m_bridge->setVisible(system);
    m_bridgeName->setVisible(system);
    m_bridgeHint->setVisible(system);
    if (system) {
        // The host's bridges, asked on the worker.
        m_bridgeHint->setText(tr("Looking for the host's bridges..."));
        Operation *op = Creation::readHostBridges(m_wizard->connection());
        connect(op, &Operation::finished, this, [this, op](bool) {
            const QStringList bridges = op->value().toStringList();
            const QSignalBlocker quiet(m_bridgeName);
            const QString typed = m_bridgeName->currentText();
            m_bridgeName->clear();
            m_bridgeName->addItems(bridges);
            if (!typed.isEmpty() && !bridges.contains(typed))
                m_bridgeName->setEditText(typed);
            m_bridgeHint->setText(bridges.isEmpty()
                                      ? tr("The host has no bridge; name one made outside Vireo.")
                                      : QString());
            m_bridgeHint->setVisible(bridges.isEmpty());
        });
    }
    (system ? m_nat : m_user)->setChecked(true);
}

void NetworkPage::choose(const QString &kind)
{
    if (kind == QLatin1String("user"))
        m_user->setChecked(true);
    else if (kind == QLatin1String("default"))
        m_nat->setChecked(true);
    else if (kind == QLatin1String("bridge"))
        m_bridge->setChecked(true);
    else
        m_none->setChecked(true);
}

bool NetworkPage::validatePage()
{
    VmSpec &s = m_wizard->choices().request.spec;
    VmNic nic = s.nics.value(0);
    if (m_none->isChecked()) {
        s.nics.clear();
        return true;
    }
    if (m_user->isChecked()) {
        nic.kind = VmNic::Kind::User;
        nic.source.clear();
    } else if (m_nat->isChecked()) {
        nic.kind = VmNic::Kind::Network;
        nic.source = Preferences::instance()->newVmNetwork();
    } else {
        nic.kind = VmNic::Kind::Bridge;
        nic.source = m_bridgeName->currentText().trimmed();
        if (nic.source.isEmpty())
            return false;
    }
    s.nics = {nic};
    return true;
}

} // namespace Vireo::Ui
