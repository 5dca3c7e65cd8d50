#pragma once

#include <QPointer>
#include <QString>

typedef struct _SpiceChannel SpiceChannel;

namespace Vireo {

class DisplaySession;

/// A folder of this computer shared with the guest through SPICE's WebDAV channel (the
/// machine's spiceport channel org.spice-space.webdav.0): spice-client-glib serves the folder
/// with phodav, the guest's spice-webdavd offers it to its file manager (Linux:
/// dav://localhost:9843/; Windows maps it as a drive). The folder is shared while the console
/// is open, read-only or read-write; the channel is connected only while a folder is shared,
/// so nothing is served otherwise. Changes are told with the session's folderSharingChanged().
class SpiceWebdav
{
public:
    explicit SpiceWebdav(DisplaySession *session);
    ~SpiceWebdav() { clear(); }

    /// The session's WebDAV channel: kept, and connected when a folder is to be shared. False
    /// for other channels.
    bool take(SpiceChannel *channel);
    void forget(SpiceChannel *channel);
    void clear() { forget(m_channel); }

    /// Whether the machine has the channel (known once the session is connected).
    bool available() const { return m_channel != nullptr; }
    /// Shares `folder` (replacing the one shared before); applied when the channel comes if it
    /// has not yet. The reason it cannot, or empty.
    QString share(const QString &folder, bool readOnly);
    void stop();
    QString folder() const { return m_folder; }
    bool readOnly() const { return m_readOnly; }
    /// Whether the guest's spice-webdavd has the channel open.
    bool guestConnected() const { return m_guestOpen; }

    struct Private; // the GObject side

private:
    void apply();
    void changed();

    QPointer<DisplaySession> m_session;
    SpiceChannel *m_channel = nullptr; // referenced
    QString m_folder;                  // empty: nothing shared
    bool m_readOnly = false;
    bool m_connected = false; // the channel, by us
    bool m_guestOpen = false;
};

} // namespace Vireo
