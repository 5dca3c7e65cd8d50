#include "ui/host/HostStoragePage.h"

#include "core/Connection.h"
#include "core/Validation.h"
#include "storage/StoragePools.h"
#include "ui/common/Confirm.h"
#include "ui/common/EmptyState.h"
#include "ui/host/JobRow.h"
#include "ui/host/StorageDialogs.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

const char *const kRows[][2] = {
    {"poolState", QT_TRANSLATE_NOOP("Vireo::Ui::HostStoragePage", "State:")},
    {"poolType", QT_TRANSLATE_NOOP("Vireo::Ui::HostStoragePage", "Type:")},
    {"poolPath", QT_TRANSLATE_NOOP("Vireo::Ui::HostStoragePage", "Folder:")},
    {"poolUsage", QT_TRANSLATE_NOOP("Vireo::Ui::HostStoragePage", "Usage:")},
};

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

HostStoragePage::HostStoragePage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_pools(new QTreeWidget(this))
    , m_volumes(new QTreeWidget(this))
    , m_autostart(new QCheckBox(tr("Start with the &host"), this))
    , m_newPool(button(this, tr("New &Pool..."), "newPool"))
    , m_deletePool(button(this, tr("Delete Poo&l"), "deletePool"))
    , m_startPool(button(this, tr("&Start"), "startPool"))
    , m_stopPool(button(this, tr("S&top"), "stopPool"))
    , m_refreshPool(button(this, tr("Re&fresh"), "refreshPool"))
    , m_newVolume(button(this, tr("&New Volume..."), "newVolume"))
    , m_upload(button(this, tr("&Upload..."), "uploadVolume"))
    , m_download(button(this, tr("Do&wnload..."), "downloadVolume"))
    , m_resize(button(this, tr("&Resize..."), "resizeVolume"))
    , m_deleteVolume(button(this, tr("&Delete"), "deleteVolume"))
    , m_job(new JobRow(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_pools->setObjectName(QStringLiteral("poolList"));
    m_pools->setHeaderLabels({tr("Pool"), tr("Usage")});
    m_pools->setRootIsDecorated(false);
    showWhenEmpty(m_pools, tr("No storage pools on this host. New Pool... makes one: a folder "
                              "where the machines' disks are kept."));
    m_pools->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pools->header()->setStretchLastSection(true);
    leftLayout->addWidget(m_pools);
    auto *poolRow = new QHBoxLayout;
    poolRow->addWidget(m_newPool);
    poolRow->addWidget(m_deletePool);
    leftLayout->addLayout(poolRow);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *details = new QGroupBox(tr("Pool"), right);
    auto *form = new QFormLayout(details);
    for (const auto &row : kRows) {
        auto *value = new QLabel(details);
        value->setObjectName(QLatin1String(row[0]));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr(row[1]), value);
    }
    auto *stateRow = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_startPool), static_cast<QWidget *>(m_stopPool),
                       static_cast<QWidget *>(m_refreshPool), static_cast<QWidget *>(m_autostart)})
        stateRow->addWidget(w);
    stateRow->addStretch();
    m_autostart->setObjectName(QStringLiteral("poolAutostart"));
    form->addRow(QString(), stateRow);
    rightLayout->addWidget(details);
    auto *volumeBox = new QGroupBox(tr("Volumes"), right);
    auto *volumeLayout = new QVBoxLayout(volumeBox);
    m_volumes->setObjectName(QStringLiteral("volumeList"));
    m_volumes->setHeaderLabels({tr("Volume"), tr("Format"), tr("Size"), tr("On disk"),
                                tr("Backing image"), tr("Used by")});
    m_volumes->setRootIsDecorated(false);
    showWhenEmpty(m_volumes, tr("No volumes in this pool. New Volume... makes an empty disk; "
                                "new machines put theirs here."));
    m_volumes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    volumeLayout->addWidget(m_volumes);
    auto *volumeRow = new QHBoxLayout;
    for (QPushButton *b : {m_newVolume, m_upload, m_download, m_resize, m_deleteVolume})
        volumeRow->addWidget(b);
    volumeRow->addStretch();
    volumeLayout->addLayout(volumeRow);
    rightLayout->addWidget(volumeBox, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addWidget(m_job);

    connect(m_pools, &QTreeWidget::currentItemChanged, this, &HostStoragePage::poolSelected);
    connect(m_volumes, &QTreeWidget::currentItemChanged, this, &HostStoragePage::updateButtons);
    connect(m_newPool, &QPushButton::clicked, this, &HostStoragePage::openNewPoolDialog);
    connect(m_deletePool, &QPushButton::clicked, this, [this] {
        const QString pool = selectedPool();
        Confirm::ask(this, QStringLiteral("deleteStorage"),
                     {tr("Delete Pool"),
                      tr("Delete the storage pool %1? Its volumes stay where they are on the "
                         "host; only libvirt forgets the pool.")
                          .arg(pool),
                      {},
                      tr("Delete Pool"),
                      QStringLiteral("confirm"),
                      QMessageBox::Question},
                     [this, pool] { m_job->run(StoragePools::remove(m_connection, pool)); });
    });
    connect(m_startPool, &QPushButton::clicked, this,
            [this] { m_job->run(StoragePools::start(m_connection, selectedPool())); });
    connect(m_stopPool, &QPushButton::clicked, this, [this] {
        const QString pool = selectedPool();
        m_job->run(StoragePools::stop(m_connection, pool), {},
                   [this, pool] { return StoragePools::stop(m_connection, pool, true); });
    });
    connect(m_refreshPool, &QPushButton::clicked, this, [this] {
        m_job->run(StoragePools::refresh(m_connection, selectedPool()),
                   [this](const QVariant &) { listVolumes(); });
    });
    connect(m_autostart, &QCheckBox::clicked, this, [this](bool on) {
        m_job->run(StoragePools::setAutostart(m_connection, selectedPool(), on));
    });
    connect(m_newVolume, &QPushButton::clicked, this, &HostStoragePage::openNewVolumeDialog);
    connect(m_upload, &QPushButton::clicked, this, &HostStoragePage::askUpload);
    connect(m_download, &QPushButton::clicked, this, &HostStoragePage::askDownload);
    connect(m_resize, &QPushButton::clicked, this, &HostStoragePage::askResize);
    connect(m_deleteVolume, &QPushButton::clicked, this,
            [this] { deleteVolume(selectedVolume()); });
    connect(m_job, &JobRow::finished, this, &HostStoragePage::updateButtons);
    connect(connection, &Connection::storagePoolsReset, this, &HostStoragePage::rebuildPools);
    connect(connection, &Connection::storagePoolRemoved, this, &HostStoragePage::rebuildPools);
    connect(connection, &Connection::storagePoolChanged, this, [this](const StoragePoolInfo &p) {
        rebuildPools();
        if (p.name == selectedPool())
            listVolumes();
    });
    rebuildPools();
}

QString HostStoragePage::selectedPool() const
{
    const QTreeWidgetItem *item = m_pools->currentItem();
    return item ? item->text(0) : QString();
}

QString HostStoragePage::selectedVolume() const
{
    const QTreeWidgetItem *item = m_volumes->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool HostStoragePage::selectPool(const QString &name)
{
    const auto found = m_pools->findItems(name, Qt::MatchExactly, 0);
    if (!found.isEmpty())
        m_pools->setCurrentItem(found.first());
    return !found.isEmpty();
}

bool HostStoragePage::selectVolume(const QString &name)
{
    for (int i = 0; i < m_volumes->topLevelItemCount(); ++i)
        if (m_volumes->topLevelItem(i)->data(0, Qt::UserRole).toString() == name) {
            m_volumes->setCurrentItem(m_volumes->topLevelItem(i));
            return true;
        }
    return false;
}

QString HostStoragePage::valueOf(const QString &row) const
{
    const auto *label = findChild<QLabel *>(row);
    return label ? label->text() : QString();
}

void HostStoragePage::showVolumePath(const QString &path)
{
    for (const StoragePoolInfo &p : m_connection->storagePools()) {
        if (p.active() && !p.path.isEmpty() && path.startsWith(p.path + QLatin1Char('/'))) {
            m_wantedPath = path;
            if (selectPool(p.name))
                listVolumes();
            return;
        }
    }
    m_job->say(tr("%1 is not in a storage pool of this host: it is a file Vireo reaches through "
                  "the VM only.")
                   .arg(path));
}

void HostStoragePage::rebuildPools()
{
    const QString keep = selectedPool();
    QList<StoragePoolInfo> pools = m_connection->storagePools();
    std::sort(pools.begin(), pools.end(), [](const StoragePoolInfo &a, const StoragePoolInfo &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    {
        const QSignalBlocker block(m_pools);
        m_pools->clear();
        for (const StoragePoolInfo &p : pools) {
            auto *item = new QTreeWidgetItem(m_pools, {p.name});
            auto *bar = new QProgressBar(m_pools);
            bar->setObjectName(QStringLiteral("usage:") + p.name);
            bar->setRange(0, 100);
            const int used = p.capacity ? int(p.allocation * 100 / p.capacity) : 0;
            bar->setValue(p.active() ? used : 0);
            bar->setFormat(p.active()
                               ? tr("%1 of %2").arg(sizeText(p.allocation), sizeText(p.capacity))
                               : tr("stopped"));
            bar->setToolTip(tr("%1 free").arg(sizeText(p.available)));
            m_pools->setItemWidget(item, 1, bar);
            if (p.name == keep)
                m_pools->setCurrentItem(item);
        }
        if (!m_pools->currentItem() && m_pools->topLevelItemCount() > 0)
            m_pools->setCurrentItem(m_pools->topLevelItem(0));
    }
    if (selectedPool() != m_shown)
        poolSelected();
    for (const StoragePoolInfo &p : pools)
        if (p.name == selectedPool())
            showPool(p);
    updateButtons();
}

void HostStoragePage::showPool(const StoragePoolInfo &p)
{
    const auto set = [this](const char *row, const QString &text) {
        findChild<QLabel *>(QLatin1String(row))->setText(text);
    };
    set("poolState", p.active() ? tr("running") : tr("stopped"));
    set("poolType", p.type);
    set("poolPath", p.path);
    set("poolUsage",
        p.active() ? tr("%1 used of %2, %3 free")
                         .arg(sizeText(p.allocation), sizeText(p.capacity), sizeText(p.available))
                   : tr("unknown while stopped"));
    const QSignalBlocker block(m_autostart);
    m_autostart->setChecked(p.autostart);
}

void HostStoragePage::poolSelected()
{
    m_shown = selectedPool();
    m_volumes->clear();
    m_volumeInfo.clear();
    for (const StoragePoolInfo &p : m_connection->storagePools())
        if (p.name == m_shown)
            showPool(p);
    updateButtons();
    listVolumes();
}

void HostStoragePage::listVolumes()
{
    const QString pool = selectedPool();
    bool active = false;
    for (const StoragePoolInfo &p : m_connection->storagePools())
        if (p.name == pool)
            active = p.active();
    if (pool.isEmpty() || !active || m_job->isBusy())
        return;
    m_job->run(Volumes::listPool(m_connection, pool), [this, pool](const QVariant &value) {
        m_job->say({});
        if (pool != selectedPool())
            return;
        const QString keep = selectedVolume();
        m_volumeInfo = value.value<QList<VolumeInfo>>();
        const QSignalBlocker block(m_volumes);
        // Thousands of volumes: the rows are made first and added at once, unpainted.
        m_volumes->setUpdatesEnabled(false);
        m_volumes->clear();
        QList<QTreeWidgetItem *> items;
        items.reserve(m_volumeInfo.size());
        QTreeWidgetItem *current = nullptr;
        for (const VolumeInfo &v : std::as_const(m_volumeInfo)) {
            auto *item = new QTreeWidgetItem(
                {v.name, v.format, sizeText(v.capacity), sizeText(v.allocation), v.backingPath,
                 v.users.isEmpty() ? QString() : describeUsers(v.users)});
            item->setData(0, Qt::UserRole, v.name);
            item->setToolTip(0, v.path);
            if (v.name == keep)
                current = item;
            items << item;
        }
        m_volumes->addTopLevelItems(items);
        for (QTreeWidgetItem *item : std::as_const(items))
            if (!m_wantedPath.isEmpty() && item->toolTip(0) == m_wantedPath)
                current = item;
        m_wantedPath.clear();
        if (current) {
            m_volumes->setCurrentItem(current);
            m_volumes->scrollToItem(current);
        }
        m_volumes->setUpdatesEnabled(true);
        updateButtons();
        Q_EMIT volumesShown(pool);
    });
}

void HostStoragePage::updateButtons()
{
    bool active = false;
    for (const StoragePoolInfo &p : m_connection->storagePools())
        if (p.name == selectedPool())
            active = p.active();
    const bool writable = !m_connection->isReadOnly();
    const bool pool = !selectedPool().isEmpty();
    const bool volume = !selectedVolume().isEmpty();
    m_newPool->setEnabled(writable);
    m_deletePool->setEnabled(writable && pool);
    m_startPool->setEnabled(writable && pool && !active);
    m_stopPool->setEnabled(writable && pool && active);
    m_refreshPool->setEnabled(pool && active);
    m_autostart->setEnabled(writable && pool);
    m_newVolume->setEnabled(writable && active);
    m_upload->setEnabled(writable && active);
    m_download->setEnabled(active && volume);
    m_resize->setEnabled(writable && active && volume);
    m_deleteVolume->setEnabled(writable && active && volume);
}

PoolDialog *HostStoragePage::openNewPoolDialog()
{
    auto *dialog = new PoolDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PoolDialog::created, this, [this](const QString &name) {
        if (!selectPool(name))
            connect(
                m_connection, &Connection::storagePoolChanged, this,
                [this, name](const StoragePoolInfo &) { selectPool(name); },
                Qt::SingleShotConnection);
        m_job->say(tr("Pool %1 created.").arg(name));
    });
    dialog->open();
    return dialog;
}

VolumeDialog *HostStoragePage::openNewVolumeDialog()
{
    QStringList paths;
    for (const VolumeInfo &v : std::as_const(m_volumeInfo))
        paths << v.path;
    auto *dialog = new VolumeDialog(m_connection, selectedPool(), paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VolumeDialog::created, this, [this] { listVolumes(); });
    dialog->open();
    return dialog;
}

void HostStoragePage::upload(const QString &localPath, const QString &volumeName)
{
    m_job->run(Volumes::upload(m_connection, localPath, selectedPool(), volumeName),
               [this](const QVariant &) { listVolumes(); });
}

void HostStoragePage::download(const QString &volumeName, const QString &localPath)
{
    m_job->run(
        Volumes::download(m_connection, selectedPool(), volumeName, localPath),
        [this, localPath](const QVariant &) { m_job->say(tr("Saved as %1.").arg(localPath)); });
}

void HostStoragePage::resize(const QString &volumeName, quint64 bytes)
{
    const QString pool = selectedPool();
    m_job->run(
        Volumes::resize(m_connection, pool, volumeName, bytes),
        [this](const QVariant &) { listVolumes(); },
        [this, pool, volumeName, bytes] {
            return Volumes::resize(m_connection, pool, volumeName, bytes, true);
        });
}

void HostStoragePage::deleteVolume(const QString &volumeName)
{
    QList<ResourceUser> users;
    for (const VolumeInfo &v : std::as_const(m_volumeInfo))
        if (v.name == volumeName)
            users = v.users;
    QString text = tr("Delete the volume %1? Its data is lost.").arg(volumeName);
    if (!users.isEmpty())
        text += QStringLiteral("\n\n")
                + tr("It is a disk of %1; those VMs will not start until the disk is removed "
                     "from them.")
                      .arg(describeUsers(users));
    const QString pool = selectedPool();
    Confirm::ask(this, QStringLiteral("deleteStorage"),
                 {tr("Delete Volume"),
                  text,
                  {},
                  tr("Delete Volume"),
                  QStringLiteral("confirm"),
                  QMessageBox::Question},
                 [this, pool, volumeName] {
                     m_job->run(Volumes::remove(m_connection, pool, volumeName, true),
                                [this](const QVariant &) { listVolumes(); });
                 });
}

void HostStoragePage::askUpload()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Upload a File as a Volume"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Upload"), tr("Name of the new volume:"),
                                               QLineEdit::Normal, QFileInfo(file).fileName(), &ok);
    if (ok)
        upload(file, name);
}

void HostStoragePage::askDownload()
{
    const QString volume = selectedVolume();
    const QString file = QFileDialog::getSaveFileName(this, tr("Download %1").arg(volume), volume);
    if (!file.isEmpty())
        download(volume, file);
}

void HostStoragePage::askResize()
{
    const QString volume = selectedVolume();
    quint64 now = 0;
    for (const VolumeInfo &v : std::as_const(m_volumeInfo))
        if (v.name == volume)
            now = v.capacity;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Resize %1").arg(volume),
        tr("New size (now %1; volumes only grow, e.g. 40G):").arg(sizeText(now)), QLineEdit::Normal,
        sizeText(now).remove(QLatin1Char(' ')), &ok);
    if (!ok)
        return;
    const quint64 bytes = parseSize(text);
    if (bytes == 0)
        m_job->say(tr("'%1' is not a size: write it as 512M, 20G or 1.5T.").arg(text));
    else
        resize(volume, bytes);
}

} // namespace Vireo::Ui
