#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

class Connection;
class Operation;

/// How a VM is to move to another host.
struct MigrationPlan
{
    enum class Storage {
        Shared,     // the disks are at the same paths on both hosts (NFS, a cluster file system)
        CopyAll,    // every disk is copied while the VM runs (VIR_MIGRATE_NON_SHARED_DISK)
        CopyChanged // only what the disks' backing images lack (VIR_MIGRATE_NON_SHARED_INC)
    };
    bool live = true; // the VM keeps running while it moves (else it moves shut off)
    Storage storage = Storage::Shared;
    bool keepSource = false; // leave its definition on the source (default: a move)
    /// A pool on the destination for copied disks whose folder no pool there holds: they get
    /// new paths in it (empty: each disk needs a pool there at its own folder).
    QString copyPool;
    /// Bytes/s the transfer may use, for the time estimate: the bandwidth cap when there is one;
    /// 0: what the last migration to that destination reached, if any.
    quint64 linkRate = 0;
    /// Whether the checks estimate the time (check() measures the guest's dirty rate for a
    /// second meanwhile); the migration's own re-check skips it.
    bool estimate = true;
};

/// One line of the checklist run before a migration starts.
struct MigrationCheck
{
    enum class Status { Passed, Warning, Failed, Unknown };
    QString what; // "Destination reachable", "CPU", "Disk vda"...
    Status status = Status::Passed;
    QString reason; // why, in words; for a failure also what to do
    bool operator==(const MigrationCheck &) const = default;
};

/// The pre-flight checks of a migration: each says what it checked and why it passed or not.
/// Nothing is started while one fails.
namespace Preflight {

/// The checks, blocking (the source's worker): the destination reachable, writable and another
/// host; no VM of the same name or UUID there; its CPU able to run the VM's; each disk at the
/// same path there (shared) or a pool there to copy it into with room; each network there and
/// running; enough free memory; a display that listens where the destination can; no
/// snapshots or shared folders (libvirt 9.0 refuses to migrate those); for a live move, an
/// estimate of its time from the memory and the link's rate (the dirty rate unknown: check()
/// measures it).
QList<MigrationCheck> run(virConnectPtr source, virDomainPtr dom, virConnectPtr destination,
                          const MigrationPlan &plan);

/// The checks as an operation on the source's long lane: it opens its own connection to
/// `destinationUri`. For a live move QEMU measures the guest's dirty rate for a second while
/// the other checks run; it is read afterwards, when that second is over, for the estimate.
/// Value: QList<MigrationCheck> (also when one failed: the operation fails only when the VM is
/// gone).
Operation *check(Connection *source, const QString &uuid, const QString &destinationUri,
                 const MigrationPlan &plan);

/// Whether any check failed.
bool blocks(const QList<MigrationCheck> &checks);
/// "✓ Destination reachable: ..." lines, for the terminal.
QString describe(const QList<MigrationCheck> &checks);

} // namespace Preflight
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::MigrationCheck)
