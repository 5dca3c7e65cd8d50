#pragma once

#include <QMenu>
#include <QPointer>

namespace Vireo {
class DisplaySession;
}

namespace Vireo::Ui {

/// The console's USB menu: this computer's USB devices, checked while in the guest (choosing
/// one sends it in or gives it back), "No USB devices" when there are none, why a device or the
/// whole VM cannot take one, auto-redirect of devices plugged in meanwhile (remembered), and
/// an ISO image offered as a USB CD-ROM.
class UsbMenu : public QMenu
{
    Q_OBJECT
public:
    explicit UsbMenu(QWidget *parent = nullptr);

    void setSession(DisplaySession *session);
    /// Rebuilds the entries from the session (done before the menu shows and on each change).
    void refresh();

Q_SIGNALS:
    /// Something to tell the user in the status bar (a refusal, a device sent in).
    void message(const QString &text);

private:
    void shareImage();

    QPointer<DisplaySession> m_session;
};

} // namespace Vireo::Ui
