#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Vireo {
class Connection;
class TextConsole;
struct DomainInfo;
} // namespace Vireo

namespace Vireo::Ui {

class TerminalView;

/// The console window's Text Console: a terminal attached to one of the VM's serial ports or
/// consoles (a choice when it has several), attached while the VM runs and again when it starts.
/// A device held by another client is named with a Take Over button (the other client is then
/// disconnected); a console taken from here says so, with Attach Again.
class TextConsolePanel : public QWidget
{
    Q_OBJECT
public:
    TextConsolePanel(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    TerminalView *terminal() const { return m_terminal; }
    TextConsole *console() const { return m_console; }
    /// What the line above the terminal says (why it is not attached, for instance).
    QString status() const;
    /// Starts attaching (when shown; the VM's consoles are read first).
    void activate();
    /// Follows the VM to another connection (after a migration).
    void setConnection(Connection *connection);

private:
    void domainChanged(const DomainInfo &domain);
    void attach(bool takeOver);
    void setStatus(const QString &text, const QString &button = {});

    QPointer<Connection> m_connection;
    QString m_uuid;
    QComboBox *m_devices;
    QLabel *m_status;
    QPushButton *m_action;
    TerminalView *m_terminal;
    TextConsole *m_console = nullptr;
    bool m_active = false;
    bool m_wasRunning = false;
    bool m_takeOverNext = false;
};

} // namespace Vireo::Ui
