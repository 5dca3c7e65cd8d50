#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace Vireo::Ui {

class NewVmWizard;

/// Express install (after the OS page, for an install image): the user name, password, time
/// zone and language asked once, and the installer asks nothing. Offered where libosinfo has
/// an install script for the OS; where it has none, the page says why and the installer asks.
class ExpressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExpressPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateEnabled();

    NewVmWizard *m_wizard;
    QLabel *m_why;
    QCheckBox *m_enabled;
    QWidget *m_form;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLineEdit *m_adminPassword;
    QLineEdit *m_timezone;
    QLineEdit *m_language;
    QLabel *m_productKeyLabel;
    QLineEdit *m_productKey;
    QLabel *m_problem;
    bool m_offered = false; // the OS has a script and the connection is local
};

} // namespace Vireo::Ui
