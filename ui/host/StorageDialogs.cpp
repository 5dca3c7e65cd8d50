#include "ui/host/StorageDialogs.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "storage/StoragePools.h"
#include "storage/Volumes.h"
#include "ui/host/JobRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

QPushButton *addButtons(QDialog *dialog, QVBoxLayout *layout, const QString &objectName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *create = buttons->addButton(QDialog::tr("C&reate"), QDialogButtonBox::AcceptRole);
    create->setObjectName(objectName);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return create;
}

QString typeLabel(const QString &type)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"dir", QT_TRANSLATE_NOOP("Vireo::Ui::PoolDialog", "Folder on the host (dir)")},
        {"fs", QT_TRANSLATE_NOOP("Vireo::Ui::PoolDialog", "Partition with a file system (fs)")},
        {"netfs", QT_TRANSLATE_NOOP("Vireo::Ui::PoolDialog", "Network share, NFS (netfs)")},
        {"logical", QT_TRANSLATE_NOOP("Vireo::Ui::PoolDialog", "LVM volume group (logical)")},
        {"disk", QT_TRANSLATE_NOOP("Vireo::Ui::PoolDialog", "Whole disk, partitions as volumes "
                                                            "(disk)")},
        {"iscsi", QT_TRANSLATE_NOOP("Vireo::Ui::PoolDialog", "iSCSI target (iscsi)")},
    };
    for (const auto &[name, label] : labels)
        if (type == QLatin1String(name))
            return PoolDialog::tr(label);
    return type;
}

} // namespace

PoolDialog::PoolDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_device(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_sourcePath(new QLineEdit(this))
    , m_sourceName(new QLineEdit(this))
    , m_format(new QLineEdit(this))
    , m_build(new QCheckBox(tr("&Build it: make the folder, or a file system or label where there "
                               "is none"),
                            this))
    , m_autostart(new QCheckBox(tr("Start with the &host"), this))
    , m_job(new JobRow(this))
{
    setWindowTitle(tr("New Storage Pool"));
    setObjectName(QStringLiteral("newPoolDialog"));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("poolName"));
    form->addRow(tr("&Name:"), m_name);
    m_type->setObjectName(QStringLiteral("poolType"));
    form->addRow(tr("&Type:"), m_type);
    m_path->setObjectName(QStringLiteral("poolPath"));
    m_path->setPlaceholderText(tr("e.g. /srv/images"));
    form->addRow(tr("&Folder:"), m_path);
    m_device->setPlaceholderText(tr("e.g. /dev/sdb1"));
    form->addRow(tr("&Device:"), m_device);
    m_host->setPlaceholderText(tr("e.g. nas.example.org"));
    form->addRow(tr("&Server:"), m_host);
    m_sourcePath->setPlaceholderText(tr("e.g. /export/images"));
    form->addRow(tr("&Export:"), m_sourcePath);
    form->addRow(tr("&Group or target:"), m_sourceName);
    m_format->setPlaceholderText(tr("optional: ext4, nfs, gpt..."));
    form->addRow(tr("F&ormat:"), m_format);
    m_build->setChecked(true);
    form->addRow(QString(), m_build);
    m_autostart->setChecked(true);
    form->addRow(QString(), m_autostart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_job);
    m_create = addButtons(this, layout, QStringLiteral("createPool"));
    connect(m_create, &QPushButton::clicked, this, &PoolDialog::create);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PoolDialog::typeChanged);
    // Offer what the host's libvirt can do; until it answers, what Vireo knows.
    for (const QString &t : PoolSpec::knownTypes())
        m_type->addItem(typeLabel(t), t);
    m_job->run(StoragePools::supportedTypes(connection), [this](const QVariant &value) {
        m_job->say({});
        const QString keep = m_type->currentData().toString();
        const QSignalBlocker block(m_type);
        m_type->clear();
        for (const QString &t : value.toStringList())
            if (PoolSpec::knownTypes().contains(t))
                m_type->addItem(typeLabel(t), t);
        m_type->setCurrentIndex(qMax(0, m_type->findData(keep)));
        typeChanged();
    });
    typeChanged();
}

void PoolDialog::typeChanged()
{
    const QString t = m_type->currentData().toString();
    const auto is = [&t](std::initializer_list<const char *> types) {
        return std::any_of(types.begin(), types.end(),
                           [&t](const char *x) { return t == QLatin1String(x); });
    };
    m_path->setEnabled(!is({"logical"}));
    m_device->setEnabled(is({"fs", "disk", "logical"}));
    m_host->setEnabled(is({"netfs", "iscsi"}));
    m_sourcePath->setEnabled(is({"netfs"}));
    m_sourceName->setEnabled(is({"logical", "iscsi"}));
    m_sourceName->setPlaceholderText(t == QLatin1String("iscsi") ? tr("the target's IQN")
                                                                 : tr("the LVM volume group"));
    m_format->setEnabled(is({"fs", "netfs", "disk"}));
}

void PoolDialog::create()
{
    PoolSpec spec;
    spec.name = m_name->text();
    spec.type = m_type->currentData().toString();
    const auto field
        = [](QLineEdit *e) { return e->isEnabled() ? e->text().trimmed() : QString(); };
    spec.path = field(m_path);
    spec.device = field(m_device);
    spec.host = field(m_host);
    spec.sourcePath = field(m_sourcePath);
    spec.sourceName = field(m_sourceName);
    spec.format = field(m_format);
    spec.build = m_build->isChecked();
    spec.autostart = m_autostart->isChecked();
    m_create->setEnabled(false);
    m_job->run(StoragePools::create(m_connection, spec), [this](const QVariant &name) {
        Q_EMIT created(name.toString());
        accept();
    });
    connect(
        m_job, &JobRow::finished, this, [this] { m_create->setEnabled(true); },
        Qt::SingleShotConnection);
}

VolumeDialog::VolumeDialog(Connection *connection, const QString &pool,
                           const QStringList &backingPaths, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_pool(pool)
    , m_name(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_size(new QLineEdit(this))
    , m_backing(new QComboBox(this))
    , m_job(new JobRow(this))
{
    setWindowTitle(tr("New Volume in %1").arg(pool));
    setObjectName(QStringLiteral("newVolumeDialog"));
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("volumeName"));
    m_name->setPlaceholderText(tr("e.g. data.qcow2"));
    form->addRow(tr("&Name:"), m_name);
    m_format->setObjectName(QStringLiteral("volumeFormat"));
    m_format->addItem(tr("qcow2 (grows as written, snapshots)"), QStringLiteral("qcow2"));
    m_format->addItem(tr("raw (plain, fastest)"), QStringLiteral("raw"));
    form->addRow(tr("&Format:"), m_format);
    m_size->setObjectName(QStringLiteral("volumeSize"));
    m_size->setText(QStringLiteral("20G"));
    m_size->setToolTip(tr("A size such as 512M, 20G or 1.5T"));
    form->addRow(tr("&Size:"), m_size);
    m_backing->setObjectName(QStringLiteral("volumeBacking"));
    m_backing->addItem(tr("none"), QString());
    for (const QString &path : backingPaths)
        m_backing->addItem(path, path);
    m_backing->setToolTip(tr("A qcow2 overlay on this image: it reads the image and writes only "
                             "its own changes. The image must not change afterwards."));
    form->addRow(tr("&Backing image:"), m_backing);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_job);
    m_create = addButtons(this, layout, QStringLiteral("createVolume"));
    connect(m_create, &QPushButton::clicked, this, &VolumeDialog::create);
    connect(m_backing, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_backing->currentData().toString().isEmpty())
            m_format->setCurrentIndex(0);
        m_format->setEnabled(m_backing->currentData().toString().isEmpty());
    });
}

void VolumeDialog::create()
{
    VolumeSpec spec;
    spec.name = m_name->text();
    spec.format = m_format->currentData().toString();
    spec.backingPath = m_backing->currentData().toString();
    spec.capacity = parseSize(m_size->text());
    if (spec.capacity == 0 && spec.backingPath.isEmpty()) {
        m_job->say(tr("'%1' is not a size: write it as 512M, 20G or 1.5T.").arg(m_size->text()));
        return;
    }
    m_create->setEnabled(false);
    const auto done = [this](const QVariant &path) {
        Q_EMIT created(path.toString());
        accept();
    };
    m_job->run(Volumes::create(m_connection, m_pool, spec), done,
               [this, spec] { return Volumes::create(m_connection, m_pool, spec, true); });
    connect(
        m_job, &JobRow::finished, this, [this] { m_create->setEnabled(true); },
        Qt::SingleShotConnection);
}

} // namespace Vireo::Ui
