#pragma once

#include "core/Operation.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Vireo {
class Connection;
} // namespace Vireo

namespace Vireo::Ui {

/// The install image of a VM on a remote host: one of the ISO volumes in the host's storage
/// pools, or a local image uploaded into one of them first (with progress, cancellable). Every
/// libvirt call runs on the connection's worker.
class RemoteImagePicker : public QWidget
{
    Q_OBJECT
public:
    explicit RemoteImagePicker(QWidget *parent = nullptr);
    /// Reads the host's images (again) from `connection`.
    void setConnection(Connection *connection);
    /// The chosen image's path on the remote host; empty when none is.
    QString path() const;
    /// For tests and keyboard users: chooses the image with this path when it is listed.
    bool choose(const QString &remotePath);
    /// Uploads `localPath` into `pool` and chooses it once there (what the Upload button does
    /// after its dialogs).
    void upload(const QString &localPath, const QString &pool);
    /// The upload running now, if any.
    Operation *uploading() const { return m_upload; }

Q_SIGNALS:
    void changed();

private:
    void refresh(const QString &select = {});
    void askAndUpload();

    QPointer<Connection> m_connection;
    QComboBox *m_images;
    QPushButton *m_refresh;
    QPushButton *m_uploadButton;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QPointer<Operation> m_upload;
    int m_generation = 0;
};

} // namespace Vireo::Ui
