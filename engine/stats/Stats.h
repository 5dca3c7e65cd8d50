#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

/// Counters as libvirt reports them for one domain at one moment (-1: not reported).
struct DomainCounters
{
    struct Disk
    {
        QString name;
        qint64 readBytes = -1, writeBytes = -1, readOps = -1, writeOps = -1;
    };
    struct Interface
    {
        QString name;
        qint64 rxBytes = -1, txBytes = -1;
    };
    QString uuid;
    int state = 0;          // virDomainState
    qint64 cpuTimeNs = -1;  // cpu.time
    int vcpus = 0;          // vcpu.current
    qint64 memoryKiB = -1;  // balloon.current: what the guest has
    qint64 maximumKiB = -1; // balloon.maximum
    qint64 unusedKiB = -1;  // balloon.unused (the guest reports it, with a stats period)
    qint64 availableKiB = -1;
    QList<Disk> disks;
    QList<Interface> interfaces;
};

/// The host's counters at one moment.
struct HostCounters
{
    int cpus = 0;
    qint64 cpuBusyNs = -1;  // kernel + user, all CPUs
    qint64 cpuTotalNs = -1; // busy + idle + iowait
    qint64 memoryTotalKiB = -1;
    qint64 memoryUsedKiB = -1; // total - free - buffers - cached
};

/// One tick: every domain's counters and the host's, stamped with one time.
struct StatsSnapshot
{
    qint64 timeMs = 0; // wall clock, ms since the epoch
    HostCounters host;
    QList<DomainCounters> domains;
};

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

/// What the graphs show for one VM at one moment; NaN where unknown.
struct VmSample
{
    qint64 timeMs = 0;
    double cpuPercent = kNoValue;     // of the VM's own vCPUs (100 = all of them busy)
    double hostCpuPercent = kNoValue; // share of the whole host
    double memoryUsedMiB = kNoValue;  // in use inside the guest, or its allocation
    double memoryTotalMiB = kNoValue;
    double diskReadBps = kNoValue, diskWriteBps = kNoValue;
    double diskReadOps = kNoValue, diskWriteOps = kNoValue; // per second
    double netRxBps = kNoValue, netTxBps = kNoValue;
    // Per device, live only (history keeps the sums above).
    struct Device
    {
        double readBps = kNoValue, writeBps = kNoValue, readOps = kNoValue, writeOps = kNoValue;
    };
    QMap<QString, Device> disks;      // by target (vda...)
    QMap<QString, Device> interfaces; // by name (vnet0...): read = rx, write = tx
};

struct HostSample
{
    qint64 timeMs = 0;
    double cpuPercent = kNoValue;
    double memoryUsedMiB = kNoValue;
    double memoryTotalMiB = kNoValue;
};

namespace Stats {

/// Rates between two readings of the same domain. A counter that went down (the VM restarted)
/// or a clock that went backwards gives no value for that tick, never a negative or huge one.
VmSample rates(const DomainCounters &before, qint64 beforeMs, const DomainCounters &now,
               qint64 nowMs, int hostCpus);
HostSample hostRates(const HostCounters &before, qint64 beforeMs, const HostCounters &now,
                     qint64 nowMs);

/// One sample standing for several (downsampling): the mean of each metric over those that
/// have it, stamped with `timeMs`.
VmSample average(const QList<VmSample> &samples, qint64 timeMs);

/// The metrics in history and CSV order, with their units.
struct Metric
{
    const char *key;     // column name in the store
    const char *heading; // CSV heading, with the unit
    double VmSample::*field;
};
const QList<Metric> &metrics();

/// CSV: a header (timestamp and one column per metric, with units), one row per sample.
QString toCsv(const QList<VmSample> &samples);

/// What is read besides the CPU and memory, which always are (Preferences: "what to sample").
enum Group { Disks = 0x1, Network = 0x2, AllGroups = Disks | Network };

/// Reads every running domain's counters and the host's with one virConnectGetAllDomainStats
/// call (no-wait: a busy domain is skipped, not waited for), the disks' and network cards' only
/// when `groups` has them. For the connection's worker.
StatsSnapshot read(virConnectPtr conn, int groups = AllGroups);

} // namespace Stats
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::StatsSnapshot)
Q_DECLARE_METATYPE(Vireo::VmSample)
