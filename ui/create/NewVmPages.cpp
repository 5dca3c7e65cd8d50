#include "ui/create/NewVmPages.h"

#include "ui/common/Feedback.h"

#include "core/Background.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "ui/create/NewVmWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(pal);
    label->hide();
    return label;
}

namespace {

void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// True when the file starts like an ISO 9660 image ("CD001" in its first volume descriptor).
bool looksLikeIso(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(16 * 2048 + 1))
        return false;
    return f.read(5) == "CD001";
}

} // namespace

// ---- Source --------------------------------------------------------------------------------

SourcePage::SourcePage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_image(new QRadioButton(tr("&Install from an image (ISO)"), this))
    , m_disk(new QRadioButton(tr("&Use an existing disk image (qcow2 or raw)"), this))
    , m_network(new QRadioButton(tr("Boot from the &network (PXE)"), this))
    , m_path(new QLineEdit(this))
    , m_copy(new QCheckBox(
          tr("Copy the disk image into the storage pool (else it is used in place)"), this))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Where does the new machine come from?"));
    m_image->setChecked(true);
    m_image->setObjectName(QStringLiteral("sourceImage"));
    m_disk->setObjectName(QStringLiteral("sourceDisk"));
    m_network->setObjectName(QStringLiteral("sourceNetwork"));
    m_path->setObjectName(QStringLiteral("imagePath"));
    m_path->setPlaceholderText(tr("Path to the image file"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose an image"), QString(),
            m_disk->isChecked() ? tr("Disk images (*.qcow2 *.img *.raw);;All files (*)")
                                : tr("Install images (*.iso);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_image);
    layout->addWidget(m_disk);
    layout->addWidget(m_network);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_copy);
    layout->addWidget(m_problem);
    layout->addStretch();
    m_copy->setVisible(false);
    auto update = [this] {
        m_path->setEnabled(!m_network->isChecked());
        m_copy->setVisible(m_disk->isChecked());
        startInspection();
    };
    for (QRadioButton *b : {m_image, m_disk, m_network})
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
    if (m_network->isChecked() || path.isEmpty())
        return;
    const bool installImage = m_image->isChecked();
    runInBackground<Inspection>(
        this, [path, installImage] { return inspect(path, installImage); },
        [this, generation](const Inspection &found) {
            if (generation != m_generation)
                return;
            m_inspection = found;
            setProblem(m_problem, found.problem);
            Q_EMIT completeChanged();
        });
}

bool SourcePage::isComplete() const
{
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
    c.source = m_image->isChecked()  ? NewVmChoices::Source::InstallImage
               : m_disk->isChecked() ? NewVmChoices::Source::DiskImage
                                     : NewVmChoices::Source::Network;
    c.copyDiskImage = m_copy->isChecked();
    c.imagePath.clear();
    c.imageFormat.clear();
    if (c.source == NewVmChoices::Source::Network)
        return true;
    if (m_path->text().trimmed().isEmpty()) {
        setProblem(m_problem, tr("Choose the image file."));
        return false;
    }
    if (!m_inspection || !m_inspection->problem.isEmpty())
        return false; // still being read, or its problem is shown
    c.imagePath = m_inspection->absolutePath;
    c.imageFormat = m_inspection->format;
    return true;
}

int SourcePage::nextId() const
{
    return NewVmWizard::OsPage;
}

// ---- Operating system ----------------------------------------------------------------------

OsPage::OsPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_result(new QLabel(this))
    , m_other(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setTitle(tr("Which operating system?"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("osResult"));
    m_other->setText(tr("Choose another..."));
    m_search->setObjectName(QStringLiteral("osSearch"));
    m_search->setPlaceholderText(tr("Search, e.g. Fedora, Windows 11, debian11"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("osList"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_other, 0, Qt::AlignLeft);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_other, &QToolButton::clicked, this, [this] { showPicker(true); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(wizard, &NewVmWizard::osDatabaseReady, this, [this] {
        if (m_wizard->currentId() == NewVmWizard::OsPage)
            initializePage();
    });
}

void OsPage::showPicker(bool on)
{
    m_search->setVisible(on);
    m_list->setVisible(on);
    m_other->setVisible(!on);
    if (on && m_list->count() == 0)
        fillPicker();
}

void OsPage::fillPicker()
{
    m_list->clear();
    const OsDatabase *db = m_wizard->osDatabase();
    if (!db)
        return;
    for (const OsInfo &os : db->all()) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(os.name, os.shortId), m_list);
        item->setData(Qt::UserRole, os.id);
    }
    const auto &chosen = m_wizard->choices().os;
    if (chosen)
        pick(chosen->shortId);
}

bool OsPage::pick(const QString &shortId)
{
    if (m_list->count() == 0)
        fillPicker();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text().endsWith(QStringLiteral("(") + shortId + QStringLiteral(")"))) {
            m_list->setCurrentRow(i);
            m_list->scrollToItem(m_list->item(i));
            return true;
        }
    }
    return false;
}

void OsPage::initializePage()
{
    NewVmChoices &c = m_wizard->choices();
    if (!m_wizard->osDatabase()) {
        m_result->setText(tr("Reading the operating system database..."));
        showPicker(false);
        m_other->hide();
        return;
    }
    if (c.source == NewVmChoices::Source::InstallImage && !c.imagePath.isEmpty())
        detect();
    else {
        m_result->setText(tr("Choose the operating system the machine will run."));
        showPicker(true);
    }
}

void OsPage::detect()
{
    m_detecting = true;
    m_result->setText(tr("Looking at the image..."));
    Q_EMIT completeChanged();
    // Reading the image's header is file I/O: off the GUI thread, like every slow thing.
    const QString path = m_wizard->choices().imagePath;
    auto db = m_wizard->sharedOsDatabase();
    using Detected = std::pair<std::optional<OsInfo>, QString>;
    runInBackground<Detected>(
        this,
        [db, path] {
            QString error;
            auto os = db->detect(path, &error);
            return std::make_pair(os, error);
        },
        [this](const Detected &result) {
            m_detecting = false;
            NewVmChoices &c = m_wizard->choices();
            c.detectedOs = result.first;
            if (result.first) {
                c.os = result.first;
                m_result->setText(
                    tr("Detected: <b>%1</b>%2")
                        .arg(result.first->name.toHtmlEscaped(),
                             result.first->version.isEmpty()
                                 ? QString()
                                 : tr(" (version %1)").arg(result.first->version.toHtmlEscaped())));
                showPicker(false);
                pick(result.first->shortId);
            } else {
                m_result->setText(result.second.isEmpty()
                                      ? tr("Vireo could not recognise the operating system on this "
                                           "image. Choose it below.")
                                      : result.second);
                showPicker(true);
            }
            Q_EMIT completeChanged();
        });
}

bool OsPage::isComplete() const
{
    if (m_detecting || !m_wizard->osDatabase())
        return false;
    return m_list->isVisible() ? m_list->currentItem() != nullptr
                               : m_wizard->choices().os.has_value();
}

bool OsPage::validatePage()
{
    if (m_list->isVisible() && m_list->currentItem()) {
        const QString id = m_list->currentItem()->data(Qt::UserRole).toString();
        m_wizard->choices().os = m_wizard->osDatabase()->byId(id);
    }
    // The hardware follows the OS: start the remaining pages from its recommendations.
    NewVmChoices &c = m_wizard->choices();
    const OsInfo *os = c.os ? &*c.os : nullptr;
    const bool system = !m_wizard->connection()->uri().contains(QLatin1String("session"));
    const QString name = c.request.spec.name;
    c.request.spec = recommendedSpec(os, c.host, system);
    c.request.spec.name = name;
    c.request.newDiskGiB = c.source == NewVmChoices::Source::DiskImage ? 0 : recommendedDiskGiB(os);
    return c.os.has_value();
}

// ---- Resources -----------------------------------------------------------------------------

ResourcesPage::ResourcesPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_memory(new QSpinBox(this))
    , m_vcpus(new QSpinBox(this))
    , m_limits(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Memory and processors"));
    m_memory->setObjectName(QStringLiteral("memory"));
    m_memory->setRange(0, 16 * 1024 * 1024);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSingleStep(256);
    m_vcpus->setObjectName(QStringLiteral("vcpus"));
    m_vcpus->setRange(0, 1024);
    m_warning->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&vCPUs:"), m_vcpus);
    form->addRow(QString(), m_limits);
    form->addRow(QString(), m_warning);
    form->addRow(QString(), m_problem);
    connect(m_memory, &QSpinBox::valueChanged, this, &ResourcesPage::check);
    connect(m_vcpus, &QSpinBox::valueChanged, this, &ResourcesPage::check);
    connect(wizard, &NewVmWizard::hostReady, this, &ResourcesPage::check);
}

void ResourcesPage::initializePage()
{
    const VmSpec &s = m_wizard->choices().request.spec;
    m_memory->setValue(int(s.memoryMiB));
    m_vcpus->setValue(s.vcpus);
    check();
}

QString ResourcesPage::problem() const
{
    const HostCapacity &host = m_wizard->choices().host;
    if (m_memory->value() <= 0)
        return tr("A virtual machine needs some memory.");
    if (host.memoryMiB > 0 && quint64(m_memory->value()) > host.memoryMiB)
        return tr("%1 MiB is more memory than this host has (%2 MiB).")
            .arg(m_memory->value())
            .arg(host.memoryMiB);
    if (m_vcpus->value() <= 0)
        return tr("A virtual machine needs at least one vCPU.");
    if (host.cpus > 0 && m_vcpus->value() > host.cpus)
        return tr("%1 vCPUs are more than this host has (%2).")
            .arg(m_vcpus->value())
            .arg(host.cpus);
    return {};
}

void ResourcesPage::check()
{
    const NewVmChoices &c = m_wizard->choices();
    m_limits->setText(c.hostKnown ? tr("This host has %1 CPUs and %2 MiB of memory.")
                                        .arg(c.host.cpus)
                                        .arg(c.host.memoryMiB)
                                  : tr("Reading the host's capacity..."));
    const quint64 minimum = c.os ? c.os->minimumMemoryMiB : 0;
    m_warning->setText(minimum > 0 && quint64(m_memory->value()) < minimum
                           ? tr("%1 needs at least %2 MiB; it may not install or run with less.")
                                 .arg(c.os->name)
                                 .arg(minimum)
                           : QString());
    setProblem(m_problem, problem());
    Q_EMIT completeChanged();
}

bool ResourcesPage::isComplete() const
{
    return problem().isEmpty();
}

bool ResourcesPage::validatePage()
{
    VmSpec &s = m_wizard->choices().request.spec;
    s.memoryMiB = quint64(m_memory->value());
    s.vcpus = m_vcpus->value();
    return isComplete();
}

// ---- Storage -------------------------------------------------------------------------------

StoragePage::StoragePage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_size(new QSpinBox(this))
    , m_free(new QLabel(this))
    , m_beyond(new QCheckBox(tr("Create it anyway (it only grows as the guest writes)"), this))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Storage"));
    setSubTitle(tr("A new qcow2 disk in the storage pool \"default\" (created when missing)."));
    m_size->setObjectName(QStringLiteral("diskSize"));
    m_free->setObjectName(QStringLiteral("freeSpace"));
    m_size->setRange(0, 1024 * 1024);
    m_size->setSuffix(tr(" GiB"));
    m_beyond->setObjectName(QStringLiteral("beyondFreeSpace"));
    m_beyond->hide();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Disk &size:"), m_size);
    form->addRow(QString(), m_free);
    form->addRow(QString(), m_beyond);
    form->addRow(QString(), m_problem);
    connect(m_size, &QSpinBox::valueChanged, this, &StoragePage::check);
    connect(m_beyond, &QCheckBox::toggled, this, &StoragePage::check);
}

void StoragePage::initializePage()
{
    m_size->setValue(int(m_wizard->choices().request.newDiskGiB));
    m_free->setText(tr("Reading the free space..."));
    // The pool's free space comes from the daemon: asked on the worker.
    Operation *op = Creation::readPoolFreeSpace(m_wizard->connection());
    connect(op, &Operation::finished, this, [this, op](bool) {
        NewVmChoices &c = m_wizard->choices();
        c.freeSpaceKnown = op->value().isValid();
        c.freeSpaceGiB = op->value().toULongLong() / (1024ull * 1024 * 1024);
        m_free->setText(c.freeSpaceKnown ? tr("%1 GiB free in the pool.").arg(c.freeSpaceGiB)
                                         : tr("The default pool will be created."));
        check();
    });
    check();
}

QString StoragePage::problem() const
{
    const NewVmChoices &c = m_wizard->choices();
    if (m_size->value() <= 0)
        return tr("The disk needs a size of at least 1 GiB.");
    if (c.freeSpaceKnown && quint64(m_size->value()) > c.freeSpaceGiB && !m_beyond->isChecked())
        return tr("%1 GiB is more than the %2 GiB free in the pool. Tick the box to create it "
                  "anyway.")
            .arg(m_size->value())
            .arg(c.freeSpaceGiB);
    return {};
}

void StoragePage::check()
{
    const NewVmChoices &c = m_wizard->choices();
    m_beyond->setVisible(c.freeSpaceKnown && quint64(m_size->value()) > c.freeSpaceGiB);
    setProblem(m_problem, problem());
    Q_EMIT completeChanged();
}

bool StoragePage::isComplete() const
{
    return problem().isEmpty();
}

bool StoragePage::validatePage()
{
    NewVmChoices &c = m_wizard->choices();
    c.request.newDiskGiB = quint64(m_size->value());
    c.request.allowBeyondFreeSpace = m_beyond->isChecked();
    return isComplete();
}

// ---- Network -------------------------------------------------------------------------------

NetworkPage::NetworkPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_user(new QRadioButton(tr("&User-mode networking (reaches out, nothing reaches in)"), this))
    , m_nat(
          new QRadioButton(tr("&NAT through the \"default\" network (created when missing)"), this))
    , m_bridge(new QRadioButton(tr("Host &bridge:"), this))
    , m_none(new QRadioButton(tr("N&o network"), this))
    , m_bridgeName(new QLineEdit(QStringLiteral("br0"), this))
{
    setTitle(tr("Network"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_user);
    layout->addWidget(m_nat);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bridge);
    row->addWidget(m_bridgeName, 1);
    layout->addLayout(row);
    layout->addWidget(m_none);
    layout->addStretch();
}

void NetworkPage::initializePage()
{
    const bool system = !m_wizard->connection()->uri().contains(QLatin1String("session"));
    // A session daemon cannot make networks: user mode is what it has.
    m_user->setVisible(!system);
    m_nat->setVisible(system);
    m_bridge->setVisible(system);
    m_bridgeName->setVisible(system);
    (system ? m_nat : m_user)->setChecked(true);
}

void NetworkPage::choose(const QString &kind)
{
    if (kind == QLatin1String("user"))
        m_user->setChecked(true);
    else if (kind == QLatin1String("default"))
        m_nat->setChecked(true);
    else if (kind == QLatin1String("bridge"))
        m_bridge->setChecked(true);
    else
        m_none->setChecked(true);
}

bool NetworkPage::validatePage()
{
    VmSpec &s = m_wizard->choices().request.spec;
    VmNic nic = s.nics.value(0);
    if (m_none->isChecked()) {
        s.nics.clear();
        return true;
    }
    if (m_user->isChecked()) {
        nic.kind = VmNic::Kind::User;
        nic.source.clear();
    } else if (m_nat->isChecked()) {
        nic.kind = VmNic::Kind::Network;
        nic.source = QStringLiteral("default");
    } else {
        nic.kind = VmNic::Kind::Bridge;
        nic.source = m_bridgeName->text().trimmed();
        if (nic.source.isEmpty())
            return false;
    }
    s.nics = {nic};
    return true;
}

// ---- Firmware and devices ------------------------------------------------------------------

DevicesPage::DevicesPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_firmware(new QComboBox(this))
    , m_tpm(new QCheckBox(tr("TPM 2.0 (emulated by swtpm)"), this))
    , m_graphics(new QComboBox(this))
    , m_socket(new QCheckBox(tr("Listen on a unix socket instead of 127.0.0.1"), this))
    , m_accel(new QComboBox(this))
    , m_virtio(new QLabel(this))
{
    setTitle(tr("Firmware and devices"));
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
    m_virtio->setText(s.virtioDevices
                          ? tr("The disk and network card are virtio: %1 has the drivers.")
                                .arg(c.os ? c.os->name : tr("the system"))
                          : tr("The disk is SATA and the network card an Intel e1000e: %1 "
                               "has no virtio drivers of its own.")
                                .arg(c.os ? c.os->name : tr("the system")));
}

bool DevicesPage::validatePage()
{
    VmSpec &s = m_wizard->choices().request.spec;
    s.firmware = Firmware(m_firmware->currentData().toInt());
    s.tpm = m_tpm->isChecked();
    s.graphics.type = VmGraphics::Type(m_graphics->currentData().toInt());
    s.graphics.unixSocket = m_socket->isChecked();
    s.emulated = m_accel->currentData().toBool();
    return true;
}

// ---- Summary -------------------------------------------------------------------------------

SummaryPage::SummaryPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_summary(new QLabel(this))
    , m_showXml(new QToolButton(this))
    , m_xml(new QPlainTextEdit(this))
    , m_customize(new QCheckBox(tr("Customize before starting (create it shut off)"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Ready to create"));
    m_name->setObjectName(QStringLiteral("vmName"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showXml->setText(tr("Show domain XML"));
    m_showXml->setCheckable(true);
    m_xml->setReadOnly(true);
    m_xml->setObjectName(QStringLiteral("domainXml"));
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->hide();
    m_customize->setObjectName(QStringLiteral("customize"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_showXml, 0, Qt::AlignLeft);
    layout->addWidget(m_xml, 1);
    layout->addWidget(m_customize);
    layout->addWidget(m_status);
    connect(m_showXml, &QToolButton::toggled, m_xml, &QWidget::setVisible);
    connect(m_name, &QLineEdit::textChanged, this, &SummaryPage::refresh);
    connect(m_customize, &QCheckBox::toggled, this, &SummaryPage::refresh);
}

void SummaryPage::initializePage()
{
    if (m_name->text().isEmpty())
        m_name->setText(m_wizard->suggestedName());
    m_status->clear();
    refresh();
}

QString SummaryPage::problem() const
{
    const QString name = m_name->text();
    if (const QString p = validateDomainName(name); !p.isEmpty())
        return p;
    if (m_wizard->connection()->domainByName(name))
        return tr("A virtual machine called '%1' exists already.").arg(name);
    return {};
}

QString SummaryPage::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SummaryPage::refresh()
{
    NewVmChoices &c = m_wizard->choices();
    c.request.spec.name = m_name->text();
    c.request.start = !m_customize->isChecked();
    setProblem(m_problem, problem());
    const CreateRequest r = m_wizard->buildRequest();
    const VmSpec &s = r.spec;
    const QString firmware = s.firmware == Firmware::Bios   ? tr("BIOS")
                             : s.firmware == Firmware::Uefi ? tr("UEFI")
                                                            : tr("UEFI with Secure Boot");
    QString network = tr("none");
    if (!s.nics.isEmpty())
        network = s.nics[0].kind == VmNic::Kind::User      ? tr("user mode")
                  : s.nics[0].kind == VmNic::Kind::Network ? tr("NAT (%1)").arg(s.nics[0].source)
                                                           : tr("bridge %1").arg(s.nics[0].source);
    m_summary->setText(
        tr("<table cellspacing='3'>"
           "<tr><td>Operating system</td><td>%1</td></tr>"
           "<tr><td>Source</td><td>%2</td></tr>"
           "<tr><td>Memory</td><td>%3 MiB</td></tr><tr><td>vCPUs</td><td>%4</td></tr>"
           "<tr><td>Disk</td><td>%5</td></tr><tr><td>Network</td><td>%6</td></tr>"
           "<tr><td>Firmware</td><td>%7%8</td></tr><tr><td>Display</td><td>%9</td></tr>"
           "<tr><td>Accelerator</td><td>%10</td></tr></table>")
            .arg(c.os ? c.os->name.toHtmlEscaped() : tr("unknown"),
                 c.imagePath.isEmpty() ? tr("network boot") : c.imagePath.toHtmlEscaped(),
                 QString::number(s.memoryMiB), QString::number(s.vcpus),
                 r.newDiskGiB ? tr("new %1 GiB qcow2").arg(r.newDiskGiB)
                              : tr("the image, in place"),
                 network, firmware, s.tpm ? tr(", TPM 2.0") : QString(),
                 s.graphics.type == VmGraphics::Type::Vnc ? tr("VNC") : tr("SPICE"))
            .arg(s.emulated ? tr("software emulation") : tr("KVM")));
    m_xml->setPlainText(writeDomainXml(s));
    Q_EMIT completeChanged();
}

bool SummaryPage::isComplete() const
{
    return problem().isEmpty();
}

void SummaryPage::showProgress(const QString &text)
{
    m_status->setStyleSheet(QString());
    m_status->setText(text);
}

void SummaryPage::showFailure(const Failure &failure)
{
    Feedback::show(m_status, failure);
}

} // namespace Vireo::Ui
