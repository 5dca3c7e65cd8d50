#include "xml/DomainXml.h"

#include <QHash>
#include <QUrl>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>

namespace Vireo {

namespace {

const char kLibosinfoNs[] = "http://libosinfo.org/xmlns/libvirt/domain/1.0";
// Vireo's own: files of a first run (create/FirstRun.h).
const char kSeedNs[] = "https://vireo.io/xmlns/libvirt/domain/seed/1.0";
// Vireo's own: templates and their instances (templates/Lineage.h).
const char kLineageNs[] = "https://vireo.io/xmlns/libvirt/domain/lineage/1.0";
const char kIsolationNs[] = "https://vireo.io/xmlns/libvirt/domain/isolation/1.0";

bool is(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE
           && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

/// The attribute's value; empty when it is not there.
QString attr(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char *>(a->name), name) == 0) {
            const xmlNode *text = a->children;
            return text && text->content
                       ? QString::fromUtf8(reinterpret_cast<const char *>(text->content))
                       : QString();
        }
    }
    return {};
}

bool hasAttr(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char *>(a->name), name) == 0)
            return true;
    }
    return false;
}

/// The element's text (of its text children, as QXmlStreamReader::readElementText reads it).
QString text(const xmlNode *node)
{
    QByteArray out;
    for (const xmlNode *c = node->children; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            out += reinterpret_cast<const char *>(c->content);
    }
    return QString::fromUtf8(out);
}

void readDisk(const xmlNode *node, DomainInfo &info)
{
    DiskInfo disk;
    disk.device = attr(node, "device");
    if (disk.device.isEmpty())
        disk.device = QStringLiteral("disk");
    disk.type = attr(node, "type");
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "source")) {
            if (hasAttr(c, "file"))
                disk.source = attr(c, "file");
            else if (hasAttr(c, "dev"))
                disk.source = attr(c, "dev");
            else if (hasAttr(c, "volume"))
                disk.source = attr(c, "pool") + QLatin1Char('/') + attr(c, "volume");
            else if (hasAttr(c, "name"))
                disk.source = attr(c, "name");
        } else if (is(c, "target")) {
            disk.target = attr(c, "dev");
            disk.bus = attr(c, "bus");
        }
    }
    info.disks << disk;
}

void readInterface(const xmlNode *node, DomainInfo &info)
{
    NicInfo nic;
    nic.type = attr(node, "type");
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "mac")) {
            nic.mac = attr(c, "address");
        } else if (is(c, "source")) {
            for (const char *key : {"network", "bridge", "dev"}) {
                if (hasAttr(c, key)) {
                    nic.source = attr(c, key);
                    break;
                }
            }
        } else if (is(c, "model")) {
            nic.model = attr(c, "type");
        }
    }
    info.nics << nic;
}

void readFilesystem(const xmlNode *node, DomainInfo &info)
{
    SharedFolderInfo f;
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "driver"))
            f.driver = attr(c, "type");
        else if (is(c, "source"))
            f.source = hasAttr(c, "dir") ? attr(c, "dir") : attr(c, "socket");
        else if (is(c, "target"))
            f.tag = attr(c, "dir");
        else if (is(c, "readonly"))
            f.readOnly = true;
    }
    info.folders << f;
}

void readGraphics(const xmlNode *node, DomainInfo &info)
{
    GraphicsInfo g;
    g.type = attr(node, "type");
    g.port = hasAttr(node, "port") ? attr(node, "port").toInt() : -1;
    g.listen = attr(node, "listen");
    g.socket = attr(node, "socket");
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "listen")) {
            if (g.listen.isEmpty())
                g.listen = attr(c, "address");
            if (g.socket.isEmpty())
                g.socket = attr(c, "socket");
        }
    }
    info.graphics << g;
}

void readDevices(const xmlNode *node, DomainInfo &info)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "disk"))
            readDisk(c, info);
        else if (is(c, "interface"))
            readInterface(c, info);
        else if (is(c, "graphics"))
            readGraphics(c, info);
        else if (is(c, "filesystem"))
            readFilesystem(c, info);
        else if (is(c, "channel") && attr(c, "type") == QLatin1String("spiceport"))
            for (const xmlNode *s = c->children; s; s = s->next)
                if (is(s, "source")
                    && attr(s, "channel") == QLatin1String("org.spice-space.webdav.0"))
                    info.webdavChannel = true;
    }
}

bool inNamespace(const xmlNode *node, const char *uri)
{
    return node->ns && node->ns->href
           && std::strcmp(reinterpret_cast<const char *>(node->ns->href), uri) == 0;
}

void readMetadata(const xmlNode *node, DomainInfo &info)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "seed") && inNamespace(c, kSeedNs))
            info.firstRunFiles << attr(c, "path");
        if (is(c, "firstrun") && inNamespace(c, kSeedNs)) {
            info.installRun = attr(c, "install") == QLatin1String("yes");
            for (const xmlNode *f = c->children; f; f = f->next) {
                if (is(f, "file"))
                    info.firstRunFiles << attr(f, "path");
            }
        }
        if (is(c, "isolation") && inNamespace(c, kIsolationNs)) {
            const QString clipboard = attr(c, "clipboard");
            if (clipboard == QLatin1String("off") || clipboard == QLatin1String("to-guest"))
                info.clipboard = clipboard;
        }
        if (is(c, "lineage") && inNamespace(c, kLineageNs)) {
            for (const xmlNode *l = c->children; l; l = l->next) {
                if (is(l, "template")) {
                    info.isTemplate = true;
                    info.templateOrigin = attr(l, "origin");
                } else if (is(l, "instance")) {
                    info.templateUuid = attr(l, "of");
                    info.templateName = attr(l, "name");
                    info.instanceKind = attr(l, "kind");
                    info.fromSnapshot = attr(l, "snapshot");
                    info.disposable = attr(l, "disposable") == QLatin1String("yes");
                    info.disposableOwner = attr(l, "owner");
                }
            }
        }
        if (!is(c, "libosinfo") || !c->ns || !c->ns->href
            || std::strcmp(reinterpret_cast<const char *>(c->ns->href), kLibosinfoNs) != 0)
            continue;
        for (const xmlNode *os = c->children; os; os = os->next) {
            if (is(os, "os"))
                info.osId = attr(os, "id");
        }
    }
}

void readOs(const xmlNode *node, DomainInfo &info)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (is(c, "type")) {
            info.arch = attr(c, "arch");
            info.machine = attr(c, "machine");
        }
    }
}

quint64 readMemory(const xmlNode *node)
{
    return toKiB(text(node).trimmed().toULongLong(), attr(node, "unit"));
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

void readDomainXml(const QString &xml, DomainInfo &info)
{
    readDomainXml(xml.toUtf8(), info);
}

void readDomainXml(const QByteArray &xml, DomainInfo &info)
{
    info.disks.clear();
    info.nics.clear();
    info.graphics.clear();
    info.folders.clear();
    info.osId.clear();
    info.firstRunFiles.clear();
    info.installRun = false;
    // libxml2, which libvirt parses with too: ten thousand domains read several times faster
    // than with QXmlStreamReader. Malformed XML keeps what was read before the error (RECOVER).
    xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), nullptr, "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR
                                      | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS);
    if (!doc)
        return;
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (!root || !is(root, "domain")) {
        xmlFreeDoc(doc);
        return;
    }
    info.virtType = attr(root, "type");
    quint64 maxMemory = 0;
    quint64 currentMemory = 0;
    for (const xmlNode *c = root->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, "name")) {
            info.name = text(c);
        } else if (is(c, "uuid")) {
            info.uuid = text(c).trimmed();
        } else if (is(c, "title")) {
            info.title = text(c);
        } else if (is(c, "description")) {
            info.description = text(c);
        } else if (is(c, "memory")) {
            maxMemory = readMemory(c);
        } else if (is(c, "currentMemory")) {
            currentMemory = readMemory(c);
        } else if (is(c, "vcpu")) {
            const QString current = attr(c, "current");
            const int total = text(c).trimmed().toInt();
            info.vcpus = current.isEmpty() ? total : current.toInt();
        } else if (is(c, "os")) {
            readOs(c, info);
        } else if (is(c, "metadata")) {
            readMetadata(c, info);
        } else if (is(c, "devices")) {
            readDevices(c, info);
        }
    }
    xmlFreeDoc(doc);
    info.memoryKiB = currentMemory ? currentMemory : maxMemory;
    info.osName = osNameFromId(info.osId);
}

QString firstRunMetadataNamespace()
{
    return QString::fromLatin1(kSeedNs);
}

QString lineageMetadataNamespace()
{
    return QString::fromLatin1(kLineageNs);
}

QString isolationMetadataNamespace()
{
    return QString::fromLatin1(kIsolationNs);
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
