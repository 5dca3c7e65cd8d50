#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace Vireo {

class Connection;
class ConnectionRegistry;
class Operation;

/// Disposable runs: a template started as a transient domain on fresh qcow2 overlays, which
/// goes away with its overlays when it stops, or when the Vireo process that started it quits.
/// Each run's lineage names its owner (this process); what a killed owner left behind is
/// cleaned up by the next Vireo that connects.
namespace Disposables {

/// This process as a disposable run's owner: "host:pid:start time" (the start time tells a
/// reused process number from the owner).
QString thisOwner();
/// Whether the owner named so is gone: false when it runs, or on another machine.
bool ownerGone(const QString &owner);

/// Starts a disposable run of a template: value its UUID. `name` empty: TEMPLATE-disposable-N.
/// Refused for a VM that is no template (make it one first: its disks must not change).
Operation *run(Connection *connection, const QString &templateUuid, const QString &name = {});

/// Follows one run, on `context`'s thread: `running(name)` once it is seen running (asked of
/// libvirt on the worker as soon as the watch is set, so a run that ended at once is not
/// missed), `ended()` once it has stopped or is gone. Either may come first; ended() comes once.
void watchRun(Connection *connection, const QString &uuid, QObject *context,
              std::function<void(const QString &name)> running, std::function<void()> ended);

/// Removes what disposable runs left: the overlays (and firmware variables) of runs that are
/// gone, and the runs whose owner is gone (destroyed first). With `stopOurs`, this process's
/// runs too (when it quits). Value: the names of what was removed (volumes, runs).
Operation *cleanUp(Connection *connection, bool stopOurs);

} // namespace Disposables

/// Keeps disposable runs disposable for a program: cleans up on each connection as it comes up
/// and after each disposable run it sees go, and stops this process's runs at finish().
class DisposableKeeper : public QObject
{
    Q_OBJECT
public:
    explicit DisposableKeeper(ConnectionRegistry *registry, QObject *parent = nullptr);
    /// For one connection only (the terminal).
    explicit DisposableKeeper(Connection *connection, QObject *parent = nullptr);

    /// This process's disposable runs that are running now (their names).
    QStringList ourRuns() const;
    /// Stops this process's runs and removes their overlays; waits up to `timeoutMs` for it.
    void finish(int timeoutMs = 30000);

Q_SIGNALS:
    /// A clean-up removed something (what, in words): the library's status bar says so.
    void cleanedUp(const QString &what);

private:
    void watch(Connection *connection);

    QList<Connection *> m_connections;
    QSet<QString> m_seen; // the disposable runs seen running, by UUID
};

} // namespace Vireo
