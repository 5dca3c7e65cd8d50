#pragma once

#include <QObject>
#include <QPointer>

class QAudioSink;
class QMenu;
class QWidget;
class QAudioSource;
class QIODevice;

namespace Vireo {
class DisplaySession;
}

namespace Vireo::Ui {

/// The guest's sound in the console: what the session's playback channel delivers goes to this
/// computer's default output (Qt Multimedia), at the console's volume or muted; the guest gets
/// the default microphone only when the user allowed it. Says when there is nothing to play on
/// (no sound server). Volume, mute and the microphone choice are remembered.
class ConsoleAudio : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleAudio(QObject *parent = nullptr);
    ~ConsoleAudio() override;

    void setSession(DisplaySession *session);

    bool muted() const { return m_muted; }
    void setMuted(bool muted);
    /// 0-100.
    int volume() const { return m_volume; }
    void setVolume(int percent);
    bool microphoneAllowed() const { return m_microphone; }
    void setMicrophoneAllowed(bool allowed);

    /// The console's Sound menu: Mute, a volume slider, the microphone, and the status line.
    QMenu *createMenu(QWidget *parent);

    /// What the sound does now, in words ("No audio output: ...", "Playing 48000 Hz stereo").
    QString status() const { return m_status; }
    /// Bytes of the guest's sound received and handed to the output since the session began.
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesPlayed() const { return m_played; }

Q_SIGNALS:
    void statusChanged(const QString &status);

private:
    void playbackStarted(int rate, int channels);
    void playback(const QByteArray &pcm);
    void playbackStopped();
    void recordStarted(int rate, int channels);
    void recordStopped();
    void setStatus(const QString &status);
    void applyVolume();

    QPointer<DisplaySession> m_session;
    QAudioSink *m_sink = nullptr;
    QIODevice *m_out = nullptr; // the sink's, while it plays
    QAudioSource *m_source = nullptr;
    QIODevice *m_in = nullptr;
    int m_recordRate = 0, m_recordChannels = 0;
    bool m_muted = false;
    int m_volume = 100;
    bool m_microphone = false;
    QString m_status;
    qint64 m_received = 0;
    qint64 m_played = 0;
};

} // namespace Vireo::Ui
