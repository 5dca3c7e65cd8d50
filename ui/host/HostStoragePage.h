#pragma once

#include "storage/Volumes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Vireo {
class Connection;
struct StoragePoolInfo;
} // namespace Vireo

namespace Vireo::Ui {

class JobRow;
class PoolDialog;
class VolumeDialog;

/// The Host window's Storage: the connection's pools with a usage bar (kept current by libvirt's
/// pool events), the selected pool's details, and its volumes (format, size, allocation, backing
/// image, the VMs whose disks they are); New Pool, Start, Stop, Refresh, Delete Pool; New Volume,
/// Upload, Download (with progress and Cancel), Resize, Delete (asks, naming the VMs).
class HostStoragePage : public QWidget
{
    Q_OBJECT
public:
    explicit HostStoragePage(Connection *connection, QWidget *parent = nullptr);

    QTreeWidget *pools() const { return m_pools; }
    QTreeWidget *volumes() const { return m_volumes; }
    JobRow *job() const { return m_job; }
    QString selectedPool() const;
    QString selectedVolume() const;
    bool selectPool(const QString &name);
    bool selectVolume(const QString &name);
    QString valueOf(const QString &row) const;
    /// Selects the pool holding the image at `path` and, once listed, its volume; says so in
    /// the status row when no pool of this host holds it.
    void showVolumePath(const QString &path);

    PoolDialog *openNewPoolDialog();
    VolumeDialog *openNewVolumeDialog();
    /// What the Upload, Download and Resize buttons do once their file or size is chosen.
    void upload(const QString &localPath, const QString &volumeName);
    void download(const QString &volumeName, const QString &localPath);
    void resize(const QString &volumeName, quint64 bytes);
    /// Asks (a message box named "confirm", naming the VMs that use it), then deletes.
    void deleteVolume(const QString &volumeName);

Q_SIGNALS:
    /// The selected pool's volumes have been listed.
    void volumesShown(const QString &pool);

private:
    void rebuildPools();
    void poolSelected();
    void listVolumes();
    void showPool(const StoragePoolInfo &pool);
    void updateButtons();
    void askUpload();
    void askDownload();
    void askResize();

    Connection *m_connection;
    QTreeWidget *m_pools;
    QTreeWidget *m_volumes;
    QCheckBox *m_autostart;
    QPushButton *m_newPool;
    QPushButton *m_deletePool;
    QPushButton *m_startPool;
    QPushButton *m_stopPool;
    QPushButton *m_refreshPool;
    QPushButton *m_newVolume;
    QPushButton *m_upload;
    QPushButton *m_download;
    QPushButton *m_resize;
    QPushButton *m_deleteVolume;
    JobRow *m_job;
    QString m_shown;
    QList<VolumeInfo> m_volumeInfo;
    QString m_wantedPath; // showVolumePath()'s, until its pool's volumes are listed
};

} // namespace Vireo::Ui
