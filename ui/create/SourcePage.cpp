#include "ui/create/SourcePage.h"

#include "core/Background.h"
#include "core/Connection.h"
#include "core/Validation.h"
#include "create/CloudInit.h"
#include "create/Import.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"
#include "ui/create/RemoteImagePicker.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

SourcePage::SourcePage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_image(new QRadioButton(tr("&Install from an image (ISO)"), this))
    , m_disk(new QRadioButton(tr("&Use an existing disk image (qcow2 or raw)"), this))
    , m_network(new QRadioButton(tr("Boot from the &network (PXE)"), this))
    , m_cloud(new QRadioButton(
          tr("Start from a &cloud image, set up by cloud-init (Debian, Ubuntu, Fedora...)"), this))
    , m_import(new QRadioButton(
          tr("I&mport a machine from VirtualBox, VMware or Hyper-V (OVA, OVF, VMDK, VDI, VHDX)"),
          this))
    , m_path(new QLineEdit(this))
    , m_copy(new QCheckBox(
          tr("Copy the disk image into the storage pool (else it is used in place)"), this))
    , m_cloudSettings(new QWidget(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keys(new QPlainTextEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_localRow(new QWidget(this))
    , m_remote(new RemoteImagePicker(this))
{
    // On a remote host the install image is one of that host's volumes; disk images, cloud
    // images and imports are files written here, so they need a connection to this machine.
    m_remoteHost = !isLocalUri(wizard->connection()->uri());
    m_remote->setObjectName(QStringLiteral("remoteImagePicker"));
    m_remote->hide();
    connect(m_remote, &RemoteImagePicker::changed, this, &QWizardPage::completeChanged);
    if (m_remoteHost) {
        for (QRadioButton *b : {m_disk, m_cloud, m_import}) {
            b->setEnabled(false);
            b->setToolTip(tr("Needs a connection to this machine for now."));
        }
    }
    setTitle(tr("Where does the new machine come from?"));
    m_image->setChecked(true);
    m_image->setObjectName(QStringLiteral("sourceImage"));
    m_disk->setObjectName(QStringLiteral("sourceDisk"));
    m_network->setObjectName(QStringLiteral("sourceNetwork"));
    m_cloud->setObjectName(QStringLiteral("sourceCloud"));
    m_import->setObjectName(QStringLiteral("sourceImport"));
    m_user->setObjectName(QStringLiteral("cloudUser"));
    m_password->setObjectName(QStringLiteral("cloudPassword"));
    m_keys->setObjectName(QStringLiteral("cloudKeys"));
    m_keys->setTabChangesFocus(true);
    // The account of the person at the keyboard, and their SSH keys, as GNOME Boxes would.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty() || user == QLatin1String("root"))
        user = QStringLiteral("user");
    m_user->setText(user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional with an SSH key; kept in the VM only as a hash"));
    m_keys->setPlaceholderText(tr("SSH public keys, one a line (ssh-ed25519 AAAA...)"));
    m_keys->setPlainText(CloudInit::defaultSshKeys().join(QLatin1Char('\n')));
    m_keys->setFixedHeight(m_keys->fontMetrics().lineSpacing() * 4);
    auto *cloudForm = new QFormLayout(m_cloudSettings);
    cloudForm->setContentsMargins(0, 0, 0, 0);
    cloudForm->addRow(tr("&User name:"), m_user);
    cloudForm->addRow(tr("&Password:"), m_password);
    cloudForm->addRow(tr("SSH &keys:"), m_keys);
    m_cloudSettings->setVisible(false);
    // A refusal shown on Next goes as soon as the user changes what it was about.
    for (QLineEdit *edit : {m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, [this] { setProblem(m_problem, QString()); });
    connect(m_keys, &QPlainTextEdit::textChanged, this, [this] {
        if (m_keys->hasFocus())
            setProblem(m_problem, QString());
    });
    m_path->setObjectName(QStringLiteral("imagePath"));
    m_path->setAccessibleName(tr("Image file"));
    m_path->setPlaceholderText(tr("Path to the image file"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose an image"), QString(),
            m_image->isChecked()    ? tr("Install images (*.iso);;All files (*)")
            : m_import->isChecked() ? tr("Machines and disks (*.ova *.ovf *.vmdk *.vdi *.vhd "
                                         "*.vhdx *.qcow2 *.img *.raw *.xml);;All files (*)")
                                    : tr("Disk images (*.qcow2 *.img *.raw);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    auto *row = new QHBoxLayout(m_localRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_image);
    layout->addWidget(m_disk);
    layout->addWidget(m_network);
    layout->addWidget(m_cloud);
    layout->addWidget(m_import);
    layout->addSpacing(8);
    layout->addWidget(m_localRow);
    layout->addWidget(m_remote);
    if (m_remoteHost) {
        auto *note = new QLabel(tr("Disk images, cloud images and imports are files on this "
                                   "machine: they need a connection to it for now."),
                                this);
        note->setObjectName(QStringLiteral("remoteNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_copy);
    layout->addWidget(m_cloudSettings);
    layout->addWidget(m_problem);
    layout->addStretch();
    m_copy->setVisible(false);
    auto update = [this] {
        m_path->setEnabled(!m_network->isChecked());
        m_copy->setVisible(m_disk->isChecked() || m_cloud->isChecked());
        m_copy->setText(m_cloud->isChecked()
                            ? tr("Copy the image into the pool (else a linked copy, which "
                                 "stores only changes)")
                            : tr("Copy the disk image into the storage pool (else it is used "
                                 "in place)"));
        m_cloudSettings->setVisible(m_cloud->isChecked());
        const bool remote = usesRemoteImage();
        if (remote && m_remote->isHidden())
            m_remote->setConnection(m_wizard->connection()); // read when first shown
        m_localRow->setVisible(!remote);
        m_remote->setVisible(remote);
        startInspection();
    };
    update();
    for (QRadioButton *b : {m_image, m_disk, m_network, m_cloud, m_import})
        connect(b, &QRadioButton::toggled, this, update);
    connect(m_path, &QLineEdit::textChanged, this, &SourcePage::startInspection);
}

SourcePage::Inspection SourcePage::inspect(const QString &path, bool installImage)
{
    Inspection result;
    result.path = path;
    const QFileInfo file(path);
    if (!file.exists())
        result.problem = tr("%1 does not exist.").arg(path);
    else if (!file.isFile() || !file.isReadable())
        result.problem = tr("%1 cannot be read.").arg(path);
    else if (installImage && !looksLikeIso(path))
        result.problem = tr("%1 is not an install image (ISO 9660).").arg(file.fileName());
    else if (!installImage && looksLikeIso(path))
        result.problem = tr("%1 is an install image (ISO): choose \"Install from an image\".")
                             .arg(file.fileName());
    if (!result.problem.isEmpty())
        return result;
    result.absolutePath = file.absoluteFilePath();
    QFile f(path);
    result.format = f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("QFI\xfb", 4)
                        ? QStringLiteral("qcow2")
                        : QStringLiteral("raw");
    return result;
}

void SourcePage::startInspection()
{
    // The file is read off the GUI thread (it may sit on a slow or hung network share); Next
    // waits for the answer, and a problem shows as soon as it is known.
    const int generation = ++m_generation;
    m_inspection.reset();
    setProblem(m_problem, QString());
    Q_EMIT completeChanged();
    const QString path = m_path->text().trimmed();
    if (m_network->isChecked() || path.isEmpty() || usesRemoteImage())
        return;
    const bool installImage = m_image->isChecked();
    const bool importing = m_import->isChecked();
    runInBackground<Inspection>(
        this,
        [path, installImage, importing] {
            Inspection found = inspect(path, installImage || importing);
            if (importing) { // what it is and makes comes from its content, as the import reads it
                found.problem.clear();
                QString why;
                if (!QFileInfo::exists(path))
                    found.problem = tr("%1 does not exist.").arg(path);
                else if (!(found.plan = Import::readPlan(path, &why)))
                    found.problem = why;
                found.absolutePath = QFileInfo(path).absoluteFilePath();
            }
            return found;
        },
        [this, generation](const Inspection &found) {
            if (generation != m_generation)
                return;
            m_inspection = found;
            setProblem(m_problem, found.problem);
            Q_EMIT completeChanged();
        });
}

bool SourcePage::usesRemoteImage() const
{
    return m_remoteHost && m_image->isChecked();
}

bool SourcePage::isComplete() const
{
    if (usesRemoteImage())
        return !m_remote->path().isEmpty() && !m_remote->uploading();
    if (m_network->isChecked() || m_path->text().trimmed().isEmpty())
        return true; // Next says what is missing
    return m_inspection && m_inspection->problem.isEmpty();
}

void SourcePage::setImagePath(const QString &path)
{
    m_image->setChecked(true);
    m_path->setText(path);
}

bool SourcePage::validatePage()
{
    NewVmChoices &c = m_wizard->choices();
    c.source = m_image->isChecked()    ? NewVmChoices::Source::InstallImage
               : m_disk->isChecked()   ? NewVmChoices::Source::DiskImage
               : m_cloud->isChecked()  ? NewVmChoices::Source::CloudImage
               : m_import->isChecked() ? NewVmChoices::Source::Import
                                       : NewVmChoices::Source::Network;
    if (c.source == NewVmChoices::Source::CloudImage) {
        CloudInitConfig cloud;
        cloud.user = m_user->text().trimmed();
        cloud.password = m_password->text();
        for (const QString &line : m_keys->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                cloud.sshKeys << line.trimmed();
        }
        if (const QString bad = CloudInit::validate(cloud); !bad.isEmpty()) {
            setProblem(m_problem, bad);
            return false;
        }
        c.cloudInit = cloud;
    }
    c.copyDiskImage = m_copy->isChecked();
    c.imagePath.clear();
    c.imageFormat.clear();
    if (c.source == NewVmChoices::Source::Network)
        return true;
    if (usesRemoteImage()) {
        c.imagePath = m_remote->path(); // on the remote host
        c.imageFormat = QStringLiteral("raw");
        return !c.imagePath.isEmpty();
    }
    if (m_path->text().trimmed().isEmpty()) {
        setProblem(m_problem, tr("Choose the image file."));
        return false;
    }
    if (!m_inspection || !m_inspection->problem.isEmpty())
        return false; // still being read, or its problem is shown
    c.imagePath = m_inspection->absolutePath;
    c.imageFormat = m_inspection->format;
    c.importPlan = m_inspection->plan;
    return true;
}

int SourcePage::nextId() const
{
    // An imported machine brings its OS, CPUs, memory and disks: what is left is its network,
    // display and name.
    return m_import->isChecked() ? NewVmWizard::NetworkPage : NewVmWizard::OsPage;
}

} // namespace Vireo::Ui
