#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Vireo::Ui {

class NewVmWizard;

class DevicesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DevicesPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QComboBox *firmware() const { return m_firmware; }
    QComboBox *accelerator() const { return m_accel; }
    QComboBox *graphics() const { return m_graphics; }
    QCheckBox *tpm() const { return m_tpm; }
    QComboBox *architecture() const { return m_arch; }

private:
    void archChanged();

    NewVmWizard *m_wizard;
    QComboBox *m_arch;
    QLabel *m_archNote;
    QComboBox *m_firmware;
    QCheckBox *m_tpm;
    QComboBox *m_graphics;
    QCheckBox *m_socket;
    QComboBox *m_accel;
    QLabel *m_virtio;
};

} // namespace Vireo::Ui
