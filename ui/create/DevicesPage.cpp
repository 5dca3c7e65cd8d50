#include "ui/create/DevicesPage.h"

#include "core/Validation.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Vireo::Ui {

DevicesPage::DevicesPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_arch(new QComboBox(this))
    , m_archNote(new QLabel(this))
    , m_firmware(new QComboBox(this))
    , m_tpm(new QCheckBox(tr("TPM 2.0 (emulated by swtpm)"), this))
    , m_graphics(new QComboBox(this))
    , m_socket(new QCheckBox(tr("Listen on a unix socket instead of 127.0.0.1"), this))
    , m_accel(new QComboBox(this))
    , m_virtio(new QLabel(this))
{
    setTitle(tr("Firmware and devices"));
    m_arch->setObjectName(QStringLiteral("architecture"));
    m_archNote->setObjectName(QStringLiteral("architectureNote"));
    m_archNote->setWordWrap(true);
    connect(m_arch, &QComboBox::currentIndexChanged, this, &DevicesPage::archChanged);
    m_firmware->setObjectName(QStringLiteral("firmware"));
    m_firmware->addItem(tr("BIOS"), int(Firmware::Bios));
    m_firmware->addItem(tr("UEFI"), int(Firmware::Uefi));
    m_firmware->addItem(tr("UEFI with Secure Boot"), int(Firmware::UefiSecureBoot));
    m_graphics->setObjectName(QStringLiteral("graphics"));
    m_graphics->addItem(tr("SPICE"), int(VmGraphics::Type::Spice));
    m_graphics->addItem(tr("VNC"), int(VmGraphics::Type::Vnc));
    m_accel->setObjectName(QStringLiteral("accelerator"));
    m_accel->addItem(tr("KVM (hardware)"), false);
    m_accel->addItem(tr("Software emulation (slower, works everywhere)"), true);
    m_virtio->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("A&rchitecture:"), m_arch);
    form->addRow(QString(), m_archNote);
    form->addRow(tr("&Firmware:"), m_firmware);
    form->addRow(QString(), m_tpm);
    form->addRow(tr("&Display:"), m_graphics);
    form->addRow(QString(), m_socket);
    form->addRow(tr("&Accelerator:"), m_accel);
    form->addRow(QString(), m_virtio);
}

void DevicesPage::initializePage()
{
    const NewVmChoices &c = m_wizard->choices();
    const VmSpec &s = c.request.spec;
    m_firmware->setCurrentIndex(m_firmware->findData(int(s.firmware)));
    m_tpm->setChecked(s.tpm);
    m_graphics->setCurrentIndex(m_graphics->findData(int(s.graphics.type)));
    m_socket->setChecked(s.graphics.unixSocket);
    m_accel->setCurrentIndex(s.emulated ? 1 : 0);
    // The architectures the host can run; ARM is emulated (no KVM for it on an x86 host).
    m_arch->blockSignals(true);
    m_arch->clear();
    for (const QString &arch : c.host.architectures)
        m_arch->addItem(arch == QLatin1String("aarch64") ? tr("ARM 64-bit (aarch64, emulated)")
                                                         : tr("x86-64"),
                        arch);
    m_arch->setCurrentIndex(qMax(0, m_arch->findData(s.arch)));
    m_arch->blockSignals(false);
    m_archNote->setText(c.host.armMissing);
    m_archNote->setVisible(!c.host.armMissing.isEmpty());
    archChanged();
    m_virtio->setText(s.virtioDevices
                          ? tr("The disk and network card are virtio: %1 has the drivers.")
                                .arg(c.os ? c.os->name : tr("the system"))
                          : tr("The disk is SATA and the network card an Intel e1000e: %1 "
                               "has no virtio drivers of its own.")
                                .arg(c.os ? c.os->name : tr("the system")));
}

void DevicesPage::archChanged()
{
    // ARM: UEFI, emulated, no TPM; what the OS recommends otherwise.
    const bool arm = m_arch->currentData().toString() == QLatin1String("aarch64");
    if (arm) {
        m_firmware->setCurrentIndex(m_firmware->findData(int(Firmware::Uefi)));
        m_accel->setCurrentIndex(1);
        m_tpm->setChecked(false);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_firmware, m_accel, m_tpm})
        w->setEnabled(!arm);
}

bool DevicesPage::validatePage()
{
    VmSpec &s = m_wizard->choices().request.spec;
    s.firmware = Firmware(m_firmware->currentData().toInt());
    s.tpm = m_tpm->isChecked();
    s.graphics.type = VmGraphics::Type(m_graphics->currentData().toInt());
    s.graphics.unixSocket = m_socket->isChecked();
    s.emulated = m_accel->currentData().toBool();
    if (m_arch->currentData().toString() == QLatin1String("aarch64"))
        makeArm(s);
    else
        s.arch = QStringLiteral("x86_64");
    return true;
}

} // namespace Vireo::Ui
