#pragma once

#include "hardware/HardwareEditor.h"
#include "hardware/HostDevices.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// Add Hardware: a kind of device on the left (disk, CD-ROM, network card, host USB or PCI
/// device, serial port, random number generator, watchdog, TPM, shared folder) and its form on
/// the right, with the host context a choice needs (a pool's free space, the host's networks and
/// devices and which VM has them). Finish hands the change over; the Hardware tab applies it.
class AddHardwareDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Disk, Cdrom, Nic, UsbHost, PciHost, Serial, Rng, Watchdog, Tpm, Filesystem };

    AddHardwareDialog(Connection *connection, const HardwareState &state,
                      QWidget *parent = nullptr);

    void setPage(Page page);
    /// The change the form describes now; false with the reason when it is not complete.
    bool change(HardwareChange *change, QString *why) const;

    // For tests and keyboard users: the disk page's fields.
    QRadioButton *newVolume() const { return m_newVolume; }
    QComboBox *pool() const { return m_pool; }
    QSpinBox *sizeMiB() const { return m_size; }
    QCheckBox *encryptDisk() const { return m_encrypt; }
    QLineEdit *passphrase() const { return m_passphrase; }
    QLineEdit *repeatedPassphrase() const { return m_repeat; }
    QLineEdit *diskPath() const { return m_diskPath; }
    QComboBox *diskBus() const { return m_diskBus; }
    QComboBox *network() const { return m_network; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void chosen(const Vireo::HardwareChange &change);

private:
    QWidget *diskPage();
    QWidget *nicPage();
    QWidget *hostPage(const QString &bus, QTreeWidget **tree);
    void finish();
    void updatePoolSpace();

    Connection *m_connection;
    HardwareState m_state;
    QListWidget *m_kinds;
    QStackedWidget *m_pages;
    QLabel *m_error;
    // Disk.
    QRadioButton *m_newVolume = nullptr;
    QComboBox *m_pool = nullptr;
    QLabel *m_poolSpace = nullptr;
    QSpinBox *m_size = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_diskPath = nullptr;
    QComboBox *m_diskBus = nullptr;
    QCheckBox *m_diskReadOnly = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_keep = nullptr; // the passphrase also in the desktop's keyring
    // CD-ROM.
    QComboBox *m_cdBus = nullptr;
    QLineEdit *m_cdImage = nullptr;
    // NIC.
    QComboBox *m_nicType = nullptr;
    QComboBox *m_network = nullptr;
    QLineEdit *m_bridge = nullptr;
    QComboBox *m_nicModel = nullptr;
    QLineEdit *m_mac = nullptr;
    // Host devices.
    QTreeWidget *m_usb = nullptr;
    QTreeWidget *m_pci = nullptr;
    QList<HostDevice> m_hostDevices;
    // The rest.
    QComboBox *m_watchdogModel = nullptr;
    QComboBox *m_watchdogAction = nullptr;
    QComboBox *m_tpmModel = nullptr;
    QLineEdit *m_fsSource = nullptr;
    QLineEdit *m_fsTag = nullptr;
    QCheckBox *m_fsReadOnly = nullptr;
};

} // namespace Vireo::Ui
