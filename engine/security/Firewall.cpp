#include "security/Firewall.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "security/FirewallSupport.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Firewall {

namespace {

struct FirewallText
{
    Q_DECLARE_TR_FUNCTIONS(FirewallText)
};

// Vireo's own filters, defined on first use. Stateful rules (NoInbound) are iptables rules on
// the bridge (br_netfilter); the others are ebtables rules, as libvirt's clean-traffic is.
const char kHostOnly[] = R"(<filter name='vireo-host-only' chain='root'>
  <filterref filter='no-mac-spoofing'/>
  <filterref filter='no-ip-spoofing'/>
  <filterref filter='no-arp-spoofing'/>
  <rule action='accept' direction='inout' priority='-500'><mac protocolid='arp'/></rule>
  <rule action='accept' direction='out' priority='100'><ip dstipaddr='$GATEWAY_IP'/></rule>
  <rule action='accept' direction='in' priority='100'><ip srcipaddr='$GATEWAY_IP'/></rule>
  <rule action='accept' direction='out' priority='110'><ip protocol='udp' srcportstart='68' dstportstart='67'/></rule>
  <rule action='accept' direction='in' priority='110'><ip protocol='udp' srcportstart='67' dstportstart='68'/></rule>
  <filterref filter='no-other-l2-traffic'/>
</filter>)";

const char kNoInbound[] = R"(<filter name='%1' chain='root'>
  <rule action='accept' direction='out' priority='500'><all state='NEW,ESTABLISHED,RELATED'/></rule>
  <rule action='accept' direction='in' priority='500'><all state='ESTABLISHED,RELATED'/></rule>
  <rule action='accept' direction='in' priority='510'><udp srcportstart='67' dstportstart='68'/></rule>
  %2<rule action='drop' direction='in' priority='1000'><all/></rule>
</filter>)";

QString lastError()
{
    return takeLibvirtMessage();
}

/// The network's bridge MAC and the host's IPv4 address on it.
std::pair<QString, QString> gatewayOf(virConnectPtr conn, const QString &network)
{
    virNetworkPtr net = virNetworkLookupByName(conn, network.toUtf8().constData());
    char *raw = net ? virNetworkGetXMLDesc(net, 0) : nullptr;
    if (net)
        virNetworkFree(net);
    XmlTree tree;
    const bool read = tree.read(QString::fromUtf8(raw ? raw : ""));
    free(raw);
    virResetLastError();
    if (!read)
        return {};
    const XmlElement *mac = tree.root()->child(QStringLiteral("mac"));
    QString ip;
    for (const XmlElement *e : tree.root()->children(QStringLiteral("ip")))
        if (e->attribute(QStringLiteral("family"), QStringLiteral("ipv4")) == QLatin1String("ipv4"))
            ip = e->attribute(QStringLiteral("address"));
    return {mac ? mac->attribute(QStringLiteral("address")) : QString(), ip};
}

/// The addresses the network's DHCP server gave the card with this MAC.
QStringList leasesOf(virConnectPtr conn, const QString &network, const QString &mac)
{
    QStringList ips;
    virNetworkPtr net = virNetworkLookupByName(conn, network.toUtf8().constData());
    if (!net) {
        virResetLastError();
        return ips;
    }
    virNetworkDHCPLeasePtr *leases = nullptr;
    const int n = virNetworkGetDHCPLeases(net, mac.toUtf8().constData(), &leases, 0);
    for (int i = 0; i < n; ++i) {
        if (leases[i]->type == VIR_IP_ADDR_TYPE_IPV4 && leases[i]->ipaddr)
            ips << QString::fromUtf8(leases[i]->ipaddr);
        virNetworkDHCPLeaseFree(leases[i]);
    }
    free(leases);
    virNetworkFree(net);
    virResetLastError();
    return ips;
}

/// Defines Vireo's filter `name` when libvirt does not have it yet.
QString ensureFilter(virConnectPtr conn, const QString &name, const QString &xml)
{
    if (virNWFilterPtr f = virNWFilterLookupByName(conn, name.toUtf8().constData())) {
        virNWFilterFree(f);
        return {};
    }
    virResetLastError();
    virNWFilterPtr f = virNWFilterDefineXML(conn, xml.toUtf8().constData());
    if (!f)
        return FirewallText::tr("Could not define the filter %1: %2").arg(name, lastError());
    virNWFilterFree(f);
    return {};
}

/// The <filterref> a choice gives a card on `network` (empty name: none); why not, when it
/// cannot have it.
QString filterRefFor(virConnectPtr conn, const FirewallChoice &choice, const QString &nicType,
                     const QString &network, QString *name,
                     QList<std::pair<QString, QString>> *params)
{
    params->clear();
    switch (choice.preset) {
    case FirewallPreset::None:
        name->clear();
        return {};
    case FirewallPreset::NoSpoofing:
        *name = QStringLiteral("clean-traffic");
        return {};
    case FirewallPreset::Isolated:
    case FirewallPreset::HostOnly: {
        if (nicType != QLatin1String("network"))
            return FirewallText::tr("\"%1\" needs a card on a libvirt network (it learns the "
                                    "host's address there); this one is a %2 card.")
                .arg(presetTitle(choice.preset), nicType);
        const auto [mac, ip] = gatewayOf(conn, network);
        if (choice.preset == FirewallPreset::Isolated) {
            if (mac.isEmpty())
                return FirewallText::tr("The network %1 does not say its bridge's address.")
                    .arg(network);
            *name = QStringLiteral("clean-traffic-gateway");
            params->append({QStringLiteral("GATEWAY_MAC"), mac});
        } else {
            if (ip.isEmpty())
                return FirewallText::tr("The network %1 has no address of the host's: \"%2\" "
                                        "would leave the VM nothing to reach.")
                    .arg(network, presetTitle(choice.preset));
            *name = QStringLiteral("vireo-host-only");
            params->append({QStringLiteral("GATEWAY_IP"), ip});
        }
        return {};
    }
    case FirewallPreset::NoInbound:
        *name = choice.ports.isEmpty() ? QStringLiteral("vireo-no-inbound")
                                       : QStringLiteral("vireo-no-inbound-except");
        for (int port : choice.ports) {
            if (port < 1 || port > 65535)
                return FirewallText::tr("%1 is not a port (1 to 65535).").arg(port);
            params->append({QStringLiteral("PORTS"), QString::number(port)});
        }
        return {};
    case FirewallPreset::Custom: {
        if (choice.filter.isEmpty())
            return FirewallText::tr("Name the filter.");
        virNWFilterPtr f = virNWFilterLookupByName(conn, choice.filter.toUtf8().constData());
        if (!f) {
            virResetLastError();
            return FirewallText::tr("There is no filter called '%1'.").arg(choice.filter);
        }
        virNWFilterFree(f);
        *name = choice.filter;
        return {};
    }
    }
    return {};
}

void setFilterRef(XmlElement *nic, const QString &name,
                  const QList<std::pair<QString, QString>> &params)
{
    for (XmlElement *old : nic->children(QStringLiteral("filterref")))
        nic->removeChild(old);
    if (name.isEmpty())
        return;
    XmlElement *ref = nic->appendChild(QStringLiteral("filterref"));
    ref->setAttribute(QStringLiteral("filter"), name);
    for (const auto &[key, value] : params) {
        XmlElement *p = ref->appendChild(QStringLiteral("parameter"));
        p->setAttribute(QStringLiteral("name"), key);
        p->setAttribute(QStringLiteral("value"), value);
    }
}

} // namespace

QString presetName(FirewallPreset preset)
{
    switch (preset) {
    case FirewallPreset::None:
        return QStringLiteral("none");
    case FirewallPreset::NoSpoofing:
        return QStringLiteral("no-spoofing");
    case FirewallPreset::Isolated:
        return QStringLiteral("isolated");
    case FirewallPreset::HostOnly:
        return QStringLiteral("host-only");
    case FirewallPreset::NoInbound:
        return QStringLiteral("no-inbound");
    case FirewallPreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<FirewallPreset> presetFromName(const QString &name)
{
    for (FirewallPreset p :
         {FirewallPreset::None, FirewallPreset::NoSpoofing, FirewallPreset::Isolated,
          FirewallPreset::HostOnly, FirewallPreset::NoInbound})
        if (presetName(p) == name)
            return p;
    return std::nullopt;
}

QString presetTitle(FirewallPreset preset)
{
    switch (preset) {
    case FirewallPreset::None:
        return FirewallText::tr("None");
    case FirewallPreset::NoSpoofing:
        return FirewallText::tr("No spoofing");
    case FirewallPreset::Isolated:
        return FirewallText::tr("Isolated from other VMs");
    case FirewallPreset::HostOnly:
        return FirewallText::tr("Host only");
    case FirewallPreset::NoInbound:
        return FirewallText::tr("No inbound connections");
    case FirewallPreset::Custom:
        return FirewallText::tr("A filter of yours");
    }
    return {};
}

QString presetDescription(FirewallPreset preset)
{
    switch (preset) {
    case FirewallPreset::None:
        return FirewallText::tr("Its traffic is not filtered.");
    case FirewallPreset::NoSpoofing:
        return FirewallText::tr("It can send only with its own MAC and IP address (libvirt's "
                                "clean-traffic): no spoofing of addresses or ARP.");
    case FirewallPreset::Isolated:
        return FirewallText::tr("It talks to the network's gateway only (the host, and "
                                "through it the outside), never to another VM.");
    case FirewallPreset::HostOnly:
        return FirewallText::tr("It reaches the host's address on its network and nothing "
                                "else, not even the outside.");
    case FirewallPreset::NoInbound:
        return FirewallText::tr("Nothing reaches in but replies to its own connections and "
                                "the TCP ports you name.");
    case FirewallPreset::Custom:
        return FirewallText::tr("Your own rules (Host window, Firewall).");
    }
    return {};
}

FirewallChoice choiceOf(const QString &filter, const QList<std::pair<QString, QString>> &params)
{
    FirewallChoice c;
    if (filter.isEmpty())
        return c;
    if (filter == QLatin1String("clean-traffic"))
        c.preset = FirewallPreset::NoSpoofing;
    else if (filter == QLatin1String("clean-traffic-gateway"))
        c.preset = FirewallPreset::Isolated;
    else if (filter == QLatin1String("vireo-host-only"))
        c.preset = FirewallPreset::HostOnly;
    else if (filter == QLatin1String("vireo-no-inbound")
             || filter == QLatin1String("vireo-no-inbound-except")) {
        c.preset = FirewallPreset::NoInbound;
        for (const auto &[key, value] : params)
            if (key == QLatin1String("PORTS"))
                c.ports << value.toInt();
    } else {
        c.preset = FirewallPreset::Custom;
        c.filter = filter;
    }
    return c;
}

QString applyNow(virConnectPtr conn, const QString &uuid, const QString &mac,
                 const FirewallChoice &choice, QString *done)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom) {
        virResetLastError();
        return FirewallText::tr("The VM is gone.");
    }
    const bool running = virDomainIsActive(dom) == 1;
    XmlTree config;
    config.read(domainXml(dom, VIR_DOMAIN_XML_INACTIVE));
    XmlElement *devices = config.root() ? config.root()->child(QStringLiteral("devices")) : nullptr;
    QList<XmlElement *> nics;
    if (devices)
        for (XmlElement *nic : devices->children(QStringLiteral("interface")))
            if (mac.isEmpty() || macOf(nic) == mac.toLower())
                nics << nic;
    if (nics.isEmpty()) {
        virDomainFree(dom);
        return mac.isEmpty()
                   ? FirewallText::tr("The VM has no network card.")
                   : FirewallText::tr("The VM has no card with the MAC address %1.").arg(mac);
    }
    // Every card is checked before any changes: a refusal changes nothing.
    struct Plan
    {
        QString mac;
        QString filter;
        QList<std::pair<QString, QString>> params;
    };
    QList<Plan> plans;
    for (XmlElement *nic : nics) {
        const QString type = nic->attribute(QStringLiteral("type"));
        if (choice.preset != FirewallPreset::None
            && !QStringList{QStringLiteral("network"), QStringLiteral("bridge"),
                            QStringLiteral("ethernet")}
                    .contains(type)) {
            virDomainFree(dom);
            return type == QLatin1String("user")
                       ? FirewallText::tr("The card %1 uses user-mode networking, which cannot "
                                          "carry a filter (libvirt does not apply one there). "
                                          "Connect it to a libvirt network or a bridge first.")
                             .arg(macOf(nic))
                       : FirewallText::tr("The card %1 is a %2 card, which cannot carry a filter.")
                             .arg(macOf(nic), type);
        }
        const XmlElement *source = nic->child(QStringLiteral("source"));
        Plan plan{macOf(nic), {}, {}};
        if (const QString why
            = filterRefFor(conn, choice, type,
                           source ? source->attribute(QStringLiteral("network")) : QString(),
                           &plan.filter, &plan.params);
            !why.isEmpty()) {
            virDomainFree(dom);
            return why;
        }
        // Filters against spoofing need the card's address: the one its network's DHCP server
        // gave it, when there is one (else libvirt learns it from the card's first packets).
        if (choice.preset == FirewallPreset::NoSpoofing || choice.preset == FirewallPreset::Isolated
            || choice.preset == FirewallPreset::HostOnly)
            if (type == QLatin1String("network") && source)
                for (const QString &ip :
                     leasesOf(conn, source->attribute(QStringLiteral("network")), plan.mac))
                    plan.params.append({QStringLiteral("IP"), ip});
        plans << plan;
    }
    // Vireo's own filters, made when first used.
    QString why;
    if (choice.preset == FirewallPreset::HostOnly)
        why = ensureFilter(conn, QStringLiteral("vireo-host-only"), QString::fromLatin1(kHostOnly));
    else if (choice.preset == FirewallPreset::NoInbound)
        why = choice.ports.isEmpty()
                  ? ensureFilter(conn, QStringLiteral("vireo-no-inbound"),
                                 QString::fromLatin1(kNoInbound)
                                     .arg(QStringLiteral("vireo-no-inbound"), QString()))
                  : ensureFilter(
                      conn, QStringLiteral("vireo-no-inbound-except"),
                      QString::fromLatin1(kNoInbound)
                          .arg(QStringLiteral("vireo-no-inbound-except"),
                               QStringLiteral("<rule action='accept' direction='in' "
                                              "priority='400'><tcp dstportstart='$PORTS' "
                                              "state='NEW'/></rule>\n  ")));
    if (!why.isEmpty()) {
        virDomainFree(dom);
        return why;
    }
    // The running VM first: when libvirt refuses the live change, the definition stays as it
    // was.
    if (running) {
        XmlTree live;
        live.read(domainXml(dom, 0));
        XmlElement *liveDevices
            = live.root() ? live.root()->child(QStringLiteral("devices")) : nullptr;
        for (const Plan &plan : plans) {
            XmlElement *nic = nullptr;
            if (liveDevices)
                for (XmlElement *n : liveDevices->children(QStringLiteral("interface")))
                    if (macOf(n) == plan.mac)
                        nic = n;
            if (!nic)
                continue; // a card only in the definition (added for the next start)
            setFilterRef(nic, plan.filter, plan.params);
            if (virDomainUpdateDeviceFlags(dom, nic->toString().toUtf8().constData(),
                                           VIR_DOMAIN_AFFECT_LIVE)
                < 0) {
                const QString reason = lastError();
                virDomainFree(dom);
                return FirewallText::tr("libvirt did not change the running VM's card %1: %2")
                    .arg(plan.mac, reason);
            }
        }
    }
    for (XmlElement *nic : nics)
        for (const Plan &plan : plans)
            if (plan.mac == macOf(nic))
                setFilterRef(nic, plan.filter, plan.params);
    virDomainPtr defined = virDomainDefineXML(conn, config.write().toUtf8().constData());
    virDomainFree(dom);
    if (!defined)
        return FirewallText::tr("libvirt did not keep the change: %1").arg(lastError());
    virDomainFree(defined);
    if (done) {
        const QString cards = nics.size() == 1 ? FirewallText::tr("The card %1").arg(plans[0].mac)
                                               : FirewallText::tr("Its %1 cards").arg(nics.size());
        const QString what = choice.preset == FirewallPreset::Custom
                                 ? FirewallText::tr("the filter %1").arg(choice.filter)
                                 : presetTitle(choice.preset);
        *done = running ? FirewallText::tr("%1: %2, in effect now.").arg(cards, what)
                        : FirewallText::tr("%1: %2, from its next start.").arg(cards, what);
    }
    return {};
}

Operation *apply(Connection *connection, const QString &uuid, const QString &mac,
                 const FirewallChoice &choice)
{
    return connection->runJob(
        FirewallText::tr("Firewall: %1")
            .arg(choice.preset == FirewallPreset::Custom ? choice.filter
                                                         : presetTitle(choice.preset)),
        [uuid, mac, choice](virConnectPtr conn, Operation *) {
            QString done;
            const QString why = applyNow(conn, uuid, mac, choice, &done);
            virResetLastError();
            return why.isEmpty() ? OpResult::success(done)
                                 : OpResult::failure(FirewallText::tr("The firewall was not "
                                                                      "changed: %1")
                                                         .arg(why),
                                                     Failure::Kind::InvalidInput);
        },
        {uuid});
}

} // namespace Vireo::Firewall
