#include "xml/DomainXml.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

namespace Vireo {

namespace {

const QLatin1String kLibosinfoNs("http://libosinfo.org/xmlns/libvirt/domain/1.0");

void readDisk(QXmlStreamReader &xml, DomainInfo &info)
{
    DiskInfo disk;
    const auto attrs = xml.attributes();
    disk.device = attrs.value(QLatin1String("device")).toString();
    if (disk.device.isEmpty())
        disk.device = QStringLiteral("disk");
    disk.type = attrs.value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("source")) {
            if (a.hasAttribute(QLatin1String("file")))
                disk.source = a.value(QLatin1String("file")).toString();
            else if (a.hasAttribute(QLatin1String("dev")))
                disk.source = a.value(QLatin1String("dev")).toString();
            else if (a.hasAttribute(QLatin1String("volume")))
                disk.source = a.value(QLatin1String("pool")).toString() + QLatin1Char('/')
                              + a.value(QLatin1String("volume")).toString();
            else if (a.hasAttribute(QLatin1String("name")))
                disk.source = a.value(QLatin1String("name")).toString();
        } else if (xml.name() == QLatin1String("target")) {
            disk.target = a.value(QLatin1String("dev")).toString();
            disk.bus = a.value(QLatin1String("bus")).toString();
        }
        xml.skipCurrentElement();
    }
    info.disks << disk;
}

void readInterface(QXmlStreamReader &xml, DomainInfo &info)
{
    NicInfo nic;
    nic.type = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("mac")) {
            nic.mac = a.value(QLatin1String("address")).toString();
        } else if (xml.name() == QLatin1String("source")) {
            for (const char *key : {"network", "bridge", "dev"}) {
                if (a.hasAttribute(QLatin1String(key))) {
                    nic.source = a.value(QLatin1String(key)).toString();
                    break;
                }
            }
        } else if (xml.name() == QLatin1String("model")) {
            nic.model = a.value(QLatin1String("type")).toString();
        }
        xml.skipCurrentElement();
    }
    info.nics << nic;
}

void readGraphics(QXmlStreamReader &xml, DomainInfo &info)
{
    GraphicsInfo g;
    const auto attrs = xml.attributes();
    g.type = attrs.value(QLatin1String("type")).toString();
    g.port = attrs.hasAttribute(QLatin1String("port")) ? attrs.value(QLatin1String("port")).toInt()
                                                       : -1;
    g.listen = attrs.value(QLatin1String("listen")).toString();
    g.socket = attrs.value(QLatin1String("socket")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("listen")) {
            const auto a = xml.attributes();
            if (g.listen.isEmpty())
                g.listen = a.value(QLatin1String("address")).toString();
            if (g.socket.isEmpty())
                g.socket = a.value(QLatin1String("socket")).toString();
        }
        xml.skipCurrentElement();
    }
    info.graphics << g;
}

void readDevices(QXmlStreamReader &xml, DomainInfo &info)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("disk"))
            readDisk(xml, info);
        else if (xml.name() == QLatin1String("interface"))
            readInterface(xml, info);
        else if (xml.name() == QLatin1String("graphics"))
            readGraphics(xml, info);
        else
            xml.skipCurrentElement();
    }
}

void readMetadata(QXmlStreamReader &xml, DomainInfo &info)
{
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == kLibosinfoNs && xml.name() == QLatin1String("libosinfo")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("os"))
                    info.osId = xml.attributes().value(QLatin1String("id")).toString();
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readOs(QXmlStreamReader &xml, DomainInfo &info)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("type")) {
            info.arch = xml.attributes().value(QLatin1String("arch")).toString();
            info.machine = xml.attributes().value(QLatin1String("machine")).toString();
        }
        xml.skipCurrentElement();
    }
}

quint64 readMemory(QXmlStreamReader &xml)
{
    const QString unit = xml.attributes().value(QLatin1String("unit")).toString();
    return toKiB(xml.readElementText().trimmed().toULongLong(), unit);
}

} // namespace

quint64 toKiB(quint64 value, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.isEmpty() || u == QLatin1String("k") || u == QLatin1String("kib"))
        return value;
    if (u == QLatin1String("b") || u == QLatin1String("bytes"))
        return value / 1024;
    if (u == QLatin1String("kb"))
        return value * 1000 / 1024;
    if (u == QLatin1String("m") || u == QLatin1String("mib"))
        return value * 1024;
    if (u == QLatin1String("mb"))
        return value * 1000 * 1000 / 1024;
    if (u == QLatin1String("g") || u == QLatin1String("gib"))
        return value * 1024 * 1024;
    if (u == QLatin1String("gb"))
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == QLatin1String("t") || u == QLatin1String("tib"))
        return value * 1024 * 1024 * 1024;
    if (u == QLatin1String("tb"))
        return value * 1000 * 1000 * 1000 * 1000 / 1024;
    return value;
}

void readDomainXml(const QString &text, DomainInfo &info)
{
    info.disks.clear();
    info.nics.clear();
    info.graphics.clear();
    info.osId.clear();
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("domain"))
        return;
    info.virtType = xml.attributes().value(QLatin1String("type")).toString();
    quint64 maxMemory = 0;
    quint64 currentMemory = 0;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            info.name = xml.readElementText();
        } else if (name == QLatin1String("uuid")) {
            info.uuid = xml.readElementText().trimmed();
        } else if (name == QLatin1String("title")) {
            info.title = xml.readElementText();
        } else if (name == QLatin1String("description")) {
            info.description = xml.readElementText();
        } else if (name == QLatin1String("memory")) {
            maxMemory = readMemory(xml);
        } else if (name == QLatin1String("currentMemory")) {
            currentMemory = readMemory(xml);
        } else if (name == QLatin1String("vcpu")) {
            const auto current = xml.attributes().value(QLatin1String("current"));
            const int total = xml.readElementText().trimmed().toInt();
            info.vcpus = current.isEmpty() ? total : current.toInt();
        } else if (name == QLatin1String("os")) {
            readOs(xml, info);
        } else if (name == QLatin1String("metadata")) {
            readMetadata(xml, info);
        } else if (name == QLatin1String("devices")) {
            readDevices(xml, info);
        } else {
            xml.skipCurrentElement();
        }
    }
    info.memoryKiB = currentMemory ? currentMemory : maxMemory;
    info.osName = osNameFromId(info.osId);
}

QString osNameFromId(const QString &osId)
{
    if (osId.isEmpty())
        return {};
    const QUrl url(osId);
    QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return osId;
    QString family = parts.size() >= 2 ? parts.at(parts.size() - 2) : parts.first();
    const QString version = parts.size() >= 2 ? parts.last() : QString();
    static const QHash<QString, QString> names{
        {QStringLiteral("win"), QStringLiteral("Windows")},
        {QStringLiteral("rhel"), QStringLiteral("Red Hat Enterprise Linux")},
        {QStringLiteral("sles"), QStringLiteral("SUSE Linux Enterprise Server")},
        {QStringLiteral("freebsd"), QStringLiteral("FreeBSD")},
        {QStringLiteral("opensuse"), QStringLiteral("openSUSE")},
        {QStringLiteral("centos"), QStringLiteral("CentOS")},
    };
    if (names.contains(family))
        family = names.value(family);
    else if (!family.isEmpty())
        family[0] = family.at(0).toUpper();
    return version.isEmpty() ? family : family + QLatin1Char(' ') + version;
}

} // namespace Vireo
