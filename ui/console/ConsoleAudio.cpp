#include "ui/console/ConsoleAudio.h"

#include "display/DisplaySession.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QAudioSource>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMenu>
#include <QSettings>
#include <QSlider>
#include <QWidgetAction>

namespace Vireo::Ui {

namespace {

QAudioFormat pcm16(int rate, int channels)
{
    QAudioFormat format;
    format.setSampleRate(rate);
    format.setChannelCount(channels);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

QString layout(int channels)
{
    return channels == 1   ? ConsoleAudio::tr("mono")
           : channels == 2 ? ConsoleAudio::tr("stereo")
                           : ConsoleAudio::tr("%n channel(s)", nullptr, channels);
}

} // namespace

ConsoleAudio::ConsoleAudio(QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    m_muted = settings.value(QStringLiteral("console/audioMuted"), false).toBool();
    m_volume = qBound(0, settings.value(QStringLiteral("console/audioVolume"), 100).toInt(), 100);
    m_microphone = settings.value(QStringLiteral("console/microphone"), false).toBool();
    m_status = tr("The guest plays no sound.");
}

ConsoleAudio::~ConsoleAudio()
{
    playbackStopped();
    recordStopped();
}

void ConsoleAudio::setSession(DisplaySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    playbackStopped();
    recordStopped();
    m_session = session;
    m_received = m_played = 0;
    if (!session)
        return;
    connect(session, &DisplaySession::audioPlaybackStarted, this, &ConsoleAudio::playbackStarted);
    connect(session, &DisplaySession::audioPlayback, this, &ConsoleAudio::playback);
    connect(session, &DisplaySession::audioPlaybackStopped, this, &ConsoleAudio::playbackStopped);
    connect(session, &DisplaySession::audioRecordStarted, this, &ConsoleAudio::recordStarted);
    connect(session, &DisplaySession::audioRecordStopped, this, &ConsoleAudio::recordStopped);
}

QMenu *ConsoleAudio::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Sound"), parent);
    menu->setObjectName(QStringLiteral("soundMenu"));
    QAction *mute = menu->addAction(tr("Mute"));
    mute->setObjectName(QStringLiteral("audioMute"));
    mute->setCheckable(true);
    mute->setChecked(m_muted);
    connect(mute, &QAction::toggled, this, &ConsoleAudio::setMuted);

    auto *volumeRow = new QWidget(menu);
    auto *row = new QHBoxLayout(volumeRow);
    row->setContentsMargins(12, 4, 12, 4);
    auto *label = new QLabel(tr("Volume"), volumeRow);
    auto *slider = new QSlider(Qt::Horizontal, volumeRow);
    slider->setObjectName(QStringLiteral("audioVolume"));
    slider->setRange(0, 100);
    slider->setValue(m_volume);
    slider->setAccessibleName(tr("Volume"));
    slider->setToolTip(tr("The guest's sound on this computer, 0-100 %"));
    label->setBuddy(slider);
    row->addWidget(label);
    row->addWidget(slider, 1);
    connect(slider, &QSlider::valueChanged, this, &ConsoleAudio::setVolume);
    auto *volume = new QWidgetAction(menu);
    volume->setDefaultWidget(volumeRow);
    menu->addAction(volume);

    QAction *microphone = menu->addAction(tr("Let the Guest Use the Microphone"));
    microphone->setObjectName(QStringLiteral("audioMicrophone"));
    microphone->setCheckable(true);
    microphone->setChecked(m_microphone);
    microphone->setToolTip(tr("Off: the guest hears nothing from this computer."));
    connect(microphone, &QAction::toggled, this, &ConsoleAudio::setMicrophoneAllowed);
    menu->addSeparator();
    QAction *status = menu->addAction(m_status);
    status->setObjectName(QStringLiteral("audioStatus"));
    status->setEnabled(false);
    connect(this, &ConsoleAudio::statusChanged, status, &QAction::setText);
    return menu;
}

void ConsoleAudio::setMuted(bool muted)
{
    m_muted = muted;
    QSettings().setValue(QStringLiteral("console/audioMuted"), muted);
    applyVolume();
}

void ConsoleAudio::setVolume(int percent)
{
    m_volume = qBound(0, percent, 100);
    QSettings().setValue(QStringLiteral("console/audioVolume"), m_volume);
    applyVolume();
}

void ConsoleAudio::setMicrophoneAllowed(bool allowed)
{
    m_microphone = allowed;
    QSettings().setValue(QStringLiteral("console/microphone"), allowed);
    if (!allowed)
        recordStopped();
    else if (m_recordRate > 0)
        recordStarted(m_recordRate, m_recordChannels);
}

void ConsoleAudio::applyVolume()
{
    if (m_sink)
        m_sink->setVolume(m_muted ? 0.0 : m_volume / 100.0);
}

void ConsoleAudio::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void ConsoleAudio::playbackStarted(int rate, int channels)
{
    delete m_sink;
    m_sink = nullptr;
    m_out = nullptr;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    const QAudioFormat format = pcm16(rate, channels);
    if (device.isNull()) {
        setStatus(tr("No audio output: no sound server (PulseAudio or PipeWire) answers."));
        return;
    }
    if (!device.isFormatSupported(format)) {
        setStatus(tr("No audio output: %1 does not play %2 Hz %3.")
                      .arg(device.description())
                      .arg(rate)
                      .arg(layout(channels)));
        return;
    }
    m_sink = new QAudioSink(device, format, this);
    // A fifth of a second of room: enough for a loaded machine, little delay behind the guest.
    m_sink->setBufferSize(format.bytesForDuration(200000));
    applyVolume();
    m_out = m_sink->start();
    setStatus(
        m_out ? tr("Playing %1 Hz %2 on %3.").arg(rate).arg(layout(channels), device.description())
              : tr("No audio output: %1 did not start.").arg(device.description()));
}

void ConsoleAudio::playback(const QByteArray &pcm)
{
    m_received += pcm.size();
    if (!m_out)
        return;
    // What does not fit is dropped: falling behind the guest would only grow the delay.
    const qint64 written = m_out->write(pcm);
    if (written > 0)
        m_played += written;
}

void ConsoleAudio::playbackStopped()
{
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    m_out = nullptr;
    if (m_session)
        setStatus(tr("The guest plays no sound."));
}

void ConsoleAudio::recordStarted(int rate, int channels)
{
    m_recordRate = rate;
    m_recordChannels = channels;
    if (m_source || !m_microphone)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull())
        return;
    m_source = new QAudioSource(device, pcm16(rate, channels), this);
    m_in = m_source->start();
    if (!m_in)
        return;
    connect(m_in, &QIODevice::readyRead, this, [this] {
        if (m_session && m_in)
            m_session->sendRecordedAudio(m_in->readAll());
    });
}

void ConsoleAudio::recordStopped()
{
    if (m_source) {
        m_source->stop();
        delete m_source;
        m_source = nullptr;
    }
    m_in = nullptr;
    if (sender() == m_session)
        m_recordRate = m_recordChannels = 0;
}

} // namespace Vireo::Ui
