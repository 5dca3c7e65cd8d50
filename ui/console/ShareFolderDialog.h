#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// Share a Folder (console window, Machine menu): a host folder, the tag the guest mounts it by,
/// read-only or not; Share adds it (SharedFolders) and says whether it is there now or at the
/// next boot, and how the guest mounts it. Refusals are shown in the dialog, which stays open.
class ShareFolderDialog : public QDialog
{
    Q_OBJECT
public:
    ShareFolderDialog(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    QLineEdit *folderField() const { return m_folder; }
    QLineEdit *tagField() const { return m_tag; }
    QCheckBox *readOnlyBox() const { return m_readOnly; }
    /// What the dialog says (a refusal, or the outcome).
    QString message() const;

Q_SIGNALS:
    /// The folder was added: `text` says when it is there and how to mount it.
    void shared(const QString &text);

private:
    void share();

    QPointer<Connection> m_connection;
    QString m_uuid;
    QLineEdit *m_folder;
    QLineEdit *m_tag;
    QCheckBox *m_readOnly;
    QLabel *m_message;
    QPushButton *m_shareButton;
};

} // namespace Vireo::Ui
