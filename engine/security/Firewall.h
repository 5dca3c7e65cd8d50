#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

class Connection;
class Operation;

/// The firewalls a user picks per network card, made of libvirt's network filters (nwfilter).
enum class FirewallPreset {
    None,       // no filter: its traffic is not filtered
    NoSpoofing, // clean-traffic: MAC, IP and ARP spoofing blocked
    Isolated,   // clean-traffic-gateway: only the network's gateway, no other VM
    HostOnly,   // vireo-host-only: only the host's address on that network (and DHCP)
    NoInbound,  // vireo-no-inbound: nothing reaches in but replies and the ports named
    Custom,     // a filter of the user's (the rule editor)
};

/// What a card gets: a preset, or a filter by name; the ports let in for NoInbound.
struct FirewallChoice
{
    FirewallPreset preset = FirewallPreset::None;
    QString filter;   // Custom: the filter's name
    QList<int> ports; // NoInbound: TCP ports let in
    bool operator==(const FirewallChoice &) const = default;
};

/// One rule of a custom filter, as the rule editor shows it.
struct FilterRule
{
    QString direction = QStringLiteral("inout"); // in (to the VM), out (from it), inout
    QString protocol = QStringLiteral("all");    // all, tcp, udp, icmp, sctp
    QString source;                              // an IPv4 address, with /bits optionally
    QString destination;
    int portFrom = 0; // tcp, udp, sctp: the destination port range; 0: any
    int portTo = 0;
    QString action = QStringLiteral("drop"); // accept, drop, reject
    int priority = 500;                      // -1000..1000: lower runs first
    bool operator==(const FilterRule &) const = default;
};

/// A filter of the user's: a name and its rules.
struct FilterDefinition
{
    QString name;
    QList<FilterRule> rules;
    bool operator==(const FilterDefinition &) const = default;
};

/// A filter libvirt knows, and the VMs whose cards use it.
struct FilterUse
{
    QString name;
    QStringList vms;       // "web01 (52:54:00:...)"
    bool vireo = false;    // one of Vireo's presets
    bool editable = false; // a filter of the user's rules only (the rule editor reads it)
};

namespace Firewall {

QString presetName(FirewallPreset preset); // "no-spoofing", "isolated", "host-only"...
std::optional<FirewallPreset> presetFromName(const QString &name);
/// A preset in words, for menus and the terminal.
QString presetTitle(FirewallPreset preset);
QString presetDescription(FirewallPreset preset);

/// Why a rule is not valid, in words naming the field; empty when it is.
QString validate(const FilterRule &rule);
/// Why a filter is not valid (its name, each rule); empty when it is.
QString validate(const FilterDefinition &filter);
/// The filter's nwfilter XML (chain root).
QString filterXml(const FilterDefinition &filter);
/// A filter read back from its XML; nullopt when it holds what the editor does not model.
std::optional<FilterDefinition> readFilter(const QString &xml);

/// Gives a VM's card (by MAC; all its cards when empty) a firewall, in its definition and, while
/// it runs, live (libvirt instantiates the filter at once). Cards that cannot carry a filter
/// (user-mode networking) are refused with the reason, and nothing changes. Value: a sentence.
Operation *apply(Connection *connection, const QString &uuid, const QString &mac,
                 const FirewallChoice &choice);
/// Defines (or redefines) a filter of the user's: libvirt applies the new rules to every
/// running VM using it.
Operation *defineFilter(Connection *connection, const FilterDefinition &filter);
/// Deletes a filter of the user's; refused while a VM's card names it.
Operation *removeFilter(Connection *connection, const QString &name);
/// Every filter with its users. Value: QList<FilterUse>.
Operation *listFilters(Connection *connection);
/// A filter as the rule editor shows it. Value: FilterDefinition.
Operation *readFilter(Connection *connection, const QString &name);

/// The choice a card's <filterref> element amounts to (blocking helpers for the views).
FirewallChoice choiceOf(const QString &filter, const QList<std::pair<QString, QString>> &params);

/// Blocking: sets the card's filter (for the terminal and the operations above). Empty on
/// success, else why.
QString applyNow(virConnectPtr conn, const QString &uuid, const QString &mac,
                 const FirewallChoice &choice, QString *done = nullptr);

} // namespace Firewall
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::FilterUse)
Q_DECLARE_METATYPE(Vireo::FilterDefinition)
