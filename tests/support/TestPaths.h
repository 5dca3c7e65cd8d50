#pragma once

#include <QDir>
#include <QString>

namespace Vireo::Test {

/// Where the test guest's kernel, initrd and ISO were built (tests/guest/build-guest.sh).
inline QString guestImageDir()
{
    return QStringLiteral(VIREO_GUEST_DIR);
}

/// Where tests leave screenshots and other things a person may want to look at.
inline QString artifactsDir()
{
    const QString dir
        = qEnvironmentVariable("VIREO_ARTIFACTS_DIR", QStringLiteral(VIREO_ARTIFACTS_DIR));
    QDir().mkpath(dir);
    return dir;
}

inline QString sourceDir()
{
    return QStringLiteral(VIREO_SOURCE_DIR);
}

} // namespace Vireo::Test
