#pragma once

#include "core/Authenticator.h"
#include "core/ConnectionEvents.h"
#include "core/Operation.h"
#include "domains/DomainInfo.h"
#include "host/HostObjects.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

class ConnectionWatchdog;
class Worker;
struct ConnectionSession;

/// One libvirt connection, e.g. qemu:///system or qemu+ssh://host/system.
///
/// Lives on the GUI thread. Every blocking libvirt call runs on one of the connection's two
/// lanes, threads of their own on the same virConnectPtr (libvirt connections are thread-safe):
/// the short lane for listing, state, statistics and lifecycle actions, the long lane for jobs
/// that may take minutes (a save, a copy, an upload, a migration), so that short calls never wait
/// behind long ones. libvirt's event callbacks are dispatched by the GLib loop that Qt runs, and
/// only queue work. The connection keeps caches of its domains, networks and storage pools, kept
/// current by libvirt's events (never by polling), and reconnects by itself, with backoff, when
/// the daemon goes away after having been reached once.
class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Connected, NotResponding, Disconnected, Reconnecting };
    Q_ENUM(State)

    /// Runs on the worker with the open connection; returns the outcome.
    using Job = std::function<OpResult(virConnectPtr conn, Operation *op)>;

    explicit Connection(const QString &uri, bool readOnly = false, QObject *parent = nullptr);
    ~Connection() override;

    QString uri() const { return m_uri; }
    bool isReadOnly() const { return m_readOnly; }
    bool isLocal() const;
    State state() const { return m_state; }
    /// Why the connection is in its state, in words: the error that closed it, for instance.
    QString stateDetail() const { return m_stateDetail; }
    QString displayName() const;
    static QString stateText(State state);

    /// Opens the connection (state Connecting, then Connected or Disconnected with the reason).
    void open();
    /// Closes it on purpose: no reconnect follows.
    void close();
    /// Tries to reconnect now, whatever the backoff says.
    void reconnectNow();

    QList<DomainInfo> domains() const { return m_domains.values(); }
    std::optional<DomainInfo> domain(const QString &uuid) const;
    std::optional<DomainInfo> domainByName(const QString &name) const;
    /// The domain's vCPUs now (from its live XML), 0 when unknown; no copy of its description.
    int vcpusOf(const QString &uuid) const;
    /// The domain a user names: its name, else its UUID.
    std::optional<DomainInfo> findDomain(const QString &nameOrUuid) const;
    QList<NetworkInfo> networks() const { return m_networks.values(); }
    QList<StoragePoolInfo> storagePools() const { return m_pools.values(); }

    /// Runs a job as an Operation: on the short lane, or on the long lane when `longRunning`
    /// (then it does not hold up anything else, and does not count as the daemon being overdue).
    /// The domains in refreshAfter are re-read when it ends (events usually beat it to it, but a
    /// missed event must not leave the list wrong).
    Operation *runJob(const QString &title, Job job, const QStringList &refreshAfter = {},
                      bool longRunning = false);
    /// A quick read on the short lane without an Operation (periodic sampling): `fn` runs with
    /// the libvirt connection, `done` gets its result on `context`'s thread. Nothing runs, and
    /// done is not called, while not connected. `slow`: on the long lane, for reads that may
    /// wait (a guest agent), so that they hold up nothing else.
    void query(std::function<QVariant(virConnectPtr)> fn, QObject *context,
               std::function<void(const QVariant &)> done, bool slow = false);
    /// Re-reads one domain (or all) from libvirt, on the worker.
    void refreshDomain(const QString &uuid);
    void refreshAll();

    /// Re-reads one network or storage pool into the cache (by UUID): after a change libvirt
    /// sends no event for (autostart).
    void refreshNetwork(const QString &uuid) { refreshHostObject(true, uuid); }
    void refreshStoragePool(const QString &uuid) { refreshHostObject(false, uuid); }

    /// Who answers the host's login questions for this connection
    /// (Authenticator::defaultAuthenticator() when none is set).
    void setAuthenticator(std::shared_ptr<Authenticator> authenticator);
    /// How often an idle connection is checked, and after how long an unanswered call counts as
    /// "not responding" (defaults: 1 s and 2 s).
    void setWatchdogTimings(int heartbeatMs, int overdueMs);
    Worker &worker() { return *m_worker; }
    Worker &longLane() { return *m_longLane; }

Q_SIGNALS:
    void stateChanged(Vireo::Connection::State state);
    /// The whole list after (re)connecting.
    void domainsReset(const QList<Vireo::DomainInfo> &domains);
    void domainChanged(const Vireo::DomainInfo &domain);
    void domainRemoved(const QString &uuid);
    /// A re-read asked for with refreshDomain() or refreshAll() has been applied.
    void refreshed();
    /// A lifecycle event as libvirt sent it (virDomainEventType and detail).
    void lifecycleEvent(const QString &uuid, int event, int detail);
    /// Any other domain event (devices, metadata, jobs, block jobs, media, memory, tunables).
    void domainEvent(const QString &uuid, const Vireo::DomainEvent &event);
    /// A job run with runJob() ended: its title, the domains it concerned, and how it went.
    void jobFinished(const QString &title, const QStringList &uuids, bool ok, const QString &error);

    /// The networks and storage pools after (re)connecting, then one by one as events come.
    void networksReset(const QList<Vireo::NetworkInfo> &networks);
    void networkChanged(const Vireo::NetworkInfo &network);
    void networkRemoved(const QString &uuid);
    void storagePoolsReset(const QList<Vireo::StoragePoolInfo> &pools);
    void storagePoolChanged(const Vireo::StoragePoolInfo &pool);
    void storagePoolRemoved(const QString &uuid);

private:
    struct OpenResult;
    friend struct EventRelay;

    void setState(State state, const QString &detail = {});
    void startOpen(bool isReconnect);
    void finishOpen(const OpenResult &result, bool isReconnect);
    void scheduleReconnect(const QString &why);
    void onClosed(quint64 generation, int reason);
    void onLifecycle(quint64 generation, const QString &uuid, int event, int detail);
    void onDomainEvent(quint64 generation, const QString &uuid, const DomainEvent &event);
    void onNetworkEvent(quint64 generation, const QString &uuid);
    void onPoolEvent(quint64 generation, const QString &uuid);
    void flushRefresh();
    void applyRefresh(const QList<std::pair<QString, std::optional<DomainInfo>>> &results);
    void refreshHostObject(bool network, const QString &uuid);
    bool isUp() const { return m_state == State::Connected || m_state == State::NotResponding; }

    const QString m_uri;
    const bool m_readOnly;
    const quint64 m_id;
    std::unique_ptr<Worker> m_worker;             // the short lane
    std::unique_ptr<Worker> m_longLane;           // long jobs
    std::shared_ptr<ConnectionSession> m_session; // its virConnectPtr is set on the short lane
    State m_state = State::Disconnected;
    QString m_stateDetail;
    bool m_everConnected = false;
    bool m_closing = false;
    quint64 m_generation = 0;
    QHash<QString, DomainInfo> m_domains;
    QHash<QString, NetworkInfo> m_networks;
    QHash<QString, StoragePoolInfo> m_pools;

    QSet<QString> m_pendingRefresh;
    bool m_refreshAll = false;
    bool m_refreshInFlight = false;

    ConnectionWatchdog *m_watchdog;
    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0;
    QString m_lastFailure;
};

} // namespace Vireo
