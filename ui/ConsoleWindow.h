#pragma once

#include <QMainWindow>
#include <QPointer>

namespace Vireo {
class Connection;
class DisplaySession;
} // namespace Vireo

namespace Vireo::Ui {

class DisplayView;

/// A window with one VM's screen: connects when the VM runs, says why when it stops, and
/// reconnects by itself when it runs again. Send-key menu, scaling, fullscreen, screenshot.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    ConsoleWindow(Connection *connection, const QString &uuid, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    QString uuid() const { return m_uuid; }
    DisplayView *view() const { return m_view; }
    DisplaySession *session() const { return m_session; }
    /// Sends a key combination (XT scan codes, pressed in order, released in reverse).
    void sendKeys(const QList<quint32> &scancodes);
    /// Saves the guest's screen as PNG; false when there is none.
    bool saveScreenshot(const QString &path) const;

private:
    void connectIfRunning();
    void buildToolBar();

    QPointer<Connection> m_connection;
    QString m_uuid;
    DisplayView *m_view;
    DisplaySession *m_session = nullptr;
    bool m_opening = false;
    int m_retries = 0;
};

} // namespace Vireo::Ui
