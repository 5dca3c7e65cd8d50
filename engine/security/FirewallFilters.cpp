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

#include <algorithm>

namespace Vireo::Firewall {

namespace {

struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(FilterText)
};

const QStringList kProtocols{QStringLiteral("all"), QStringLiteral("tcp"), QStringLiteral("udp"),
                             QStringLiteral("icmp"), QStringLiteral("sctp")};

bool hasPorts(const QString &protocol)
{
    return protocol == QLatin1String("tcp") || protocol == QLatin1String("udp")
           || protocol == QLatin1String("sctp");
}

/// "10.0.0.0/24" as address and mask bits; false when it is not an IPv4 address.
bool splitAddress(const QString &text, QString *address, QString *mask)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return false;
    if (!m.captured(5).isEmpty() && m.captured(5).toInt() > 32)
        return false;
    *address = QStringLiteral("%1.%2.%3.%4")
                   .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
    *mask = m.captured(5);
    return true;
}

} // namespace

QString validate(const FilterRule &r)
{
    if (!QStringList{QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("inout")}.contains(
            r.direction))
        return FilterText::tr("Direction: '%1' is none of in, out, inout.").arg(r.direction);
    if (!kProtocols.contains(r.protocol))
        return FilterText::tr("Protocol: '%1' is none of %2.")
            .arg(r.protocol, kProtocols.join(QStringLiteral(", ")));
    if (!QStringList{QStringLiteral("accept"), QStringLiteral("drop"), QStringLiteral("reject")}
             .contains(r.action))
        return FilterText::tr("Action: '%1' is none of accept, drop, reject.").arg(r.action);
    if (r.priority < -1000 || r.priority > 1000)
        return FilterText::tr("Priority: %1 is not between -1000 and 1000.").arg(r.priority);
    QString address, mask;
    if (!r.source.isEmpty() && !splitAddress(r.source, &address, &mask))
        return FilterText::tr("Source: '%1' is not an IPv4 address (like 10.0.0.5 or "
                              "10.0.0.0/24).")
            .arg(r.source);
    if (!r.destination.isEmpty() && !splitAddress(r.destination, &address, &mask))
        return FilterText::tr("Destination: '%1' is not an IPv4 address (like 10.0.0.5 or "
                              "10.0.0.0/24).")
            .arg(r.destination);
    if (r.portFrom != 0 || r.portTo != 0) {
        if (!hasPorts(r.protocol))
            return FilterText::tr("Ports: only TCP, UDP and SCTP have ports.");
        if (r.portFrom < 1 || r.portFrom > 65535 || r.portTo < 0 || r.portTo > 65535)
            return FilterText::tr("Ports: a port is a number from 1 to 65535.");
        if (r.portTo != 0 && r.portTo < r.portFrom)
            return FilterText::tr("Ports: the range ends (%1) before it starts (%2).")
                .arg(r.portTo)
                .arg(r.portFrom);
    }
    return {};
}

QString validate(const FilterDefinition &filter)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!name.match(filter.name).hasMatch())
        return FilterText::tr("Name: letters, digits, '.', '_' and '-', starting with a letter "
                              "or digit, at most 64.");
    if (filter.rules.isEmpty())
        return FilterText::tr("A filter needs at least one rule.");
    for (int i = 0; i < filter.rules.size(); ++i)
        if (const QString why = validate(filter.rules[i]); !why.isEmpty())
            return FilterText::tr("Rule %1: %2").arg(i + 1).arg(why);
    return {};
}

QString filterXml(const FilterDefinition &filter)
{
    QString xml = QStringLiteral("<filter name='%1' chain='root'>\n").arg(filter.name);
    for (const FilterRule &r : filter.rules) {
        QString attributes;
        QString address, mask;
        if (!r.source.isEmpty() && splitAddress(r.source, &address, &mask))
            attributes
                += QStringLiteral(" srcipaddr='%1'").arg(address)
                   + (mask.isEmpty() ? QString() : QStringLiteral(" srcipmask='%1'").arg(mask));
        if (!r.destination.isEmpty() && splitAddress(r.destination, &address, &mask))
            attributes
                += QStringLiteral(" dstipaddr='%1'").arg(address)
                   + (mask.isEmpty() ? QString() : QStringLiteral(" dstipmask='%1'").arg(mask));
        if (hasPorts(r.protocol) && r.portFrom > 0)
            attributes += QStringLiteral(" dstportstart='%1' dstportend='%2'")
                              .arg(r.portFrom)
                              .arg(r.portTo > 0 ? r.portTo : r.portFrom);
        xml += QStringLiteral("  <rule action='%1' direction='%2' priority='%3'><%4%5/></rule>\n")
                   .arg(r.action, r.direction)
                   .arg(r.priority)
                   .arg(r.protocol, attributes);
    }
    return xml + QStringLiteral("</filter>\n");
}

std::optional<FilterDefinition> readFilter(const QString &xml)
{
    XmlTree tree;
    if (!tree.read(xml) || tree.root()->name() != QLatin1String("filter")
        || tree.root()->attribute(QStringLiteral("chain"), QStringLiteral("root"))
               != QLatin1String("root"))
        return std::nullopt;
    FilterDefinition filter;
    filter.name = tree.root()->attribute(QStringLiteral("name"));
    for (const XmlElement *e : tree.root()->children()) {
        if (e->name() == QLatin1String("uuid"))
            continue;
        if (e->name() != QLatin1String("rule") || e->children().size() != 1)
            return std::nullopt;
        const XmlElement *p = e->children().first();
        if (!kProtocols.contains(p->name()) || p->hasAttribute(QStringLiteral("state")))
            return std::nullopt;
        FilterRule r;
        r.action = e->attribute(QStringLiteral("action"));
        r.direction = e->attribute(QStringLiteral("direction"));
        r.priority = e->attribute(QStringLiteral("priority"), QStringLiteral("500")).toInt();
        r.protocol = p->name();
        const auto address = [p](const char *addr, const char *mask) {
            const QString a = p->attribute(QLatin1String(addr));
            const QString m = p->attribute(QLatin1String(mask));
            return a.isEmpty() || m.isEmpty() ? a : a + QLatin1Char('/') + m;
        };
        r.source = address("srcipaddr", "srcipmask");
        r.destination = address("dstipaddr", "dstipmask");
        r.portFrom = p->attribute(QStringLiteral("dstportstart")).toInt();
        r.portTo = p->attribute(QStringLiteral("dstportend")).toInt();
        if (r.portTo == r.portFrom)
            r.portTo = 0;
        if (!validate(r).isEmpty())
            return std::nullopt;
        filter.rules << r;
    }
    return filter;
}

Operation *defineFilter(Connection *connection, const FilterDefinition &filter)
{
    return connection->runJob(
        FilterText::tr("Save filter %1").arg(filter.name),
        [filter](virConnectPtr conn, Operation *) {
            if (const QString why = validate(filter); !why.isEmpty())
                return OpResult::failure(why, Failure::Kind::InvalidInput);
            // Never over one of libvirt's own filters (clean-traffic...), whose rules the editor
            // does not show.
            if (virNWFilterPtr old
                = virNWFilterLookupByName(conn, filter.name.toUtf8().constData())) {
                char *raw = virNWFilterGetXMLDesc(old, 0);
                const bool ours = readFilter(QString::fromUtf8(raw ? raw : "")).has_value();
                free(raw);
                virNWFilterFree(old);
                if (!ours || filter.name.startsWith(QLatin1String("vireo-")))
                    return OpResult::failure(
                        FilterText::tr("'%1' is one of libvirt's or Vireo's own filters: "
                                       "choose another name.")
                            .arg(filter.name),
                        Failure::Kind::InvalidInput);
            }
            virResetLastError();
            virNWFilterPtr f = virNWFilterDefineXML(conn, filterXml(filter).toUtf8().constData());
            if (!f)
                return OpResult::failure(takeLibvirtError(
                    FilterText::tr("Could not save the filter %1.").arg(filter.name)));
            virNWFilterFree(f);
            return OpResult::success(filter.name);
        });
}

namespace {

/// Every domain's cards that name a filter: (filter, "vm (mac)").
QList<std::pair<QString, QString>> filterUsers(virConnectPtr conn)
{
    QList<std::pair<QString, QString>> users;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    for (int i = 0; i < n; ++i) {
        XmlTree tree;
        tree.read(domainXml(doms[i], VIR_DOMAIN_XML_INACTIVE));
        const XmlElement *devices
            = tree.root() ? tree.root()->child(QStringLiteral("devices")) : nullptr;
        if (devices)
            for (const XmlElement *nic : devices->children(QStringLiteral("interface")))
                if (const XmlElement *ref = nic->child(QStringLiteral("filterref")))
                    users.append({ref->attribute(QStringLiteral("filter")),
                                  QStringLiteral("%1 (%2)").arg(
                                      QString::fromUtf8(virDomainGetName(doms[i])), macOf(nic))});
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
    return users;
}

} // namespace

Operation *removeFilter(Connection *connection, const QString &name)
{
    return connection->runJob(
        FilterText::tr("Delete filter %1").arg(name), [name](virConnectPtr conn, Operation *) {
            QStringList users;
            for (const auto &[filter, user] : filterUsers(conn))
                if (filter == name)
                    users << user;
            if (!users.isEmpty())
                return OpResult::failure(FilterText::tr("The filter %1 is in use by %2: choose "
                                                        "another firewall for them first.")
                                             .arg(name, users.join(QStringLiteral(", "))),
                                         Failure::Kind::InvalidInput);
            virNWFilterPtr f = virNWFilterLookupByName(conn, name.toUtf8().constData());
            if (!f || virNWFilterUndefine(f) < 0) {
                const Failure why
                    = takeLibvirtError(FilterText::tr("Could not delete the filter %1.").arg(name));
                if (f)
                    virNWFilterFree(f);
                return OpResult::failure(why);
            }
            virNWFilterFree(f);
            return OpResult::success();
        });
}

Operation *listFilters(Connection *connection)
{
    return connection->runJob(FilterText::tr("List firewall filters"), [](virConnectPtr conn,
                                                                          Operation *) {
        virNWFilterPtr *filters = nullptr;
        const int n = virConnectListAllNWFilters(conn, &filters, 0);
        if (n < 0)
            return OpResult::failure(takeLibvirtError(
                FilterText::tr("This connection has no network filters (libvirt's nwfilter "
                               "driver is not there).")));
        const auto users = filterUsers(conn);
        QList<FilterUse> list;
        for (int i = 0; i < n; ++i) {
            FilterUse use;
            use.name = QString::fromUtf8(virNWFilterGetName(filters[i]));
            char *raw = virNWFilterGetXMLDesc(filters[i], 0);
            use.vireo = use.name.startsWith(QLatin1String("vireo-"));
            use.editable = !use.vireo && readFilter(QString::fromUtf8(raw ? raw : "")).has_value();
            free(raw);
            for (const auto &[filter, user] : users)
                if (filter == use.name)
                    use.vms << user;
            list << use;
            virNWFilterFree(filters[i]);
        }
        free(filters);
        std::sort(list.begin(), list.end(),
                  [](const FilterUse &a, const FilterUse &b) { return a.name < b.name; });
        return OpResult::success(QVariant::fromValue(list));
    });
}

Operation *readFilter(Connection *connection, const QString &name)
{
    return connection->runJob(
        FilterText::tr("Read filter %1").arg(name), [name](virConnectPtr conn, Operation *) {
            virNWFilterPtr f = virNWFilterLookupByName(conn, name.toUtf8().constData());
            if (!f)
                return OpResult::failure(
                    takeLibvirtError(FilterText::tr("There is no filter called '%1'.").arg(name)));
            char *raw = virNWFilterGetXMLDesc(f, 0);
            const auto filter = readFilter(QString::fromUtf8(raw ? raw : ""));
            free(raw);
            virNWFilterFree(f);
            if (!filter)
                return OpResult::failure(FilterText::tr("%1 holds more than rules the editor shows "
                                                        "(references to other filters, stateful "
                                                        "rules): it is libvirt's or Vireo's own.")
                                             .arg(name),
                                         Failure::Kind::InvalidInput);
            return OpResult::success(QVariant::fromValue(*filter));
        });
}

} // namespace Vireo::Firewall
