#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>

typedef struct _SpiceChannel SpiceChannel;

namespace Vireo {

class DisplaySession;

/// The guest's sound through SPICE's playback and record channels, handed to whoever plays it
/// (the console, with Qt Multimedia) as plain PCM: the session's audioPlaybackStarted(),
/// audioPlayback() and audioPlaybackStopped(); recording asks with audioRecordStarted() and
/// takes sendRecordedAudio(). spice-client-glib's own GStreamer player is never made, so sound
/// goes where Vireo sends it and nowhere else.
class SpiceAudio
{
public:
    explicit SpiceAudio(DisplaySession *session);
    ~SpiceAudio() { clear(); }

    /// A playback or record channel of the session: watched and connected. False for others.
    bool take(SpiceChannel *channel);
    void forget(SpiceChannel *channel);
    /// Lets go of both channels (the session closes).
    void clear()
    {
        forget(m_playback);
        forget(m_record);
    }
    void sendRecorded(const QByteArray &pcm);

    struct Private; // the GObject side

private:
    QPointer<DisplaySession> m_session;
    SpiceChannel *m_playback = nullptr;
    SpiceChannel *m_record = nullptr;
    bool m_recording = false;
    QElapsedTimer m_clock; // the record channel's time stamps
};

} // namespace Vireo
