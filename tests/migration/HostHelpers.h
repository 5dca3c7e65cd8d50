// What the migration suites ask of a host directly (libvirt's own calls, not Vireo's): where a
// domain is and in which state, and a transient folder pool to see files there as volumes; and
// of the moving guest, through its control shell: its uptime, a counter, a write to its disk.
#pragma once

#include "support/GuestControl.h"

#include <QString>
#include <QStringList>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Test {

/// The domain's state on a host: VIR_DOMAIN_* or -1 when the host has no such domain.
inline int stateOn(virConnectPtr conn, const QString &name)
{
    virDomainPtr dom = virDomainLookupByName(conn, name.toUtf8().constData());
    if (!dom) {
        virResetLastError();
        return -1;
    }
    int state = -1;
    int reason = 0;
    virDomainGetState(dom, &state, &reason, 0);
    virDomainFree(dom);
    return state;
}

inline bool persistentOn(virConnectPtr conn, const QString &name)
{
    virDomainPtr dom = virDomainLookupByName(conn, name.toUtf8().constData());
    const bool persistent = dom && virDomainIsPersistent(dom) == 1;
    if (dom)
        virDomainFree(dom);
    virResetLastError();
    return persistent;
}

/// A dir pool at `folder`, transient, started (a host sees the files there as volumes).
inline bool addPool(virConnectPtr conn, const QString &name, const QString &folder)
{
    if (virStoragePoolPtr old = virStoragePoolLookupByName(conn, name.toUtf8().constData())) {
        virStoragePoolDestroy(old);
        virStoragePoolFree(old);
    }
    virResetLastError();
    const QByteArray xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2"
                                          "</path></target></pool>")
                               .arg(name, folder)
                               .toUtf8();
    virStoragePoolPtr pool = virStoragePoolCreateXML(conn, xml.constData(), 0);
    if (pool)
        virStoragePoolFree(pool);
    return pool != nullptr;
}

inline void removePool(virConnectPtr conn, const QString &name)
{
    if (virStoragePoolPtr pool = virStoragePoolLookupByName(conn, name.toUtf8().constData())) {
        virStoragePoolDestroy(pool);
        virStoragePoolFree(pool);
    }
    virResetLastError();
}

/// The guest's uptime in whole seconds and its counter, from its control shell.
inline std::pair<double, int> uptimeAndCount(GuestControl &shell)
{
    const QStringList out = shell.run(QStringLiteral("cut -d' ' -f1 /proc/uptime; cat /tmp/count"))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (out.size() < 2)
        return {-1, -1};
    return {out[0].trimmed().toDouble(), out[1].trimmed().toInt()};
}

/// Writes a line at a sector of the guest's disk and reads it back (what "still writable" means).
/// A guest that was busy (the dirtying load of the post-copy test, a loaded CI machine) may
/// take a while to answer: 60 s.
inline QString writeAndRead(GuestControl &shell, const QString &text)
{
    return shell
        .run(QStringLiteral("echo %1 | dd of=/dev/vda bs=512 seek=4000 conv=fsync 2>/dev/null; "
                            "echo 3 > /proc/sys/vm/drop_caches; "
                            "dd if=/dev/vda bs=512 skip=4000 count=1 2>/dev/null | head -n 1")
                 .arg(text),
             60000)
        .trimmed();
}

} // namespace Vireo::Test
