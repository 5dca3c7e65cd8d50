#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

class ConsoleFolder;

/// Share a Folder (console window, Machine menu), two ways. With virtiofs: a folder of the host,
/// the tag the guest mounts it by; Share adds it (SharedFolders) and says whether it is there
/// now or at the next boot, and how the guest mounts it. Through the console (SPICE WebDAV): a
/// folder of this computer, shared while the console is open (`console`), the machine's channel
/// added if missing; the only way on session connections. Read-only or not either way.
/// Refusals are shown in the dialog, which stays open.
class ShareFolderDialog : public QDialog
{
    Q_OBJECT
public:
    ShareFolderDialog(Connection *connection, const QString &uuid, ConsoleFolder *console,
                      QWidget *parent = nullptr);

    QRadioButton *virtiofsChoice() const { return m_viaVirtiofs; }
    QRadioButton *consoleChoice() const { return m_viaConsole; }
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
    void shareThroughConsole();
    void updateMode();

    QPointer<Connection> m_connection;
    QString m_uuid;
    QPointer<ConsoleFolder> m_console;
    QRadioButton *m_viaVirtiofs;
    QRadioButton *m_viaConsole;
    QLabel *m_intro;
    QPushButton *m_browse;
    QLineEdit *m_folder;
    QLineEdit *m_tag;
    QCheckBox *m_readOnly;
    QLabel *m_message;
    QPushButton *m_shareButton;
};

} // namespace Vireo::Ui
