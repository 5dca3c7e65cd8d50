#include "ui/console/ShareFolderDialog.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "hardware/HardwareEditor.h"
#include "hardware/SharedFolders.h"
#include "ui/console/ConsoleFolder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

ShareFolderDialog::ShareFolderDialog(Connection *connection, const QString &uuid,
                                     ConsoleFolder *console, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_console(console)
    , m_viaVirtiofs(new QRadioButton(tr("With &virtiofs: a folder of the host, mounted by its tag "
                                        "(Linux guests)"),
                                     this))
    , m_viaConsole(new QRadioButton(tr("Through the &console (SPICE): a folder of this computer, "
                                       "while the console is open"),
                                    this))
    , m_intro(new QLabel(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_folder(new QLineEdit(this))
    , m_tag(new QLineEdit(QStringLiteral("shared"), this))
    , m_readOnly(new QCheckBox(tr("&Read-only: the guest cannot change the folder"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("shareFolderDialog"));
    setWindowTitle(tr("Share a Folder"));
    m_folder->setObjectName(QStringLiteral("shareFolder"));
    m_folder->setAccessibleName(tr("Host folder"));
    m_folder->setPlaceholderText(tr("/home/you/Shared"));
    m_tag->setObjectName(QStringLiteral("shareTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setToolTip(tr("The name the guest mounts the folder by"));
    m_readOnly->setObjectName(QStringLiteral("shareReadOnly"));
    m_message->setObjectName(QStringLiteral("shareMessage"));
    m_message->setWordWrap(true);
    m_viaVirtiofs->setObjectName(QStringLiteral("shareViaVirtiofs"));
    m_viaConsole->setObjectName(QStringLiteral("shareViaConsole"));
    m_intro->setWordWrap(true);

    // Which ways this machine has: virtiofs needs the system connection, the console a SPICE
    // display (and a console to share from).
    const auto domain = connection ? connection->domain(uuid) : std::nullopt;
    const QString noVirtiofs
        = connection && isSessionUri(connection->uri())
              ? tr("A session connection cannot share folders with virtiofs (libvirt runs "
                   "virtiofsd only for the system connection).")
              : QString();
    QString noConsole = domain ? SharedFolders::consoleSharingCheck(*domain) : QString();
    if (!console)
        noConsole = tr("Open the machine's console to share a folder through it.");
    m_viaVirtiofs->setEnabled(noVirtiofs.isEmpty());
    m_viaVirtiofs->setToolTip(noVirtiofs);
    m_viaConsole->setEnabled(noConsole.isEmpty());
    m_viaConsole->setToolTip(noConsole.isEmpty() ? tr("For session connections and guests "
                                                      "without virtiofs (Windows): the guest "
                                                      "runs spice-webdavd")
                                                 : noConsole);
    (noVirtiofs.isEmpty() ? m_viaVirtiofs : m_viaConsole)->setChecked(true);
    connect(m_viaConsole, &QRadioButton::toggled, this, &ShareFolderDialog::updateMode);
    if (console && !console->folder().isEmpty()) {
        m_folder->setText(console->folder());
        m_readOnly->setChecked(console->readOnly());
    }

    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(this, tr("Folder to Share"), m_folder->text());
        picker->setFileMode(QFileDialog::Directory);
        picker->setOption(QFileDialog::ShowDirsOnly);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QFileDialog::fileSelected, this, [this](const QString &dir) {
            m_folder->setText(dir);
            if (m_tag->text() == QLatin1String("shared") || m_tag->text().isEmpty())
                m_tag->setText(QDir(dir).dirName().left(36));
        });
        picker->open();
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(QString(), m_readOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_shareButton = buttons->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    m_shareButton->setObjectName(QStringLiteral("shareButton"));
    m_shareButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_shareButton, &QPushButton::clicked, this, &ShareFolderDialog::share);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viaVirtiofs);
    layout->addWidget(m_viaConsole);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateMode();
    resize(560, sizeHint().height());
}

void ShareFolderDialog::updateMode()
{
    const bool console = m_viaConsole->isChecked();
    m_tag->setEnabled(!console);
    m_intro->setText(
        console ? tr("The guest's spice-webdavd offers the folder while this console is open: in "
                     "a Linux guest's file manager at <tt>dav://localhost:9843/</tt>, in Windows "
                     "as a network drive.")
                : tr("The guest sees the folder through virtiofs. In a Linux guest: "
                     "<tt>mount -t virtiofs TAG /mnt</tt>; Windows guests need the virtio-win "
                     "drivers and WinFsp."));
    m_folder->setAccessibleName(console ? tr("Folder of this computer") : tr("Host folder"));
    // The console's folder is on this computer; a virtiofs folder on the host.
    const bool local = console || (m_connection && m_connection->isLocal());
    m_browse->setEnabled(local);
    m_browse->setToolTip(local ? tr("Choose the folder")
                               : tr("The folder is on the host: type its path there"));
}

QString ShareFolderDialog::message() const
{
    return m_message->text();
}

void ShareFolderDialog::share()
{
    if (!m_connection)
        return;
    if (m_viaConsole->isChecked()) {
        shareThroughConsole();
        return;
    }
    const QString tag = m_tag->text().trimmed();
    m_shareButton->setEnabled(false);
    m_message->setText(tr("Sharing..."));
    Operation *op = SharedFolders::share(m_connection, m_uuid, m_folder->text().trimmed(), tag,
                                         m_readOnly->isChecked());
    connect(op, &Operation::finished, this, [this, op, tag](bool ok, const QString &error) {
        m_shareButton->setEnabled(true);
        if (!ok) {
            m_message->setText(error);
            return;
        }
        const ApplyReport report = op->value().value<ApplyReport>();
        const QString when = report.anyNextBoot()
                                 ? tr("The folder is there when the machine next starts (its "
                                      "memory must first be shared with virtiofs).")
                                 : tr("The folder is there now.");
        const QString text
            = tr("%1 Mount it in the guest with: mount -t virtiofs %2 /mnt").arg(when, tag);
        m_message->setText(text);
        Q_EMIT shared(text);
        accept();
    });
}

void ShareFolderDialog::shareThroughConsole()
{
    const QString folder = m_folder->text().trimmed();
    const bool readOnly = m_readOnly->isChecked();
    const QString refused = validateLocalFolder(folder);
    if (!refused.isEmpty()) {
        m_message->setText(refused);
        return;
    }
    m_shareButton->setEnabled(false);
    m_message->setText(tr("Sharing..."));
    // The machine's channel first (nothing happens when it has one), then the folder.
    Operation *op = SharedFolders::addConsoleSharing(m_connection, m_uuid);
    connect(op, &Operation::finished, this,
            [this, op, folder, readOnly](bool ok, const QString &error) {
                m_shareButton->setEnabled(true);
                if (!ok || !m_console) {
                    m_message->setText(ok ? tr("The console was closed.") : error);
                    return;
                }
                const QString why = m_console->share(folder, readOnly);
                if (!why.isEmpty()) {
                    m_message->setText(why);
                    return;
                }
                const ApplyReport report = op->value().value<ApplyReport>();
                const QString text
                    = report.anyNextBoot()
                          ? tr("The machine gets its folder-sharing channel when it next "
                               "starts; from then on %1 is shared while this console is open.")
                                .arg(folder)
                          : tr("%1 is shared while this console is open; the guest's "
                               "spice-webdavd offers it (dav://localhost:9843/).")
                                .arg(folder);
                m_message->setText(text);
                Q_EMIT shared(text);
                accept();
            });
}

} // namespace Vireo::Ui
