// OVF descriptors (DMTF DSP0243): reading VirtualBox's and VMware's flavours, writing Vireo's.

#include "create/Import.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo::Import {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};

constexpr quint64 kMiB = 1024ull * 1024;

/// The value of an OVF attribute, whatever prefix the file gives the OVF namespace.
QString ovfAttribute(const QXmlStreamAttributes &attributes, const QString &name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

/// "byte * 2^20" and friends: the multiplier they stand for (1 when empty or unknown).
quint64 allocationUnits(const QString &units)
{
    const QString u = units.simplified().toLower();
    if (u.isEmpty() || u == QLatin1String("byte") || u == QLatin1String("bytes"))
        return 1;
    if (u == QLatin1String("kilobytes") || u == QLatin1String("kb"))
        return 1024;
    if (u == QLatin1String("megabytes") || u == QLatin1String("mb"))
        return kMiB;
    if (u == QLatin1String("gigabytes") || u == QLatin1String("gb"))
        return 1024 * kMiB;
    static const QRegularExpression power(QStringLiteral("byte\\s*\\*\\s*2\\^(\\d+)"));
    const auto m = power.match(u);
    return m.hasMatch() ? (1ull << m.captured(1).toInt()) : 1;
}

QString resourceName(int type)
{
    switch (type) {
    case 14:
        return ImportText::tr("a floppy drive");
    case 15:
    case 16:
        return ImportText::tr("a CD/DVD drive");
    case 23:
        return ImportText::tr("a USB controller");
    case 35:
        return ImportText::tr("a sound card");
    case 24:
        return ImportText::tr("a graphics card");
    default:
        return ImportText::tr("a device of type %1").arg(type);
    }
}

} // namespace

bool parseOvf(const QByteArray &xml, ImportPlan *plan, QString *error)
{
    QXmlStreamReader r(xml);
    QHash<QString, QString> fileOfId;   // References: ovf:id -> href
    QHash<QString, QString> fileOfDisk; // DiskSection: diskId -> file
    QStringList diskOrder;              // VirtualHardwareSection: /disk/ID in order
    bool envelope = false;
    bool inSystem = false;
    QString element;
    // The item being read (VirtualHardwareSection/Item or StorageItem / EthernetPortItem).
    int resourceType = -1;
    QString quantity, units, hostResource;
    plan->nics = 0;
    plan->flavour = QStringLiteral("OVF");
    while (!r.atEnd()) {
        r.readNext();
        const QString name = r.name().toString();
        if (r.isStartElement()) {
            element = name;
            if (name == QLatin1String("Envelope"))
                envelope = true;
            else if (name == QLatin1String("File"))
                fileOfId.insert(ovfAttribute(r.attributes(), QStringLiteral("id")),
                                ovfAttribute(r.attributes(), QStringLiteral("href")));
            else if (name == QLatin1String("Disk"))
                fileOfDisk.insert(ovfAttribute(r.attributes(), QStringLiteral("diskId")),
                                  ovfAttribute(r.attributes(), QStringLiteral("fileRef")));
            else if (name == QLatin1String("VirtualSystem")) {
                inSystem = true;
                if (plan->name.isEmpty())
                    plan->name = ovfAttribute(r.attributes(), QStringLiteral("id"));
            } else if (name == QLatin1String("Item") || name == QLatin1String("StorageItem")
                       || name == QLatin1String("EthernetPortItem")) {
                resourceType = -1;
                quantity.clear();
                units.clear();
                hostResource.clear();
            } else if (name == QLatin1String("Firmware")
                       && r.attributes()
                                  .value(QLatin1String("type"))
                                  .compare(QLatin1String("EFI"), Qt::CaseInsensitive)
                              == 0) {
                plan->uefi = true; // VirtualBox: <vbox:Machine>...<Firmware type="EFI"/>
            } else if (name == QLatin1String("Config")
                       && ovfAttribute(r.attributes(), QStringLiteral("key"))
                              == QLatin1String("firmware")
                       && ovfAttribute(r.attributes(), QStringLiteral("value"))
                              == QLatin1String("efi")) {
                plan->uefi = true; // VMware: <vmw:Config vmw:key="firmware" vmw:value="efi"/>
            } else if (name == QLatin1String("OSType")) {
                plan->flavour = QStringLiteral("VirtualBox");
            }
        } else if (r.isCharacters() && !r.isWhitespace()) {
            const QString text = r.text().toString().trimmed();
            if (element == QLatin1String("Name") && inSystem && plan->name.isEmpty())
                plan->name = text;
            else if (element == QLatin1String("Name") && inSystem && resourceType < 0
                     && r.namespaceUri().isEmpty())
                plan->name = text;
            else if (element == QLatin1String("ResourceType"))
                resourceType = text.toInt();
            else if (element == QLatin1String("VirtualQuantity"))
                quantity = text;
            else if (element == QLatin1String("AllocationUnits"))
                units = text;
            else if (element == QLatin1String("HostResource"))
                hostResource = text;
            else if (element == QLatin1String("VirtualSystemType")) {
                if (text.contains(QLatin1String("vmx")))
                    plan->flavour = QStringLiteral("VMware");
                else if (text.contains(QLatin1String("virtualbox")))
                    plan->flavour = QStringLiteral("VirtualBox");
            } else if (element == QLatin1String("Description")
                       || element == QLatin1String("OSType")) {
                if (text.contains(QLatin1String("Windows"), Qt::CaseInsensitive)
                    || text.startsWith(QLatin1String("Win")))
                    plan->windows = true;
            }
        } else if (r.isEndElement()) {
            if (name == QLatin1String("Item") || name == QLatin1String("StorageItem")
                || name == QLatin1String("EthernetPortItem")) {
                switch (resourceType) {
                case 3: // processors
                    plan->vcpus = qMax(1, quantity.toInt());
                    break;
                case 4: { // memory
                    const quint64 bytes
                        = quantity.toULongLong()
                          * allocationUnits(units.isEmpty() ? QStringLiteral("MegaBytes") : units);
                    plan->memoryMiB = qMax<quint64>(16, bytes / kMiB);
                    break;
                }
                case 10: // network adapter
                    ++plan->nics;
                    break;
                case 17: // disk drive
                    diskOrder << hostResource.section(QLatin1Char('/'), -1);
                    break;
                case 5:
                case 6:
                case 20:
                case 1:
                case 0:
                case -1: // controllers, other
                    break;
                default:
                    plan->notices << ImportText::tr("The OVF asks for %1; the machine gets none.")
                                         .arg(resourceName(resourceType));
                    break;
                }
                resourceType = -1;
            } else if (name == QLatin1String("VirtualSystem")) {
                inSystem = false;
            }
            element.clear();
        }
    }
    if (r.hasError() || !envelope) {
        *error = ImportText::tr("This is not an OVF descriptor: %1")
                     .arg(r.hasError() ? r.errorString() : ImportText::tr("no <Envelope>"));
        return false;
    }
    for (const QString &disk : std::as_const(diskOrder)) {
        const QString file = fileOfId.value(fileOfDisk.value(disk));
        if (file.isEmpty()) {
            *error = ImportText::tr("The OVF's disk %1 names no file.").arg(disk);
            return false;
        }
        plan->diskFiles << file;
    }
    if (plan->diskFiles.isEmpty()) {
        *error = ImportText::tr("The OVF describes no disk.");
        return false;
    }
    return true;
}

QByteArray writeOvf(const ImportPlan &plan, const QList<quint64> &diskCapacities)
{
    const QString ovf = QStringLiteral("http://schemas.dmtf.org/ovf/envelope/1");
    const QString rasd = QStringLiteral(
        "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData");
    const QString vssd = QStringLiteral(
        "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData");
    const QString vbox = QStringLiteral("http://www.virtualbox.org/ovf/machine");
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(ovf, QStringLiteral("ovf"));
    w.writeNamespace(rasd, QStringLiteral("rasd"));
    w.writeNamespace(vssd, QStringLiteral("vssd"));
    w.writeNamespace(vbox, QStringLiteral("vbox"));
    w.writeDefaultNamespace(ovf);
    w.writeStartElement(ovf, QStringLiteral("Envelope"));
    w.writeAttribute(ovf, QStringLiteral("version"), QStringLiteral("1.0"));
    w.writeStartElement(ovf, QStringLiteral("References"));
    for (int i = 0; i < plan.diskFiles.size(); ++i) {
        w.writeEmptyElement(ovf, QStringLiteral("File"));
        w.writeAttribute(ovf, QStringLiteral("id"), QStringLiteral("file%1").arg(i + 1));
        w.writeAttribute(ovf, QStringLiteral("href"), plan.diskFiles.at(i));
    }
    w.writeEndElement();
    w.writeStartElement(ovf, QStringLiteral("DiskSection"));
    w.writeTextElement(ovf, QStringLiteral("Info"), QStringLiteral("Virtual disks"));
    for (int i = 0; i < plan.diskFiles.size(); ++i) {
        w.writeEmptyElement(ovf, QStringLiteral("Disk"));
        w.writeAttribute(ovf, QStringLiteral("capacity"), QString::number(diskCapacities.value(i)));
        w.writeAttribute(ovf, QStringLiteral("diskId"), QStringLiteral("vmdisk%1").arg(i + 1));
        w.writeAttribute(ovf, QStringLiteral("fileRef"), QStringLiteral("file%1").arg(i + 1));
        w.writeAttribute(ovf, QStringLiteral("format"),
                         QStringLiteral("http://www.vmware.com/interfaces/specifications/"
                                        "vmdk.html#streamOptimized"));
    }
    w.writeEndElement();
    w.writeStartElement(ovf, QStringLiteral("NetworkSection"));
    w.writeTextElement(ovf, QStringLiteral("Info"), QStringLiteral("Logical networks"));
    w.writeEmptyElement(ovf, QStringLiteral("Network"));
    w.writeAttribute(ovf, QStringLiteral("name"), QStringLiteral("NAT"));
    w.writeEndElement();
    w.writeStartElement(ovf, QStringLiteral("VirtualSystem"));
    w.writeAttribute(ovf, QStringLiteral("id"), plan.name);
    w.writeTextElement(ovf, QStringLiteral("Info"), QStringLiteral("A virtual machine"));
    w.writeTextElement(ovf, QStringLiteral("Name"), plan.name);
    w.writeStartElement(ovf, QStringLiteral("VirtualHardwareSection"));
    w.writeTextElement(ovf, QStringLiteral("Info"), QStringLiteral("Virtual hardware"));
    w.writeStartElement(ovf, QStringLiteral("System"));
    w.writeTextElement(vssd, QStringLiteral("ElementName"),
                       QStringLiteral("Virtual Hardware Family"));
    w.writeTextElement(vssd, QStringLiteral("InstanceID"), QStringLiteral("0"));
    w.writeTextElement(vssd, QStringLiteral("VirtualSystemType"), QStringLiteral("virtualbox-2.2"));
    w.writeEndElement();
    int id = 1;
    const auto item
        = [&](int type, const QString &caption, const QList<std::pair<QString, QString>> &fields) {
              w.writeStartElement(ovf, QStringLiteral("Item"));
              w.writeTextElement(rasd, QStringLiteral("Caption"), caption);
              w.writeTextElement(rasd, QStringLiteral("ElementName"), caption);
              w.writeTextElement(rasd, QStringLiteral("InstanceID"), QString::number(id++));
              for (const auto &[key, value] : fields)
                  w.writeTextElement(rasd, key, value);
              w.writeTextElement(rasd, QStringLiteral("ResourceType"), QString::number(type));
              w.writeEndElement();
          };
    item(3, QStringLiteral("%1 virtual CPU").arg(plan.vcpus),
         {{QStringLiteral("VirtualQuantity"), QString::number(plan.vcpus)}});
    item(4, QStringLiteral("%1 MB of memory").arg(plan.memoryMiB),
         {{QStringLiteral("AllocationUnits"), QStringLiteral("MegaBytes")},
          {QStringLiteral("VirtualQuantity"), QString::number(plan.memoryMiB)}});
    const int controller = id;
    item(20, QStringLiteral("sataController0"),
         {{QStringLiteral("ResourceSubType"), QStringLiteral("AHCI")}});
    for (int i = 0; i < plan.diskFiles.size(); ++i)
        item(17, QStringLiteral("disk%1").arg(i + 1),
             {{QStringLiteral("AddressOnParent"), QString::number(i)},
              {QStringLiteral("HostResource"), QStringLiteral("/disk/vmdisk%1").arg(i + 1)},
              {QStringLiteral("Parent"), QString::number(controller)}});
    for (int i = 0; i < plan.nics; ++i)
        item(10, QStringLiteral("Ethernet adapter on 'NAT'"),
             {{QStringLiteral("AutomaticAllocation"), QStringLiteral("true")},
              {QStringLiteral("Connection"), QStringLiteral("NAT")},
              {QStringLiteral("ResourceSubType"), QStringLiteral("E1000")}});
    w.writeEndElement(); // VirtualHardwareSection
    if (plan.uefi) {
        w.writeStartElement(vbox, QStringLiteral("Machine"));
        w.writeAttribute(ovf, QStringLiteral("required"), QStringLiteral("false"));
        w.writeStartElement(vbox, QStringLiteral("Hardware"));
        w.writeEmptyElement(vbox, QStringLiteral("Firmware"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("EFI"));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // VirtualSystem
    w.writeEndElement(); // Envelope
    w.writeEndDocument();
    return out;
}

} // namespace Vireo::Import
