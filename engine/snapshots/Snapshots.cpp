#include "snapshots/Snapshots.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "domains/Screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <functional>

namespace Vireo::Snapshots {

namespace {

struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotText)
};

// libvirt reverts to external snapshots from 9.7 on.
constexpr unsigned long kRevertExternalVersion = 9007000;

struct Disk
{
    QString file;   // source file (empty for block/network/volume disks)
    QString format; // driver type: qcow2, raw...
    QString target;
    bool readOnly = false;
};

/// The domain's writable disks (CD-ROMs and read-only disks take no snapshot).
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

QString domainXml(virDomainPtr dom)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    const QString text = xml ? QString::fromUtf8(xml) : QString();
    free(xml);
    return text;
}

/// Runs `body` with the domain looked up by UUID; libvirt's error otherwise.
OpResult withDomain(virConnectPtr conn, const QString &uuid, const QString &what,
                    const std::function<OpResult(virDomainPtr)> &body)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom)
        return OpResult::failure(takeLibvirtError(what));
    OpResult result = body(dom);
    virDomainFree(dom);
    return result;
}

/// Runs `body` with the domain's snapshot of that name (freed afterwards); libvirt's error
/// otherwise.
OpResult withSnapshot(virConnectPtr conn, const QString &uuid, const QString &name,
                      const QString &what,
                      const std::function<OpResult(virDomainPtr, virDomainSnapshotPtr)> &body)
{
    return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
        virDomainSnapshotPtr snap
            = virDomainSnapshotLookupByName(dom, name.toUtf8().constData(), 0);
        if (!snap)
            return OpResult::failure(takeLibvirtError(what));
        OpResult result = body(dom, snap);
        virDomainSnapshotFree(snap);
        return result;
    });
}

/// The name of a domain from the connection's cache, for messages.
QString nameOf(Connection *connection, const QString &uuid)
{
    const auto domain = connection->domain(uuid);
    return domain ? domain->name : uuid;
}

/// libvirt's error, with what it means for the user when the disk is full. QEMU reports a full
/// disk only in its message (strerror(ENOSPC), never translated), under a generic code.
Failure failure(const QString &what)
{
    Failure f = takeLibvirtError(what);
    if (f.detail.contains(QLatin1String("No space left"), Qt::CaseInsensitive)) {
        f.kind = Failure::Kind::DiskFull;
        f.summary = SnapshotText::tr("The disk that holds the machine's storage is full. %1")
                        .arg(f.summary);
    }
    return f;
}

/// `qemu-img info` of a local qcow2 file and the files under it (an external snapshot's overlay
/// sits on top of the image that holds the internal snapshots): memory state sizes by name.
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

QString hexName(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

void removeThumbnail(const QString &uuid, const QString &name)
{
    QFile::remove(thumbnailPath(uuid, name));
}

/// The guest's screen now, as PNG under the thumbnails folder (best effort).
void saveThumbnail(virConnectPtr conn, virDomainPtr dom, const QString &uuid, const QString &name)
{
    const QImage image = domainScreenshot(conn, dom);
    if (image.isNull())
        return; // no display, or none yet: no thumbnail, no error
    const QString path = thumbnailPath(uuid, name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    image.scaled(160, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(path, "PNG");
}

QStringList descendants(virDomainSnapshotPtr snap)
{
    QStringList names;
    virDomainSnapshotPtr *children = nullptr;
    const int n
        = virDomainSnapshotListAllChildren(snap, &children, VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS);
    for (int i = 0; i < n; ++i) {
        names << QString::fromUtf8(virDomainSnapshotGetName(children[i]));
        virDomainSnapshotFree(children[i]);
    }
    free(children);
    return names;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

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

void linkChildren(QList<SnapshotInfo> &snapshots)
{
    for (SnapshotInfo &s : snapshots)
        s.children.clear();
    for (const SnapshotInfo &s : snapshots) {
        if (s.parent.isEmpty())
            continue;
        for (SnapshotInfo &p : snapshots)
            if (p.name == s.parent)
                p.children << s.name;
    }
}

QList<SnapshotInfo> treeOrder(const QList<SnapshotInfo> &snapshots)
{
    QHash<QString, const SnapshotInfo *> byName;
    for (const SnapshotInfo &s : snapshots)
        byName.insert(s.name, &s);
    auto byTime = [](const SnapshotInfo *a, const SnapshotInfo *b) {
        return a->created != b->created ? a->created < b->created : a->name < b->name;
    };
    QList<const SnapshotInfo *> roots;
    for (const SnapshotInfo &s : snapshots)
        if (s.parent.isEmpty() || !byName.contains(s.parent))
            roots << &s;
    std::sort(roots.begin(), roots.end(), byTime);
    QList<SnapshotInfo> ordered;
    std::function<void(const SnapshotInfo *)> visit = [&](const SnapshotInfo *s) {
        ordered << *s;
        QList<const SnapshotInfo *> children;
        for (const QString &c : s->children)
            if (byName.contains(c))
                children << byName.value(c);
        std::sort(children.begin(), children.end(), byTime);
        for (const SnapshotInfo *c : children)
            visit(c);
    };
    for (const SnapshotInfo *r : roots)
        visit(r);
    return ordered;
}

QString thumbnailPath(const QString &uuid, const QString &name)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("%1/snapshots/%2/%3.png").arg(base, uuid, hexName(name));
}

Operation *list(Connection *connection, const QString &uuid)
{
    const bool local = isLocalUri(connection->uri());
    const QString what
        = SnapshotText::tr("Could not list the snapshots of %1.").arg(nameOf(connection, uuid));
    return connection->runJob(
        SnapshotText::tr("List snapshots"), [uuid, what, local](virConnectPtr conn, Operation *) {
            return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
                unsigned long version = 0;
                virConnectGetLibVersion(conn, &version);
                virDomainSnapshotPtr *snaps = nullptr;
                const int n = virDomainListAllSnapshots(dom, &snaps, 0);
                if (n < 0)
                    return OpResult::failure(takeLibvirtError(what));
                QList<SnapshotInfo> result;
                for (int i = 0; i < n; ++i) {
                    char *xml = virDomainSnapshotGetXMLDesc(snaps[i], 0);
                    if (xml) {
                        SnapshotInfo info = parseSnapshotXml(QString::fromUtf8(xml), version);
                        info.current = virDomainSnapshotIsCurrent(snaps[i], 0) == 1;
                        result << info;
                        free(xml);
                    }
                    virDomainSnapshotFree(snaps[i]);
                }
                free(snaps);
                virResetLastError();
                // Sizes: the memory state each internal snapshot keeps in the qcow2 files.
                if (local) {
                    QHash<QString, qint64> sizes;
                    for (const Disk &disk : writableDisks(domainXml(dom)))
                        if (disk.format == QLatin1String("qcow2") && !disk.file.isEmpty())
                            for (auto [name, size] : snapshotSizes(disk.file).asKeyValueRange())
                                sizes[name] += size;
                    for (SnapshotInfo &info : result)
                        if (!info.external && sizes.contains(info.name))
                            info.sizeBytes = sizes.value(info.name);
                }
                linkChildren(result);
                return OpResult::success(QVariant::fromValue(treeOrder(result)));
            });
        });
}

Operation *create(Connection *connection, const QString &uuid, const QString &name,
                  const QString &description, Kind kind)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not take snapshot \"%1\" of %2.").arg(name, vm);
    const QString bad = validateName(name);
    return connection->runJob(
        SnapshotText::tr("Take snapshot %1 of %2").arg(name, vm),
        [=](virConnectPtr conn, Operation *) {
            if (!bad.isEmpty())
                return OpResult::failure(what + QLatin1Char(' ') + bad);
            return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
                if (virDomainSnapshotPtr existing
                    = virDomainSnapshotLookupByName(dom, name.toUtf8().constData(), 0)) {
                    virDomainSnapshotFree(existing);
                    return OpResult::failure(
                        what + QLatin1Char(' ')
                        + SnapshotText::tr("%1 already has a snapshot of that name.").arg(vm));
                }
                virResetLastError();
                const bool running = virDomainIsActive(dom) == 1;
                const bool external = running && kind == Kind::DiskOnly;
                if (kind == Kind::WithMemory && !running)
                    return OpResult::failure(Failure::of(
                        Failure::Kind::InvalidInput, what,
                        SnapshotText::tr("A snapshot with memory needs the machine running; "
                                         "it is shut off.")));
                // Internal snapshots live inside qcow2 files: say so for anything else.
                if (!external) {
                    for (const Disk &disk : writableDisks(domainXml(dom))) {
                        if (disk.format != QLatin1String("qcow2"))
                            return OpResult::failure(Failure::of(
                                Failure::Kind::NeedsQcow2, what,
                                SnapshotText::tr(
                                    "Its disk %1 (%2) is in %3 format; snapshots need qcow2. "
                                    "Shut the machine off and convert the disk to qcow2 "
                                    "(Vireo can do it, keeping the %3 file), then try again.")
                                    .arg(disk.target,
                                         disk.file.isEmpty() ? SnapshotText::tr("not a file")
                                                             : disk.file,
                                         disk.format.isEmpty() ? QStringLiteral("raw")
                                                               : disk.format)));
                    }
                }
                QString xml = QStringLiteral("<domainsnapshot><name>%1</name>").arg(escaped(name));
                if (!description.isEmpty())
                    xml += QStringLiteral("<description>%1</description>")
                               .arg(escaped(description));
                unsigned int flags = 0;
                if (external)
                    flags
                        |= VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC;
                else if (running)
                    xml += QStringLiteral("<memory snapshot='internal'/>");
                xml += QStringLiteral("</domainsnapshot>");
                if (running)
                    saveThumbnail(conn, dom, uuid, name);
                virDomainSnapshotPtr snap
                    = virDomainSnapshotCreateXML(dom, xml.toUtf8().constData(), flags);
                if (!snap) {
                    removeThumbnail(uuid, name);
                    return OpResult::failure(failure(what));
                }
                virDomainSnapshotFree(snap);
                return OpResult::success(name);
            });
        },
        {uuid}, /*longRunning=*/true);
}

Operation *revert(Connection *connection, const QString &uuid, const QString &name, RevertTo to)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not revert %1 to snapshot \"%2\".").arg(vm, name);
    return connection->runJob(
        SnapshotText::tr("Revert %1 to %2").arg(vm, name),
        [=](virConnectPtr conn, Operation *) {
            return withSnapshot(conn, uuid, name, what,
                                [&](virDomainPtr, virDomainSnapshotPtr snap) {
                                    unsigned int flags = 0;
                                    if (to == RevertTo::Running)
                                        flags |= VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING;
                                    else if (to == RevertTo::Paused)
                                        flags |= VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED;
                                    return virDomainRevertToSnapshot(snap, flags) < 0
                                               ? OpResult::failure(failure(what))
                                               : OpResult::success();
                                });
        },
        {uuid}, /*longRunning=*/true);
}

Operation *remove(Connection *connection, const QString &uuid, const QString &name,
                  bool withChildren)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not delete snapshot \"%1\" of %2.").arg(name, vm);
    return connection->runJob(
        SnapshotText::tr("Delete snapshot %1 of %2").arg(name, vm),
        [=](virConnectPtr conn, Operation *) {
            return withSnapshot(
                conn, uuid, name, what, [&](virDomainPtr, virDomainSnapshotPtr snap) {
                    QStringList gone{name};
                    if (withChildren)
                        gone += descendants(snap);
                    // Without the flag libvirt moves the children up to the snapshot's parent.
                    const int rc = virDomainSnapshotDelete(
                        snap, withChildren ? VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN : 0);
                    if (rc < 0)
                        return OpResult::failure(failure(what));
                    for (const QString &n : gone)
                        removeThumbnail(uuid, n);
                    return OpResult::success();
                });
        },
        {uuid}, /*longRunning=*/true);
}

namespace {

/// The snapshot XML with its description replaced (or removed when empty).
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

/// The domain XML with the disks whose files are keys of `renamed` now qcow2 files at the values.
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

} // namespace

Operation *setDescription(Connection *connection, const QString &uuid, const QString &name,
                          const QString &description)
{
    const QString vm = nameOf(connection, uuid);
    const QString what
        = SnapshotText::tr("Could not change the description of snapshot \"%1\".").arg(name);
    return connection->runJob(
        SnapshotText::tr("Describe snapshot %1 of %2").arg(name, vm),
        [=](virConnectPtr conn, Operation *) {
            return withSnapshot(
                conn, uuid, name, what, [&](virDomainPtr dom, virDomainSnapshotPtr snap) {
                    char *xml = virDomainSnapshotGetXMLDesc(snap, VIR_DOMAIN_SNAPSHOT_XML_SECURE);
                    const bool current = virDomainSnapshotIsCurrent(snap, 0) == 1;
                    if (!xml)
                        return OpResult::failure(takeLibvirtError(what));
                    const QString changed = withDescription(QString::fromUtf8(xml), description);
                    free(xml);
                    // Redefining changes only libvirt's record of the snapshot, never the disks.
                    unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE;
                    if (current)
                        flags |= VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT;
                    virDomainSnapshotPtr again
                        = virDomainSnapshotCreateXML(dom, changed.toUtf8().constData(), flags);
                    if (!again)
                        return OpResult::failure(takeLibvirtError(what));
                    virDomainSnapshotFree(again);
                    return OpResult::success();
                });
        },
        {uuid});
}

Operation *convertToQcow2(Connection *connection, const QString &uuid)
{
    const QString vm = nameOf(connection, uuid);
    const QString what = SnapshotText::tr("Could not convert the disks of %1 to qcow2.").arg(vm);
    const bool local = isLocalUri(connection->uri());
    return connection->runJob(
        SnapshotText::tr("Convert the disks of %1 to qcow2").arg(vm),
        [=](virConnectPtr conn, Operation *) {
            if (!local)
                return OpResult::failure(
                    what + QLatin1Char(' ')
                    + SnapshotText::tr("Vireo converts disks only on this machine's "
                                       "connections."));
            return withDomain(conn, uuid, what, [&](virDomainPtr dom) {
                if (virDomainIsActive(dom) == 1)
                    return OpResult::failure(what + QLatin1Char(' ')
                                             + SnapshotText::tr("Shut the machine off first."));
                char *raw
                    = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
                if (!raw)
                    return OpResult::failure(takeLibvirtError(what));
                const QString xml = QString::fromUtf8(raw);
                free(raw);
                QHash<QString, QString> renamed;
                QStringList made;
                auto undo = [&made] {
                    for (const QString &f : made)
                        QFile::remove(f);
                };
                for (const Disk &disk : writableDisks(xml)) {
                    if (disk.format == QLatin1String("qcow2"))
                        continue;
                    if (disk.file.isEmpty()) {
                        undo();
                        return OpResult::failure(
                            what + QLatin1Char(' ')
                            + SnapshotText::tr("Disk %1 is not a file.").arg(disk.target));
                    }
                    const QFileInfo source(disk.file);
                    QString target = source.absolutePath() + QLatin1Char('/')
                                     + source.completeBaseName() + QStringLiteral(".qcow2");
                    for (int n = 1; QFile::exists(target); ++n)
                        target = source.absolutePath() + QLatin1Char('/')
                                 + source.completeBaseName() + QStringLiteral("-%1.qcow2").arg(n);
                    QProcess qemuImg;
                    qemuImg.setProcessChannelMode(QProcess::MergedChannels);
                    qemuImg.start(QStringLiteral("qemu-img"),
                                  {QStringLiteral("convert"), QStringLiteral("-O"),
                                   QStringLiteral("qcow2"), disk.file, target});
                    const bool ran = qemuImg.waitForFinished(-1);
                    if (!ran || qemuImg.exitStatus() != QProcess::NormalExit
                        || qemuImg.exitCode() != 0) {
                        QFile::remove(target);
                        undo();
                        return OpResult::failure(
                            what + QLatin1Char(' ')
                            + QString::fromLocal8Bit(qemuImg.readAll()).trimmed());
                    }
                    made << target;
                    renamed.insert(disk.file, target);
                }
                if (renamed.isEmpty())
                    return OpResult::success();
                virDomainPtr defined
                    = virDomainDefineXML(conn, withQcow2Disks(xml, renamed).toUtf8().constData());
                if (!defined) {
                    undo();
                    return OpResult::failure(takeLibvirtError(what));
                }
                virDomainFree(defined);
                return OpResult::success(QStringList(renamed.values()));
            });
        },
        {uuid}, /*longRunning=*/true);
}

} // namespace Vireo::Snapshots
