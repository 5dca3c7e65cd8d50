#pragma once

#include "support/TestPaths.h"

#include <QProcess>

#include <cstdio>

namespace Vireo::Bench {

/// Makes sure the libvirt daemon answers and the test guest is built, as the test fixtures do;
/// says what is missing on stderr otherwise.
inline bool prepareDaemonAndGuest(const char *bench)
{
    const QString source = Test::sourceDir();
    if (QProcess::execute(QStringLiteral("bash"),
                          {source + QStringLiteral("/installer/ensure-libvirtd.sh")})
        != 0) {
        std::fprintf(stderr, "%s: the libvirt daemon is not running\n", bench);
        return false;
    }
    if (QProcess::execute(
            QStringLiteral("bash"),
            {source + QStringLiteral("/tests/guest/build-guest.sh"), Test::guestImageDir()})
        != 0) {
        std::fprintf(stderr, "%s: could not build the test guest\n", bench);
        return false;
    }
    return true;
}

} // namespace Vireo::Bench
