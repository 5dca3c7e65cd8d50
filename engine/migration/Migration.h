#pragma once

#include "migration/Preflight.h"

#include <QMetaType>
#include <QString>

namespace Vireo {

class Connection;
class Operation;

/// How a migration is to run, beyond where the VM goes.
struct MigrationOptions
{
    MigrationPlan plan;
    int maxDowntimeMs = 0;     // the longest pause at the switch-over; 0: libvirt's default
    int bandwidthMiBs = 0;     // a cap on the transfer; 0: as fast as the link goes
    bool autoConverge = false; // slow the guest's vCPUs when it dirties memory faster than sent
    bool compress = false;     // compress memory pages on the way
    bool postCopy = false;     // allow switching to post-copy while it runs
    bool unsafe = false;       // shared disks without a cluster file system (the user said so)
    QString migrationUri;      // where QEMU sends the data (tcp://HOST); empty: libvirt chooses
};

/// How far a running migration is (virDomainGetJobStats).
struct MigrationProgress
{
    quint64 memoryTotal = 0;
    quint64 memoryProcessed = 0;
    quint64 memoryRemaining = 0;
    quint64 diskTotal = 0;
    quint64 diskProcessed = 0;
    quint64 diskRemaining = 0;
    quint64 rate = 0;      // bytes/s of memory
    quint64 dirtyRate = 0; // bytes/s the guest dirties (QEMU measures it from the second pass)
    quint64 iteration = 0;
    quint64 expectedDowntimeMs = 0;
    quint64 elapsedMs = 0;
    quint64 downtimeMs = 0; // once completed
    /// False once the guest dirties its memory as fast as it is sent: what is left stops
    /// shrinking and the switch-over never comes within the downtime allowed.
    bool converging = true;

    int percent() const;
    /// "Memory 120 of 256 MiB, 80 MiB/s, pass 2, expected downtime 30 ms".
    QString text() const;
    /// Whether this and `previous` samples show a migration that does not converge: past the
    /// first pass, the guest dirties memory at least as fast as it goes, or what is left at
    /// the start of a pass is not clearly less than at the start of the one before.
    static bool stalled(const MigrationProgress &now, quint64 remainingAtPreviousPass,
                        quint64 remainingAtThisPass);
};

/// Moves a VM to another host (libvirt's managed migration: this client talks to both daemons,
/// as virsh migrate does). Runs on the source connection's long lane; progress a few times a
/// second from the job's statistics; cancel aborts the job (the VM stays on the source).
namespace Migration {

/// Value: the last progress figures (QVariant of MigrationProgress) once it completed; while it
/// runs, the operation's detail() carries each sample (a MigrationProgress).
Operation *start(Connection *source, const QString &uuid, const QString &destinationUri,
                 const MigrationOptions &options);

/// The rate (bytes/s) the last migration to this destination reached in this process; 0 when
/// none did: what the next one's time estimate goes by.
quint64 lastRate(const QString &destinationUri);

/// Switches a running migration that was started with `postCopy` to post-copy: the VM runs on
/// the destination at once and fetches the pages it still lacks from the source. It then ends
/// for certain, but a failure of either host or the link meanwhile loses the VM.
Operation *switchToPostCopy(Connection *source, const QString &uuid);

/// What a failed migration's libvirt error means, in words, with what to do (post-copy that
/// the host's kernel refuses, a link that broke); `error` itself when there is nothing to add.
QString explainFailure(const QString &error);

} // namespace Migration
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::MigrationProgress)
