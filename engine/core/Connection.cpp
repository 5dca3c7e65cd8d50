#include "core/Connection.h"

#include "core/Authenticator.h"

#include "core/ConnectionSession.h"
#include "core/ConnectionWatchdog.h"
#include "core/EventRelay.h"
#include "core/LibvirtError.h"
#include "core/LibvirtEventLoop.h"
#include "core/Logging.h"
#include "core/Validation.h"
#include "core/Worker.h"
#include "domains/DomainFetch.h"
#include "host/HostFetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <malloc.h>

#include <ctime>

namespace Vireo {

namespace {

/// Translation context for this file's user-visible text.
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionText)
};

qint64 realtimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return ConnectionText::tr(
            "The virtualization service closed the connection (it stopped or restarted).");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return ConnectionText::tr("The virtualization service stopped answering.");
    default:
        return ConnectionText::tr("The connection to the virtualization service failed.");
    }
}

} // namespace

struct Connection::OpenResult
{
    Failure failure;
    qint64 openNs = 0;
    ListTimings listing;
    QList<DomainInfo> domains;
    QList<NetworkInfo> networks;
    QList<StoragePoolInfo> pools;
    quint64 generation = 0;
};

Connection::Connection(const QString &uri, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_uri(uri.trimmed())
    , m_readOnly(readOnly)
    , m_id(EventRelay::enroll(this))
    , m_worker(std::make_unique<Worker>(QStringLiteral("libvirt ") + uri))
    , m_longLane(std::make_unique<Worker>(QStringLiteral("libvirt long jobs ") + uri))
    , m_session(std::make_shared<ConnectionSession>())
{
    ensureLibvirtEventLoop();
    m_session->owner = this;
    auto session = m_session;
    m_watchdog = new ConnectionWatchdog(
        m_worker.get(),
        [session] {
            if (!session->conn)
                return true;
            unsigned long version = 0;
            if (virConnectGetLibVersion(session->conn, &version) == 0)
                return true;
            virResetLastError();
            return virConnectIsAlive(session->conn) == 1;
        },
        this);
    connect(m_watchdog, &ConnectionWatchdog::overdue, this, [this](qint64 ms) {
        if (m_state == State::Connected)
            setState(State::NotResponding,
                     ConnectionText::tr("The virtualization service has not answered for %1 s.")
                         .arg(ms / 1000));
    });
    connect(m_watchdog, &ConnectionWatchdog::answering, this, [this] {
        if (m_state == State::NotResponding)
            setState(State::Connected);
    });
    connect(m_watchdog, &ConnectionWatchdog::dead, this,
            [this](quint64 generation) { onClosed(generation, VIR_CONNECT_CLOSE_REASON_ERROR); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { startOpen(true); });
}

Connection::~Connection()
{
    m_closing = true;
    EventRelay::withdraw(m_id);
    auto session = m_session;
    m_worker->post([session] { session->closeConnection(); });
    m_worker.reset();
    m_longLane.reset();
}

bool Connection::isLocal() const
{
    return isLocalUri(m_uri);
}

QString Connection::displayName() const
{
    const QUrl url(m_uri);
    QString name;
    const QString scheme = url.scheme().section(QLatin1Char('+'), 0, 0);
    if (scheme == QLatin1String("test"))
        name = ConnectionText::tr("Test driver");
    else if (scheme == QLatin1String("qemu"))
        name = QStringLiteral("QEMU/KVM");
    else
        name = scheme.toUpper();
    if (!url.host().isEmpty())
        name = ConnectionText::tr("%1 on %2").arg(name, url.host());
    if (isSessionUri(m_uri))
        name += ConnectionText::tr(" (user session)");
    else if (url.path() == QLatin1String("/system"))
        name += ConnectionText::tr(" (system)");
    else if (scheme == QLatin1String("test") && url.path().size() > 1)
        name += QStringLiteral(" (") + url.fileName() + QLatin1Char(')');
    if (m_readOnly)
        name += ConnectionText::tr(", read-only");
    return name;
}

QString Connection::stateText(State state)
{
    switch (state) {
    case State::Connecting:
        return ConnectionText::tr("Connecting");
    case State::Connected:
        return ConnectionText::tr("Connected");
    case State::NotResponding:
        return ConnectionText::tr("Not responding");
    case State::Disconnected:
        return ConnectionText::tr("Disconnected");
    case State::Reconnecting:
        return ConnectionText::tr("Reconnecting");
    }
    return {};
}

void Connection::setState(State state, const QString &detail)
{
    if (m_state == state && m_stateDetail == detail)
        return;
    const bool wasUp = isUp();
    m_state = state;
    m_stateDetail = detail;
    qCInfo(lcConnection) << m_uri << stateText(state) << detail;
    if (!isUp())
        m_watchdog->stop();
    else if (!wasUp)
        m_watchdog->watch(m_generation);
    Q_EMIT stateChanged(state);
}

void Connection::open()
{
    m_closing = false;
    m_reconnectTimer.stop();
    startOpen(false);
}

void Connection::reconnectNow()
{
    m_closing = false;
    m_reconnectTimer.stop();
    startOpen(m_everConnected);
}

void Connection::close()
{
    m_closing = true;
    m_reconnectTimer.stop();
    ++m_generation;
    auto session = m_session;
    m_worker->post([session] { session->closeConnection(); });
    setState(State::Disconnected, ConnectionText::tr("Closed."));
}

void Connection::startOpen(bool isReconnect)
{
    const QString invalid = validateConnectionUri(m_uri);
    if (!invalid.isEmpty()) {
        setState(State::Disconnected, invalid);
        return;
    }
    const quint64 generation = ++m_generation;
    if (isReconnect)
        setState(State::Reconnecting, m_lastFailure.isEmpty()
                                          ? ConnectionText::tr("Reconnecting...")
                                          : ConnectionText::tr("%1 Reconnecting (attempt %2)...")
                                                .arg(m_lastFailure)
                                                .arg(m_reconnectAttempt));
    else
        setState(State::Connecting);

    auto session = m_session;
    const QByteArray uri = m_uri.toUtf8();
    const bool readOnly = m_readOnly;
    const quint64 id = m_id;
    m_worker->call<OpenResult>(
        this,
        [session, uri, readOnly, id, generation] {
            OpenResult r;
            r.generation = generation;
            QElapsedTimer opening;
            opening.start();
            r.failure = session->open(uri, readOnly);
            r.openNs = opening.nsecsElapsed();
            if (r.failure.failed())
                return r;
            malloc_trim(0); // see below
            r.failure = EventRelay::subscribe(*session, id, generation);
            if (!r.failure.failed())
                r.domains = listAllDomains(session->conn, &r.failure, &r.listing);
            if (r.failure.failed()) {
                session->closeConnection();
                return r;
            }
            r.networks = listNetworks(session->conn);
            r.pools = listStoragePools(session->conn);
            // Opening (an in-process driver such as test:/// parses its whole file) and the first
            // listing (every domain's XML) free most of what they allocated, in this thread's
            // malloc arena, where the GUI thread cannot reuse it: give it back to the system.
            malloc_trim(0);
            return r;
        },
        [this, isReconnect](const OpenResult &r) { finishOpen(r, isReconnect); });
}

void Connection::finishOpen(const OpenResult &r, bool isReconnect)
{
    if (r.generation != m_generation || m_closing)
        return;
    if (r.failure.failed()) {
        // A refused or cancelled login, a certificate, a permission: trying again by itself
        // would only fail (or ask) again.
        if ((isReconnect || m_everConnected) && !needsTheUser(r.failure))
            scheduleReconnect(r.failure.text());
        else
            setState(State::Disconnected, r.failure.text());
        return;
    }
    // Where start-up time goes (bench_library_startup reads this with vireo.connection.info).
    qCInfo(lcConnection,
           "%s: opened in %.1f ms; listed %lld domains: libvirt %.1f ms, reading "
           "their XML %.1f ms; at %lld ns",
           qPrintable(m_uri), r.openNs / 1e6, qlonglong(r.domains.size()),
           r.listing.libvirtNs / 1e6, r.listing.readNs / 1e6, qlonglong(realtimeNs()));
    m_everConnected = true;
    m_reconnectAttempt = 0;
    m_lastFailure.clear();
    QHash<QString, DomainInfo> fresh;
    for (const DomainInfo &d : r.domains)
        fresh.insert(d.uuid, d);
    m_domains = fresh;
    m_networks.clear();
    for (const NetworkInfo &n : r.networks)
        m_networks.insert(n.uuid, n);
    m_pools.clear();
    for (const StoragePoolInfo &p : r.pools)
        m_pools.insert(p.uuid, p);
    setState(State::Connected);
    Q_EMIT domainsReset(r.domains);
    Q_EMIT networksReset(r.networks);
    Q_EMIT storagePoolsReset(r.pools);
    flushRefresh();
}

void Connection::scheduleReconnect(const QString &why)
{
    if (m_closing)
        return;
    static const int backoffMs[] = {250, 500, 1000, 2000};
    const int delay = backoffMs[qMin<int>(m_reconnectAttempt, std::size(backoffMs) - 1)];
    ++m_reconnectAttempt;
    m_lastFailure = why;
    setState(State::Reconnecting, ConnectionText::tr("%1 Attempt %2 in %3 s.")
                                      .arg(why)
                                      .arg(m_reconnectAttempt)
                                      .arg(delay / 1000.0));
    m_reconnectTimer.start(delay);
}

void Connection::onClosed(quint64 generation, int reason)
{
    if (generation != m_generation || m_closing || reason == VIR_CONNECT_CLOSE_REASON_CLIENT)
        return;
    ++m_generation; // whatever the old session still reports is stale now
    const QString why = closeReasonText(reason);
    setState(State::Disconnected, why);
    scheduleReconnect(why);
}

void Connection::onLifecycle(quint64 generation, const QString &uuid, int event, int detail)
{
    if (generation != m_generation)
        return;
    Q_EMIT lifecycleEvent(uuid, event, detail);
    refreshDomain(uuid);
}

void Connection::onDomainEvent(quint64 generation, const QString &uuid, const DomainEvent &event)
{
    if (generation != m_generation)
        return;
    Q_EMIT domainEvent(uuid, event);
    if (changesDomainInfo(event.kind))
        refreshDomain(uuid);
}

void Connection::onNetworkEvent(quint64 generation, const QString &uuid)
{
    if (generation == m_generation)
        refreshHostObject(true, uuid);
}

void Connection::onPoolEvent(quint64 generation, const QString &uuid)
{
    if (generation == m_generation)
        refreshHostObject(false, uuid);
}

void Connection::refreshHostObject(bool network, const QString &uuid)
{
    if (!isUp())
        return;
    auto session = m_session;
    const quint64 generation = m_generation;
    m_worker->call<QVariant>(
        this,
        [session, network, uuid]() -> QVariant {
            if (!session->conn)
                return {};
            if (network) {
                if (auto n = fetchNetwork(session->conn, uuid))
                    return QVariant::fromValue(*n);
            } else if (auto p = fetchStoragePool(session->conn, uuid)) {
                return QVariant::fromValue(*p);
            }
            return {};
        },
        [this, generation, network, uuid](const QVariant &v) {
            if (generation != m_generation)
                return;
            if (network) {
                if (!v.isValid()) {
                    if (m_networks.remove(uuid))
                        Q_EMIT networkRemoved(uuid);
                } else if (const auto n = v.value<NetworkInfo>();
                           m_networks.value(uuid) != n || !m_networks.contains(uuid)) {
                    m_networks.insert(uuid, n);
                    Q_EMIT networkChanged(n);
                }
            } else {
                if (!v.isValid()) {
                    if (m_pools.remove(uuid))
                        Q_EMIT storagePoolRemoved(uuid);
                } else if (const auto p = v.value<StoragePoolInfo>();
                           m_pools.value(uuid) != p || !m_pools.contains(uuid)) {
                    m_pools.insert(uuid, p);
                    Q_EMIT storagePoolChanged(p);
                }
            }
        });
}

std::optional<DomainInfo> Connection::domain(const QString &uuid) const
{
    const auto it = m_domains.constFind(uuid);
    if (it == m_domains.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<DomainInfo> Connection::domainByName(const QString &name) const
{
    for (const DomainInfo &d : m_domains) {
        if (d.name == name)
            return d;
    }
    return std::nullopt;
}

int Connection::vcpusOf(const QString &uuid) const
{
    const auto it = m_domains.constFind(uuid);
    return it == m_domains.constEnd() ? 0 : it->vcpus;
}

std::optional<DomainInfo> Connection::findDomain(const QString &nameOrUuid) const
{
    if (auto d = domainByName(nameOrUuid))
        return d;
    return domain(nameOrUuid);
}

void Connection::refreshDomain(const QString &uuid)
{
    m_pendingRefresh.insert(uuid);
    flushRefresh();
}

void Connection::refreshAll()
{
    m_refreshAll = true;
    flushRefresh();
}

void Connection::flushRefresh()
{
    if (m_refreshInFlight || (m_pendingRefresh.isEmpty() && !m_refreshAll))
        return;
    if (!isUp())
        return;
    m_refreshInFlight = true;
    const QStringList uuids(m_pendingRefresh.begin(), m_pendingRefresh.end());
    const bool all = m_refreshAll;
    m_pendingRefresh.clear();
    m_refreshAll = false;
    auto session = m_session;
    const quint64 generation = m_generation;
    using Results = QList<std::pair<QString, std::optional<DomainInfo>>>;
    m_worker->call<Results>(
        this,
        [session, uuids, all, known = m_domains.keys()] {
            Results results;
            if (!session->conn)
                return results;
            if (all) {
                Failure error;
                const QList<DomainInfo> list = listAllDomains(session->conn, &error);
                if (error.failed())
                    return results;
                QSet<QString> seen;
                for (const DomainInfo &d : list) {
                    seen.insert(d.uuid);
                    results.append({d.uuid, d});
                }
                for (const QString &uuid : known) {
                    if (!seen.contains(uuid))
                        results.append({uuid, std::nullopt});
                }
                return results;
            }
            for (const QString &uuid : uuids) {
                virDomainPtr dom = virDomainLookupByUUIDString(session->conn, uuid.toLatin1());
                if (!dom) {
                    if (lastErrorIsNoDomain())
                        results.append({uuid, std::nullopt});
                    virResetLastError();
                    continue;
                }
                QString error;
                auto info = fetchDomainInfo(dom, &error);
                virDomainFree(dom);
                if (info)
                    results.append({uuid, info});
            }
            return results;
        },
        [this, generation](const Results &results) {
            m_refreshInFlight = false;
            if (generation == m_generation)
                applyRefresh(results);
            Q_EMIT refreshed();
            flushRefresh();
        });
}

void Connection::applyRefresh(const QList<std::pair<QString, std::optional<DomainInfo>>> &results)
{
    for (const auto &[uuid, info] : results) {
        if (!info) {
            if (m_domains.remove(uuid))
                Q_EMIT domainRemoved(uuid);
            continue;
        }
        auto it = m_domains.find(uuid);
        if (it != m_domains.end() && *it == *info)
            continue;
        m_domains.insert(uuid, *info);
        Q_EMIT domainChanged(*info);
    }
}

Operation *Connection::runJob(const QString &title, Job job, const QStringList &refreshAfter,
                              bool longRunning)
{
    // Not a child of the connection: a job still queued when the connection goes away finishes
    // with its operation intact, which then deletes itself.
    auto *op = new Operation(title);
    QMetaObject::invokeMethod(op, &Operation::started, Qt::QueuedConnection);
    auto session = m_session;
    if (!isUp()) {
        op->finish(OpResult::failure(ConnectionText::tr("%1 failed: %2 is not connected (%3).")
                                         .arg(title, displayName(), stateText(m_state).toLower()),
                                     Failure::Kind::NotConnected));
        return op;
    }
    if (longRunning) {
        // The long lane takes a reference of its own: a reconnect on the short lane meanwhile
        // does not pull the connection from under the job.
        m_longLane->post(
            [session, job = std::move(job), op] {
                virConnectPtr conn = session->acquire();
                if (!conn) {
                    op->finish(OpResult::failure(ConnectionText::tr("Not connected."),
                                                 Failure::Kind::NotConnected));
                    return;
                }
                op->finish(job(conn, op));
                virConnectClose(conn);
                virResetLastError();
            },
            true);
    } else {
        m_worker->post([session, job = std::move(job), op] {
            if (!session->conn) {
                op->finish(OpResult::failure(ConnectionText::tr("Not connected."),
                                             Failure::Kind::NotConnected));
                return;
            }
            op->finish(job(session->conn, op));
        });
    }
    if (!refreshAfter.isEmpty()) {
        connect(op, &Operation::finished, this, [this, refreshAfter] {
            for (const QString &uuid : refreshAfter)
                refreshDomain(uuid);
        });
    }
    connect(op, &Operation::finished, this,
            [this, title, refreshAfter](bool ok, const QString &error) {
                Q_EMIT jobFinished(title, refreshAfter, ok, error);
            });
    return op;
}

void Connection::query(std::function<QVariant(virConnectPtr)> fn, QObject *context,
                       std::function<void(const QVariant &)> done, bool slow)
{
    if (!isUp())
        return;
    auto session = m_session;
    QPointer<QObject> guard(context);
    (slow ? m_longLane : m_worker)
        ->post(
            [session, fn = std::move(fn), guard, done = std::move(done)] {
                if (!session->conn)
                    return;
                const QVariant result = fn(session->conn);
                if (guard)
                    QMetaObject::invokeMethod(
                        guard, [done, result] { done(result); }, Qt::QueuedConnection);
            },
            slow);
}

void Connection::setAuthenticator(std::shared_ptr<Authenticator> authenticator)
{
    std::lock_guard lock(m_session->authMutex);
    m_session->auth = std::move(authenticator);
}

void Connection::setWatchdogTimings(int heartbeatMs, int overdueMs)
{
    m_watchdog->setTimings(heartbeatMs, overdueMs);
}

} // namespace Vireo
