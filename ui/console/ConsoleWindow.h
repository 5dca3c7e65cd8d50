#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Vireo {
class Connection;
class DisplaySession;
struct DomainInfo;
} // namespace Vireo

namespace Vireo::Ui {

class FullscreenBars;

class ConsoleAudio;
class ConsoleFolder;
class DisplayView;
class TextConsolePanel;
class UsbMenu;

/// A window with one VM's screen (SPICE or VNC, its first display): connects when the VM runs,
/// says why when it stops, and reconnects by itself when it runs again. Asks for the display
/// password when the guest wants one. Machine menu (Force Reset), send-key menu, scaling,
/// fullscreen, screenshot, clipboard shared with the guest (where its protocol and agent allow).
/// Text Console shows the VM's serial port or console in a terminal instead (the one view for a
/// VM without a screen). USB menu (the computer's devices into the guest) and Sound menu (the
/// guest's sound played here, volume, mute, microphone).
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    ConsoleWindow(Connection *connection, const QString &uuid, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    QString uuid() const { return m_uuid; }
    Connection *connection() const;
    /// The VM moved to another host: show its screen there (the source's display is gone).
    void followTo(Connection *destination);
    DisplayView *view() const { return m_view; }
    DisplaySession *session() const { return m_session; }
    /// Fullscreen's toolbar that shows at the top edge.
    FullscreenBars *fullscreenBars() const { return m_fullscreenBars; }
    /// Sends a key combination (XT scan codes, pressed in order, released in reverse).
    void sendKeys(const QList<quint32> &scancodes);
    /// Saves the guest's screen as PNG; false when there is none.
    bool saveScreenshot(const QString &path) const;
    /// Connects again with this password (what the password prompt does).
    void connectWithPassword(const QString &password);
    /// Machine → Force Reset...: asks, then resets the machine (virDomainReset).
    void askReset();
    /// Shows the text console (the VM's serial port or console) instead of its screen, or back.
    void showTextConsole(bool show);
    /// Copies files into the guest (what dropping them on the screen does): progress and Cancel
    /// in the status bar; the reason when it cannot (no SPICE agent, a file not readable).
    void sendFilesToGuest(const QStringList &paths);
    /// The text console, made the first time it is shown (null before).
    TextConsolePanel *textConsole() const { return m_text; }
    /// The USB menu (this computer's devices for the guest) and the guest's sound.
    UsbMenu *usbMenu() const { return m_usb; }
    ConsoleAudio *audio() const { return m_audio; }
    ConsoleFolder *sharedFolder() const { return m_folder; }

private:
    /// The VM's clipboard isolation ("both", "to-guest", "off"; off when it is not known).
    QString clipboardPolicy() const;
    void connectIfRunning();
    void watchConnection();
    void buildToolBar();
    /// The Machine menu's Stop Sharing: one entry per folder shared now.
    void fillStopSharing(QMenu *menu);
    void askForPassword();
    void updateTitle();
    void updateActions(const DomainInfo &domain);

    QPointer<Connection> m_connection;
    QString m_uuid;
    DisplayView *m_view;
    FullscreenBars *m_fullscreenBars = nullptr;
    QStackedWidget *m_pages;
    TextConsolePanel *m_text = nullptr;
    UsbMenu *m_usb = nullptr;
    ConsoleAudio *m_audio = nullptr;
    ConsoleFolder *m_folder = nullptr;
    QProgressBar *m_transfer = nullptr;
    QPushButton *m_cancelTransfer = nullptr;
    QPointer<DisplaySession> m_transferWatched; // the session the bar listens to
    QAction *m_textAction = nullptr;
    DisplaySession *m_session = nullptr;
    QPointer<QAction> m_resizeAction;
    QAction *m_reset = nullptr;
    QString m_name;
    QString m_protocol;
    QString m_password;
    bool m_opening = false;
    bool m_asking = false;
    bool m_fromGuestClipboard = false;
    int m_retries = 0;
};

} // namespace Vireo::Ui
