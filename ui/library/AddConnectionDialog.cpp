#include "ui/library/AddConnectionDialog.h"

#include "ui/common/Tint.h"

#include "core/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Vireo::Ui {

AddConnectionDialog::AddConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_uri(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only (watch, but change nothing)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Connection"));
    m_uri->setEditable(true);
    m_uri->addItems({QStringLiteral("qemu:///system"), QStringLiteral("qemu:///session"),
                     QStringLiteral("qemu+ssh://user@host/system")});
    m_uri->setMinimumWidth(360);
    m_uri->setToolTip(tr("A libvirt URI: qemu:///system for this machine's virtual machines, "
                         "qemu:///session for your own, qemu+ssh://user@host/system for "
                         "another machine."));
    m_problem->setWordWrap(true);
    Tint::apply(m_problem, Tint::Role::ErrorText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_uri);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_uri, &QComboBox::editTextChanged, this, &AddConnectionDialog::validate);
    validate();
}

QString AddConnectionDialog::uri() const
{
    return m_uri->currentText().trimmed();
}

bool AddConnectionDialog::readOnly() const
{
    return m_readOnly->isChecked();
}

void AddConnectionDialog::setUri(const QString &uri)
{
    m_uri->setEditText(uri);
}

void AddConnectionDialog::validate()
{
    const QString problem = validateConnectionUri(uri());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Vireo::Ui
