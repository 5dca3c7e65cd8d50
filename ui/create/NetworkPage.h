#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
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
    /// The bridge chooser: the host's bridges, editable.
    QComboBox *bridges() const { return m_bridgeName; }

private:
    NewVmWizard *m_wizard;
    QRadioButton *m_user;
    QRadioButton *m_nat;
    QRadioButton *m_bridge;
    QRadioButton *m_none;
    QComboBox *m_bridgeName;
    QLabel *m_bridgeHint;
};

} // namespace Vireo::Ui
