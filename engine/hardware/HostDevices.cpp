#include "hardware/HostDevices.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "hardware/HardwareChange.h"
#include "host/ResourceUsage.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>

namespace Vireo {

namespace {

struct HostDeviceText
{
    Q_DECLARE_TR_FUNCTIONS(HostDeviceText)
};

int number(const XmlElement *e, const QString &attributeOrText = {})
{
    if (!e)
        return 0;
    const QString text = attributeOrText.isEmpty() ? e->text() : e->attribute(attributeOrText);
    return text.trimmed().toInt(nullptr, 0);
}

} // namespace

QString HostDevice::hostdevXml() const
{
    return bus == QLatin1String("usb") ? DeviceXml::hostUsb(vendor, product)
                                       : DeviceXml::hostPci(domain, pciBus, slot, function);
}

Operation *listHostDevices(Connection *connection, bool everyKind)
{
    return connection->runJob(
        HostDeviceText::tr("Listing host devices"), [everyKind](virConnectPtr conn, Operation *) {
            // Which VM holds which host device, from every domain's <hostdev> elements.
            QMap<QString, QString> used; // "usb:vendor:product" or "pci:d:b:s:f" -> VM
            virDomainPtr *domains = nullptr;
            const int nd = virConnectListAllDomains(conn, &domains, 0);
            for (int i = 0; i < nd; ++i) {
                char *xml = virDomainGetXMLDesc(domains[i], VIR_DOMAIN_XML_INACTIVE);
                XmlTree tree;
                if (xml && tree.read(QString::fromUtf8(xml))
                    && tree.root()->child(QStringLiteral("devices"))) {
                    for (const XmlElement *h : tree.root()
                                                   ->child(QStringLiteral("devices"))
                                                   ->children(QStringLiteral("hostdev"))) {
                        const XmlElement *src = h->child(QStringLiteral("source"));
                        if (!src)
                            continue;
                        QString key;
                        if (h->attribute(QStringLiteral("type")) == QLatin1String("usb"))
                            key = QStringLiteral("usb:%1:%2")
                                      .arg(number(src->child(QStringLiteral("vendor")),
                                                  QStringLiteral("id")))
                                      .arg(number(src->child(QStringLiteral("product")),
                                                  QStringLiteral("id")));
                        else if (const XmlElement *a = src->child(QStringLiteral("address")))
                            key = QStringLiteral("pci:%1:%2:%3:%4")
                                      .arg(number(a, QStringLiteral("domain")))
                                      .arg(number(a, QStringLiteral("bus")))
                                      .arg(number(a, QStringLiteral("slot")))
                                      .arg(number(a, QStringLiteral("function")));
                        used.insert(key, QString::fromUtf8(virDomainGetName(domains[i])));
                    }
                }
                free(xml);
                virDomainFree(domains[i]);
            }
            free(domains);

            // Block devices and interfaces a VM has as a disk or a direct (macvtap) NIC.
            QMap<QString, QString> usedPaths;
            if (everyKind)
                for (const DomainUsage &u : scanDomainUsage(conn)) {
                    for (const QString &p : u.diskPaths)
                        usedPaths.insert(p, u.vm.name);
                    for (const QString &dev : u.hostInterfaces)
                        usedPaths.insert(dev, u.vm.name);
                }

            QList<HostDevice> list;
            virNodeDevicePtr *devices = nullptr;
            unsigned kinds = VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV
                             | VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV;
            if (everyKind)
                kinds |= VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE
                         | VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET;
            const int n = virConnectListAllNodeDevices(conn, &devices, kinds);
            if (n < 0)
                return OpResult::failure(
                    takeLibvirtError(HostDeviceText::tr("Could not list the host's devices.")));
            for (int i = 0; i < n; ++i) {
                char *xml = virNodeDeviceGetXMLDesc(devices[i], 0);
                XmlTree tree;
                if (xml && tree.read(QString::fromUtf8(xml))) {
                    const XmlElement *cap = tree.root()->child(QStringLiteral("capability"));
                    HostDevice d;
                    d.name = QString::fromUtf8(virNodeDeviceGetName(devices[i]));
                    d.bus = cap ? cap->attribute(QStringLiteral("type")) : QString();
                    if (d.bus == QLatin1String("usb_device"))
                        d.bus = QStringLiteral("usb");
                    if (cap && (d.bus == QLatin1String("usb") || d.bus == QLatin1String("pci"))) {
                        const XmlElement *vendor = cap->child(QStringLiteral("vendor"));
                        const XmlElement *product = cap->child(QStringLiteral("product"));
                        d.vendor = number(vendor, QStringLiteral("id"));
                        d.product = number(product, QStringLiteral("id"));
                        d.description = QStringLiteral("%1 %2")
                                            .arg(vendor ? vendor->text() : QString(),
                                                 product ? product->text() : QString())
                                            .trimmed();
                        d.domain = number(cap->child(QStringLiteral("domain")));
                        d.pciBus = number(cap->child(QStringLiteral("bus")));
                        d.slot = number(cap->child(QStringLiteral("slot")));
                        d.function = number(cap->child(QStringLiteral("function")));
                        const QString key
                            = d.bus == QLatin1String("usb")
                                  ? QStringLiteral("usb:%1:%2").arg(d.vendor).arg(d.product)
                                  : QStringLiteral("pci:%1:%2:%3:%4")
                                        .arg(d.domain)
                                        .arg(d.pciBus)
                                        .arg(d.slot)
                                        .arg(d.function);
                        d.usedBy = used.value(key);
                        list << d;
                    } else if (cap && d.bus == QLatin1String("storage")) {
                        const XmlElement *block = cap->child(QStringLiteral("block"));
                        d.path = block ? block->text() : QString();
                        const XmlElement *model = cap->child(QStringLiteral("model"));
                        const XmlElement *vendor = cap->child(QStringLiteral("vendor"));
                        const XmlElement *size = cap->child(QStringLiteral("size"));
                        const quint64 bytes = size ? size->text().toULongLong() : 0;
                        d.description = QStringLiteral("%1 %2")
                                            .arg(vendor ? vendor->text() : QString(),
                                                 model ? model->text() : QString())
                                            .simplified();
                        if (bytes)
                            d.description += HostDeviceText::tr(" (%1 GiB)")
                                                 .arg(double(bytes) / (1 << 30), 0, 'f', 1);
                        d.usedBy = usedPaths.value(d.path);
                        list << d;
                    } else if (cap && d.bus == QLatin1String("net")) {
                        const XmlElement *iface = cap->child(QStringLiteral("interface"));
                        const XmlElement *mac = cap->child(QStringLiteral("address"));
                        const XmlElement *link = cap->child(QStringLiteral("link"));
                        d.path = iface ? iface->text() : QString();
                        const QString state
                            = link ? link->attribute(QStringLiteral("state")) : QString();
                        d.description = state.isEmpty()
                                            ? (mac ? mac->text() : QString())
                                            : HostDeviceText::tr("%1, link %2")
                                                  .arg(mac ? mac->text() : QString(), state);
                        d.usedBy = usedPaths.value(d.path);
                        list << d;
                    }
                }
                free(xml);
                virNodeDeviceFree(devices[i]);
            }
            free(devices);
            return OpResult::success(QVariant::fromValue(list));
        });
}

} // namespace Vireo
