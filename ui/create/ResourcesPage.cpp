#include "ui/create/ResourcesPage.h"

#include "core/Validation.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Vireo::Ui {

ResourcesPage::ResourcesPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_memory(new QSpinBox(this))
    , m_vcpus(new QSpinBox(this))
    , m_limits(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Memory and processors"));
    m_memory->setObjectName(QStringLiteral("memory"));
    m_memory->setRange(0, 16 * 1024 * 1024);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSingleStep(256);
    m_vcpus->setObjectName(QStringLiteral("vcpus"));
    m_vcpus->setRange(0, 1024);
    m_warning->setWordWrap(true);
    auto *form = new QFormLayout(this);
    // Numbers need no full width; the notes under them keep it to wrap less.
    for (QWidget *number : {static_cast<QWidget *>(m_memory), static_cast<QWidget *>(m_vcpus)})
        number->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1048576 MiB"))
                                + 48);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&vCPUs:"), m_vcpus);
    form->addRow(QString(), m_limits);
    form->addRow(QString(), m_warning);
    form->addRow(QString(), m_problem);
    connect(m_memory, &QSpinBox::valueChanged, this, &ResourcesPage::check);
    connect(m_vcpus, &QSpinBox::valueChanged, this, &ResourcesPage::check);
    connect(wizard, &NewVmWizard::hostReady, this, &ResourcesPage::check);
}

void ResourcesPage::initializePage()
{
    const VmSpec &s = m_wizard->choices().request.spec;
    m_memory->setValue(int(s.memoryMiB));
    m_vcpus->setValue(s.vcpus);
    check();
}

QString ResourcesPage::problem() const
{
    const HostCapacity &host = m_wizard->choices().host;
    if (m_memory->value() <= 0)
        return tr("A virtual machine needs some memory.");
    if (host.memoryMiB > 0 && quint64(m_memory->value()) > host.memoryMiB)
        return tr("%1 MiB is more memory than this host has (%2 MiB).")
            .arg(m_memory->value())
            .arg(host.memoryMiB);
    if (m_vcpus->value() <= 0)
        return tr("A virtual machine needs at least one vCPU.");
    if (host.cpus > 0 && m_vcpus->value() > host.cpus)
        return tr("%1 vCPUs are more than this host has (%2).")
            .arg(m_vcpus->value())
            .arg(host.cpus);
    return {};
}

void ResourcesPage::check()
{
    const NewVmChoices &c = m_wizard->choices();
    m_limits->setText(c.hostKnown ? tr("This host has %1 CPUs and %2 MiB of memory.")
                                        .arg(c.host.cpus)
                                        .arg(c.host.memoryMiB)
                                  : tr("Reading the host's capacity..."));
    const quint64 minimum = c.os ? c.os->minimumMemoryMiB : 0;
    m_warning->setText(minimum > 0 && quint64(m_memory->value()) < minimum
                           ? tr("%1 needs at least %2 MiB; it may not install or run with less.")
                                 .arg(c.os->name)
                                 .arg(minimum)
                           : QString());
    setProblem(m_problem, problem());
    Q_EMIT completeChanged();
}

bool ResourcesPage::isComplete() const
{
    return problem().isEmpty();
}

bool ResourcesPage::validatePage()
{
    VmSpec &s = m_wizard->choices().request.spec;
    s.memoryMiB = quint64(m_memory->value());
    s.vcpus = m_vcpus->value();
    return isComplete();
}

} // namespace Vireo::Ui
