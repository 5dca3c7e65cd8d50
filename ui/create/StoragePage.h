#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
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
    QCheckBox *encrypt() const { return m_encrypt; }
    QLineEdit *passphrase() const { return m_passphrase; }
    QLineEdit *repeatedPassphrase() const { return m_repeat; }

private:
    QString problem() const;
    void check();
    void readFreeSpace();

    NewVmWizard *m_wizard;
    QComboBox *m_pool;
    QSpinBox *m_size;
    QLabel *m_free;
    QCheckBox *m_beyond;
    QCheckBox *m_encrypt;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QCheckBox *m_keep; // the passphrase also in the desktop's keyring
    QLabel *m_problem;
};

} // namespace Vireo::Ui
