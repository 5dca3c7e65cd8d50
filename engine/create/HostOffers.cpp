// What the host offers a new VM: the architectures it can run, its network bridges, and the
// "default" NAT network made when missing. Blocking helpers run on the connection's worker.

#include "create/VmCreator.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct CreationText
{
    Q_DECLARE_TR_FUNCTIONS(CreationText)
};

} // namespace

namespace Creation {

QStringList hostArchitectures(virConnectPtr conn, QString *missing)
{
    // The guest architectures libvirt found an emulator for.
    QStringList emulated;
    if (char *caps = virConnectGetCapabilities(conn)) {
        QXmlStreamReader r(caps);
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("arch")
                && r.attributes().hasAttribute(QLatin1String("name")))
                emulated << r.attributes().value(QLatin1String("name")).toString();
        }
        free(caps);
    }
    virResetLastError();
    QStringList offered;
    if (emulated.contains(QLatin1String("x86_64")))
        offered << QStringLiteral("x86_64");
    // ARM also needs its UEFI firmware (AAVMF), which libvirt lists when it is installed.
    bool armFirmware = false;
    if (emulated.contains(QLatin1String("aarch64"))) {
        if (char *domcaps
            = virConnectGetDomainCapabilities(conn, nullptr, "aarch64", "virt", "qemu", 0)) {
            const QByteArray text(domcaps);
            armFirmware = text.contains("<value>efi</value>") || text.contains("AAVMF");
            free(domcaps);
        }
        virResetLastError();
    }
    if (armFirmware)
        offered << QStringLiteral("aarch64");
    else if (missing)
        *missing = emulated.contains(QLatin1String("aarch64"))
                       ? CreationText::tr("ARM (aarch64) machines need their UEFI firmware: "
                                          "install qemu-efi-aarch64.")
                       : CreationText::tr("ARM (aarch64) machines need qemu-system-arm and "
                                          "qemu-efi-aarch64 on the host.");
    if (offered.isEmpty())
        offered << QStringLiteral("x86_64");
    return offered;
}

/// The libvirt network a NIC uses, defined and started when it is the missing "default" one.
bool ensureNetwork(virConnectPtr conn, const QString &name, QString *error)
{
    virNetworkPtr net = virNetworkLookupByName(conn, name.toUtf8().constData());
    if (!net) {
        virResetLastError();
        if (name != QLatin1String("default")) {
            *error = CreationText::tr("There is no network called '%1'.").arg(name);
            return false;
        }
        // libvirt's own default: NAT on a private range, addresses from dnsmasq.
        static const char xml[] = "<network><name>default</name><forward mode='nat'/>"
                                  "<bridge name='virbr0' stp='on' delay='0'/>"
                                  "<ip address='192.168.122.1' netmask='255.255.255.0'><dhcp>"
                                  "<range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip>"
                                  "</network>";
        net = virNetworkDefineXML(conn, xml);
        if (!net) {
            *error = takeLibvirtError(CreationText::tr("Could not create the default network."))
                         .text();
            return false;
        }
        virNetworkSetAutostart(net, 1);
    }
    bool ok = true;
    if (virNetworkIsActive(net) != 1 && virNetworkCreate(net) < 0) {
        *error = takeLibvirtError(CreationText::tr("Could not start the network '%1'.").arg(name))
                     .text();
        ok = false;
    }
    virNetworkFree(net);
    virResetLastError();
    return ok;
}

Operation *readHostBridges(Connection *connection)
{
    return connection->runJob(CreationText::tr("Read the host's bridges"), [](virConnectPtr conn,
                                                                              Operation *) {
        QStringList bridges;
        virInterfacePtr *ifaces = nullptr;
        const int n = virConnectListAllInterfaces(conn, &ifaces,
                                                  0); // a bridge without ports reads as inactive
        for (int i = 0; i < n; ++i) {
            char *xml = virInterfaceGetXMLDesc(ifaces[i], 0);
            XmlTree tree;
            if (xml && tree.read(QString::fromUtf8(xml))
                && tree.root()->attribute(QStringLiteral("type")) == QLatin1String("bridge"))
                bridges << QString::fromUtf8(virInterfaceGetName(ifaces[i]));
            free(xml);
            virInterfaceFree(ifaces[i]);
        }
        free(ifaces);
        virResetLastError();
        bridges.sort();
        return OpResult::success(bridges);
    });
}

} // namespace Creation
} // namespace Vireo
