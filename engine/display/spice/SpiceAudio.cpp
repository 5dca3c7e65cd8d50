#include "display/spice/SpiceAudio.h"

#include "display/DisplaySession.h"

#include <spice-client.h>

namespace Vireo {

struct SpiceAudio::Private
{
    static void playbackStart(SpicePlaybackChannel *, gint format, gint channels, gint rate,
                              SpiceAudio *a)
    {
        // SPICE has one sample format: signed 16-bit, little-endian, interleaved.
        if (a->m_session && format == SPICE_AUDIO_FMT_S16)
            Q_EMIT a->m_session->audioPlaybackStarted(rate, channels);
    }

    static void playbackData(SpicePlaybackChannel *, gpointer data, gint size, SpiceAudio *a)
    {
        if (a->m_session && data && size > 0)
            Q_EMIT a->m_session->audioPlayback(
                QByteArray(static_cast<const char *>(data), qsizetype(size)));
    }

    static void playbackStop(SpicePlaybackChannel *, SpiceAudio *a)
    {
        if (a->m_session)
            Q_EMIT a->m_session->audioPlaybackStopped();
    }

    static void recordStart(SpiceRecordChannel *, gint format, gint channels, gint rate,
                            SpiceAudio *a)
    {
        if (!a->m_session || format != SPICE_AUDIO_FMT_S16)
            return;
        a->m_recording = true;
        a->m_clock.start();
        Q_EMIT a->m_session->audioRecordStarted(rate, channels);
    }

    static void recordStop(SpiceRecordChannel *, SpiceAudio *a)
    {
        a->m_recording = false;
        if (a->m_session)
            Q_EMIT a->m_session->audioRecordStopped();
    }
};

SpiceAudio::SpiceAudio(DisplaySession *session)
    : m_session(session)
{
}

bool SpiceAudio::take(SpiceChannel *channel)
{
    if (SPICE_IS_PLAYBACK_CHANNEL(channel) && !m_playback) {
        m_playback = channel;
        g_signal_connect(channel, "playback-start", G_CALLBACK(&Private::playbackStart), this);
        g_signal_connect(channel, "playback-data", G_CALLBACK(&Private::playbackData), this);
        g_signal_connect(channel, "playback-stop", G_CALLBACK(&Private::playbackStop), this);
    } else if (SPICE_IS_RECORD_CHANNEL(channel) && !m_record) {
        m_record = channel;
        g_signal_connect(channel, "record-start", G_CALLBACK(&Private::recordStart), this);
        g_signal_connect(channel, "record-stop", G_CALLBACK(&Private::recordStop), this);
    } else {
        return false;
    }
    spice_channel_connect(channel);
    return true;
}

void SpiceAudio::forget(SpiceChannel *channel)
{
    if (!channel || (channel != m_playback && channel != m_record))
        return;
    g_signal_handlers_disconnect_by_data(channel, this);
    if (channel == m_playback) {
        m_playback = nullptr;
        if (m_session)
            Q_EMIT m_session->audioPlaybackStopped();
    } else {
        m_record = nullptr;
        if (m_recording && m_session)
            Q_EMIT m_session->audioRecordStopped();
        m_recording = false;
    }
}

void SpiceAudio::sendRecorded(const QByteArray &pcm)
{
    if (!m_record || !m_recording || pcm.isEmpty())
        return;
    spice_record_channel_send_data(SPICE_RECORD_CHANNEL(m_record),
                                   const_cast<char *>(pcm.constData()), gsize(pcm.size()),
                                   guint32(m_clock.elapsed()));
}

} // namespace Vireo
