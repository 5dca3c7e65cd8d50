#pragma once

#include <QObject>
#include <QPointer>

namespace Vireo {
class DisplaySession;
}

namespace Vireo::Ui {

/// The folder of this computer a console shares with its guest through SPICE (WebDAV), for as
/// long as the console is open: remembered per machine, shared again each time the console
/// connects, told when the guest's spice-webdavd opens or closes it.
class ConsoleFolder : public QObject
{
    Q_OBJECT
public:
    ConsoleFolder(const QString &uuid, QObject *parent = nullptr);

    void setSession(DisplaySession *session);

    /// Shares `folder` now if the console is connected to a machine with the channel, and from
    /// now on whenever it is. The reason it cannot (nothing is remembered then), or empty.
    QString share(const QString &folder, bool readOnly);
    void stop();
    /// The remembered folder (empty: none) and whether read-only.
    QString folder() const;
    bool readOnly() const;
    /// What the guest does with it, in words.
    QString status() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void apply();

    QString m_uuid;
    QPointer<DisplaySession> m_session;
    bool m_guestUsed = false;
};

} // namespace Vireo::Ui
