#include "ui/create/WizardSteps.h"

#include "ui/create/NewVmWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Vireo::Ui {

WizardSteps::WizardSteps(NewVmWizard *wizard)
    : QWidget(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardSteps"));
    const QList<std::pair<int, QString>> steps{{NewVmWizard::SourcePage, tr("Source")},
                                               {NewVmWizard::OsPage, tr("Operating system")},
                                               {NewVmWizard::ExpressPage, tr("Express install")},
                                               {NewVmWizard::ResourcesPage, tr("Memory and CPUs")},
                                               {NewVmWizard::StoragePage, tr("Storage")},
                                               {NewVmWizard::NetworkPage, tr("Network")},
                                               {NewVmWizard::DevicesPage, tr("Devices")},
                                               {NewVmWizard::SummaryPage, tr("Summary")}};
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 16, 12);
    layout->setSpacing(10);
    for (const auto &[id, text] : steps) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("step%1").arg(id));
        m_labels.insert(id, label);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    setMinimumWidth(150);
    connect(wizard, &QWizard::currentIdChanged, this, &WizardSteps::follow);
    follow();
}

void WizardSteps::follow()
{
    const int current = m_wizard->currentId();
    const QList<int> visited = m_wizard->visitedIds();
    // An install image is the only source with an express install step.
    m_labels.value(NewVmWizard::ExpressPage)
        ->setVisible(m_wizard->choices().source == NewVmChoices::Source::InstallImage);
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QLabel *label = it.value();
        QFont font = this->font();
        font.setBold(it.key() == current);
        label->setFont(font);
        label->setForegroundRole(it.key() == current || visited.contains(it.key())
                                     ? QPalette::WindowText
                                     : QPalette::PlaceholderText);
        label->setAccessibleDescription(it.key() == current ? tr("current step") : QString());
    }
}

QStringList WizardSteps::shownSteps() const
{
    QStringList out;
    const int current = m_wizard->currentId();
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->isHidden())
            continue;
        const int id = label->objectName().mid(4).toInt();
        out << (id == current ? QStringLiteral("> ") : QString()) + label->text();
    }
    return out;
}

} // namespace Vireo::Ui
