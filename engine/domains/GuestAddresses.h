#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

typedef struct _virDomain *virDomainPtr;

namespace Vireo {

class Connection;
class Operation;

/// One IP address of a guest, and how it was learnt.
struct GuestAddress
{
    enum class Source { Lease, Agent, Arp };
    QString interfaceName; // vnet0 (lease, ARP) or the guest's own name, eth0 (agent)
    QString mac;
    QString address;
    int prefix = 0;
    bool ipv6 = false;
    Source source = Source::Lease;

    /// "192.168.100.23/24 (eth0, from the DHCP lease)"
    QString text() const;
    bool operator==(const GuestAddress &o) const = default;
};

/// The guest's addresses in the order to show them: IPv4 first, link-local IPv6 last.
QList<GuestAddress> sortedForDisplay(QList<GuestAddress> addresses);
/// The address to show when there is room for one: the first IPv4, else the first other.
QString primaryAddress(const QList<GuestAddress> &addresses);

/// Reads a domain's addresses from one of libvirt's sources (virDomainInterfaceAddresses).
/// Blocking (the agent may take seconds): on a worker.
QList<GuestAddress> readAddresses(virDomainPtr domain, GuestAddress::Source source);

/// Each running VM's IP addresses on one connection, as libvirt finds them: the DHCP lease of
/// libvirt's network first, then the guest agent, then the host's ARP table. There is no libvirt
/// event for a new lease, so running VMs with network cards are asked every few seconds: the
/// leases on the connection's worker (a file read in the daemon), the slower sources (the agent
/// answers within its timeout, or not) on the long lane, one round at a time. changed() when a
/// VM's addresses differ from what it had. One per connection (of()), its child.
class GuestAddresses : public QObject
{
    Q_OBJECT
public:
    /// The connection's watcher, made (and started) on first use.
    static GuestAddresses *of(Connection *connection);

    QList<GuestAddress> addresses(const QString &uuid) const { return m_addresses.value(uuid); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    /// Asks now, besides the ticks.
    void refresh();
    /// One VM's addresses, once, from the first source that knows them (lease, agent, ARP), as
    /// a command asks (value: QList<GuestAddress>, sorted for display; empty when none knows).
    static Operation *readOnce(Connection *connection, const QString &uuid);

Q_SIGNALS:
    void changed(const QString &uuid, const QList<Vireo::GuestAddress> &addresses);

private:
    explicit GuestAddresses(Connection *connection);
    /// Takes what a round found, and forgets the addresses of `gone` (asked everywhere, none).
    void take(const QHash<QString, QList<GuestAddress>> &found, const QStringList &gone);
    void askSlowSources(const QStringList &uuids);

    QPointer<Connection> m_connection;
    QTimer m_timer;
    QHash<QString, QList<GuestAddress>> m_addresses;
    bool m_asking = false;     // a lease round is out
    bool m_slowAsking = false; // an agent/ARP round is out
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::GuestAddress)
