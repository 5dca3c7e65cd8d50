#pragma once

#include <QWizardPage>

class QLabel;
class QSpinBox;

namespace Vireo::Ui {

class NewVmWizard;

class ResourcesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResourcesPage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QSpinBox *memory() const { return m_memory; }
    QSpinBox *vcpus() const { return m_vcpus; }

private:
    QString problem() const;
    void check();

    NewVmWizard *m_wizard;
    QSpinBox *m_memory;
    QSpinBox *m_vcpus;
    QLabel *m_limits;
    QLabel *m_warning;
    QLabel *m_problem;
};

} // namespace Vireo::Ui
