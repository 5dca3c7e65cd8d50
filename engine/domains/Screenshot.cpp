#include "domains/Screenshot.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

QImage domainScreenshot(virConnectPtr conn, virDomainPtr dom)
{
    virStreamPtr st = virStreamNew(conn, 0);
    if (!st)
        return {};
    char *mime = virDomainScreenshot(dom, st, 0, 0);
    QByteArray data;
    if (mime) {
        char buffer[65536];
        int n = 0;
        while ((n = virStreamRecv(st, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        virStreamFinish(st);
        free(mime);
    } else {
        virResetLastError(); // no display, or none yet
    }
    virStreamFree(st);
    return QImage::fromData(data);
}

} // namespace Vireo
