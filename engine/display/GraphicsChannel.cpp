#include "GraphicsChannel.h"

#include "Connection.h"
#include "DisplaySession.h"
#include "LibvirtError.h"
#include "Operation.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QPointer>

#include <unistd.h>

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

void attach(Connection *connection, const QString &uuid, DisplaySession *session, int index)
{
    Operation *first = openFd(connection, uuid, index);
    QPointer<DisplaySession> guard(session);
    QPointer<Connection> conn(connection);
    QObject::connect(first, &Operation::finished, session, [=](bool ok, const QString &error) {
        if (!ok) {
            session->fail(error);
            return;
        }
        session->open(first->value().toInt());
    });
    QObject::connect(session, &DisplaySession::needsSocket, session, [=] {
        if (!conn) {
            session->addSocket(-1);
            return;
        }
        Operation *more = openFd(conn, uuid, index);
        QObject::connect(more, &Operation::finished, more, [=](bool ok) {
            const int fd = ok ? more->value().toInt() : -1;
            if (guard)
                guard->addSocket(fd);
            else if (fd >= 0)
                ::close(fd);
        });
    });
}

} // namespace Vireo::Graphics
