#pragma once

#include "host/ResourceUsage.h"
#include "networks/NetworkConfig.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Vireo {

class Connection;
class Operation;

/// An address the network's DHCP server handed out.
struct NetworkLease
{
    QString mac;
    QString ip;
    int prefix = 0;
    QString hostname; // as the guest told it
    QString clientId;
    QDateTime expiry;
    QString vmName; // the VM with that MAC, empty when none here has it
    bool operator==(const NetworkLease &) const = default;
};

/// One network as the Networks page shows it: its configuration, state, users and leases.
struct NetworkState
{
    NetworkDetails details;
    QString xml;
    bool active = false;
    bool persistent = true;
    bool autostart = false;
    QList<ResourceUser> users;
    QList<NetworkLease> leases;
};

/// Virtual networks on a connection's host: each call an Operation on the connection's worker.
/// Changes are announced by libvirt's network events (Connection::networkChanged), so a page
/// that listens needs no re-read of the list.
namespace Networks {

/// A network's state (value: NetworkState), users and leases included.
Operation *read(Connection *connection, const QString &name);
/// The leases of a network (value: QList<NetworkLease>), with the VM that has each MAC.
Operation *leases(Connection *connection, const QString &name);
/// A subnet for a new network that clashes with no network of the host and (on a local
/// connection) no route of the host (value: QString, e.g. "192.168.101.0/24").
Operation *proposeSubnet(Connection *connection);
/// Checks the spec against the host (overlapping subnets, bridges, names), defines the network,
/// starts it and sets its autostart. Nothing is left when a step fails. Value: the new name.
Operation *create(Connection *connection, const NetworkSpec &spec);
Operation *start(Connection *connection, const QString &name);
/// Stops a network. While running VMs use it, it fails with kind NeedsConfirmation naming
/// them, unless `confirmed` (their NICs then lose the link).
Operation *stop(Connection *connection, const QString &name, bool confirmed = false);
Operation *setAutostart(Connection *connection, const QString &name, bool autostart);
/// Stops and undefines a network. Refused while running VMs use it (naming them); asks
/// (NeedsConfirmation) when shut-off VMs name it, unless `confirmed`.
Operation *remove(Connection *connection, const QString &name, bool confirmed = false);

} // namespace Networks

/// Blocking parts, for the worker and for tests.
QList<NetworkLease> readLeases(virConnectPtr conn, const QString &network,
                               const QList<DomainUsage> &usage);
/// Subnets in use on the connection's host: every network's, and the local routes when `local`.
QList<std::pair<Subnet, QString>> takenSubnets(virConnectPtr conn, bool local);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::NetworkLease)
Q_DECLARE_METATYPE(Vireo::NetworkState)
