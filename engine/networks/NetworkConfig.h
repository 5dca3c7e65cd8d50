#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Vireo {

/// An address block, "192.168.100.0/24" or "fd00:1::/64": the network's address and prefix.
/// (Parsed with inet_pton: Qt Network is not linked into the engine's core.)
struct Subnet
{
    int family = 0;                 // 4 or 6; 0 when invalid
    std::array<quint8, 16> bytes{}; // the network address (host bits cleared), IPv4 in 0-3
    int prefix = -1;

    bool isValid() const { return family != 0 && prefix >= 0; }
    bool overlaps(const Subnet &other) const;
    QString toString() const;
    /// The n-th address inside the block (1: the first host address) as text; empty past its end.
    QString host(quint64 n) const;
    /// The number of addresses in the block (capped at 2^32 for IPv6).
    quint64 size() const;
    bool operator==(const Subnet &) const = default;
    /// Parses "address/prefix" (an address inside the block is fine); invalid when it is not one.
    static Subnet parse(const QString &cidr);
};

/// A fixed address the network's DHCP server gives one MAC (or host name).
struct DhcpHost
{
    QString mac;
    QString name;
    QString ip;
    bool operator==(const DhcpHost &) const = default;
};

/// One <ip> of a network: the host's address on it, its prefix, the DHCP range and fixed hosts.
struct NetworkIp
{
    QString family = QStringLiteral("ipv4");
    QString address; // the host side's address, e.g. 192.168.122.1
    int prefix = 24;
    QString dhcpStart; // empty: no DHCP
    QString dhcpEnd;
    QList<DhcpHost> hosts;

    Subnet subnet() const;
    bool operator==(const NetworkIp &) const = default;
};

/// A name the network's DNS server answers for.
struct DnsHost
{
    QString ip;
    QStringList hostnames;
    bool operator==(const DnsHost &) const = default;
};

/// What a virtual network's XML says, as the Networks page and `vireo net info` show it.
struct NetworkDetails
{
    QString name;
    QString uuid;
    QString forwardMode; // nat, route, open, bridge, passthrough...; empty: isolated
    QString forwardDev;  // the host interface traffic leaves by, when pinned
    QString bridge;      // the host bridge the network uses
    QString domainName;  // the DNS domain of its guests
    int mtu = 0;
    QList<NetworkIp> ips;
    QList<DnsHost> dnsHosts;

    /// "NAT", "Isolated", "Routed", "Host bridge br0"...
    QString modeText() const;
    QList<Subnet> subnets() const;
    static NetworkDetails fromXml(const QString &xml);
};

/// What a new virtual network is to be: what "New Network" and `vireo net create` ask.
struct NetworkSpec
{
    enum class Mode { Nat, Isolated, Routed, Bridge };
    QString name;
    Mode mode = Mode::Nat;
    /// The IPv4 block, e.g. "192.168.100.0/24": the host takes its first address, DHCP hands out
    /// the rest. Unused for Bridge (the host's bridge has its own addressing).
    QString ipv4;
    bool dhcp = true;
    QString ipv6;       // optional, e.g. "fd00:100::/64"
    QString bridge;     // Bridge: the existing host bridge; else the bridge to make (empty: virbrN)
    QString forwardDev; // NAT/Routed: leave by this host interface only (empty: any)
    QString domainName; // optional DNS domain
    bool autostart = true;

    /// The libvirt XML; call check() first.
    QString toXml() const;
    /// What is wrong with it before anything is asked of libvirt (name, addresses): empty when
    /// nothing. `taken` are the subnets already in use (other networks, host routes) with what
    /// uses each; `bridges` the host's bridges and interfaces (for Bridge: must exist; else: a
    /// bridge name given must not).
    QString check(const QList<std::pair<Subnet, QString>> &taken, const QStringList &bridges,
                  const QStringList &networkNames) const;
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
};

/// The first /24 in 192.168.100-254, then 10.0.0-255, that overlaps none of `taken`.
Subnet proposeSubnet(const QList<Subnet> &taken);

/// The IPv4 routes of this machine (from /proc/net/route), default route excepted, with the
/// interface each goes by: what a new network's subnet must not clash with.
QList<std::pair<Subnet, QString>> localHostRoutes();

/// A name for a network, pool or volume: what is wrong with it, empty when nothing. libvirt
/// takes almost anything; Vireo refuses what breaks paths and command lines (a '/', a leading
/// '.' or '-', control characters, more than 100 characters). Spaces and Unicode are fine.
QString validateResourceName(const QString &name, const QString &what);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::NetworkDetails)
