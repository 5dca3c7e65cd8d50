#include "ui/templates/CloneDialog.h"

#include "core/Validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vireo::Ui {

CloneDialog::CloneDialog(Mode mode, const DomainInfo &source, const QStringList &takenNames,
                         QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_taken(takenNames)
    , m_name(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_linked(new QRadioButton(this))
    , m_full(new QRadioButton(this))
    , m_start(new QCheckBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("cloneDialog"));
    const bool instances = mode == Mode::NewInstances;
    setWindowTitle(instances ? tr("New Instances of %1").arg(source.name)
                             : tr("Clone %1").arg(source.name));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("cloneName"));
    if (instances) {
        m_count->setObjectName(QStringLiteral("instanceCount"));
        m_count->setRange(1, 100);
        form->addRow(tr("&How many:"), m_count);
        m_name->setText(source.name + QStringLiteral("-{n}"));
        m_name->setToolTip(tr("{n} becomes 1, 2, 3... (the first free numbers)"));
        form->addRow(tr("&Names:"), m_name);
    } else {
        m_count->hide();
        m_name->setText(
            Templates::instanceNames(source.name + QStringLiteral("-clone"), 1, takenNames)
                .value(0, source.name + QStringLiteral("-clone")));
        form->addRow(tr("&Name:"), m_name);
    }
    m_linked->setObjectName(QStringLiteral("linked"));
    m_linked->setText(instances || source.isTemplate
                          ? tr("&Linked: overlays on the template's disks, made at once")
                          : tr("&Linked: overlays on %1's disks; %1 becomes a template (its "
                               "disks must not change from now on)")
                                .arg(source.name));
    m_full->setText(tr("&Full: a copy of every disk (takes as long and as much room as the "
                       "disks)"));
    (instances || source.isTemplate ? m_linked : m_full)->setChecked(true);
    form->addRow(tr("Kind:"), m_linked);
    form->addRow(QString(), m_full);
    if (!instances) {
        for (const DiskInfo &d : source.disks) {
            if (d.device != QLatin1String("disk"))
                continue;
            auto *box = new QCheckBox(tr("%1 (%2)").arg(d.target, d.source), this);
            box->setObjectName(QStringLiteral("copyDisk-") + d.target);
            box->setProperty("target", d.target);
            box->setChecked(true);
            box->setToolTip(tr("Checked: the copy gets its own disk. Unchecked: it shares this "
                               "one with %1 (both must not run at once unless it is shareable).")
                                .arg(source.name));
            form->addRow(m_disks.isEmpty() ? tr("Copy disks:") : QString(), box);
            m_disks << box;
        }
    }
    m_start->setText(instances ? tr("&Start them") : tr("&Start it"));
    form->addRow(QString(), m_start);
    m_problem->setObjectName(QStringLiteral("cloneProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(instances ? tr("&Make") : tr("&Clone"));
    m_ok->setObjectName(QStringLiteral("cloneOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::validate);
    connect(m_count, &QSpinBox::valueChanged, this, &CloneDialog::validate);
    validate();
}

QString CloneDialog::cloneName() const
{
    return m_name->text().trimmed();
}

int CloneDialog::count() const
{
    return m_mode == Mode::NewInstances ? m_count->value() : 1;
}

QString CloneDialog::pattern() const
{
    return m_name->text().trimmed();
}

CloneRequest::Kind CloneDialog::kind() const
{
    return m_linked->isChecked() ? CloneRequest::Kind::Linked : CloneRequest::Kind::Full;
}

QStringList CloneDialog::sharedDisks() const
{
    QStringList shared;
    for (const QCheckBox *box : m_disks)
        if (!box->isChecked())
            shared << box->property("target").toString();
    return shared;
}

bool CloneDialog::startThem() const
{
    return m_start->isChecked();
}

void CloneDialog::validate()
{
    QString problem;
    QString names;
    if (m_mode == Mode::Clone) {
        problem = validateDomainName(cloneName());
        if (problem.isEmpty() && m_taken.contains(cloneName()))
            problem = tr("There is a VM called '%1' already.").arg(cloneName());
    } else {
        const QStringList made = Templates::instanceNames(pattern(), count(), m_taken);
        if (made.size() < count())
            problem = tr("The name '%1' is taken.").arg(pattern());
        else
            problem = validateDomainName(made.value(0));
        if (problem.isEmpty())
            names = tr("Names: %1")
                        .arg(made.mid(0, 4).join(QLatin1String(", "))
                             + (made.size() > 4 ? QStringLiteral("...") : QString()));
    }
    m_problem->setText(problem.isEmpty() ? names : problem);
    if (m_ok)
        m_ok->setEnabled(problem.isEmpty());
}

} // namespace Vireo::Ui
