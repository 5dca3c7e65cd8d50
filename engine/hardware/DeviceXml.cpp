// The XML of new devices: what Add Hardware, `vireo edit` and the change sets put in a domain.

#include "hardware/HardwareChange.h"
#include "hardware/SharedFolders.h"
#include "storage/EncryptedVolumes.h"

namespace Vireo {

QString diskXml(const DiskRequest &r, const QString &source)
{
    QString xml
        = QStringLiteral("<disk type='file' device='disk'>"
                         "<driver name='qemu' type='%1'/>"
                         "<source file='%2'>%5</source><target dev='%3' bus='%4'/>")
              .arg(r.format.toHtmlEscaped(), source.toHtmlEscaped(), r.target.toHtmlEscaped(),
                   r.bus.toHtmlEscaped(),
                   r.secret.isEmpty() ? QString() : EncryptedVolumes::encryptionXml(r.secret));
    if (r.readOnly)
        xml += QStringLiteral("<readonly/>");
    return xml + QStringLiteral("</disk>");
}

QString nicXml(const NicRequest &r)
{
    QString xml = QStringLiteral("<interface type='%1'>").arg(r.type.toHtmlEscaped());
    if (!r.mac.isEmpty())
        xml += QStringLiteral("<mac address='%1'/>").arg(r.mac.toHtmlEscaped());
    if (r.type == QLatin1String("network"))
        xml += QStringLiteral("<source network='%1'/>").arg(r.source.toHtmlEscaped());
    else if (r.type == QLatin1String("bridge"))
        xml += QStringLiteral("<source bridge='%1'/>").arg(r.source.toHtmlEscaped());
    xml += QStringLiteral("<model type='%1'/></interface>").arg(r.model.toHtmlEscaped());
    return xml;
}

namespace DeviceXml {
QString cdrom(const QString &target, const QString &bus, const QString &image)
{
    return QStringLiteral("<disk type='file' device='cdrom'><driver name='qemu' type='raw'/>%1"
                          "<target dev='%2' bus='%3'/><readonly/></disk>")
        .arg(image.isEmpty() ? QString()
                             : QStringLiteral("<source file='%1'/>").arg(image.toHtmlEscaped()),
             target.toHtmlEscaped(), bus.toHtmlEscaped());
}
QString rng()
{
    return QStringLiteral(
        "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>");
}
QString watchdog(const QString &model, const QString &action)
{
    return QStringLiteral("<watchdog model='%1' action='%2'/>").arg(model, action);
}
QString tpm(const QString &model)
{
    return QStringLiteral("<tpm model='%1'><backend type='emulator' version='2.0'/></tpm>")
        .arg(model);
}
QString serialPty()
{
    return QStringLiteral("<serial type='pty'><target type='isa-serial'/></serial>");
}
QString hostUsb(int vendor, int product)
{
    return QStringLiteral("<hostdev mode='subsystem' type='usb' managed='yes'><source>"
                          "<vendor id='0x%1'/><product id='0x%2'/></source></hostdev>")
        .arg(vendor, 4, 16, QLatin1Char('0'))
        .arg(product, 4, 16, QLatin1Char('0'));
}
QString hostPci(int domain, int bus, int slot, int function)
{
    return QStringLiteral("<hostdev mode='subsystem' type='pci' managed='yes'><source>"
                          "<address domain='0x%1' bus='0x%2' slot='0x%3' function='0x%4'/>"
                          "</source></hostdev>")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function, 1, 16);
}
QString virtiofs(const QString &hostDir, const QString &tag, bool readOnly)
{
    return SharedFolders::deviceXml(hostDir, tag, readOnly);
}
} // namespace DeviceXml

} // namespace Vireo
