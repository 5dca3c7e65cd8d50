#include "templates/Disposable.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "domains/DomainFetch.h"
#include "templates/Cloner.h"
#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimer>

#include <memory>
#include <utility>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <unistd.h>

namespace Vireo {

namespace {

struct DisposableText
{
    Q_DECLARE_TR_FUNCTIONS(DisposableText)
};

/// Field 22 of /proc/PID/stat: when the process started, in clock ticks after boot.
QString startTimeOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces: count from its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields[19]) : QString();
}

} // namespace

namespace Disposables {

QString thisOwner()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(pid)
        .arg(startTimeOf(pid));
}

bool ownerGone(const QString &owner)
{
    const QStringList parts = owner.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QSysInfo::machineHostName())
        return false;
    return startTimeOf(parts[1].toLongLong()) != parts[2];
}

Operation *run(Connection *connection, const QString &templateUuid, const QString &name)
{
    const bool local = connection->isLocal();
    const QString owner = thisOwner();
    Operation *op = connection->runJob(
        DisposableText::tr("Run disposable"),
        [=](virConnectPtr conn, Operation *op) {
            const std::optional<DomainDefinition> found = readDefinition(conn, templateUuid);
            if (!found)
                return OpResult::failure(DisposableText::tr("The template is gone."));
            const DomainInfo &info = found->info;
            if (!info.isTemplate)
                return OpResult::failure(
                    DisposableText::tr("%1 is not a template. A disposable run writes to overlays "
                                       "on its disks, which must not change under them: make it a "
                                       "template first.")
                        .arg(info.name),
                    Failure::Kind::InvalidInput);
            if (const QString refused = Templates::linkedRefusal(conn, templateUuid, found->xml);
                !refused.isEmpty())
                return OpResult::failure(refused, Failure::Kind::InvalidInput);
            QString runName = name.trimmed();
            if (runName.isEmpty()) {
                const QStringList taken = domainNames(conn);
                for (int n = 1; runName.isEmpty(); ++n) {
                    const QString candidate
                        = QStringLiteral("%1-disposable-%2").arg(info.name).arg(n);
                    if (!taken.contains(candidate))
                        runName = candidate;
                }
            }
            const CloneOptions how{owner, {}};
            return cloneDomain(
                conn, CloneRequest{templateUuid, runName, CloneRequest::Kind::Linked, {}, true},
                local, op, how);
        },
        {templateUuid}, true);
    return op;
}

void watchRun(Connection *connection, const QString &uuid, QObject *context,
              std::function<void(const QString &name)> running, std::function<void()> ended)
{
    auto done = std::make_shared<bool>(false);
    const auto end = [done, ended] {
        if (!std::exchange(*done, true))
            ended();
    };
    QObject::connect(connection, &Connection::domainRemoved, context,
                     [uuid, end](const QString &u) {
                         if (u == uuid)
                             end();
                     });
    QObject::connect(connection, &Connection::domainChanged, context,
                     [uuid, end](const DomainInfo &d) {
                         if (d.uuid == uuid && d.state == DomainState::ShutOff)
                             end();
                     });
    connection->query(
        [uuid](virConnectPtr conn) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            const bool active = dom && virDomainIsActive(dom) == 1;
            const QString name = dom ? QString::fromUtf8(virDomainGetName(dom)) : QString();
            if (dom)
                virDomainFree(dom);
            virResetLastError();
            return QVariant(active ? name : QString());
        },
        context,
        [done, running, end](const QVariant &name) {
            if (name.toString().isEmpty())
                end();
            else if (!*done)
                running(name.toString());
        });
}

Operation *cleanUp(Connection *connection, bool stopOurs)
{
    // Which runs there are and whose they are, the connection's cache knows (their lineage);
    // the worker asks libvirt only for which domains exist.
    const QString owner = thisOwner();
    QList<std::pair<QString, QString>> toStop; // UUID, name
    for (const DomainInfo &d : connection->domains())
        if (d.disposable
            && ((stopOurs && d.disposableOwner == owner) || ownerGone(d.disposableOwner)))
            toStop.append({d.uuid, d.name});
    return connection->runJob(
        DisposableText::tr("Clean up disposable runs"),
        [toStop](virConnectPtr conn, Operation *) {
            QStringList removed;
            for (const auto &[uuid, name] : toStop) {
                virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
                if (dom && virDomainDestroy(dom) == 0) {
                    removed << name;
                    // A persistent one (defined by hand since) goes too: it is disposable.
                    if (virDomainIsPersistent(dom) == 1)
                        virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_NVRAM
                                                        | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
                }
                if (dom)
                    virDomainFree(dom);
            }
            virResetLastError();
            QSet<QString> alive;
            virDomainPtr *doms = nullptr;
            const int n = virConnectListAllDomains(conn, &doms, 0);
            for (int i = 0; i < n; ++i) {
                char uuid[VIR_UUID_STRING_BUFLEN] = {};
                if (virDomainGetUUIDString(doms[i], uuid) == 0)
                    alive << QString::fromLatin1(uuid);
                virDomainFree(doms[i]);
            }
            free(doms);

            // Overlays (and firmware variables) of runs that are gone. A run being started
            // elsewhere has its domain listed before its disks are used: only the moments
            // between making its overlays and creating it are open to a race.
            static const QRegularExpression named(
                QStringLiteral("^vireo-disposable-([0-9a-f-]{36})-"));
            virStoragePoolPtr *pools = nullptr;
            const int np = virConnectListAllStoragePools(conn, &pools,
                                                         VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
            for (int p = 0; p < np; ++p) {
                virStorageVolPtr *vols = nullptr;
                const int nv = virStoragePoolListAllVolumes(pools[p], &vols, 0);
                bool changed = false;
                for (int v = 0; v < nv; ++v) {
                    const QString volName = QString::fromUtf8(virStorageVolGetName(vols[v]));
                    const auto m = named.match(volName);
                    if (m.hasMatch() && !alive.contains(m.captured(1))
                        && virStorageVolDelete(vols[v], 0) == 0) {
                        removed << volName;
                        changed = true;
                    }
                    virStorageVolFree(vols[v]);
                }
                free(vols);
                if (changed)
                    virStoragePoolRefresh(pools[p], 0);
                virStoragePoolFree(pools[p]);
            }
            free(pools);
            virResetLastError();
            return OpResult::success(removed);
        },
        {}, true);
}

} // namespace Disposables

DisposableKeeper::DisposableKeeper(ConnectionRegistry *registry, QObject *parent)
    : QObject(parent)
{
    for (Connection *c : registry->connections())
        watch(c);
    connect(registry, &ConnectionRegistry::added, this, &DisposableKeeper::watch);
    connect(registry, &ConnectionRegistry::removed, this,
            [this](Connection *c) { m_connections.removeAll(c); });
}

DisposableKeeper::DisposableKeeper(Connection *connection, QObject *parent)
    : QObject(parent)
{
    watch(connection);
}

void DisposableKeeper::watch(Connection *connection)
{
    m_connections << connection;
    const QPointer<Connection> c(connection);
    const auto clean = [this, c] {
        if (!c || c->isReadOnly())
            return;
        Operation *op = Disposables::cleanUp(c, false);
        connect(op, &Operation::finished, this, [this, op](bool ok) {
            const QStringList removed = op->value().toStringList();
            if (ok && !removed.isEmpty())
                Q_EMIT cleanedUp(tr("Removed what disposable runs left: %1")
                                     .arg(removed.join(QLatin1String(", "))));
        });
    };
    const auto note = [this](const DomainInfo &d) {
        if (d.disposable)
            m_seen.insert(d.uuid);
    };
    // After each (re)connect the whole list comes: the runs a killed Vireo left are in it.
    connect(connection, &Connection::domainsReset, this,
            [note, clean](const QList<DomainInfo> &all) {
                for (const DomainInfo &d : all)
                    note(d);
                clean();
            });
    connect(connection, &Connection::domainChanged, this, note);
    connect(connection, &Connection::domainRemoved, this, [this, clean](const QString &uuid) {
        if (m_seen.remove(uuid))
            clean();
    });
    if (connection->state() == Connection::State::Connected) {
        for (const DomainInfo &d : connection->domains())
            note(d);
        clean();
    }
}

QStringList DisposableKeeper::ourRuns() const
{
    const QString owner = Disposables::thisOwner();
    QStringList names;
    for (Connection *c : m_connections)
        for (const DomainInfo &d : c->domains())
            if (d.disposable && d.disposableOwner == owner)
                names << d.name;
    return names;
}

void DisposableKeeper::finish(int timeoutMs)
{
    QEventLoop loop;
    int pending = 0;
    const QString owner = Disposables::thisOwner();
    for (Connection *c : std::as_const(m_connections)) {
        const QList<DomainInfo> all = c->domains();
        if (c->isReadOnly() || c->state() != Connection::State::Connected
            || std::none_of(all.cbegin(), all.cend(), [&](const DomainInfo &d) {
                   return d.disposable && d.disposableOwner == owner;
               }))
            continue;
        ++pending;
        Operation *op = Disposables::cleanUp(c, true);
        connect(op, &Operation::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending == 0)
        return;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Vireo
