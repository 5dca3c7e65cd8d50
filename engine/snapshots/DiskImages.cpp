#include "snapshots/DiskImages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vireo::Snapshots {

QList<Disk> writableDisks(const QString &domainXml)
{
    QList<Disk> disks;
    QXmlStreamReader xml(domainXml);
    bool inDisk = false;
    Disk disk;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const auto attrs = xml.attributes();
            if (name == QLatin1String("disk") && !inDisk) {
                inDisk = attrs.value(QLatin1String("device")) == QLatin1String("disk");
                disk = {};
            } else if (inDisk && name == QLatin1String("driver")) {
                disk.format = attrs.value(QLatin1String("type")).toString();
            } else if (inDisk && name == QLatin1String("source") && disk.file.isEmpty()) {
                disk.file = attrs.value(QLatin1String("file")).toString();
            } else if (inDisk && name == QLatin1String("target")) {
                disk.target = attrs.value(QLatin1String("dev")).toString();
            } else if (inDisk && name == QLatin1String("readonly")) {
                disk.readOnly = true;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("disk")) {
            if (inDisk && !disk.readOnly)
                disks << disk;
            inDisk = false;
        }
    }
    return disks;
}

QHash<QString, qint64> snapshotSizes(const QString &file)
{
    QHash<QString, qint64> sizes;
    QProcess qemuImg;
    // -U: the image may be open in a running QEMU; reading its header is safe.
    qemuImg.start(QStringLiteral("qemu-img"),
                  {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--backing-chain"),
                   QStringLiteral("--output=json"), file});
    if (!qemuImg.waitForFinished(10000) || qemuImg.exitCode() != 0)
        return sizes;
    const QJsonDocument doc = QJsonDocument::fromJson(qemuImg.readAllStandardOutput());
    const QJsonArray images = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &image : images) {
        for (const QJsonValue &s : image.toObject().value(QLatin1String("snapshots")).toArray()) {
            const QJsonObject o = s.toObject();
            sizes[o.value(QLatin1String("name")).toString()]
                += qint64(o.value(QLatin1String("vm-state-size")).toDouble());
        }
    }
    return sizes;
}

QString withQcow2Disks(const QString &domainXml, const QHash<QString, QString> &renamed)
{
    // First pass: which <disk> elements (by position) change.
    QSet<int> changing;
    {
        QXmlStreamReader in(domainXml);
        int index = -1;
        while (!in.atEnd()) {
            in.readNext();
            if (in.isStartElement() && in.name() == QLatin1String("disk"))
                ++index;
            else if (in.isStartElement() && in.name() == QLatin1String("source") && index >= 0
                     && renamed.contains(in.attributes().value(QLatin1String("file")).toString()))
                changing.insert(index);
        }
    }
    QXmlStreamReader in(domainXml);
    QString out;
    QXmlStreamWriter w(&out);
    int index = -1;
    bool inChanging = false;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement() && in.name() == QLatin1String("disk")) {
            ++index;
            inChanging = changing.contains(index);
        }
        const bool rewrite
            = inChanging && in.isStartElement()
              && (in.name() == QLatin1String("driver") || in.name() == QLatin1String("source"));
        if (!rewrite) {
            w.writeCurrentToken(in);
            if (in.isEndElement() && in.name() == QLatin1String("disk"))
                inChanging = false;
            continue;
        }
        w.writeStartElement(in.name().toString());
        for (const QXmlStreamAttribute &a : in.attributes()) {
            QString value = a.value().toString();
            if (in.name() == QLatin1String("driver") && a.name() == QLatin1String("type"))
                value = QStringLiteral("qcow2");
            if (in.name() == QLatin1String("source") && a.name() == QLatin1String("file"))
                value = renamed.value(value, value);
            w.writeAttribute(a.qualifiedName().toString(), value);
        }
    }
    return out;
}

} // namespace Vireo::Snapshots
