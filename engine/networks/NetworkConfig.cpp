#include "networks/NetworkConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

namespace Vireo {

namespace {

struct NetworkText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkText)
};

QString attr(const QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1String(name)).toString();
}

int netmaskPrefix(const QString &mask)
{
    int prefix = 0;
    for (const QString &part : mask.split(QLatin1Char('.')))
        prefix += qPopulationCount(quint8(part.toUInt()));
    return prefix;
}

int addressBytes(int family)
{
    return family == 4 ? 4 : 16;
}

QString addressText(int family, const std::array<quint8, 16> &bytes)
{
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(family == 4 ? AF_INET : AF_INET6, bytes.data(), text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace

Subnet Subnet::parse(const QString &cidr)
{
    const QStringList parts = cidr.trimmed().split(QLatin1Char('/'));
    Subnet s;
    if (parts.size() != 2)
        return s;
    bool ok = false;
    const int prefix = parts[1].toInt(&ok);
    const QByteArray address = parts[0].toLatin1();
    std::array<quint8, 16> bytes{};
    int family = 0;
    if (inet_pton(AF_INET, address.constData(), bytes.data()) == 1)
        family = 4;
    else if (inet_pton(AF_INET6, address.constData(), bytes.data()) == 1)
        family = 6;
    if (!ok || family == 0 || prefix < 0 || prefix > addressBytes(family) * 8)
        return s;
    for (int bit = prefix; bit < addressBytes(family) * 8; ++bit)
        bytes[bit / 8] &= quint8(~(0x80 >> (bit % 8)));
    s.family = family;
    s.bytes = bytes;
    s.prefix = prefix;
    return s;
}

bool Subnet::overlaps(const Subnet &other) const
{
    if (!isValid() || !other.isValid() || family != other.family)
        return false;
    // Two blocks overlap when they agree on the bits of the shorter prefix.
    const int bits = qMin(prefix, other.prefix);
    for (int bit = 0; bit < bits; ++bit) {
        const quint8 mask = quint8(0x80 >> (bit % 8));
        if ((bytes[bit / 8] & mask) != (other.bytes[bit / 8] & mask))
            return false;
    }
    return true;
}

QString Subnet::toString() const
{
    return isValid() ? QStringLiteral("%1/%2").arg(addressText(family, bytes)).arg(prefix)
                     : QString();
}

quint64 Subnet::size() const
{
    const int bits = addressBytes(family) * 8 - prefix;
    return bits >= 32 ? (quint64(1) << 32) : (quint64(1) << bits);
}

QString Subnet::host(quint64 n) const
{
    if (!isValid() || n >= size())
        return {};
    std::array<quint8, 16> a = bytes;
    // Add n to the address, from its last byte up.
    quint64 carry = n;
    for (int i = addressBytes(family) - 1; i >= 0 && carry; --i) {
        const quint64 sum = a[i] + (carry & 0xff);
        a[i] = quint8(sum & 0xff);
        carry = (carry >> 8) + (sum >> 8);
    }
    return addressText(family, a);
}

Subnet NetworkIp::subnet() const
{
    return Subnet::parse(QStringLiteral("%1/%2").arg(address).arg(prefix));
}

QString NetworkDetails::modeText() const
{
    if (forwardMode.isEmpty())
        return NetworkText::tr("Isolated");
    if (forwardMode == QLatin1String("nat"))
        return forwardDev.isEmpty() ? NetworkText::tr("NAT")
                                    : NetworkText::tr("NAT via %1").arg(forwardDev);
    if (forwardMode == QLatin1String("route"))
        return forwardDev.isEmpty() ? NetworkText::tr("Routed")
                                    : NetworkText::tr("Routed via %1").arg(forwardDev);
    if (forwardMode == QLatin1String("bridge"))
        return NetworkText::tr("Host bridge %1").arg(bridge);
    if (forwardMode == QLatin1String("open"))
        return NetworkText::tr("Open (no firewall rules)");
    return forwardMode;
}

QList<Subnet> NetworkDetails::subnets() const
{
    QList<Subnet> list;
    for (const NetworkIp &ip : ips)
        if (const Subnet s = ip.subnet(); s.isValid())
            list << s;
    return list;
}

NetworkDetails NetworkDetails::fromXml(const QString &xml)
{
    NetworkDetails d;
    QXmlStreamReader r(xml);
    QStringList path;
    DnsHost dnsHost;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement()) {
            if (path.join(QLatin1Char('/')) == QLatin1String("network/dns/host"))
                d.dnsHosts << dnsHost;
            path.removeLast();
            continue;
        }
        if (!r.isStartElement())
            continue;
        path << r.name().toString();
        const QString at = path.join(QLatin1Char('/'));
        if (at == QLatin1String("network/name")) {
            d.name = r.readElementText();
            path.removeLast();
        } else if (at == QLatin1String("network/uuid")) {
            d.uuid = r.readElementText();
            path.removeLast();
        } else if (at == QLatin1String("network/forward")) {
            d.forwardMode = attr(r, "mode");
            if (d.forwardMode.isEmpty())
                d.forwardMode = QStringLiteral("nat");
            d.forwardDev = attr(r, "dev");
        } else if (at == QLatin1String("network/bridge")) {
            d.bridge = attr(r, "name");
        } else if (at == QLatin1String("network/domain")) {
            d.domainName = attr(r, "name");
        } else if (at == QLatin1String("network/mtu")) {
            d.mtu = attr(r, "size").toInt();
        } else if (at == QLatin1String("network/ip")) {
            NetworkIp ip;
            ip.family = attr(r, "family");
            ip.address = attr(r, "address");
            if (ip.family.isEmpty())
                ip.family = ip.address.contains(QLatin1Char(':')) ? QStringLiteral("ipv6")
                                                                  : QStringLiteral("ipv4");
            if (const QString p = attr(r, "prefix"); !p.isEmpty())
                ip.prefix = p.toInt();
            else if (const QString mask = attr(r, "netmask"); !mask.isEmpty())
                ip.prefix = netmaskPrefix(mask);
            else
                ip.prefix = ip.family == QLatin1String("ipv6") ? 64 : 24;
            d.ips << ip;
        } else if (at == QLatin1String("network/ip/dhcp/range") && !d.ips.isEmpty()) {
            d.ips.last().dhcpStart = attr(r, "start");
            d.ips.last().dhcpEnd = attr(r, "end");
        } else if (at == QLatin1String("network/ip/dhcp/host") && !d.ips.isEmpty()) {
            d.ips.last().hosts << DhcpHost{attr(r, "mac"), attr(r, "name"), attr(r, "ip")};
        } else if (at == QLatin1String("network/dns/host")) {
            dnsHost = DnsHost{attr(r, "ip"), {}};
        } else if (at == QLatin1String("network/dns/host/hostname")) {
            dnsHost.hostnames << r.readElementText();
            path.removeLast();
        }
    }
    return d;
}

QString NetworkSpec::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Nat:
        return QStringLiteral("nat");
    case Mode::Isolated:
        return QStringLiteral("isolated");
    case Mode::Routed:
        return QStringLiteral("routed");
    case Mode::Bridge:
        return QStringLiteral("bridge");
    }
    return {};
}

std::optional<NetworkSpec::Mode> NetworkSpec::modeFromName(const QString &name)
{
    for (Mode m : {Mode::Nat, Mode::Isolated, Mode::Routed, Mode::Bridge})
        if (modeName(m) == name.toLower())
            return m;
    return std::nullopt;
}

QString validateResourceName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return NetworkText::tr("The %1 needs a name.").arg(what);
    if (name != name.trimmed())
        return NetworkText::tr("The %1's name '%2' starts or ends with a space.").arg(what, name);
    if (name.size() > 100)
        return NetworkText::tr("The %1's name is longer than 100 characters.").arg(what);
    if (name.contains(QLatin1Char('/')))
        return NetworkText::tr("The %1's name '%2' has a '/', which cannot be in a name.")
            .arg(what, name);
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return NetworkText::tr("The %1's name '%2' starts with '%3'.")
            .arg(what, name, name.left(1));
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return NetworkText::tr("The %1's name has a control character.").arg(what);
    return {};
}

QString NetworkSpec::check(const QList<std::pair<Subnet, QString>> &taken,
                           const QStringList &bridges, const QStringList &networkNames) const
{
    if (QString problem = validateResourceName(name, NetworkText::tr("network"));
        !problem.isEmpty())
        return problem;
    if (networkNames.contains(name))
        return NetworkText::tr("There is a network called '%1' already.").arg(name);
    if (mode == Mode::Bridge) {
        if (bridge.isEmpty())
            return NetworkText::tr("Name the host bridge the network is to use (e.g. br0).");
        if (!bridges.contains(bridge))
            return NetworkText::tr("The host has no bridge or interface called '%1'.").arg(bridge);
        return {};
    }
    if (!bridge.isEmpty()) {
        if (bridge.size() > 15 || bridge.contains(QLatin1Char(' '))
            || bridge.contains(QLatin1Char('/')))
            return NetworkText::tr("'%1' cannot name a bridge: at most 15 characters, no spaces "
                                   "or '/'.")
                .arg(bridge);
        if (bridges.contains(bridge))
            return NetworkText::tr("The host has a bridge or interface called '%1' already.")
                .arg(bridge);
    }
    const Subnet v4 = Subnet::parse(ipv4);
    if (ipv4.isEmpty())
        return NetworkText::tr("Give the network an IPv4 address range, e.g. 192.168.100.0/24.");
    if (v4.family != 4)
        return NetworkText::tr("'%1' is not an IPv4 address range like 192.168.100.0/24.")
            .arg(ipv4);
    if (v4.prefix < 8 || v4.prefix > 29)
        return NetworkText::tr("A /%1 range is too %2 for a virtual network: use /8 to /29.")
            .arg(v4.prefix)
            .arg(v4.prefix < 8 ? NetworkText::tr("large") : NetworkText::tr("small"));
    Subnet v6;
    if (!ipv6.isEmpty()) {
        v6 = Subnet::parse(ipv6);
        if (v6.family != 6)
            return NetworkText::tr("'%1' is not an IPv6 address range like fd00:100::/64.")
                .arg(ipv6);
        if (dhcp && v6.prefix != 64)
            return NetworkText::tr("IPv6 with DHCP needs a /64 range; '%1' is /%2.")
                .arg(ipv6)
                .arg(v6.prefix);
    }
    for (const auto &[subnet, owner] : taken) {
        if (subnet.overlaps(v4))
            return NetworkText::tr("%1 overlaps %2, used by %3.")
                .arg(v4.toString(), subnet.toString(), owner);
        if (subnet.overlaps(v6))
            return NetworkText::tr("%1 overlaps %2, used by %3.")
                .arg(v6.toString(), subnet.toString(), owner);
    }
    return {};
}

QString NetworkSpec::toXml() const
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("network"));
    w.writeTextElement(QStringLiteral("name"), name);
    if (mode == Mode::Nat || mode == Mode::Routed) {
        w.writeStartElement(QStringLiteral("forward"));
        w.writeAttribute(QStringLiteral("mode"),
                         mode == Mode::Nat ? QStringLiteral("nat") : QStringLiteral("route"));
        if (!forwardDev.isEmpty())
            w.writeAttribute(QStringLiteral("dev"), forwardDev);
        w.writeEndElement();
    } else if (mode == Mode::Bridge) {
        w.writeEmptyElement(QStringLiteral("forward"));
        w.writeAttribute(QStringLiteral("mode"), QStringLiteral("bridge"));
    }
    w.writeEmptyElement(QStringLiteral("bridge"));
    if (!bridge.isEmpty())
        w.writeAttribute(QStringLiteral("name"), bridge);
    if (mode != Mode::Bridge) {
        w.writeAttribute(QStringLiteral("stp"), QStringLiteral("on"));
        w.writeAttribute(QStringLiteral("delay"), QStringLiteral("0"));
        if (!domainName.isEmpty()) {
            w.writeEmptyElement(QStringLiteral("domain"));
            w.writeAttribute(QStringLiteral("name"), domainName);
            w.writeAttribute(QStringLiteral("localOnly"), QStringLiteral("yes"));
        }
        const auto writeIp = [&](const Subnet &s, bool v6) {
            w.writeStartElement(QStringLiteral("ip"));
            if (v6)
                w.writeAttribute(QStringLiteral("family"), QStringLiteral("ipv6"));
            w.writeAttribute(QStringLiteral("address"), s.host(1));
            w.writeAttribute(QStringLiteral("prefix"), QString::number(s.prefix));
            if (dhcp) {
                // The host takes .1; DHCP hands out the rest but the last (broadcast) address.
                const quint64 last = v6 ? 0xffff : s.size() - 2;
                w.writeStartElement(QStringLiteral("dhcp"));
                w.writeEmptyElement(QStringLiteral("range"));
                w.writeAttribute(QStringLiteral("start"), s.host(2));
                w.writeAttribute(QStringLiteral("end"), s.host(last));
                w.writeEndElement();
            }
            w.writeEndElement();
        };
        writeIp(Subnet::parse(ipv4), false);
        if (!ipv6.isEmpty())
            writeIp(Subnet::parse(ipv6), true);
    }
    w.writeEndElement();
    return out;
}

Subnet proposeSubnet(const QList<Subnet> &taken)
{
    const auto isFree = [&taken](const Subnet &s) {
        return std::none_of(taken.begin(), taken.end(),
                            [&s](const Subnet &t) { return t.overlaps(s); });
    };
    for (int third = 100; third < 255; ++third)
        if (const Subnet s = Subnet::parse(QStringLiteral("192.168.%1.0/24").arg(third)); isFree(s))
            return s;
    for (int second = 0; second < 256; ++second)
        if (const Subnet s = Subnet::parse(QStringLiteral("10.%1.0.0/24").arg(second)); isFree(s))
            return s;
    return {};
}

QList<std::pair<Subnet, QString>> localHostRoutes()
{
    QList<std::pair<Subnet, QString>> routes;
    QFile file(QStringLiteral("/proc/net/route"));
    if (!file.open(QIODevice::ReadOnly))
        return routes;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().simplified().split(' ');
        if (f.size() < 8)
            continue;
        bool ok1 = false, ok2 = false;
        // The kernel prints each address's bytes (network order) read as a native number.
        const quint32 dest = f[1].toUInt(&ok1, 16);
        const quint32 mask = f[7].toUInt(&ok2, 16);
        if (!ok1 || !ok2 || mask == 0)
            continue;
        const int prefix = qPopulationCount(mask);
        std::array<quint8, 16> bytes{};
        std::memcpy(bytes.data(), &dest, 4); // the bytes as they were, in network order
        const Subnet s
            = Subnet::parse(QStringLiteral("%1/%2").arg(addressText(4, bytes)).arg(prefix));
        if (s.isValid())
            routes.append({s, QString::fromUtf8(f[0])});
    }
    return routes;
}

} // namespace Vireo
