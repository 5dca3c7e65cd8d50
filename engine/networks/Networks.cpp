#include "networks/Networks.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QDir>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct NetworksText
{
    Q_DECLARE_TR_FUNCTIONS(NetworksText)
};

QString networkXml(virNetworkPtr net, unsigned flags = 0)
{
    char *xml = virNetworkGetXMLDesc(net, flags);
    const QString text = QString::fromUtf8(xml ? xml : "");
    free(xml);
    return text;
}

/// Runs `fn` with the network called `name`, or fails saying there is none.
OpResult withNetwork(virConnectPtr conn, const QString &name,
                     const std::function<OpResult(virNetworkPtr)> &fn)
{
    virNetworkPtr net = virNetworkLookupByName(conn, name.toUtf8().constData());
    if (!net)
        return OpResult::failure(
            takeLibvirtError(NetworksText::tr("There is no network called '%1'.").arg(name)));
    OpResult result = fn(net);
    virNetworkFree(net);
    virResetLastError();
    return result;
}

QList<ResourceUser> running(const QList<ResourceUser> &users)
{
    QList<ResourceUser> list;
    for (const ResourceUser &u : users)
        if (u.running)
            list << u;
    return list;
}

QList<ResourceUser> usersOf(virConnectPtr conn, virNetworkPtr net, const QString &name)
{
    return networkUsers(scanDomainUsage(conn), name,
                        NetworkDetails::fromXml(networkXml(net)).bridge);
}

/// Every network libvirt has, read: one listing for the checks a new network needs.
QList<NetworkDetails> readNetworks(virConnectPtr conn)
{
    QList<NetworkDetails> all;
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(conn, &nets, 0);
    for (int i = 0; i < n; ++i) {
        all << NetworkDetails::fromXml(networkXml(nets[i]));
        virNetworkFree(nets[i]);
    }
    free(nets);
    virResetLastError();
    return all;
}

/// The host's bridges and interfaces: /sys/class/net on a local connection, libvirt's view of
/// the interfaces on any, and the bridges of the networks libvirt has.
QStringList hostBridges(virConnectPtr conn, bool local, const QList<NetworkDetails> &networks)
{
    QStringList names;
    if (local)
        names = QDir(QStringLiteral("/sys/class/net")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    virInterfacePtr *ifaces = nullptr;
    const int n = virConnectListAllInterfaces(conn, &ifaces, 0);
    for (int i = 0; i < n; ++i) {
        names << QString::fromUtf8(virInterfaceGetName(ifaces[i]));
        virInterfaceFree(ifaces[i]);
    }
    free(ifaces);
    virResetLastError();
    for (const NetworkDetails &d : networks)
        names << d.bridge;
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

/// The ranges the networks and (local) the host's routes use, each with who uses it.
QList<std::pair<Subnet, QString>> subnetsTaken(const QList<NetworkDetails> &networks, bool local)
{
    QList<std::pair<Subnet, QString>> taken;
    QStringList ourBridges;
    for (const NetworkDetails &d : networks) {
        for (const Subnet &s : d.subnets())
            taken.append({s, NetworksText::tr("the network '%1'").arg(d.name)});
        ourBridges << d.bridge;
    }
    if (local) {
        // A running network's own route is the network itself: named once, as the network.
        for (const auto &[subnet, interface] : localHostRoutes())
            if (!ourBridges.contains(interface))
                taken.append({subnet, NetworksText::tr("the host's route via %1").arg(interface)});
    }
    return taken;
}

} // namespace

QList<std::pair<Subnet, QString>> takenSubnets(virConnectPtr conn, bool local)
{
    return subnetsTaken(readNetworks(conn), local);
}

QList<NetworkLease> readLeases(virConnectPtr conn, const QString &network,
                               const QList<DomainUsage> &usage)
{
    QList<NetworkLease> result;
    virNetworkPtr net = virNetworkLookupByName(conn, network.toUtf8().constData());
    if (!net) {
        virResetLastError();
        return result;
    }
    virNetworkDHCPLeasePtr *leases = nullptr;
    const int n = virNetworkGetDHCPLeases(net, nullptr, &leases, 0);
    for (int i = 0; i < n; ++i) {
        NetworkLease l;
        l.mac = QString::fromUtf8(leases[i]->mac).toLower();
        l.ip = QString::fromUtf8(leases[i]->ipaddr);
        l.prefix = int(leases[i]->prefix);
        l.hostname = QString::fromUtf8(leases[i]->hostname ? leases[i]->hostname : "");
        l.clientId = QString::fromUtf8(leases[i]->clientid ? leases[i]->clientid : "");
        l.expiry = QDateTime::fromSecsSinceEpoch(leases[i]->expirytime);
        for (const DomainUsage &u : usage)
            for (const auto &[mac, source] : u.macs)
                if (mac == l.mac)
                    l.vmName = u.vm.name;
        result << l;
        virNetworkDHCPLeaseFree(leases[i]);
    }
    free(leases);
    virNetworkFree(net);
    virResetLastError();
    return result;
}

namespace Networks {

Operation *read(Connection *connection, const QString &name)
{
    return connection->runJob(
        NetworksText::tr("Read network %1").arg(name), [name](virConnectPtr conn, Operation *) {
            return withNetwork(conn, name, [&](virNetworkPtr net) {
                NetworkState s;
                s.xml = networkXml(net);
                s.details = NetworkDetails::fromXml(s.xml);
                s.active = virNetworkIsActive(net) == 1;
                s.persistent = virNetworkIsPersistent(net) == 1;
                int autostart = 0;
                s.autostart = virNetworkGetAutostart(net, &autostart) == 0 && autostart;
                const QList<DomainUsage> usage = scanDomainUsage(conn);
                s.users = networkUsers(usage, name, s.details.bridge);
                if (s.active)
                    s.leases = readLeases(conn, name, usage);
                return OpResult::success(QVariant::fromValue(s));
            });
        });
}

Operation *leases(Connection *connection, const QString &name)
{
    return connection->runJob(NetworksText::tr("Read the leases of %1").arg(name),
                              [name](virConnectPtr conn, Operation *) {
                                  return OpResult::success(QVariant::fromValue(
                                      readLeases(conn, name, scanDomainUsage(conn))));
                              });
}

Operation *proposeSubnet(Connection *connection)
{
    const bool local = connection->isLocal();
    return connection->runJob(
        NetworksText::tr("Find a free address range"), [local](virConnectPtr conn, Operation *) {
            QList<Subnet> taken;
            for (const auto &t : takenSubnets(conn, local))
                taken << t.first;
            const Subnet s = Vireo::proposeSubnet(taken);
            if (!s.isValid())
                return OpResult::failure(
                    NetworksText::tr("Every private range Vireo tries is in use."));
            return OpResult::success(s.toString());
        });
}

Operation *create(Connection *connection, const NetworkSpec &spec)
{
    const bool local = connection->isLocal();
    const bool session = isSessionUri(connection->uri());
    return connection->runJob(
        NetworksText::tr("Create network %1").arg(spec.name),
        [spec, local, session](virConnectPtr conn, Operation *) {
            const QList<NetworkDetails> networks = readNetworks(conn);
            QStringList names;
            for (const NetworkDetails &d : networks)
                names << d.name;
            const QString problem = spec.check(subnetsTaken(networks, local),
                                               hostBridges(conn, local, networks), names);
            if (!problem.isEmpty())
                return OpResult::failure(problem, Failure::Kind::InvalidInput);
            const QByteArray xml = spec.toXml().toUtf8();
            virNetworkPtr net = virNetworkDefineXML(conn, xml.constData());
            if (!net && session)
                // libvirt 9.0's per-user daemon makes no networks ("Operation not permitted").
                return OpResult::failure(takeLibvirtError(NetworksText::tr(
                    "A session connection (qemu:///session) cannot make virtual networks: "
                    "libvirt needs the system daemon for them. Add a qemu:///system "
                    "connection and create the network there.")));
            if (!net)
                return OpResult::failure(takeLibvirtError(
                    NetworksText::tr("Could not define the network %1.").arg(spec.name)));
            if (virNetworkCreate(net) < 0) {
                const Failure why = takeLibvirtError(
                    NetworksText::tr("Could not start the network %1; it was not kept.")
                        .arg(spec.name));
                virNetworkUndefine(net);
                virNetworkFree(net);
                virResetLastError();
                return OpResult::failure(why);
            }
            if (spec.autostart && virNetworkSetAutostart(net, 1) < 0) {
                const Failure why = takeLibvirtError(
                    NetworksText::tr("The network %1 runs, but could not be set to start with "
                                     "the host.")
                        .arg(spec.name));
                virNetworkFree(net);
                return OpResult::failure(why);
            }
            virNetworkFree(net);
            return OpResult::success(spec.name);
        });
}

Operation *start(Connection *connection, const QString &name)
{
    return connection->runJob(
        NetworksText::tr("Start network %1").arg(name), [name](virConnectPtr conn, Operation *) {
            return withNetwork(conn, name, [&](virNetworkPtr net) {
                if (virNetworkCreate(net) < 0)
                    return OpResult::failure(takeLibvirtError(
                        NetworksText::tr("Could not start the network %1.").arg(name)));
                return OpResult::success();
            });
        });
}

Operation *stop(Connection *connection, const QString &name, bool confirmed)
{
    return connection->runJob(
        NetworksText::tr("Stop network %1").arg(name),
        [name, confirmed](virConnectPtr conn, Operation *) {
            return withNetwork(conn, name, [&](virNetworkPtr net) {
                const QList<ResourceUser> users = running(usersOf(conn, net, name));
                if (!users.isEmpty() && !confirmed)
                    return OpResult::failure(Failure::of(
                        Failure::Kind::NeedsConfirmation,
                        NetworksText::tr("%n running VM(s) use the network %1: %2. Their network "
                                         "cards lose their connection until it starts again.",
                                         nullptr, int(users.size()))
                            .arg(name, describeUsers(users))));
                if (virNetworkDestroy(net) < 0)
                    return OpResult::failure(takeLibvirtError(
                        NetworksText::tr("Could not stop the network %1.").arg(name)));
                return OpResult::success();
            });
        });
}

Operation *setAutostart(Connection *connection, const QString &name, bool autostart)
{
    Operation *op = connection->runJob(
        autostart ? NetworksText::tr("Start network %1 with the host").arg(name)
                  : NetworksText::tr("Do not start network %1 with the host").arg(name),
        [name, autostart](virConnectPtr conn, Operation *) {
            return withNetwork(conn, name, [&](virNetworkPtr net) {
                if (virNetworkSetAutostart(net, autostart ? 1 : 0) < 0)
                    return OpResult::failure(takeLibvirtError(
                        NetworksText::tr("Could not change the autostart of %1.").arg(name)));
                char uuid[VIR_UUID_STRING_BUFLEN] = {};
                virNetworkGetUUIDString(net, uuid);
                return OpResult::success(QString::fromLatin1(uuid));
            });
        });
    // libvirt sends no event for autostart: the cache is re-read by hand.
    QObject::connect(op, &Operation::finished, connection, [connection, op](bool ok) {
        if (ok)
            connection->refreshNetwork(op->value().toString());
    });
    return op;
}

Operation *remove(Connection *connection, const QString &name, bool confirmed)
{
    return connection->runJob(
        NetworksText::tr("Delete network %1").arg(name),
        [name, confirmed](virConnectPtr conn, Operation *) {
            return withNetwork(conn, name, [&](virNetworkPtr net) {
                const QList<ResourceUser> users = usersOf(conn, net, name);
                if (const QList<ResourceUser> up = running(users); !up.isEmpty())
                    return OpResult::failure(
                        NetworksText::tr("The network %1 cannot be deleted while running VMs use "
                                         "it: %2. Shut them down or move their network cards "
                                         "first.")
                            .arg(name, describeUsers(up)),
                        Failure::Kind::InvalidInput);
                if (!users.isEmpty() && !confirmed)
                    return OpResult::failure(Failure::of(
                        Failure::Kind::NeedsConfirmation,
                        NetworksText::tr("%1 still name the network %2; they will not start until "
                                         "their network cards are moved to another network.")
                            .arg(describeUsers(users), name)));
                if (virNetworkIsActive(net) == 1 && virNetworkDestroy(net) < 0)
                    return OpResult::failure(takeLibvirtError(
                        NetworksText::tr("Could not stop the network %1.").arg(name)));
                if (virNetworkIsPersistent(net) == 1 && virNetworkUndefine(net) < 0)
                    return OpResult::failure(takeLibvirtError(
                        NetworksText::tr("The network %1 is stopped, but could not be deleted.")
                            .arg(name)));
                return OpResult::success();
            });
        });
}

} // namespace Networks
} // namespace Vireo
