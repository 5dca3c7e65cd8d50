#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

class Connection;
class Operation;

/// What Vireo can change with one click to mend a finding.
enum class SecurityFix {
    None,
    DisplayToLoopback, // the display listens on 127.0.0.1 (from the VM's next start when running)
    ChooseFirewall,    // not one click: the user picks a card's firewall (the finding's key)
    ChooseIsolation,   // not one click: the user picks what the VM shares (clipboard, USB...)
};

/// One line of a VM's security view: what was looked at, how it stands, in words.
struct SecurityFinding
{
    /// Ok: as it should be. Info: a choice worth knowing (no encryption, no TPM), not a fault.
    /// Warning: weaker than it should be. Flagged: exposed (red): `vireo security` exits 1.
    enum class Level { Ok, Info, Warning, Flagged };
    QString area; // "Display (vnc)", "Firewall of 52:54:00:...", "Disk vda", "Secure Boot"...
    Level level = Level::Ok;
    QString text; // how it stands and, when not Ok, what to do
    SecurityFix fix = SecurityFix::None;
    QString key;         // what the line is about, for its fix: a card's MAC
    QStringList current; // ChooseFirewall: the card's filter now, then its PORTS parameters
    bool operator==(const SecurityFinding &) const = default;
};

/// Every line for one VM.
struct SecurityReport
{
    QString uuid;
    QString name;
    bool running = false;
    QList<SecurityFinding> findings;
    /// The worst level among the findings.
    SecurityFinding::Level worst() const;
    bool flagged() const { return worst() == SecurityFinding::Level::Flagged; }
};

/// The security view: for each VM, who can reach its display (listen address, password, TLS),
/// the firewall on each network card (libvirt's nwfilter, as actually applied: the filter
/// bindings of running VMs), disk encryption, Secure Boot and TPM, the sVirt/AppArmor label
/// QEMU runs under and whether it runs as root. Vireo's own creation defaults pass every line.
namespace SecurityAudit {

/// What the host says once for all its VMs: its filter bindings and security model.
struct HostFacts
{
    bool bindingsKnown = false; // false: the driver has no nwfilter (test, session)
    /// (owner UUID, MAC) -> the filter applied to that card, for running VMs.
    QList<std::pair<QString, std::pair<QString, QString>>> bindings;
    QString model;      // apparmor, selinux, none; empty when not reported
    bool secret = true; // the connection may read passwords (not read-only)
};

/// Reads the host's facts (blocking).
HostFacts readHost(virConnectPtr conn, bool readOnly);
/// The report from a domain's XML alone (no confinement line: that needs the running VM):
/// what a definition would give, e.g. Vireo's creation defaults. `inactiveXml` (optional): the
/// persistent definition of a running VM, whose display may already be mended.
SecurityReport inspectXml(const QString &xml, const QString &inactiveXml, bool running,
                          const HostFacts &host);
/// One VM's report (blocking).
SecurityReport inspect(virConnectPtr conn, virDomainPtr dom, const HostFacts &host);
/// Every VM of the connection, sorted by name (blocking).
QList<SecurityReport> inspectAll(virConnectPtr conn, bool readOnly);

/// The report of the VM a user names (name, else UUID); nullopt when there is none (blocking).
std::optional<SecurityReport> inspectNamed(virConnectPtr conn, const QString &nameOrUuid,
                                           bool readOnly);
/// Applies a finding's one-click fix to the VM's definition (blocking); empty, else why.
QString fixNow(virConnectPtr conn, const QString &uuid, SecurityFix fix);
/// The report of one VM as an operation. Value: SecurityReport.
Operation *audit(Connection *connection, const QString &uuid);
/// The reports of every VM. Value: QList<SecurityReport>.
Operation *auditAll(Connection *connection);
/// Applies a finding's fix to the VM's definition (and to the running VM where libvirt can).
/// Value: a sentence saying what changed and when it takes effect.
Operation *applyFix(Connection *connection, const QString &uuid, SecurityFix fix);
/// The fix on the domain's XML text: the new persistent definition; empty when nothing to do.
QString fixedXml(const QString &inactiveXml, SecurityFix fix);

/// "FLAG Display (vnc): ..." lines, for the terminal.
QString describe(const QList<SecurityReport> &reports);
/// The reports as JSON: [{"name","uuid","running","flagged","findings":[{area,level,text}]}].
QByteArray toJson(const QList<SecurityReport> &reports);
/// "ok", "info", "warning", "flagged".
QString levelName(SecurityFinding::Level level);

} // namespace SecurityAudit
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::SecurityReport)
