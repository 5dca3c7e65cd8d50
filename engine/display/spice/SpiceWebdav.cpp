#include "display/spice/SpiceWebdav.h"

#include "core/Validation.h"
#include "display/DisplaySession.h"

#include <QDir>

#include <spice-client.h>

namespace Vireo {

struct SpiceWebdav::Private
{
    static void portEvent(SpicePortChannel *, gint event, SpiceWebdav *w)
    {
        w->m_guestOpen = event == SPICE_PORT_EVENT_OPENED;
        w->changed();
    }

    static void channelEvent(SpiceChannel *, SpiceChannelEvent event, SpiceWebdav *w)
    {
        if (event != SPICE_CHANNEL_OPENED && w->m_guestOpen) {
            w->m_guestOpen = false;
            w->changed();
        }
    }
};

SpiceWebdav::SpiceWebdav(DisplaySession *session)
    : m_session(session)
{
}

void SpiceWebdav::changed()
{
    if (m_session)
        Q_EMIT m_session->folderSharingChanged();
}

bool SpiceWebdav::take(SpiceChannel *channel)
{
    if (!SPICE_IS_WEBDAV_CHANNEL(channel))
        return false;
    if (m_channel) // one folder: the first channel
        return true;
    m_channel = SPICE_CHANNEL(g_object_ref(channel));
    g_signal_connect(channel, "port-event", G_CALLBACK(&Private::portEvent), this);
    g_signal_connect(channel, "channel-event", G_CALLBACK(&Private::channelEvent), this);
    apply();
    changed();
    return true;
}

void SpiceWebdav::forget(SpiceChannel *channel)
{
    if (!channel || channel != m_channel)
        return;
    g_signal_handlers_disconnect_by_data(m_channel, this);
    g_object_unref(m_channel);
    m_channel = nullptr;
    m_connected = m_guestOpen = false;
    changed();
}

QString SpiceWebdav::share(const QString &folder, bool readOnly)
{
    const QString why = validateLocalFolder(folder);
    if (!why.isEmpty())
        return why;
    m_folder = QDir::cleanPath(folder);
    m_readOnly = readOnly;
    apply();
    changed();
    return {};
}

void SpiceWebdav::stop()
{
    if (m_folder.isEmpty())
        return;
    m_folder.clear();
    apply();
    changed();
}

void SpiceWebdav::apply()
{
    if (!m_channel)
        return;
    if (m_folder.isEmpty()) {
        if (m_connected)
            spice_channel_disconnect(m_channel, SPICE_CHANNEL_NONE);
        m_connected = m_guestOpen = false;
        return;
    }
    // The session's WebDAV server follows these properties, also while it serves.
    ::SpiceSession *session = nullptr;
    g_object_get(m_channel, "spice-session", &session, nullptr);
    if (!session)
        return;
    g_object_set(session, "shared-dir", m_folder.toUtf8().constData(), "share-dir-ro",
                 gboolean(m_readOnly), nullptr);
    g_object_unref(session);
    if (!m_connected)
        m_connected = spice_channel_connect(m_channel);
}

} // namespace Vireo
