#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Vireo::Ui {

class NewVmWizard;

class StoragePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StoragePage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QSpinBox *size() const { return m_size; }
    QComboBox *pool() const { return m_pool; }
    QCheckBox *beyondFreeSpace() const { return m_beyond; }

private:
    QString problem() const;
    void check();
    void readFreeSpace();

    NewVmWizard *m_wizard;
    QComboBox *m_pool;
    QSpinBox *m_size;
    QLabel *m_free;
    QCheckBox *m_beyond;
    QLabel *m_problem;
};

} // namespace Vireo::Ui
