#include "core/Connection.h"

#include "core/LibvirtError.h"
#include "core/LibvirtEventLoop.h"
#include "core/Logging.h"
#include "core/Validation.h"
#include "core/Worker.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <mutex>

namespace Vireo {

namespace {

/// Translation context for this file's user-visible text.
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionText)
};

/// What libvirt's callbacks carry: which connection, and which of its sessions (a reconnect
/// starts a new one; callbacks of an old one are ignored).
struct CallbackContext
{
    quint64 connectionId;
    quint64 generation;
};

// Callbacks may run on the GUI thread (event loop) or on the worker (the close callback fires on
// whichever thread notices the socket closing), so they find their connection through a locked
// registry and only ever queue work to it.
QMutex g_registryMutex;
QHash<quint64, Connection *> g_registry;
std::atomic<quint64> g_nextConnectionId{1};

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
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

/// The UUIDs of the domains a listing flag selects (persistent, with a managed save...).
QSet<QString> uuidsWith(virConnectPtr conn, unsigned int flag)
{
    QSet<QString> uuids;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, flag);
    if (n < 0) {
        virResetLastError();
        return uuids;
    }
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < n; ++i) {
        if (virDomainGetUUIDString(doms[i], uuid) == 0)
            uuids.insert(QString::fromLatin1(uuid));
        virDomainFree(doms[i]);
    }
    free(doms);
    return uuids;
}

/// Every domain's state and reason in one call, by UUID; empty where the driver cannot.
QHash<QString, std::pair<int, int>> allStates(virConnectPtr conn)
{
    QHash<QString, std::pair<int, int>> states;
    virDomainStatsRecordPtr *records = nullptr;
    const int n = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_STATE, &records, 0);
    if (n < 0) {
        virResetLastError();
        return states;
    }
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < n; ++i) {
        int state = 0;
        int reason = 0;
        if (virDomainGetUUIDString(records[i]->dom, uuid) == 0
            && virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.state", &state)
                   == 1
            && virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.reason",
                                    &reason)
                   == 1)
            states.insert(QString::fromLatin1(uuid), {state, reason});
    }
    virDomainStatsRecordListFree(records);
    virResetLastError();
    return states;
}

/// All domains with their configuration and state. Per domain only its XML is fetched; state,
/// persistence and saved state come from three bulk calls, which matters with a thousand
/// domains behind a remote daemon.
QList<DomainInfo> listAllDomains(virConnectPtr conn, QString *error)
{
    QList<DomainInfo> result;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    if (n < 0) {
        *error = takeLibvirtError(ConnectionText::tr("Could not list the virtual machines."));
        return result;
    }
    const QHash<QString, std::pair<int, int>> states = allStates(conn);
    const QSet<QString> persistent = uuidsWith(conn, VIR_CONNECT_LIST_DOMAINS_PERSISTENT);
    const QSet<QString> saved = uuidsWith(conn, VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE);
    result.reserve(n);
    for (int i = 0; i < n; ++i) {
        char *xml = virDomainGetXMLDesc(doms[i], 0);
        if (!xml) {
            // A domain that vanished between the listing and the read is simply not there.
            virResetLastError();
            virDomainFree(doms[i]);
            continue;
        }
        DomainInfo info;
        readDomainXml(QString::fromUtf8(xml), info);
        free(xml);
        const auto state = states.constFind(info.uuid);
        if (state != states.constEnd()) {
            info.state = DomainState(state->first);
            info.reason = state->second;
            info.persistent = persistent.contains(info.uuid);
            info.hasManagedSave = saved.contains(info.uuid);
        } else if (auto full = fetchDomainInfo(doms[i])) {
            info = *full; // a driver without bulk stats: ask the domain itself
        }
        result << info;
        virDomainFree(doms[i]);
    }
    free(doms);
    return result;
}

} // namespace

struct Connection::Session
{
    virConnectPtr conn = nullptr;
    int lifecycleCallback = -1;
    std::mutex authMutex;
    AuthHandler auth;

    void closeConnection()
    {
        if (!conn)
            return;
        if (lifecycleCallback >= 0)
            virConnectDomainEventDeregisterAny(conn, lifecycleCallback);
        lifecycleCallback = -1;
        virConnectUnregisterCloseCallback(conn, nullptr);
        virConnectClose(conn);
        virResetLastError();
        conn = nullptr;
    }
};

struct Connection::OpenResult
{
    bool ok = false;
    QString error;
    QList<DomainInfo> domains;
    quint64 generation = 0;
};

struct ConnectionCallbacks
{
    static void post(void *opaque, const std::function<void(Connection *, quint64)> &fn)
    {
        const auto *ctx = static_cast<const CallbackContext *>(opaque);
        QMutexLocker lock(&g_registryMutex);
        Connection *c = g_registry.value(ctx->connectionId);
        if (!c)
            return;
        const quint64 generation = ctx->generation;
        QMetaObject::invokeMethod(
            c, [c, generation, fn] { fn(c, generation); }, Qt::QueuedConnection);
    }

    static void closed(virConnectPtr, int reason, void *opaque)
    {
        post(opaque, [reason](Connection *c, quint64 gen) { c->onClosed(gen, reason); });
    }

    static int lifecycle(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
    {
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(dom, uuid) < 0) // local: no call to the daemon
            return 0;
        const QString id = QString::fromLatin1(uuid);
        post(opaque, [id, event, detail](Connection *c, quint64 gen) {
            c->onLifecycle(gen, id, event, detail);
        });
        return 0;
    }

    static void freeContext(void *opaque) { delete static_cast<CallbackContext *>(opaque); }

    static int authenticate(virConnectCredentialPtr creds, unsigned int ncred, void *cbdata)
    {
        auto *session = static_cast<Connection::Session *>(cbdata);
        Connection::AuthHandler handler;
        {
            std::lock_guard lock(session->authMutex);
            handler = session->auth;
        }
        if (!handler)
            return -1;
        QList<AuthCredential> list;
        for (unsigned int i = 0; i < ncred; ++i) {
            AuthCredential c;
            switch (creds[i].type) {
            case VIR_CRED_AUTHNAME:
            case VIR_CRED_USERNAME:
                c.kind = AuthCredential::Kind::UserName;
                break;
            case VIR_CRED_PASSPHRASE:
                c.kind = AuthCredential::Kind::Password;
                break;
            case VIR_CRED_NOECHOPROMPT:
                c.kind = AuthCredential::Kind::SecretPrompt;
                break;
            default:
                c.kind = AuthCredential::Kind::Prompt;
                break;
            }
            c.prompt = QString::fromUtf8(creds[i].prompt ? creds[i].prompt : "");
            c.defaultValue = QString::fromUtf8(creds[i].defresult ? creds[i].defresult : "");
            list << c;
        }
        if (!handler(list))
            return -1;
        for (unsigned int i = 0; i < ncred && i < unsigned(list.size()); ++i) {
            const QByteArray value = list.at(i).result.toUtf8();
            creds[i].result = strdup(value.constData());
            creds[i].resultlen = unsigned(value.size());
        }
        return 0;
    }
};

Connection::Connection(const QString &uri, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_uri(uri.trimmed())
    , m_readOnly(readOnly)
    , m_id(g_nextConnectionId++)
    , m_worker(std::make_unique<Worker>(QStringLiteral("libvirt ") + uri))
    , m_session(std::make_shared<Session>())
{
    ensureLibvirtEventLoop();
    {
        QMutexLocker lock(&g_registryMutex);
        g_registry.insert(m_id, this);
    }
    m_watchdog.setInterval(250);
    connect(&m_watchdog, &QTimer::timeout, this, &Connection::watchdogTick);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { startOpen(true); });
}

Connection::~Connection()
{
    m_closing = true;
    {
        QMutexLocker lock(&g_registryMutex);
        g_registry.remove(m_id);
    }
    auto session = m_session;
    m_worker->post([session] { session->closeConnection(); });
    m_worker.reset();
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
        name += QStringLiteral(" on ") + url.host();
    if (url.path() == QLatin1String("/session"))
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
    m_state = state;
    m_stateDetail = detail;
    qCInfo(lcConnection) << m_uri << stateText(state) << detail;
    if (state == State::Connected || state == State::NotResponding)
        m_watchdog.start();
    else
        m_watchdog.stop();
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
    m_worker
        ->submit<OpenResult>([session, uri, readOnly, id, generation] {
            OpenResult r;
            r.generation = generation;
            session->closeConnection();

            int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE,
                               VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT};
            virConnectAuth auth{credTypes, sizeof(credTypes) / sizeof(credTypes[0]),
                                &ConnectionCallbacks::authenticate, session.get()};
            virConnectPtr conn
                = virConnectOpenAuth(uri.constData(), &auth, readOnly ? VIR_CONNECT_RO : 0);
            if (!conn) {
                r.error = takeLibvirtError(
                    ConnectionText::tr("Could not connect to %1.").arg(QString::fromUtf8(uri)));
                return r;
            }
            // Keepalive is a feature of daemon connections; in-process drivers refuse it. A daemon
            // that stops answering shows as "not responding" within seconds (the watchdog); the
            // connection itself is only given up after 40 s, so that a short freeze costs the
            // user no failed operations.
            if (virConnectSetKeepAlive(conn, 10, 3) < 0)
                virResetLastError();
            virConnectRegisterCloseCallback(conn, &ConnectionCallbacks::closed,
                                            new CallbackContext{id, generation},
                                            &ConnectionCallbacks::freeContext);
            virResetLastError();
            session->conn = conn;
            session->lifecycleCallback = virConnectDomainEventRegisterAny(
                conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                VIR_DOMAIN_EVENT_CALLBACK(&ConnectionCallbacks::lifecycle),
                new CallbackContext{id, generation}, &ConnectionCallbacks::freeContext);
            if (session->lifecycleCallback < 0) {
                r.error = takeLibvirtError(
                    ConnectionText::tr("Could not subscribe to machine events."));
                session->closeConnection();
                return r;
            }
            r.domains = listAllDomains(conn, &r.error);
            r.ok = r.error.isEmpty();
            if (!r.ok)
                session->closeConnection();
            return r;
        })
        .then(this, [this, isReconnect](const OpenResult &r) { finishOpen(r, isReconnect); });
}

void Connection::finishOpen(const OpenResult &r, bool isReconnect)
{
    if (r.generation != m_generation || m_closing)
        return;
    if (!r.ok) {
        if (isReconnect || m_everConnected)
            scheduleReconnect(r.error);
        else
            setState(State::Disconnected, r.error);
        return;
    }
    m_everConnected = true;
    m_reconnectAttempt = 0;
    m_lastFailure.clear();
    m_heartbeatInFlight = false;
    m_lastHeartbeatMs = monotonicMs();
    QHash<QString, DomainInfo> fresh;
    for (const DomainInfo &d : r.domains)
        fresh.insert(d.uuid, d);
    m_domains = fresh;
    setState(State::Connected);
    Q_EMIT domainsReset(r.domains);
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
    if (m_state != State::Connected && m_state != State::NotResponding)
        return;
    m_refreshInFlight = true;
    const QStringList uuids(m_pendingRefresh.begin(), m_pendingRefresh.end());
    const bool all = m_refreshAll;
    m_pendingRefresh.clear();
    m_refreshAll = false;
    auto session = m_session;
    const quint64 generation = m_generation;
    using Results = QList<std::pair<QString, std::optional<DomainInfo>>>;
    m_worker
        ->submit<Results>([session, uuids, all, known = m_domains.keys()] {
            Results results;
            if (!session->conn)
                return results;
            if (all) {
                QString error;
                const QList<DomainInfo> list = listAllDomains(session->conn, &error);
                if (!error.isEmpty())
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
        })
        .then(this, [this, generation](const Results &results) {
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
    const bool connected = m_state == State::Connected || m_state == State::NotResponding;
    if (!connected) {
        op->finish(OpResult::failure(ConnectionText::tr("%1 failed: %2 is not connected (%3).")
                                         .arg(title, displayName(), stateText(m_state).toLower())));
        return op;
    }
    m_worker->post(
        [session, job = std::move(job), op] {
            if (!session->conn) {
                op->finish(OpResult::failure(ConnectionText::tr("Not connected.")));
                return;
            }
            op->finish(job(session->conn, op));
        },
        longRunning);
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
                       std::function<void(const QVariant &)> done)
{
    if (m_state != State::Connected && m_state != State::NotResponding)
        return;
    auto session = m_session;
    QPointer<QObject> guard(context);
    m_worker->post([session, fn = std::move(fn), guard, done = std::move(done)] {
        if (!session->conn)
            return;
        const QVariant result = fn(session->conn);
        if (guard)
            QMetaObject::invokeMethod(
                guard, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

void Connection::setAuthHandler(AuthHandler handler)
{
    std::lock_guard lock(m_session->authMutex);
    m_session->auth = std::move(handler);
}

void Connection::setWatchdogTimings(int heartbeatMs, int overdueMs)
{
    m_heartbeatMs = heartbeatMs;
    m_overdueMs = overdueMs;
}

void Connection::watchdogTick()
{
    const qint64 busy = m_worker->busyForMs();
    if (busy > m_overdueMs && m_state == State::Connected) {
        setState(State::NotResponding,
                 ConnectionText::tr("The virtualization service has not answered for %1 s.")
                     .arg(busy / 1000));
    } else if (busy == 0 && m_state == State::NotResponding) {
        setState(State::Connected);
    }
    const qint64 now = monotonicMs();
    if (busy != 0 || m_heartbeatInFlight || m_worker->queuedJobs() > 0
        || now - m_lastHeartbeatMs < m_heartbeatMs)
        return;
    // An idle connection is asked something small now and then, so that a daemon that froze is
    // noticed even when the user is not doing anything.
    m_heartbeatInFlight = true;
    m_lastHeartbeatMs = now;
    auto session = m_session;
    const quint64 generation = m_generation;
    m_worker
        ->submit<bool>([session] {
            if (!session->conn)
                return true;
            unsigned long version = 0;
            if (virConnectGetLibVersion(session->conn, &version) == 0)
                return true;
            virResetLastError();
            return virConnectIsAlive(session->conn) == 1;
        })
        .then(this, [this, generation](bool alive) {
            m_heartbeatInFlight = false;
            m_lastHeartbeatMs = monotonicMs();
            if (!alive && generation == m_generation)
                onClosed(generation, VIR_CONNECT_CLOSE_REASON_ERROR);
        });
}

std::optional<DomainInfo> fetchDomainInfo(virDomainPtr dom, QString *error)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml) {
        const QString e
            = takeLibvirtError(ConnectionText::tr("Could not read the machine's configuration."));
        if (error)
            *error = e;
        return std::nullopt;
    }
    DomainInfo info;
    readDomainXml(QString::fromUtf8(xml), info);
    free(xml);
    int state = 0;
    int reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) == 0) {
        info.state = DomainState(state);
        info.reason = reason;
    } else {
        virResetLastError();
    }
    info.hasManagedSave = virDomainHasManagedSaveImage(dom, 0) == 1;
    info.persistent = virDomainIsPersistent(dom) == 1;
    virResetLastError();
    return info;
}

} // namespace Vireo
