#include "display/GraphicsChannel.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "display/DisplaySession.h"
#include "display/SshTunnel.h"
#include "domains/DomainInfo.h"

#include <QCoreApplication>
#include <QFile>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QPointer>

#include <QThreadPool>
#include <QUrl>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
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

Endpoint networkEndpoint(const QString &uri, const GraphicsInfo &graphics)
{
    if (graphics.port <= 0)
        return {{},
                -1,
                GraphicsText::tr("The display has no network port (it listens on a local socket "
                                 "or not at all).")};
    const QString uriHost = QUrl(uri).host();
    const QString listen = graphics.listen;
    const bool anyAddress
        = listen.isEmpty() || listen == QLatin1String("0.0.0.0") || listen == QLatin1String("::");
    const bool loopback = listen == QLatin1String("127.0.0.1") || listen == QLatin1String("::1")
                          || listen == QLatin1String("localhost");
    // A daemon reached over the network on this very machine (another libvirtd here) shares
    // its loopback with us.
    const bool hostIsHere = uriHost == QLatin1String("127.0.0.1") || uriHost == QLatin1String("::1")
                            || uriHost == QLatin1String("localhost");
    if (isLocalUri(uri) || hostIsHere)
        return {anyAddress || loopback ? QStringLiteral("127.0.0.1") : listen, graphics.port, {}};
    if (loopback)
        return {{},
                -1,
                GraphicsText::tr("The display listens only on %1's loopback address (%2); it "
                                 "cannot be reached from here over the network. Connect to %1 "
                                 "over SSH (qemu+ssh://), which tunnels the display, or make it "
                                 "listen on the host's address.")
                    .arg(uriHost, listen)};
    return {anyAddress ? uriHost : listen, graphics.port, {}};
}

namespace {

/// A TCP connection with a deadline; -1 and the reason on failure. Blocking: never on the GUI
/// thread.
int connectTcp(const Endpoint &to, int timeoutMs, QString *error)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray port = QByteArray::number(to.port);
    if (const int rc = getaddrinfo(to.host.toUtf8().constData(), port.constData(), &hints, &found);
        rc != 0) {
        *error = GraphicsText::tr("Cannot find %1: %2")
                     .arg(to.host, QString::fromLocal8Bit(gai_strerror(rc)));
        return -1;
    }
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            rc = poll(&p, 1, timeoutMs) == 1 ? 0 : -1;
            int soError = rc == 0 ? 0 : ETIMEDOUT;
            socklen_t len = sizeof soError;
            if (rc == 0)
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
            errno = soError;
            rc = soError == 0 ? 0 : -1;
        }
        if (rc < 0) {
            *error = GraphicsText::tr("Cannot connect to the display at %1:%2: %3")
                         .arg(to.host)
                         .arg(to.port)
                         .arg(QString::fromLocal8Bit(strerror(errno)));
            ::close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd >= 0)
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK); // the clients expect blocking
    return fd;
}

/// A connection to a local unix socket (the tunnel's end); -1 and the reason on failure.
int connectUnix(const QString &path, QString *error)
{
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (name.size() >= qsizetype(sizeof addr.sun_path)) {
        *error = GraphicsText::tr("The tunnel's socket path is too long: %1").arg(path);
        return -1;
    }
    memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0) {
        *error = GraphicsText::tr("Cannot connect to the display's tunnel: %1")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

/// A socket to the display through the session's SSH tunnel (one per session, started by the
/// first socket asked for; the later ones are channels over it).
void openThroughTunnel(DisplaySession *session, const SshTarget &target,
                       const GraphicsInfo &graphics, std::function<void(int, QString)> done)
{
    auto *tunnel = session->findChild<SshTunnel *>(QString(), Qt::FindDirectChildrenOnly);
    if (!tunnel || tunnel->hasEnded()) {
        QString error;
        const QString remote = SshTunnel::remoteEndpoint(graphics, &error);
        if (remote.isEmpty()) {
            QMetaObject::invokeMethod(
                session, [done, error] { done(-1, error); }, Qt::QueuedConnection);
            return;
        }
        delete tunnel;
        tunnel = new SshTunnel(target, remote, session);
        // The tunnel dropping ends the session with ssh's reason (its channels close too).
        QObject::connect(
            tunnel, &SshTunnel::failed, session, [session, tunnel](const QString &why) {
                if (tunnel->isReady() && session->state() != DisplaySession::State::Disconnected)
                    session->fail(why);
            });
        tunnel->start();
    }
    const auto connectLocal = [tunnel, done] {
        QString error;
        const int fd = connectUnix(tunnel->socketPath(), &error);
        done(fd, error);
    };
    if (tunnel->isReady()) {
        QMetaObject::invokeMethod(session, connectLocal, Qt::QueuedConnection);
        return;
    }
    auto answered = std::make_shared<bool>(false);
    QObject::connect(tunnel, &SshTunnel::ready, session, [answered, connectLocal] {
        if (!std::exchange(*answered, true))
            connectLocal();
    });
    QObject::connect(tunnel, &SshTunnel::failed, session, [answered, done](const QString &why) {
        if (!std::exchange(*answered, true))
            done(-1, why);
    });
}

/// Opens a socket to the display one way or the other; `done(fd, error)` comes on `context`'s
/// thread.
void openSocket(Connection *connection, const QString &uuid, int index, bool network,
                DisplaySession *context, std::function<void(int, QString)> done)
{
    if (!network) {
        Operation *op = openFd(connection, uuid, index);
        QObject::connect(op, &Operation::finished, context, [op, done](bool ok, const QString &e) {
            done(ok ? op->value().toInt() : -1, e);
        });
        return;
    }
    const auto domain = connection->domain(uuid);
    // A host reached over SSH: its displays through an SSH tunnel, whatever they listen on.
    if (const auto ssh = SshTarget::of(connection->uri())) {
        if (!domain || index >= domain->graphics.size()) {
            QMetaObject::invokeMethod(
                context, [done] { done(-1, GraphicsText::tr("The machine has no display.")); },
                Qt::QueuedConnection);
            return;
        }
        openThroughTunnel(context, *ssh, domain->graphics.at(index), std::move(done));
        return;
    }
    const Endpoint to = domain && index < domain->graphics.size()
                            ? networkEndpoint(connection->uri(), domain->graphics.at(index))
                            : Endpoint{{}, -1, GraphicsText::tr("The machine has no display.")};
    if (!to.error.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done, to] { done(-1, to.error); }, Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([to, guard, done] {
        QString error;
        const int fd = connectTcp(to, 5000, &error);
        if (!guard
            || !QMetaObject::invokeMethod(
                guard, [done, fd, error] { done(fd, error); }, Qt::QueuedConnection)) {
            if (fd >= 0)
                ::close(fd);
        }
    });
}

} // namespace

void attach(Connection *connection, const QString &uuid, DisplaySession *session, int index,
            Route route)
{
    const bool network
        = route == Route::Network || (route == Route::Auto && !isLocalUri(connection->uri()));
    QPointer<DisplaySession> guard(session);
    QPointer<Connection> conn(connection);
    openSocket(connection, uuid, index, network, session, [session](int fd, const QString &error) {
        if (fd < 0)
            session->fail(error);
        else
            session->open(fd);
    });
    QObject::connect(session, &DisplaySession::needsSocket, session, [=] {
        if (!conn) {
            session->addSocket(-1);
            return;
        }
        openSocket(conn, uuid, index, network, session, [guard](int fd, const QString &) {
            if (guard)
                guard->addSocket(fd);
            else if (fd >= 0)
                ::close(fd);
        });
    });
}

} // namespace Vireo::Graphics
