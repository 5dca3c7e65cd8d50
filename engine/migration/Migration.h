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
    quint64 dirtyRate = 0; // pages/s the guest dirties
    quint64 iteration = 0;
    quint64 expectedDowntimeMs = 0;
    quint64 elapsedMs = 0;
    quint64 downtimeMs = 0; // once completed

    int percent() const;
    /// "Memory 120 of 256 MiB, 80 MiB/s, pass 2, expected downtime 30 ms".
    QString text() const;
};

/// Moves a VM to another host (libvirt's managed migration: this client talks to both daemons,
/// as virsh migrate does). Runs on the source connection's long lane; progress a few times a
/// second from the job's statistics; cancel aborts the job (the VM stays on the source).
namespace Migration {

/// Value: the last progress figures (QVariant of MigrationProgress) once it completed.
Operation *start(Connection *source, const QString &uuid, const QString &destinationUri,
                 const MigrationOptions &options);

} // namespace Migration
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::MigrationProgress)
