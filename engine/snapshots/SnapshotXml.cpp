#include "snapshots/SnapshotXml.h"

#include "snapshots/JobSupport.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo::Snapshots {

namespace {

// libvirt reverts to external snapshots from 9.7 on.
constexpr unsigned long kRevertExternalVersion = 9007000;

} // namespace

QString validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return SnapshotText::tr("A snapshot needs a name.");
    if (name != name.trimmed())
        return SnapshotText::tr("A snapshot name cannot begin or end with spaces.");
    if (name.contains(QLatin1Char('/')))
        return SnapshotText::tr("A snapshot name cannot contain '/'.");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return SnapshotText::tr("A snapshot name cannot contain control characters.");
    if (name.startsWith(QLatin1Char('.')))
        return SnapshotText::tr("A snapshot name cannot begin with '.'.");
    if (name.toUtf8().size() > 200)
        return SnapshotText::tr("A snapshot name can be at most 200 bytes long.");
    return {};
}

QString defaultName(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

SnapshotInfo parseSnapshotXml(const QString &text, unsigned long libvirtVersion)
{
    SnapshotInfo info;
    QXmlStreamReader xml(text);
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path << xml.name().toString();
            const QString where = path.join(QLatin1Char('/'));
            const auto attrs = xml.attributes();
            if (where == QLatin1String("domainsnapshot/name"))
                info.name = xml.readElementText();
            else if (where == QLatin1String("domainsnapshot/description"))
                info.description = xml.readElementText();
            else if (where == QLatin1String("domainsnapshot/state"))
                info.state = xml.readElementText();
            else if (where == QLatin1String("domainsnapshot/creationTime"))
                info.created = QDateTime::fromSecsSinceEpoch(xml.readElementText().toLongLong());
            else if (where == QLatin1String("domainsnapshot/parent/name"))
                info.parent = xml.readElementText();
            else if (where == QLatin1String("domainsnapshot/memory")) {
                const auto kind = attrs.value(QLatin1String("snapshot"));
                info.hasMemory
                    = kind == QLatin1String("internal") || kind == QLatin1String("external");
                info.external = info.external || kind == QLatin1String("external");
            } else if (where == QLatin1String("domainsnapshot/disks/disk")) {
                if (attrs.value(QLatin1String("snapshot")) == QLatin1String("external"))
                    info.external = true;
            }
            if (xml.isEndElement()) // readElementText() consumed the end
                path.removeLast();
        } else if (xml.isEndElement()) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (info.external && libvirtVersion < kRevertExternalVersion)
        info.revertBlocked = SnapshotText::tr("This snapshot is external (made by another tool); "
                                              "libvirt %1.%2 cannot revert to "
                                              "external snapshots (9.7 and later can).")
                                 .arg(libvirtVersion / 1000000)
                                 .arg(libvirtVersion / 1000 % 1000);
    return info;
}

QString withDescription(const QString &snapshotXml, const QString &description)
{
    QXmlStreamReader in(snapshotXml);
    QString out;
    QXmlStreamWriter w(&out);
    int depth = 0;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement()) {
            ++depth;
            if (depth == 2 && in.name() == QLatin1String("description")) {
                in.skipCurrentElement();
                --depth;
                continue;
            }
        }
        w.writeCurrentToken(in);
        if (in.isEndElement()) {
            if (depth == 2 && in.name() == QLatin1String("name") && !description.isEmpty())
                w.writeTextElement(QStringLiteral("description"), description);
            --depth;
        }
    }
    return out;
}

} // namespace Vireo::Snapshots
