#include "host/ResourceUsage.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct UsageText
{
    Q_DECLARE_TR_FUNCTIONS(UsageText)
};

QString xmlOf(virDomainPtr dom, unsigned flags)
{
    char *xml = virDomainGetXMLDesc(dom, flags);
    if (!xml) {
        virResetLastError();
        return {};
    }
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return text;
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

} // namespace

DomainUsage DomainUsage::fromXml(const QString &xml, DomainUsage into)
{
    QXmlStreamReader r(xml);
    QString interfaceType;
    QString mac;
    QString interfaceSource;
    bool inDisk = false;
    bool inInterface = false;
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement()) {
            --depth;
            if (r.name() == QLatin1String("interface") && inInterface) {
                inInterface = false;
                if (!mac.isEmpty()) {
                    const auto entry = std::make_pair(mac.toLower(), interfaceSource);
                    if (!into.macs.contains(entry))
                        into.macs << entry;
                }
            } else if (r.name() == QLatin1String("disk")) {
                inDisk = false;
            }
            continue;
        }
        if (!r.isStartElement())
            continue;
        ++depth;
        const auto a = r.attributes();
        if (depth == 3 && r.name() == QLatin1String("interface")) {
            inInterface = true;
            interfaceType = a.value(QLatin1String("type")).toString();
            mac.clear();
            interfaceSource.clear();
        } else if (depth == 3 && r.name() == QLatin1String("disk")) {
            inDisk = true;
        } else if (inInterface && depth == 4 && r.name() == QLatin1String("mac")) {
            mac = a.value(QLatin1String("address")).toString();
        } else if (inInterface && depth == 4 && r.name() == QLatin1String("source")) {
            if (interfaceType == QLatin1String("network")) {
                interfaceSource = a.value(QLatin1String("network")).toString();
                addUnique(into.networks, interfaceSource);
            } else if (interfaceType == QLatin1String("bridge")) {
                interfaceSource = a.value(QLatin1String("bridge")).toString();
                addUnique(into.bridges, interfaceSource);
            } else if (interfaceType == QLatin1String("direct")) {
                interfaceSource = a.value(QLatin1String("dev")).toString();
                addUnique(into.hostInterfaces, interfaceSource);
            }
            // A running VM's live XML names the bridge its network NIC is on, too.
            addUnique(into.bridges, a.value(QLatin1String("bridge")).toString());
        } else if (inDisk && depth == 4 && r.name() == QLatin1String("source")) {
            addUnique(into.diskPaths, a.value(QLatin1String("file")).toString());
            addUnique(into.diskPaths, a.value(QLatin1String("dev")).toString());
            const QString pool = a.value(QLatin1String("pool")).toString();
            const QString volume = a.value(QLatin1String("volume")).toString();
            if (!pool.isEmpty() && !into.volumes.contains(std::make_pair(pool, volume)))
                into.volumes.append({pool, volume});
        } else if (inDisk && r.name() == QLatin1String("source")) {
            // A backing chain's files are in use by this VM too (read-only, but deleting them
            // breaks it).
            addUnique(into.diskPaths, a.value(QLatin1String("file")).toString());
        }
    }
    return into;
}

QList<DomainUsage> scanDomainUsage(virConnectPtr conn)
{
    QList<DomainUsage> result;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    if (n < 0) {
        virResetLastError();
        return result;
    }
    for (int i = 0; i < n; ++i) {
        DomainUsage u;
        u.vm.name = QString::fromUtf8(virDomainGetName(doms[i]));
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(doms[i], uuid) == 0)
            u.vm.uuid = QString::fromLatin1(uuid);
        u.vm.running = virDomainIsActive(doms[i]) == 1;
        u = DomainUsage::fromXml(xmlOf(doms[i], 0), u);
        if (u.vm.running && virDomainIsPersistent(doms[i]) == 1)
            u = DomainUsage::fromXml(xmlOf(doms[i], VIR_DOMAIN_XML_INACTIVE), u);
        result << u;
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
    return result;
}

QList<ResourceUser> networkUsers(const QList<DomainUsage> &usage, const QString &network,
                                 const QString &bridge)
{
    QList<ResourceUser> users;
    for (const DomainUsage &u : usage)
        if (u.networks.contains(network) || (!bridge.isEmpty() && u.bridges.contains(bridge)))
            users << u.vm;
    return users;
}

QList<ResourceUser> volumeUsers(const QList<DomainUsage> &usage, const QString &path,
                                const QString &pool, const QString &volume)
{
    QList<ResourceUser> users;
    for (const DomainUsage &u : usage)
        if ((!path.isEmpty() && u.diskPaths.contains(path))
            || (!pool.isEmpty() && u.volumes.contains(std::make_pair(pool, volume))))
            users << u.vm;
    return users;
}

QString describeUsers(const QList<ResourceUser> &users)
{
    QStringList parts;
    for (const ResourceUser &u : users)
        parts << (u.running ? UsageText::tr("%1 (running)") : UsageText::tr("%1 (shut off)"))
                     .arg(u.name);
    return parts.join(QLatin1String(", "));
}

} // namespace Vireo
