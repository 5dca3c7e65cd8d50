#pragma once

// Media for the guest desktop tests: an ISO image to offer as a USB CD-ROM, and the pitch of
// the sound a guest plays.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace Vireo::Test {

// An ISO image NAME.iso in `dir` holding token.txt.
inline QString isoWith(const QTemporaryDir &dir, const QString &name, const QString &token)
{
    const QString content = dir.filePath(name);
    QDir().mkpath(content);
    QFile file(content + QStringLiteral("/token.txt"));
    if (!file.open(QIODevice::WriteOnly) || file.write(token.toUtf8() + '\n') <= 0)
        return {};
    file.close();
    const QString iso = dir.filePath(name + QStringLiteral(".iso"));
    QProcess xorriso;
    xorriso.setProcessChannelMode(QProcess::MergedChannels);
    xorriso.start(QStringLiteral("xorriso"),
                  {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"),
                   QStringLiteral("-o"), iso, content});
    return xorriso.waitForFinished(30000) && xorriso.exitCode() == 0 ? iso : QString();
}

// The pitch of interleaved 16-bit PCM: zero crossings of the first channel within the runs
// of sound (a stretch of silence, where the guest fell behind, ends a run).
inline double pitch(const QByteArray &pcm, int channels, int rate)
{
    const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype frames = pcm.size() / (2 * channels);
    qint64 crossings = 0, counted = 0, quiet = 0;
    qint16 last = 0;
    for (qsizetype i = 0; i < frames; ++i) {
        const qint16 v = samples[i * channels];
        quiet = qAbs(v) < 64 ? quiet + 1 : 0;
        if (quiet > 32) {
            last = 0; // a gap: the next run starts afresh
            continue;
        }
        ++counted;
        if ((last < 0 && v >= 0) || (last > 0 && v <= 0))
            ++crossings;
        if (v != 0)
            last = v;
    }
    return counted ? crossings / 2.0 / (double(counted) / rate) : 0;
}

} // namespace Vireo::Test
