#include "ui/create/RemoteImagePicker.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "storage/Volumes.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

RemoteImagePicker::RemoteImagePicker(QWidget *parent)
    : QWidget(parent)
    , m_images(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_uploadButton(new QPushButton(tr("&Upload a Local Image..."), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Upload"), this))
    , m_status(new QLabel(this))
{
    m_images->setObjectName(QStringLiteral("remoteImages"));
    m_uploadButton->setObjectName(QStringLiteral("uploadImage"));
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelUpload"));
    m_status->setObjectName(QStringLiteral("remoteImagesStatus"));
    m_status->setWordWrap(true);
    m_images->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_images, 1);
    row->addWidget(m_refresh);
    row->addWidget(m_uploadButton);
    auto *progressRow = new QHBoxLayout;
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    m_progress->hide();
    m_cancel->hide();
    connect(m_images, &QComboBox::currentIndexChanged, this, &RemoteImagePicker::changed);
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(path()); });
    connect(m_uploadButton, &QPushButton::clicked, this, &RemoteImagePicker::askAndUpload);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_upload)
            m_upload->cancel();
    });
}

void RemoteImagePicker::setConnection(Connection *connection)
{
    m_connection = connection;
    refresh();
}

QString RemoteImagePicker::path() const
{
    return m_images->currentData().toString();
}

bool RemoteImagePicker::choose(const QString &remotePath)
{
    const int i = m_images->findData(remotePath);
    if (i >= 0)
        m_images->setCurrentIndex(i);
    return i >= 0;
}

void RemoteImagePicker::refresh(const QString &select)
{
    if (!m_connection)
        return;
    const int generation = ++m_generation;
    m_status->setText(tr("Reading the install images on %1...").arg(m_connection->uri()));
    Operation *op = Volumes::list(m_connection, {QStringLiteral(".iso")});
    connect(
        op, &Operation::finished, this,
        [this, op, generation, select](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            m_images->clear();
            if (!ok) {
                m_status->setText(error);
                Q_EMIT changed();
                return;
            }
            for (const VolumeInfo &v : op->value().value<QList<VolumeInfo>>())
                m_images->addItem(
                    tr("%1  (pool %2, %3 MiB)").arg(v.name, v.pool).arg(v.capacity >> 20), v.path);
            m_status->setText(
                m_images->count() == 0
                    ? tr("No install image (*.iso) in this host's storage pools: "
                         "upload one from this machine.")
                    : tr("Install images in the storage pools of %1.").arg(m_connection->uri()));
            if (!select.isEmpty())
                choose(select);
            Q_EMIT changed();
        });
}

void RemoteImagePicker::askAndUpload()
{
    if (!m_connection)
        return;
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Upload an install image"), QString(),
                                       tr("Install images (*.iso);;All files (*)"));
    if (file.isEmpty())
        return;
    QStringList pools;
    for (const StoragePoolInfo &p : m_connection->storagePools()) {
        if (p.active())
            pools << p.name;
    }
    if (pools.isEmpty()) {
        m_status->setText(tr("This host has no active storage pool to upload into."));
        return;
    }
    pools.sort();
    bool ok = false;
    const QString pool = QInputDialog::getItem(this, tr("Upload an install image"),
                                               tr("Storage pool on %1:").arg(m_connection->uri()),
                                               pools, 0, false, &ok);
    if (ok)
        upload(file, pool);
}

void RemoteImagePicker::upload(const QString &localPath, const QString &pool)
{
    if (!m_connection || m_upload)
        return;
    m_upload = Volumes::upload(m_connection, localPath, pool, QFileInfo(localPath).fileName());
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_uploadButton->setEnabled(false);
    m_status->setText(tr("Uploading %1 to the pool %2...").arg(localPath, pool));
    connect(m_upload, &Operation::progress, this, [this](int percent, const QString &text) {
        m_progress->setValue(percent);
        m_status->setText(text);
    });
    Operation *op = m_upload;
    connect(op, &Operation::finished, this, [this, op](bool ok, const QString &error) {
        m_progress->hide();
        m_cancel->hide();
        m_uploadButton->setEnabled(true);
        if (!ok) {
            m_status->setText(error);
            return;
        }
        refresh(op->value().toString());
    });
}

} // namespace Vireo::Ui
