#include "ui/console/ConsoleFolder.h"

#include "core/Validation.h"
#include "display/DisplaySession.h"

#include <QDir>
#include <QSettings>

namespace Vireo::Ui {

namespace {

QString folderKey(const QString &uuid)
{
    return QStringLiteral("console/sharedFolder/") + uuid;
}

QString readOnlyKey(const QString &uuid)
{
    return QStringLiteral("console/sharedFolderReadOnly/") + uuid;
}

} // namespace

ConsoleFolder::ConsoleFolder(const QString &uuid, QObject *parent)
    : QObject(parent)
    , m_uuid(uuid)
{
}

QString ConsoleFolder::folder() const
{
    return QSettings().value(folderKey(m_uuid)).toString();
}

bool ConsoleFolder::readOnly() const
{
    return QSettings().value(readOnlyKey(m_uuid), false).toBool();
}

void ConsoleFolder::setSession(DisplaySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_guestUsed = false;
    if (!session)
        return;
    connect(session, &DisplaySession::stateChanged, this, [this](DisplaySession::State state) {
        if (state == DisplaySession::State::Connected)
            apply();
    });
    connect(session, &DisplaySession::folderSharingChanged, this, [this] {
        if (!m_session || m_session->sharedFolder().isEmpty())
            return;
        const bool used = m_session->guestUsesSharedFolder();
        if (used != m_guestUsed)
            Q_EMIT message(
                used ? tr("The guest opened the shared folder %1.").arg(m_session->sharedFolder())
                     : tr("The guest closed the shared folder."));
        m_guestUsed = used;
    });
}

void ConsoleFolder::apply()
{
    const QString remembered = folder();
    if (!m_session || remembered.isEmpty() || !m_session->canShareFolders())
        return;
    const QString why = m_session->shareFolder(remembered, readOnly());
    if (!why.isEmpty())
        Q_EMIT message(tr("%1 is not shared with the guest: %2").arg(remembered, why));
}

QString ConsoleFolder::share(const QString &path, bool readOnly)
{
    // Without the channel yet (the machine gets it at its next start), remembered for then.
    if (m_session && m_session->state() == DisplaySession::State::Connected
        && m_session->canShareFolders()) {
        const QString why = m_session->shareFolder(path, readOnly);
        if (!why.isEmpty())
            return why;
        QSettings().setValue(folderKey(m_uuid), m_session->sharedFolder());
    } else {
        const QString why = validateLocalFolder(path);
        if (!why.isEmpty())
            return why;
        QSettings().setValue(folderKey(m_uuid), QDir::cleanPath(path));
    }
    QSettings().setValue(readOnlyKey(m_uuid), readOnly);
    return {};
}

void ConsoleFolder::stop()
{
    QSettings().remove(folderKey(m_uuid));
    QSettings().remove(readOnlyKey(m_uuid));
    if (m_session)
        m_session->stopSharingFolder();
    m_guestUsed = false;
}

QString ConsoleFolder::status() const
{
    if (folder().isEmpty())
        return tr("No folder is shared through the console.");
    if (!m_session || m_session->state() != DisplaySession::State::Connected)
        return tr("%1 is shared when the console connects.").arg(folder());
    if (!m_session->canShareFolders())
        return tr("%1 waits for the machine's folder-sharing channel (at its next start).")
            .arg(folder());
    return m_session->guestUsesSharedFolder()
               ? tr("%1 is shared; the guest has it open.").arg(folder())
               : tr("%1 is shared; the guest has not opened it (is spice-webdavd running "
                    "there?).")
                     .arg(folder());
}

} // namespace Vireo::Ui
