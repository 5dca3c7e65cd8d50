#include "GraphicsChannel.h"

#include "Connection.h"
#include "LibvirtError.h"
#include "Operation.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Graphics {

namespace {

struct GraphicsText
{
    Q_DECLARE_TR_FUNCTIONS(GraphicsText)
};

} // namespace

Operation *openFd(Connection *connection, const QString &uuid, int index)
{
    return connection->runJob(
        GraphicsText::tr("Open the display"), [uuid, index](virConnectPtr conn, Operation *) {
            const QString what = GraphicsText::tr("Could not reach the machine's display.");
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(what));
            const int fd = virDomainOpenGraphicsFD(dom, unsigned(index), 0);
            virDomainFree(dom);
            if (fd < 0)
                return OpResult::failure(takeLibvirtError(what));
            return OpResult::success(fd);
        });
}

} // namespace Vireo::Graphics
