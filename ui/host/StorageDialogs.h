#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

class JobRow;

/// "New Pool": a name, a type among those libvirt on that host offers, and the fields that type
/// needs (folder, device, server, export, volume group, IQN). Create checks, defines, builds
/// and starts it; a refusal is shown and nothing is kept.
class PoolDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PoolDialog(Connection *connection, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *createButton() const { return m_create; }
    JobRow *job() const { return m_job; }

Q_SIGNALS:
    void created(const QString &name);

private:
    void typeChanged();
    void create();

    Connection *m_connection;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_path;
    QLineEdit *m_device;
    QLineEdit *m_host;
    QLineEdit *m_sourcePath;
    QLineEdit *m_sourceName;
    QLineEdit *m_format;
    QCheckBox *m_build;
    QCheckBox *m_autostart;
    QPushButton *m_create;
    JobRow *m_job;
};

/// "New Volume": a name, qcow2 or raw, a size ("20G"), and optionally a backing volume (a qcow2
/// overlay on it). More than the pool has free asks first.
class VolumeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `backingPaths`: the pool's volumes a new one can be an overlay on.
    VolumeDialog(Connection *connection, const QString &pool, const QStringList &backingPaths,
                 QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *sizeEdit() const { return m_size; }
    QComboBox *backingBox() const { return m_backing; }
    QPushButton *createButton() const { return m_create; }
    JobRow *job() const { return m_job; }

Q_SIGNALS:
    void created(const QString &path);

private:
    void create();

    Connection *m_connection;
    QString m_pool;
    QLineEdit *m_name;
    QComboBox *m_format;
    QLineEdit *m_size;
    QComboBox *m_backing;
    QPushButton *m_create;
    JobRow *m_job;
};

} // namespace Vireo::Ui
