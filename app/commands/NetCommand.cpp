#include "app/commands/HostCommands.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "networks/Networks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace Vireo::App {

namespace {

struct NetText
{
    Q_DECLARE_TR_FUNCTIONS(NetText)
};

QJsonObject toJson(const NetworkState &s)
{
    QJsonArray ips, users, leases;
    for (const NetworkIp &ip : s.details.ips) {
        QJsonObject o{{QStringLiteral("family"), ip.family},
                      {QStringLiteral("address"), ip.address},
                      {QStringLiteral("prefix"), ip.prefix},
                      {QStringLiteral("subnet"), ip.subnet().toString()}};
        if (!ip.dhcpStart.isEmpty())
            o.insert(QStringLiteral("dhcp"), QJsonObject{{QStringLiteral("start"), ip.dhcpStart},
                                                         {QStringLiteral("end"), ip.dhcpEnd}});
        ips.append(o);
    }
    for (const ResourceUser &u : s.users)
        users.append(QJsonObject{{QStringLiteral("name"), u.name},
                                 {QStringLiteral("uuid"), u.uuid},
                                 {QStringLiteral("running"), u.running}});
    for (const NetworkLease &l : s.leases)
        leases.append(QJsonObject{{QStringLiteral("vm"), l.vmName},
                                  {QStringLiteral("mac"), l.mac},
                                  {QStringLiteral("ip"), l.ip},
                                  {QStringLiteral("prefix"), l.prefix},
                                  {QStringLiteral("hostname"), l.hostname},
                                  {QStringLiteral("expiry"), l.expiry.toString(Qt::ISODate)}});
    return {{QStringLiteral("name"), s.details.name},
            {QStringLiteral("uuid"), s.details.uuid},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("persistent"), s.persistent},
            {QStringLiteral("autostart"), s.autostart},
            {QStringLiteral("mode"),
             s.details.forwardMode.isEmpty() ? QStringLiteral("isolated") : s.details.forwardMode},
            {QStringLiteral("bridge"), s.details.bridge},
            {QStringLiteral("domain"), s.details.domainName},
            {QStringLiteral("ips"), ips},
            {QStringLiteral("users"), users},
            {QStringLiteral("leases"), leases}};
}

void printLeases(const QList<NetworkLease> &leases)
{
    std::printf("%-20s %-18s %-18s %-20s %s\n", "VM", "MAC", "IP", "HOSTNAME", "EXPIRES");
    for (const NetworkLease &l : leases)
        std::printf(
            "%-20s %-18s %-18s %-20s %s\n",
            qPrintable(l.vmName.isEmpty() ? QStringLiteral("-") : l.vmName), qPrintable(l.mac),
            qPrintable(QStringLiteral("%1/%2").arg(l.ip).arg(l.prefix)),
            qPrintable(l.hostname.isEmpty() ? QStringLiteral("-") : l.hostname),
            qPrintable(l.expiry.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void printInfo(const NetworkState &s)
{
    const auto line = [](const QString &label, const QString &value) {
        std::printf("%-12s %s\n", qPrintable(label + QLatin1Char(':')), qPrintable(value));
    };
    line(NetText::tr("Name"), s.details.name);
    line(NetText::tr("UUID"), s.details.uuid);
    line(NetText::tr("State"), s.active ? NetText::tr("active") : NetText::tr("stopped"));
    line(NetText::tr("Autostart"), s.autostart ? NetText::tr("yes") : NetText::tr("no"));
    line(NetText::tr("Persistent"), s.persistent ? NetText::tr("yes") : NetText::tr("no"));
    line(NetText::tr("Kind"), s.details.modeText());
    line(NetText::tr("Bridge"), s.details.bridge);
    for (const NetworkIp &ip : s.details.ips) {
        line(ip.family == QLatin1String("ipv6") ? NetText::tr("IPv6") : NetText::tr("IPv4"),
             NetText::tr("%1 (host %2)").arg(ip.subnet().toString(), ip.address));
        if (!ip.dhcpStart.isEmpty())
            line(NetText::tr("DHCP"), NetText::tr("%1 to %2").arg(ip.dhcpStart, ip.dhcpEnd));
    }
    if (!s.details.domainName.isEmpty())
        line(NetText::tr("DNS domain"), s.details.domainName);
    line(NetText::tr("Used by"), s.users.isEmpty() ? NetText::tr("no VM") : describeUsers(s.users));
    if (!s.leases.isEmpty()) {
        std::printf("\n");
        printLeases(s.leases);
    }
}

} // namespace

int runNetCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("net"),
        NetText::tr("Virtual networks of the host: list, info, create, start, stop, autostart, "
                    "delete, leases."),
        QStringLiteral("list|info|create|start|stop|autostart|delete|leases [NAME] [on|off]"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("action"), NetText::tr("What to do."));
    p.addPositionalArgument(QStringLiteral("name"), NetText::tr("The network."),
                            QStringLiteral("[name]"));
    command.addJsonOption(NetText::tr("list, info, leases: JSON."));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  NetText::tr("create: nat (default), isolated, routed or bridge."),
                                  QStringLiteral("MODE"), QStringLiteral("nat"));
    const QCommandLineOption ipv4(QStringLiteral("ipv4"),
                                  NetText::tr("create: the IPv4 range, e.g. 192.168.100.0/24 "
                                              "(default: a free one)."),
                                  QStringLiteral("CIDR"));
    const QCommandLineOption ipv6(QStringLiteral("ipv6"),
                                  NetText::tr("create: an IPv6 range too, e.g. fd00:100::/64."),
                                  QStringLiteral("CIDR"));
    const QCommandLineOption noDhcp(QStringLiteral("no-dhcp"),
                                    NetText::tr("create: no DHCP server on the network."));
    const QCommandLineOption bridge(QStringLiteral("bridge"),
                                    NetText::tr("create: the bridge to make (or, with --mode "
                                                "bridge, the host's bridge to use)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption dev(QStringLiteral("dev"),
                                 NetText::tr("create: nat or routed traffic leaves by this host "
                                             "interface only."),
                                 QStringLiteral("IFACE"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    NetText::tr("create: the guests' DNS domain."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption noAutostart(QStringLiteral("no-autostart"),
                                         NetText::tr("create: do not start it with the host."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 NetText::tr("stop, delete: do not ask when VMs use it."));
    command.addOptions({mode, ipv4, ipv6, noDhcp, bridge, dev, domain, noAutostart, yes});
    if (!command.parse(arguments))
        return 2;
    const QStringList args = command.positional();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("list"),   QStringLiteral("info"),
                              QStringLiteral("create"), QStringLiteral("start"),
                              QStringLiteral("stop"),   QStringLiteral("autostart"),
                              QStringLiteral("delete"), QStringLiteral("leases")};
    if (!actions.contains(action))
        return command.fail(
            NetText::tr("name an action: %1 (see --help)").arg(actions.join(QLatin1String(", "))),
            2);
    const int wanted = action == QLatin1String("list")        ? 1
                       : action == QLatin1String("autostart") ? 3
                                                              : 2;
    if (args.size() != wanted)
        return command.fail(NetText::tr("'%1' takes %2 (see --help)")
                                .arg(action, wanted == 1   ? NetText::tr("no name")
                                             : wanted == 3 ? NetText::tr("a network and on or off")
                                                           : NetText::tr("one network")),
                            2);
    const QString name = args.value(1);
    bool on = false;
    if (action == QLatin1String("autostart")) {
        if (args[2] != QLatin1String("on") && args[2] != QLatin1String("off"))
            return command.fail(NetText::tr("autostart takes on or off, not '%1'").arg(args[2]), 2);
        on = args[2] == QLatin1String("on");
    }
    std::optional<NetworkSpec::Mode> chosenMode = NetworkSpec::modeFromName(p.value(mode));
    if (action == QLatin1String("create") && !chosenMode)
        return command.fail(
            NetText::tr("--mode: '%1' is not nat, isolated, routed or bridge").arg(p.value(mode)),
            2);

    Connection connection(command.uri(), command.readOnly());
    if (!openAndWait(connection))
        return command.fail(connection.stateDetail());
    const auto finish
        = [&](const CommandOutcome &o, const QString &done) { return command.finish(o, done); };
    if (action == QLatin1String("list")) {
        QList<NetworkState> states;
        QList<NetworkInfo> networks = connection.networks();
        std::sort(networks.begin(), networks.end(),
                  [](const NetworkInfo &a, const NetworkInfo &b) { return a.name < b.name; });
        for (const NetworkInfo &n : networks) {
            const CommandOutcome o = awaitWithProgress(Networks::read(&connection, n.name));
            if (o.ok)
                states << o.value.value<NetworkState>();
        }
        if (command.json()) {
            QJsonArray list;
            for (const NetworkState &s : std::as_const(states))
                list.append(toJson(s));
            printJson(list);
            return 0;
        }
        std::printf("%-24s %-8s %-9s %-18s %-12s %s\n", "NAME", "STATE", "AUTOSTART", "KIND",
                    "BRIDGE", "IPV4");
        for (const NetworkState &s : std::as_const(states)) {
            QStringList v4;
            for (const NetworkIp &ip : s.details.ips)
                if (ip.family == QLatin1String("ipv4"))
                    v4 << ip.subnet().toString();
            std::printf("%-24s %-8s %-9s %-18s %-12s %s\n", qPrintable(s.details.name),
                        s.active ? "active" : "stopped", s.autostart ? "yes" : "no",
                        qPrintable(s.details.modeText()), qPrintable(s.details.bridge),
                        qPrintable(v4.join(QLatin1Char(','))));
        }
        return 0;
    }
    if (action == QLatin1String("info") || action == QLatin1String("leases")) {
        const CommandOutcome o = awaitWithProgress(Networks::read(&connection, name));
        if (!o.ok)
            return finish(o, {});
        const NetworkState s = o.value.value<NetworkState>();
        if (action == QLatin1String("leases")) {
            if (command.json())
                printJson(toJson(s).value(QStringLiteral("leases")));
            else
                printLeases(s.leases);
        } else if (command.json()) {
            printJson(toJson(s));
        } else {
            printInfo(s);
        }
        return 0;
    }
    if (action == QLatin1String("create")) {
        NetworkSpec spec;
        spec.name = name;
        spec.mode = *chosenMode;
        spec.ipv4 = p.value(ipv4);
        if (spec.ipv4.isEmpty() && spec.mode != NetworkSpec::Mode::Bridge) {
            const CommandOutcome free = awaitWithProgress(Networks::proposeSubnet(&connection));
            if (!free.ok)
                return finish(free, {});
            spec.ipv4 = free.value.toString();
        }
        spec.ipv6 = p.value(ipv6);
        spec.dhcp = !p.isSet(noDhcp);
        spec.bridge = p.value(bridge);
        spec.forwardDev = p.value(dev);
        spec.domainName = p.value(domain);
        spec.autostart = !p.isSet(noAutostart);
        return finish(
            awaitWithProgress(Networks::create(&connection, spec)),
            spec.mode == NetworkSpec::Mode::Bridge
                ? NetText::tr("Network %1 created on the host bridge %2.").arg(name, spec.bridge)
                : NetText::tr("Network %1 created: %2.").arg(name, spec.ipv4));
    }
    if (action == QLatin1String("start"))
        return finish(awaitWithProgress(Networks::start(&connection, name)),
                      NetText::tr("Network %1 started.").arg(name));
    if (action == QLatin1String("autostart"))
        return finish(awaitWithProgress(Networks::setAutostart(&connection, name, on)),
                      on ? NetText::tr("Network %1 starts with the host.").arg(name)
                         : NetText::tr("Network %1 does not start with the host.").arg(name));
    bool declined = false;
    const bool stop = action == QLatin1String("stop");
    const CommandOutcome o = runConfirming(
        [&](bool confirmed) {
            return stop ? Networks::stop(&connection, name, confirmed)
                        : Networks::remove(&connection, name, confirmed);
        },
        p.isSet(yes), &declined);
    if (declined) {
        std::printf("%s\n", qPrintable(NetText::tr("Nothing done.")));
        return 0;
    }
    return finish(o, stop ? NetText::tr("Network %1 stopped.").arg(name)
                          : NetText::tr("Network %1 deleted.").arg(name));
}

} // namespace Vireo::App
