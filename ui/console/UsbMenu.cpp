#include "ui/console/UsbMenu.h"

#include "display/DisplaySession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace Vireo::Ui {

namespace {
const char kAutoKey[] = "console/usbAutoRedirect";
}

UsbMenu::UsbMenu(QWidget *parent)
    : QMenu(tr("USB Devices"), parent)
{
    setObjectName(QStringLiteral("usbMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &UsbMenu::refresh);
    refresh();
}

void UsbMenu::setSession(DisplaySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        session->setUsbAutoRedirect(QSettings().value(QLatin1String(kAutoKey), false).toBool());
        // Queued: a change comes while one of this menu's own actions is being handled.
        connect(session, &DisplaySession::usbDevicesChanged, this, &UsbMenu::refresh,
                Qt::QueuedConnection);
        connect(session, &DisplaySession::usbRedirectFailed, this,
                [this](const QString &device, const QString &reason) {
                    Q_EMIT message(tr("%1 stays on this computer: %2").arg(device, reason));
                });
    }
    refresh();
}

void UsbMenu::refresh()
{
    clear();
    const QString unavailable
        = m_session ? m_session->usbUnavailable() : tr("The console is not connected.");
    if (!unavailable.isEmpty()) {
        QAction *why = addAction(unavailable);
        why->setObjectName(QStringLiteral("usbUnavailable"));
        why->setEnabled(false);
        addSeparator();
    }
    const QList<UsbDevice> devices = m_session ? m_session->usbDevices() : QList<UsbDevice>();
    for (const UsbDevice &device : devices) {
        QString text = device.description;
        if (device.busy)
            text = device.redirected ? tr("%1 (giving back...)").arg(text)
                                     : tr("%1 (sending in...)").arg(text);
        const bool blocked = !device.redirected && !device.unavailable.isEmpty();
        if (blocked)
            text = tr("%1 (cannot go in now)").arg(text);
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("usbDevice"));
        action->setData(device.id);
        action->setCheckable(true);
        action->setChecked(device.redirected);
        // A device that cannot go in stays choosable: choosing it says why in the status bar.
        action->setEnabled(!device.busy);
        action->setToolTip(device.unavailable.isEmpty()
                               ? (device.redirected ? tr("In the guest: choose to give it back")
                                                    : tr("Choose to send it into the guest"))
                               : device.unavailable);
        const QString id = device.id;
        const bool redirected = device.redirected;
        connect(action, &QAction::triggered, this, [this, id, redirected] {
            if (m_session)
                m_session->redirectUsb(id, !redirected);
        });
    }
    if (devices.isEmpty()) {
        QAction *none = addAction(tr("No USB devices"));
        none->setObjectName(QStringLiteral("usbNone"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *autoRedirect = addAction(tr("Send Newly Plugged Devices to the Guest"));
    autoRedirect->setObjectName(QStringLiteral("usbAuto"));
    autoRedirect->setCheckable(true);
    autoRedirect->setChecked(QSettings().value(QLatin1String(kAutoKey), false).toBool());
    autoRedirect->setToolTip(tr("Devices plugged in while this console is open go into the "
                                "guest by themselves; keyboards, mice and hubs stay here."));
    connect(autoRedirect, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kAutoKey), on);
        if (m_session)
            m_session->setUsbAutoRedirect(on);
    });
    QAction *image = addAction(tr("Share an ISO Image as a USB CD-ROM..."));
    image->setObjectName(QStringLiteral("usbShareImage"));
    image->setEnabled(m_session && unavailable.isEmpty());
    connect(image, &QAction::triggered, this, &UsbMenu::shareImage);
}

void UsbMenu::shareImage()
{
    auto *dialog = new QFileDialog(parentWidget(), tr("Share an ISO Image as a USB CD-ROM"),
                                   QString(), tr("Disc images (*.iso);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!m_session)
            return;
        const QString why = m_session->shareImageAsUsb(path, true);
        Q_EMIT message(
            why.isEmpty()
                ? tr("%1 goes into the guest as a USB CD-ROM.").arg(QFileInfo(path).fileName())
                : why);
    });
    dialog->open();
}

} // namespace Vireo::Ui
