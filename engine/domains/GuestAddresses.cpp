#include "domains/GuestAddresses.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainInfo.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

namespace Vireo {

namespace {

struct AddressText
{
    Q_DECLARE_TR_FUNCTIONS(AddressText)
};

using Found = QHash<QString, QList<GuestAddress>>;

constexpr int kIntervalMs = 3000;

/// Asks `source` for each domain; the ones with addresses land in the result.
Found readEach(virConnectPtr conn, const QStringList &uuids, GuestAddress::Source source)
{
    Found found;
    for (const QString &uuid : uuids) {
        virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
        if (!dom) {
            virResetLastError();
            continue;
        }
        const QList<GuestAddress> a = readAddresses(dom, source);
        virDomainFree(dom);
        if (!a.isEmpty())
            found.insert(uuid, a);
    }
    return found;
}

} // namespace

QString GuestAddress::text() const
{
    const QString how = source == Source::Lease   ? AddressText::tr("from the DHCP lease")
                        : source == Source::Agent ? AddressText::tr("from the guest agent")
                                                  : AddressText::tr("from the ARP table");
    return AddressText::tr("%1/%2 (%3, %4)").arg(address).arg(prefix).arg(interfaceName, how);
}

QList<GuestAddress> sortedForDisplay(QList<GuestAddress> addresses)
{
    const auto rank = [](const GuestAddress &a) {
        if (!a.ipv6)
            return 0;
        return a.address.startsWith(QLatin1String("fe80"), Qt::CaseInsensitive) ? 2 : 1;
    };
    std::stable_sort(
        addresses.begin(), addresses.end(),
        [&](const GuestAddress &x, const GuestAddress &y) { return rank(x) < rank(y); });
    return addresses;
}

QString primaryAddress(const QList<GuestAddress> &addresses)
{
    const QList<GuestAddress> sorted = sortedForDisplay(addresses);
    return sorted.isEmpty() ? QString() : sorted.first().address;
}

QList<GuestAddress> readAddresses(virDomainPtr domain, GuestAddress::Source source)
{
    const unsigned int libvirtSource
        = source == GuestAddress::Source::Lease   ? VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE
          : source == GuestAddress::Source::Agent ? VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
                                                  : VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP;
    virDomainInterfacePtr *ifaces = nullptr;
    const int n = virDomainInterfaceAddresses(domain, &ifaces, libvirtSource, 0);
    QList<GuestAddress> result;
    if (n < 0) {
        virResetLastError(); // no agent, no lease: nothing to say
        return result;
    }
    for (int i = 0; i < n; ++i) {
        const virDomainInterfacePtr iface = ifaces[i];
        const QString name = QString::fromUtf8(iface->name);
        for (unsigned int j = 0; j < iface->naddrs; ++j) {
            const virDomainIPAddress &ip = iface->addrs[j];
            GuestAddress a;
            a.interfaceName = name;
            a.mac = QString::fromUtf8(iface->hwaddr ? iface->hwaddr : "");
            a.address = QString::fromUtf8(ip.addr);
            a.prefix = int(ip.prefix);
            a.ipv6 = ip.type == VIR_IP_ADDR_TYPE_IPV6;
            a.source = source;
            // The agent reports the guest's loopback too: not a way to reach it.
            if (a.address.startsWith(QLatin1String("127.")) || a.address == QLatin1String("::1"))
                continue;
            result << a;
        }
        virDomainInterfaceFree(iface);
    }
    free(ifaces);
    return result;
}

Operation *GuestAddresses::readOnce(Connection *connection, const QString &uuid)
{
    return connection->runJob(
        tr("Read the guest's addresses"),
        [uuid](virConnectPtr conn, Operation *) {
            for (const auto source : {GuestAddress::Source::Lease, GuestAddress::Source::Agent,
                                      GuestAddress::Source::Arp}) {
                const Found found = readEach(conn, {uuid}, source);
                if (found.contains(uuid))
                    return OpResult::success(
                        QVariant::fromValue(sortedForDisplay(found.value(uuid))));
            }
            return OpResult::success(QVariant::fromValue(QList<GuestAddress>()));
        },
        {}, true);
}

GuestAddresses *GuestAddresses::of(Connection *connection)
{
    if (auto *existing
        = connection->findChild<GuestAddresses *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new GuestAddresses(connection);
}

GuestAddresses::GuestAddresses(Connection *connection)
    : QObject(connection)
    , m_connection(connection)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuestAddresses::refresh);
    // A VM that stops has no addresses any more; one that starts is asked at once.
    connect(connection, &Connection::domainChanged, this, [this](const DomainInfo &d) {
        if (!d.isActive() && m_addresses.remove(d.uuid) > 0)
            Q_EMIT changed(d.uuid, {});
    });
    connect(connection, &Connection::domainRemoved, this, [this](const QString &uuid) {
        if (m_addresses.remove(uuid) > 0)
            Q_EMIT changed(uuid, {});
    });
    connect(connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Connected)
            refresh();
    });
    m_timer.start();
    QMetaObject::invokeMethod(this, &GuestAddresses::refresh, Qt::QueuedConnection);
}

void GuestAddresses::refresh()
{
    if (!m_connection || m_asking)
        return;
    QStringList uuids;
    for (const DomainInfo &d : m_connection->domains())
        if (d.state == DomainState::Running && !d.nics.isEmpty())
            uuids << d.uuid;
    if (uuids.isEmpty())
        return;
    m_asking = true;
    m_connection->query(
        [uuids](virConnectPtr conn) {
            return QVariant::fromValue(readEach(conn, uuids, GuestAddress::Source::Lease));
        },
        this,
        [this, uuids](const QVariant &v) {
            m_asking = false;
            const Found leases = v.value<Found>();
            take(leases, {}); // the others may have an address the slower sources know
            QStringList rest;
            for (const QString &uuid : uuids)
                if (!leases.contains(uuid))
                    rest << uuid;
            askSlowSources(rest);
        });
}

void GuestAddresses::askSlowSources(const QStringList &uuids)
{
    if (uuids.isEmpty() || m_slowAsking || !m_connection)
        return;
    m_slowAsking = true;
    m_connection->query(
        [uuids](virConnectPtr conn) {
            Found found = readEach(conn, uuids, GuestAddress::Source::Agent);
            QStringList rest;
            for (const QString &uuid : uuids)
                if (!found.contains(uuid))
                    rest << uuid;
            found.insert(readEach(conn, rest, GuestAddress::Source::Arp));
            return QVariant::fromValue(found);
        },
        this,
        [this, uuids](const QVariant &v) {
            m_slowAsking = false;
            const Found found = v.value<Found>();
            QStringList gone;
            for (const QString &uuid : uuids)
                if (!found.contains(uuid))
                    gone << uuid;
            take(found, gone);
        },
        true);
}

void GuestAddresses::take(const Found &found, const QStringList &gone)
{
    for (const QString &uuid : gone)
        if (m_addresses.remove(uuid) > 0)
            Q_EMIT changed(uuid, {});
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const QList<GuestAddress> sorted = sortedForDisplay(it.value());
        if (m_addresses.value(it.key()) == sorted)
            continue;
        m_addresses.insert(it.key(), sorted);
        Q_EMIT changed(it.key(), sorted);
    }
}

} // namespace Vireo
