#include "host/HostOverview.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct OverviewText
{
    Q_DECLARE_TR_FUNCTIONS(OverviewText)
};

void readCapabilities(virConnectPtr conn, HostOverview &o)
{
    char *caps = virConnectGetCapabilities(conn);
    XmlTree tree;
    if (!caps || !tree.read(QString::fromUtf8(caps))) {
        free(caps);
        virResetLastError();
        return;
    }
    free(caps);
    const XmlElement *host = tree.root()->child(QStringLiteral("host"));
    const XmlElement *cpu = host ? host->child(QStringLiteral("cpu")) : nullptr;
    if (cpu) {
        if (const XmlElement *e = cpu->child(QStringLiteral("arch")))
            o.arch = e->text();
        if (const XmlElement *e = cpu->child(QStringLiteral("model")))
            o.cpuModel = e->text();
        if (const XmlElement *e = cpu->child(QStringLiteral("vendor")))
            o.cpuVendor = e->text();
    }
    const XmlElement *topology = host ? host->child(QStringLiteral("topology")) : nullptr;
    const XmlElement *cells = topology ? topology->child(QStringLiteral("cells")) : nullptr;
    if (cells) {
        for (const XmlElement *cell : cells->children(QStringLiteral("cell"))) {
            NumaCell c;
            c.id = cell->attribute(QStringLiteral("id")).toInt();
            if (const XmlElement *m = cell->child(QStringLiteral("memory")))
                c.memory = m->text().toULongLong() * 1024; // KiB
            QList<int> ids;
            if (const XmlElement *list = cell->child(QStringLiteral("cpus")))
                for (const XmlElement *e : list->children(QStringLiteral("cpu")))
                    ids << e->attribute(QStringLiteral("id")).toInt();
            std::sort(ids.begin(), ids.end());
            QStringList ranges;
            for (int i = 0; i < ids.size();) {
                int j = i;
                while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
                    ++j;
                ranges << (i == j ? QString::number(ids[i])
                                  : QStringLiteral("%1-%2").arg(ids[i]).arg(ids[j]));
                i = j + 1;
            }
            c.cpus = ranges.join(QLatin1Char(','));
            o.numa << c;
        }
    }
    // KVM is usable when the hypervisor offers a "kvm" domain for the host's architecture.
    for (const XmlElement *guest : tree.root()->children(QStringLiteral("guest"))) {
        const XmlElement *arch = guest->child(QStringLiteral("arch"));
        if (!arch || arch->attribute(QStringLiteral("name")) != o.arch)
            continue;
        for (const XmlElement *d : arch->children(QStringLiteral("domain")))
            if (d->attribute(QStringLiteral("type")) == QLatin1String("kvm"))
                o.kvmUsable = true;
    }
}

QList<HostInterface> readInterfaces(virConnectPtr conn)
{
    QList<HostInterface> list;
    virInterfacePtr *ifaces = nullptr;
    const int n = virConnectListAllInterfaces(conn, &ifaces, 0);
    for (int i = 0; i < n; ++i) {
        HostInterface h;
        h.name = QString::fromUtf8(virInterfaceGetName(ifaces[i]));
        h.mac = QString::fromUtf8(virInterfaceGetMACString(ifaces[i]));
        h.active = virInterfaceIsActive(ifaces[i]) == 1;
        char *xml = virInterfaceGetXMLDesc(ifaces[i], 0);
        XmlTree tree;
        if (xml && tree.read(QString::fromUtf8(xml))) {
            h.type = tree.root()->attribute(QStringLiteral("type"));
            for (const XmlElement *proto : tree.root()->children(QStringLiteral("protocol")))
                for (const XmlElement *ip : proto->children(QStringLiteral("ip")))
                    h.addresses << QStringLiteral("%1/%2").arg(
                        ip->attribute(QStringLiteral("address")),
                        ip->attribute(QStringLiteral("prefix")));
        }
        free(xml);
        list << h;
        virInterfaceFree(ifaces[i]);
    }
    free(ifaces);
    virResetLastError();
    std::sort(list.begin(), list.end(),
              [](const HostInterface &a, const HostInterface &b) { return a.name < b.name; });
    return list;
}

} // namespace

QString versionText(unsigned long version)
{
    return QStringLiteral("%1.%2.%3")
        .arg(version / 1000000)
        .arg((version / 1000) % 1000)
        .arg(version % 1000);
}

Operation *readHostOverview(Connection *connection)
{
    const bool local = connection->isLocal();
    const QString uri = connection->uri();
    return connection->runJob(OverviewText::tr("Read the host"), [local, uri](virConnectPtr conn,
                                                                              Operation *) {
        HostOverview o;
        o.uri = uri;
        if (char *name = virConnectGetHostname(conn)) {
            o.hostname = QString::fromUtf8(name);
            free(name);
        }
        virNodeInfo node{};
        if (virNodeGetInfo(conn, &node) < 0)
            return OpResult::failure(
                takeLibvirtError(OverviewText::tr("Could not read the host's hardware.")));
        o.cpus = int(node.cpus);
        o.sockets = int(node.sockets * node.nodes);
        o.cores = int(node.cores);
        o.threads = int(node.threads);
        o.mhz = int(node.mhz);
        o.memory = quint64(node.memory) * 1024;
        const unsigned long long freeBytes = virNodeGetFreeMemory(conn);
        o.freeMemory = freeBytes;
        unsigned long lib = 0;
        if (virConnectGetLibVersion(conn, &lib) == 0)
            o.libvirtVersion = versionText(lib);
        unsigned long hv = 0;
        const char *type = virConnectGetType(conn);
        if (virConnectGetVersion(conn, &hv) == 0)
            o.hypervisor
                = QStringLiteral("%1 %2").arg(QString::fromUtf8(type ? type : ""), versionText(hv));
        virResetLastError();
        readCapabilities(conn, o);
        o.interfaces = readInterfaces(conn);
        if (o.kvmUsable)
            o.kvmReason
                = OverviewText::tr("KVM is usable: the hypervisor offers KVM VMs, which run "
                                   "at close to the host's speed.");
        else if (local && !QFileInfo::exists(QStringLiteral("/dev/kvm")))
            o.kvmReason = OverviewText::tr(
                "KVM is not usable: there is no /dev/kvm (virtualization is off in the firmware, "
                "the kvm_intel or kvm_amd module is not loaded, or this is a VM without nested "
                "virtualization). VMs run under software emulation, many times slower.");
        else if (local && !QFileInfo(QStringLiteral("/dev/kvm")).isWritable())
            o.kvmReason = OverviewText::tr(
                "KVM is not usable by libvirt here: /dev/kvm exists but cannot be opened (join "
                "the kvm group, or check the daemon's permissions). VMs run under software "
                "emulation.");
        else
            o.kvmReason = OverviewText::tr(
                "KVM is not usable: the hypervisor offers software emulation only on this host.");
        return OpResult::success(QVariant::fromValue(o));
    });
}

} // namespace Vireo
