#pragma once

#include "core/Operation.h"
#include "hardware/HardwareChange.h"

#include <QMetaType>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

class Connection;
class Operation;

/// A VM's hardware as the editor shows it: its next-boot definition, its live configuration when
/// it runs, and the host context next to the forms (CPUs, memory, limits, CPU models).
struct HardwareState
{
    QString inactiveXml;
    QString liveXml; // empty when not running
    bool running = false;
    bool persistent = true;
    bool autostart = false;
    Hardware config;     // from inactiveXml
    Hardware live;       // from liveXml
    QStringList pending; // what waits for a restart (pendingUntilRestart)

    int hostCpus = 0;
    quint64 hostMemoryKiB = 0;
    quint64 hostFreeKiB = 0;
    int maxVcpus = 0; // for this machine type and hypervisor, 0 when unknown
    int hostNumaNodes = 0;
    QStringList cpuModels; // named models the host's hypervisor offers
};

/// How a change set reaches a running VM: the definition and the running VM (the default, as
/// virsh's --live --config where possible), the running VM only, or the definition only.
enum class ApplyScope { Both, LiveOnly, ConfigOnly };

/// What became of one change of a set.
struct ChangeResult
{
    enum class Outcome {
        Applied,  ///< in effect now (and saved, unless live only)
        NextBoot, ///< saved; takes effect when the VM next starts
        LiveOnly, ///< in effect now, not saved (scope LiveOnly)
        Refused,  ///< not made: reason says why
    };
    HardwareChange change;
    Outcome outcome = Outcome::Applied;
    QString reason;
};

struct ApplyReport
{
    QList<ChangeResult> results;
    QStringList warnings; // applied, but worth a word (memory below what an OS needs)
    bool definitionChanged = false;
    /// One line per change: "Memory: 192 MiB: applied now".
    QStringList lines() const;
    bool anyNextBoot() const;
};

QString outcomeText(ChangeResult::Outcome outcome);

/// The hardware editor's engine: reads a VM's hardware with its host context, applies change
/// sets, defines edited XML. Every call runs on the connection's short lane as an Operation.
namespace HardwareEditor {

/// Value: HardwareState.
Operation *read(Connection *connection, const QString &uuid);
/// Applies a change set. A set applies to the definition entirely or not at all: a change that
/// cannot be made (bad input, a host limit, libvirt's refusal of the definition) fails the
/// operation with the reason, and nothing is changed. Live parts that fail are reported per
/// change (Outcome NextBoot with libvirt's reason). Value: ApplyReport.
Operation *apply(Connection *connection, const QString &uuid, const QList<HardwareChange> &changes,
                 ApplyScope scope = ApplyScope::Both);
/// Defines edited domain XML (validated against libvirt's schema first). Refuses XML that names
/// another VM. On refusal nothing changes.
Operation *defineXml(Connection *connection, const QString &uuid, const QString &xml);

// The same on the worker, for code already there (benchmarks, the operations above).
/// hostContext false: without the host's free memory, vCPU limit and CPU models (what a change
/// set needs only when it changes vCPUs or the CPU model).
HardwareState readNow(virConnectPtr conn, virDomainPtr dom, bool secure, bool hostContext = true);
OpResult applyNow(virConnectPtr conn, virDomainPtr dom, QList<HardwareChange> changes,
                  ApplyScope scope);
OpResult defineXmlNow(virConnectPtr conn, virDomainPtr dom, const QString &xml);

} // namespace HardwareEditor

/// The lines that differ between two texts, as a unified diff ("-" removed, "+" added, " " kept,
/// with up to `context` lines around each change). Empty when the texts are equal.
QString lineDiff(const QString &before, const QString &after, int context = 2);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::HardwareState)
Q_DECLARE_METATYPE(Vireo::ApplyReport)
