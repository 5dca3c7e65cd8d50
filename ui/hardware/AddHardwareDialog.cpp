#include "ui/hardware/AddHardwareDialog.h"

#include "ui/common/Tint.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainInfo.h"
#include "hardware/SharedFolders.h"
#include "storage/EncryptedVolumes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

QWidget *formPage(QFormLayout **form, const QString &hint = {})
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    if (!hint.isEmpty()) {
        auto *label = new QLabel(hint, w);
        label->setWordWrap(true);
        v->addWidget(label);
    }
    *form = new QFormLayout;
    v->addLayout(*form);
    v->addStretch(1);
    return w;
}

} // namespace

AddHardwareDialog::AddHardwareDialog(Connection *connection, const HardwareState &state,
                                     QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_state(state)
    , m_kinds(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addHardwareDialog"));
    setWindowTitle(tr("Add Hardware to %1").arg(state.config.name));
    m_kinds->setObjectName(QStringLiteral("hardwareKinds"));
    m_kinds->setMaximumWidth(190);
    m_error->setObjectName(QStringLiteral("addHardwareError"));
    m_error->setWordWrap(true);
    Tint::apply(m_error, Tint::Role::ErrorText);
    for (const QString &kind :
         {tr("Storage"), tr("CD-ROM drive"), tr("Network card"), tr("USB host device"),
          tr("PCI host device"), tr("Serial port"), tr("Random number generator"), tr("Watchdog"),
          tr("TPM"), tr("Shared folder")})
        m_kinds->addItem(kind);

    m_pages->addWidget(diskPage());
    QFormLayout *form = nullptr;
    QWidget *cd = formPage(&form, tr("An empty drive, or one with a disc image in it."));
    m_cdBus = new QComboBox;
    m_cdBus->addItems({QStringLiteral("sata"), QStringLiteral("scsi"), QStringLiteral("ide")});
    if (m_state.config.boot.machine.contains(QLatin1String("i440fx"))
        || m_state.config.boot.machine == QLatin1String("pc"))
        m_cdBus->setCurrentText(QStringLiteral("ide"));
    m_cdImage = new QLineEdit;
    m_cdImage->setPlaceholderText(tr("empty"));
    form->addRow(tr("&Bus:"), m_cdBus);
    form->addRow(tr("&Image:"), m_cdImage);
    m_pages->addWidget(cd);
    m_pages->addWidget(nicPage());
    m_pages->addWidget(hostPage(QStringLiteral("usb"), &m_usb));
    m_pages->addWidget(hostPage(QStringLiteral("pci"), &m_pci));
    m_pages->addWidget(formPage(&form, tr("A serial port the host reaches as a pseudo-terminal "
                                          "(virsh console, or Vireo's text console).")));
    m_pages->addWidget(formPage(&form, tr("A virtio random number generator fed from the host's "
                                          "/dev/urandom: guests get entropy early.")));
    QWidget *wd = formPage(&form, tr("Resets or stops the VM when its guest stops answering."));
    m_watchdogModel = new QComboBox;
    m_watchdogModel->addItems(
        {QStringLiteral("i6300esb"), QStringLiteral("ib700"), QStringLiteral("itco")});
    m_watchdogAction = new QComboBox;
    m_watchdogAction->addItems({QStringLiteral("reset"), QStringLiteral("poweroff"),
                                QStringLiteral("pause"), QStringLiteral("none")});
    form->addRow(tr("&Model:"), m_watchdogModel);
    form->addRow(tr("&Action:"), m_watchdogAction);
    m_pages->addWidget(wd);
    QWidget *tpm = formPage(&form, tr("An emulated TPM 2.0 (swtpm), for guests that want one "
                                      "(Windows 11, measured boot)."));
    m_tpmModel = new QComboBox;
    m_tpmModel->addItems({QStringLiteral("tpm-crb"), QStringLiteral("tpm-tis")});
    form->addRow(tr("&Model:"), m_tpmModel);
    m_pages->addWidget(tpm);
    QWidget *fs = formPage(&form, tr("A host folder the guest mounts by its tag (virtiofs): "
                                     "mount -t virtiofs TAG /mnt."));
    m_fsSource = new QLineEdit;
    m_fsTag = new QLineEdit(QStringLiteral("shared"));
    m_fsReadOnly = new QCheckBox(tr("Read-only"));
    form->addRow(tr("&Host folder:"), m_fsSource);
    form->addRow(tr("&Tag:"), m_fsTag);
    form->addRow(QString(), m_fsReadOnly);
    m_pages->addWidget(fs);

    connect(m_kinds, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kinds, &QListWidget::currentRowChanged, m_error, &QLabel::clear);
    auto *top = new QHBoxLayout;
    top->addWidget(m_kinds);
    top->addWidget(m_pages, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *finish = buttons->addButton(tr("&Finish"), QDialogButtonBox::AcceptRole);
    finish->setObjectName(QStringLiteral("finish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddHardwareDialog::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_kinds->setCurrentRow(0);
    resize(620, 420);

    // The host's USB and PCI devices, read in the background.
    Operation *op = listHostDevices(connection);
    connect(op, &Operation::finished, this, [this, op](bool ok, const QString &error) {
        if (!ok) {
            for (QTreeWidget *t : {m_usb, m_pci})
                new QTreeWidgetItem(t, {error});
            return;
        }
        m_hostDevices = op->value().value<QList<HostDevice>>();
        for (int i = 0; i < m_hostDevices.size(); ++i) {
            const HostDevice &d = m_hostDevices.at(i);
            QTreeWidget *tree = d.bus == QLatin1String("usb") ? m_usb : m_pci;
            auto *item
                = new QTreeWidgetItem(tree, {d.description.isEmpty() ? d.name : d.description,
                                             d.name, d.usedBy.isEmpty() ? tr("free") : d.usedBy});
            item->setData(0, Qt::UserRole, i);
        }
    });
}

QWidget *AddHardwareDialog::diskPage()
{
    QFormLayout *form = nullptr;
    QWidget *w = formPage(&form);
    m_newVolume = new QRadioButton(tr("&New disk image in a storage pool"));
    m_newVolume->setChecked(true);
    auto *existing = new QRadioButton(tr("&Existing disk image or device"));
    m_pool = new QComboBox;
    m_pool->setObjectName(QStringLiteral("pool"));
    for (const StoragePoolInfo &p : m_connection->storagePools())
        if (p.active())
            m_pool->addItem(p.name, p.name);
    m_poolSpace = new QLabel;
    m_size = new QSpinBox;
    m_size->setObjectName(QStringLiteral("sizeMiB"));
    m_size->setRange(1, 64 * 1024 * 1024);
    m_size->setValue(20 * 1024);
    m_size->setSuffix(tr(" MiB"));
    m_format = new QComboBox;
    m_format->addItems({QStringLiteral("qcow2"), QStringLiteral("raw")});
    m_diskPath = new QLineEdit;
    m_diskPath->setObjectName(QStringLiteral("diskPath"));
    auto *browse = new QPushButton(tr("Browse..."));
    browse->setEnabled(m_connection->isLocal());
    auto *pathRow = new QWidget;
    auto *h = new QHBoxLayout(pathRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_diskPath, 1);
    h->addWidget(browse);
    m_diskBus = new QComboBox;
    m_diskBus->setObjectName(QStringLiteral("diskBus"));
    m_diskBus->addItems({QStringLiteral("virtio"), QStringLiteral("sata"), QStringLiteral("scsi")});
    m_diskReadOnly = new QCheckBox(tr("Read-only"));
    m_encrypt = new QCheckBox(tr("E&ncrypt (LUKS, qcow2)"));
    m_encrypt->setObjectName(QStringLiteral("encryptDisk"));
    m_encrypt->setToolTip(tr("Whoever copies the image file reads nothing of it. The passphrase "
                             "is kept by libvirt as a private secret."));
    m_passphrase = new QLineEdit;
    m_repeat = new QLineEdit;
    for (QLineEdit *field : {m_passphrase, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("diskPassphrase"));
    m_repeat->setObjectName(QStringLiteral("diskPassphraseAgain"));
    m_keep = new QCheckBox(tr("Also &keep the passphrase in my keyring"));
    m_keep->setObjectName(QStringLiteral("keepPassphrase"));
    m_keep->setToolTip(tr("Should libvirt's secret ever be lost, Vireo puts it back from the "
                          "keyring when the VM starts."));
    form->addRow(m_newVolume);
    form->addRow(tr("&Pool:"), m_pool);
    form->addRow(QString(), m_poolSpace);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Again:"), m_repeat);
    form->addRow(QString(), m_keep);
    form->addRow(existing);
    form->addRow(tr("P&ath:"), pathRow);
    form->addRow(tr("&Bus:"), m_diskBus);
    form->addRow(QString(), m_diskReadOnly);
    auto sync = [this, browse] {
        const bool fresh = m_newVolume->isChecked();
        for (QWidget *x : {static_cast<QWidget *>(m_pool), static_cast<QWidget *>(m_size),
                           static_cast<QWidget *>(m_format)})
            x->setEnabled(fresh);
        const bool qcow2 = m_format->currentText() == QLatin1String("qcow2");
        m_encrypt->setEnabled(fresh && qcow2);
        if (!fresh || !qcow2)
            m_encrypt->setChecked(false);
        m_passphrase->setEnabled(m_encrypt->isChecked());
        m_repeat->setEnabled(m_encrypt->isChecked());
        m_keep->setEnabled(m_encrypt->isChecked());
        m_diskPath->setEnabled(!fresh);
        browse->setEnabled(!fresh && m_connection->isLocal());
    };
    connect(m_newVolume, &QRadioButton::toggled, this, sync);
    connect(m_format, &QComboBox::currentIndexChanged, this, sync);
    connect(m_encrypt, &QCheckBox::toggled, this, sync);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &AddHardwareDialog::updatePoolSpace);
    connect(m_size, &QSpinBox::valueChanged, this, &AddHardwareDialog::updatePoolSpace);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Choose a disk image"), m_diskPath->text());
        if (!file.isEmpty())
            m_diskPath->setText(file);
    });
    sync();
    updatePoolSpace();
    return w;
}

void AddHardwareDialog::updatePoolSpace()
{
    for (const StoragePoolInfo &p : m_connection->storagePools()) {
        if (p.name != m_pool->currentData().toString())
            continue;
        const bool over = quint64(m_size->value()) * 1024 * 1024 > p.available;
        m_poolSpace->setText(
            over ? tr("%1 free: more than that asks you to confirm (the image grows "
                      "as the guest writes).")
                       .arg(kibText(p.available / 1024))
                 : tr("%1 free of %2.")
                       .arg(kibText(p.available / 1024), kibText(p.capacity / 1024)));
        return;
    }
    m_poolSpace->setText(m_pool->count() ? QString() : tr("No active storage pool."));
}

QWidget *AddHardwareDialog::nicPage()
{
    QFormLayout *form = nullptr;
    QWidget *w = formPage(&form);
    m_nicType = new QComboBox;
    m_nicType->addItem(tr("Virtual network"), QStringLiteral("network"));
    m_nicType->addItem(tr("Host bridge"), QStringLiteral("bridge"));
    m_nicType->addItem(tr("User-mode networking"), QStringLiteral("user"));
    m_network = new QComboBox;
    m_network->setObjectName(QStringLiteral("network"));
    for (const NetworkInfo &n : m_connection->networks())
        m_network->addItem(n.active ? n.name : tr("%1 (not running)").arg(n.name), n.name);
    m_bridge = new QLineEdit(QStringLiteral("br0"));
    m_nicModel = new QComboBox;
    m_nicModel->addItems({QStringLiteral("virtio"), QStringLiteral("e1000e"),
                          QStringLiteral("e1000"), QStringLiteral("rtl8139")});
    m_mac = new QLineEdit;
    m_mac->setPlaceholderText(tr("chosen for you"));
    form->addRow(tr("&Connect to:"), m_nicType);
    form->addRow(tr("&Network:"), m_network);
    form->addRow(tr("&Bridge:"), m_bridge);
    form->addRow(tr("&Model:"), m_nicModel);
    form->addRow(tr("M&AC address:"), m_mac);
    auto sync = [this] {
        const QString type = m_nicType->currentData().toString();
        m_network->setEnabled(type == QLatin1String("network"));
        m_bridge->setEnabled(type == QLatin1String("bridge"));
    };
    connect(m_nicType, &QComboBox::currentIndexChanged, this, sync);
    sync();
    return w;
}

QWidget *AddHardwareDialog::hostPage(const QString &bus, QTreeWidget **tree)
{
    QFormLayout *form = nullptr;
    QWidget *w
        = formPage(&form, bus == QLatin1String("usb")
                              ? tr("A USB device of the host, given to the VM while it has it.")
                              : tr("A PCI function of the host, given to the VM (needs the "
                                   "IOMMU and a driver the host can let go)."));
    *tree = new QTreeWidget;
    (*tree)->setObjectName(bus + QStringLiteral("Devices"));
    (*tree)->setHeaderLabels({tr("Device"), tr("Name"), tr("Used by")});
    (*tree)->setRootIsDecorated(false);
    form->addRow(*tree);
    return w;
}

void AddHardwareDialog::setPage(Page page)
{
    m_kinds->setCurrentRow(int(page));
}

bool AddHardwareDialog::change(HardwareChange *change, QString *why) const
{
    switch (Page(m_kinds->currentRow())) {
    case Page::Disk: {
        DiskRequest r;
        r.bus = m_diskBus->currentText();
        r.readOnly = m_diskReadOnly->isChecked();
        if (m_newVolume->isChecked()) {
            if (m_pool->currentIndex() < 0) {
                *why = tr("There is no active storage pool to make the disk in.");
                return false;
            }
            r.pool = m_pool->currentData().toString();
            r.sizeBytes = quint64(m_size->value()) * 1024 * 1024;
            r.format = m_format->currentText();
            if (m_encrypt->isChecked()) {
                if (const QString bad
                    = EncryptedVolumes::checkPassphrase(m_passphrase->text(), m_repeat->text());
                    !bad.isEmpty()) {
                    *why = bad;
                    return false;
                }
                r.passphrase = m_passphrase->text();
                r.rememberPassphrase = m_keep->isChecked();
            }
        } else {
            r.path = m_diskPath->text().trimmed();
            if (r.path.isEmpty()) {
                *why = tr("Choose the disk image.");
                return false;
            }
            r.format = r.path.endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2")
                                                                : QStringLiteral("raw");
        }
        *change = HardwareChange::addDisk(r);
        return true;
    }
    case Page::Cdrom: {
        Hardware both = m_state.config;
        both.devices += m_state.live.devices;
        *change = HardwareChange::addDevice(
            DeviceXml::cdrom(both.freeTarget(m_cdBus->currentText()), m_cdBus->currentText(),
                             m_cdImage->text().trimmed()));
        return true;
    }
    case Page::Nic: {
        NicRequest r;
        r.type = m_nicType->currentData().toString();
        r.source = r.type == QLatin1String("network") ? m_network->currentData().toString()
                                                      : m_bridge->text().trimmed();
        r.model = m_nicModel->currentText();
        r.mac = m_mac->text().trimmed();
        if (r.type != QLatin1String("user") && r.source.isEmpty()) {
            *why = tr("Choose what the card connects to.");
            return false;
        }
        *change = HardwareChange::addNic(r);
        return true;
    }
    case Page::UsbHost:
    case Page::PciHost: {
        QTreeWidget *tree = m_kinds->currentRow() == int(Page::UsbHost) ? m_usb : m_pci;
        const QTreeWidgetItem *item = tree->currentItem();
        if (!item || !item->data(0, Qt::UserRole).isValid()) {
            *why = tr("Choose a device.");
            return false;
        }
        const HostDevice &d = m_hostDevices.at(item->data(0, Qt::UserRole).toInt());
        if (!d.usedBy.isEmpty()) {
            *why = tr("The VM '%1' has this device.").arg(d.usedBy);
            return false;
        }
        *change = HardwareChange::addDevice(d.hostdevXml());
        return true;
    }
    case Page::Serial:
        *change = HardwareChange::addDevice(DeviceXml::serialPty());
        return true;
    case Page::Rng:
        *change = HardwareChange::addDevice(DeviceXml::rng());
        return true;
    case Page::Watchdog:
        *change = HardwareChange::addDevice(
            DeviceXml::watchdog(m_watchdogModel->currentText(), m_watchdogAction->currentText()));
        return true;
    case Page::Tpm:
        *change = HardwareChange::addDevice(DeviceXml::tpm(m_tpmModel->currentText()));
        return true;
    case Page::Filesystem:
        if (m_fsSource->text().trimmed().isEmpty() || m_fsTag->text().trimmed().isEmpty()) {
            *why = tr("Give the host folder and the tag the guest mounts.");
            return false;
        }
        if (const QString refused
            = SharedFolders::check(m_connection->uri(), DomainInfo(), m_fsSource->text().trimmed(),
                                   m_fsTag->text().trimmed(), m_fsReadOnly->isChecked());
            !refused.isEmpty()) {
            *why = refused;
            return false;
        }
        *change = HardwareChange::addDevice(DeviceXml::virtiofs(
            m_fsSource->text().trimmed(), m_fsTag->text().trimmed(), m_fsReadOnly->isChecked()));
        return true;
    }
    return false;
}

void AddHardwareDialog::finish()
{
    HardwareChange c;
    QString why;
    if (!change(&c, &why)) {
        m_error->setText(why);
        return;
    }
    if (c.kind == HardwareChange::Kind::AddDisk && !c.disk.pool.isEmpty()) {
        for (const StoragePoolInfo &p : m_connection->storagePools()) {
            if (p.name == c.disk.pool && c.disk.sizeBytes > p.available) {
                const auto answer = QMessageBox::question(
                    this, tr("Larger than the free space?"),
                    tr("The pool '%1' has %2 free; the new disk may grow to %3. Create it anyway?")
                        .arg(p.name, kibText(p.available / 1024),
                             kibText(c.disk.sizeBytes / 1024)));
                if (answer != QMessageBox::Yes)
                    return;
                c.disk.allowOverCommit = true;
            }
        }
    }
    Q_EMIT chosen(c);
    accept();
}

} // namespace Vireo::Ui
