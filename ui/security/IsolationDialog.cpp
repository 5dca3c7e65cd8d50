#include "ui/security/IsolationDialog.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "ui/common/Feedback.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

using Clipboard = IsolationSettings::Clipboard;

IsolationDialog::IsolationDialog(Connection *connection, const QString &uuid, const QString &vmName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_clipboard(new QButtonGroup(this))
    , m_usb(new QCheckBox(tr("Allow &USB redirection (this computer's USB devices in the "
                             "guest)"),
                          this))
    , m_files(
          new QCheckBox(tr("Allow &file sharing (folders of this computer in the guest)"), this))
    , m_agent(new QCheckBox(tr("Guest &agent channel (its addresses, a clean shutdown)"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("isolationDialog"));
    setWindowTitle(tr("Isolation of %1").arg(vmName));
    auto *clipboard = new QGroupBox(tr("Clipboard"), this);
    auto *clipboardLayout = new QVBoxLayout(clipboard);
    for (Clipboard c : {Clipboard::Both, Clipboard::ToGuest, Clipboard::Off}) {
        auto *button = new QRadioButton(Isolation::clipboardTitle(c), clipboard);
        button->setObjectName(QStringLiteral("clipboard-") + Isolation::clipboardName(c));
        m_clipboard->addButton(button, int(c));
        clipboardLayout->addWidget(button);
    }
    m_usb->setObjectName(QStringLiteral("allowUsb"));
    m_files->setObjectName(QStringLiteral("allowFiles"));
    m_agent->setObjectName(QStringLiteral("guestAgent"));
    m_agent->setToolTip(tr("The host may ask the guest's agent (qemu-ga) for its addresses, a "
                           "clean shutdown and frozen file systems for snapshots; off, the guest "
                           "has no channel to the host."));
    m_message->setObjectName(QStringLiteral("isolationMessage"));
    m_message->setWordWrap(true);
    auto *about = new QLabel(tr("Turning sharing off takes the devices out of the VM (shared "
                                "folders at its next start). Vireo's console keeps to the "
                                "clipboard setting at once."),
                             this);
    about->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Ok);
    m_apply->setText(tr("&Apply"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(clipboard);
    layout->addWidget(m_usb);
    layout->addWidget(m_files);
    layout->addWidget(m_agent);
    layout->addWidget(about);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &IsolationDialog::apply);
    setSettings({});
    // The VM's settings now, read off the GUI thread.
    m_apply->setEnabled(false);
    if (m_connection) {
        Operation *op = Isolation::readSettings(m_connection, uuid);
        connect(op, &Operation::finished, this, [this, op](bool ok) {
            if (ok)
                setSettings(op->value().value<IsolationSettings>());
            m_apply->setEnabled(ok && !m_connection->isReadOnly());
        });
    }
}

IsolationSettings IsolationDialog::settings() const
{
    IsolationSettings s;
    s.clipboard = Clipboard(qMax(0, m_clipboard->checkedId()));
    s.usbRedirection = m_usb->isChecked();
    s.fileSharing = m_files->isChecked();
    s.guestAgent = m_agent->isChecked();
    return s;
}

void IsolationDialog::setSettings(const IsolationSettings &s)
{
    if (QAbstractButton *b = m_clipboard->button(int(s.clipboard)))
        b->setChecked(true);
    m_usb->setChecked(s.usbRedirection);
    m_files->setChecked(s.fileSharing);
    m_agent->setChecked(s.guestAgent);
}

void IsolationDialog::apply()
{
    if (!m_connection)
        return;
    Feedback::applyThenAccept(this, m_apply, m_message,
                              Isolation::apply(m_connection, m_uuid, settings()),
                              [this](const QString &value) { Q_EMIT applied(value); });
}

} // namespace Vireo::Ui
