#include "ui/console/ShareFolderDialog.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "hardware/HardwareEditor.h"
#include "hardware/SharedFolders.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

ShareFolderDialog::ShareFolderDialog(Connection *connection, const QString &uuid, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_uuid(uuid)
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

    const bool local = connection && connection->isLocal();
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setEnabled(local);
    browse->setToolTip(local ? tr("Choose the folder")
                             : tr("The folder is on the host: type its path there"));
    connect(browse, &QPushButton::clicked, this, [this] {
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
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Host folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(QString(), m_readOnly);
    auto *intro = new QLabel(tr("The guest sees the folder through virtiofs. In a Linux guest: "
                                "<tt>mount -t virtiofs TAG /mnt</tt>; Windows guests need the "
                                "virtio-win drivers and WinFsp."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_shareButton = buttons->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    m_shareButton->setObjectName(QStringLiteral("shareButton"));
    m_shareButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_shareButton, &QPushButton::clicked, this, &ShareFolderDialog::share);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString ShareFolderDialog::message() const
{
    return m_message->text();
}

void ShareFolderDialog::share()
{
    if (!m_connection)
        return;
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

} // namespace Vireo::Ui
