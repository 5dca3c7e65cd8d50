#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace Vireo::Ui {

class NewVmWizard;

class NetworkPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NetworkPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    /// "user", "default" (NAT), "bridge" or "none".
    void choose(const QString &kind);

private:
    NewVmWizard *m_wizard;
    QRadioButton *m_user;
    QRadioButton *m_nat;
    QRadioButton *m_bridge;
    QRadioButton *m_none;
    QLineEdit *m_bridgeName;
};

} // namespace Vireo::Ui
