#include "storage/StoragePools.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "networks/NetworkConfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct PoolText
{
    Q_DECLARE_TR_FUNCTIONS(PoolText)
};

QString poolXml(virStoragePoolPtr pool)
{
    char *xml = virStoragePoolGetXMLDesc(pool, 0);
    const QString text = QString::fromUtf8(xml ? xml : "");
    free(xml);
    return text;
}

QList<ResourceUser> poolUsers(virConnectPtr conn, const QString &pool, const QString &path)
{
    QList<ResourceUser> users;
    for (const DomainUsage &u : scanDomainUsage(conn)) {
        bool uses = std::any_of(u.volumes.begin(), u.volumes.end(),
                                [&pool](const auto &v) { return v.first == pool; });
        if (!path.isEmpty())
            uses
                = uses
                  || std::any_of(u.diskPaths.begin(), u.diskPaths.end(), [&path](const QString &p) {
                         return p.startsWith(path + QLatin1Char('/'));
                     });
        if (uses)
            users << u.vm;
    }
    return users;
}

OpResult withPool(virConnectPtr conn, const QString &name,
                  const std::function<OpResult(virStoragePoolPtr)> &fn)
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, name.toUtf8().constData());
    if (!pool)
        return OpResult::failure(takeLibvirtError(
            lastLibvirtErrorCode() == VIR_ERR_NO_STORAGE_POOL
                ? PoolText::tr("There is no storage pool called '%1'.").arg(name)
                : PoolText::tr("Could not open the storage pool '%1'.").arg(name)));
    OpResult result = fn(pool);
    virStoragePoolFree(pool);
    virResetLastError();
    return result;
}

Operation *simple(Connection *connection, const QString &title, const QString &name,
                  const QString &failure, std::function<int(virStoragePoolPtr)> call)
{
    return connection->runJob(title, [name, failure, call](virConnectPtr conn, Operation *) {
        return withPool(conn, name, [&](virStoragePoolPtr pool) {
            if (call(pool) < 0)
                return OpResult::failure(takeLibvirtError(failure));
            return OpResult::success();
        });
    });
}

} // namespace

PoolState PoolState::fromXml(const QString &xml)
{
    PoolState s;
    s.xml = xml;
    QXmlStreamReader r(xml);
    QString section;
    QString host, dir, device, name;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("pool"))
            s.type = a.value(QLatin1String("type")).toString();
        else if (r.name() == QLatin1String("source") || r.name() == QLatin1String("target"))
            section = r.name().toString();
        else if (section == QLatin1String("target") && r.name() == QLatin1String("path"))
            s.path = r.readElementText();
        else if (section == QLatin1String("source") && r.name() == QLatin1String("host"))
            host = a.value(QLatin1String("name")).toString();
        else if (section == QLatin1String("source") && r.name() == QLatin1String("dir"))
            dir = a.value(QLatin1String("path")).toString();
        else if (section == QLatin1String("source") && r.name() == QLatin1String("device")
                 && device.isEmpty())
            device = a.value(QLatin1String("path")).toString();
        else if (section == QLatin1String("source") && r.name() == QLatin1String("name"))
            name = r.readElementText();
    }
    if (!host.isEmpty())
        s.sourceText = dir.isEmpty() ? host : host + QLatin1Char(':') + dir;
    else if (!device.isEmpty())
        s.sourceText = device;
    else
        s.sourceText = name;
    return s;
}

QStringList PoolSpec::knownTypes()
{
    return {QStringLiteral("dir"),     QStringLiteral("fs"),   QStringLiteral("netfs"),
            QStringLiteral("logical"), QStringLiteral("disk"), QStringLiteral("iscsi")};
}

QString PoolSpec::check(const QStringList &poolNames, bool localPaths) const
{
    if (QString problem = validateResourceName(name, PoolText::tr("storage pool"));
        !problem.isEmpty())
        return problem;
    if (poolNames.contains(name))
        return PoolText::tr("There is a storage pool called '%1' already.").arg(name);
    if (!knownTypes().contains(type))
        return PoolText::tr("'%1' is not a pool type Vireo makes (%2).")
            .arg(type, knownTypes().join(QLatin1String(", ")));
    const bool needsPath = type != QLatin1String("logical");
    if (needsPath && (path.isEmpty() || !path.startsWith(QLatin1Char('/'))))
        return PoolText::tr("Give the pool's folder as an absolute path (e.g. /srv/images).");
    if ((type == QLatin1String("fs") || type == QLatin1String("disk")) && device.isEmpty())
        return PoolText::tr("A %1 pool needs the block device it lives on (e.g. /dev/sdb1).")
            .arg(type);
    if ((type == QLatin1String("netfs") || type == QLatin1String("iscsi")) && host.isEmpty())
        return PoolText::tr("A %1 pool needs the server's name or address.").arg(type);
    if (type == QLatin1String("netfs") && sourcePath.isEmpty())
        return PoolText::tr("A network pool needs the exported folder (e.g. /export/images).");
    if ((type == QLatin1String("logical") || type == QLatin1String("iscsi"))
        && sourceName.isEmpty())
        return type == QLatin1String("logical")
                   ? PoolText::tr("A logical pool needs its LVM volume group's name.")
                   : PoolText::tr("An iSCSI pool needs the target's IQN.");
    if (localPaths && needsPath) {
        const QFileInfo target(path);
        if (target.exists() && !target.isDir())
            return PoolText::tr("%1 is a file, not a folder.").arg(path);
        if (target.exists() && !target.isWritable() && type == QLatin1String("dir"))
            return PoolText::tr("%1 is not writable: volumes could not be made there.").arg(path);
        if (!target.exists() && !build)
            return PoolText::tr("%1 does not exist (let Vireo build the pool to make it).")
                .arg(path);
    }
    return {};
}

QString PoolSpec::toXml() const
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("pool"));
    w.writeAttribute(QStringLiteral("type"), type);
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("source"));
    if (!host.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("host"));
        w.writeAttribute(QStringLiteral("name"), host);
    }
    if (!sourcePath.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("dir"));
        w.writeAttribute(QStringLiteral("path"), sourcePath);
    }
    if (!device.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("device"));
        w.writeAttribute(QStringLiteral("path"), device);
    }
    if (type == QLatin1String("iscsi") && !sourceName.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("device"));
        w.writeAttribute(QStringLiteral("path"), sourceName);
    } else if (!sourceName.isEmpty()) {
        w.writeTextElement(QStringLiteral("name"), sourceName);
    }
    const QString fmt
        = format.isEmpty() && type == QLatin1String("netfs") ? QStringLiteral("nfs") : format;
    if (!fmt.isEmpty() && type != QLatin1String("dir")) {
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), fmt);
    }
    w.writeEndElement();
    if (!path.isEmpty()) {
        w.writeStartElement(QStringLiteral("target"));
        w.writeTextElement(QStringLiteral("path"), path);
        w.writeEndElement();
    } else if (type == QLatin1String("logical")) {
        w.writeStartElement(QStringLiteral("target"));
        w.writeTextElement(QStringLiteral("path"), QStringLiteral("/dev/") + sourceName);
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

namespace StoragePools {

Operation *supportedTypes(Connection *connection)
{
    return connection->runJob(
        PoolText::tr("Read the storage pool types"), [](virConnectPtr conn, Operation *) {
            QStringList types;
            char *caps = virConnectGetStoragePoolCapabilities(conn, 0);
            if (!caps) {
                // An older daemon: offer what Vireo knows, libvirt refuses what it cannot do.
                virResetLastError();
                return OpResult::success(PoolSpec::knownTypes());
            }
            QXmlStreamReader r{QByteArray(caps)};
            free(caps);
            QStringList supported;
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("pool")
                    && r.attributes().value(QLatin1String("supported")) == QLatin1String("yes"))
                    supported << r.attributes().value(QLatin1String("type")).toString();
            }
            for (const QString &t : PoolSpec::knownTypes())
                if (supported.contains(t))
                    types << t;
            for (const QString &t : std::as_const(supported))
                if (!types.contains(t))
                    types << t;
            return OpResult::success(types);
        });
}

Operation *read(Connection *connection, const QString &name)
{
    return connection->runJob(PoolText::tr("Read storage pool %1").arg(name),
                              [name](virConnectPtr conn, Operation *) {
                                  return withPool(conn, name, [&](virStoragePoolPtr pool) {
                                      PoolState s = PoolState::fromXml(poolXml(pool));
                                      s.users = poolUsers(conn, name, s.path);
                                      return OpResult::success(QVariant::fromValue(s));
                                  });
                              });
}

Operation *create(Connection *connection, const PoolSpec &spec)
{
    const bool local = connection->isLocal();
    return connection->runJob(
        PoolText::tr("Create storage pool %1").arg(spec.name),
        [spec, local](virConnectPtr conn, Operation *) {
            QStringList names;
            virStoragePoolPtr *pools = nullptr;
            const int n = virConnectListAllStoragePools(conn, &pools, 0);
            for (int i = 0; i < n; ++i) {
                names << QString::fromUtf8(virStoragePoolGetName(pools[i]));
                virStoragePoolFree(pools[i]);
            }
            free(pools);
            virResetLastError();
            if (const QString problem = spec.check(names, local); !problem.isEmpty())
                return OpResult::failure(problem, Failure::Kind::InvalidInput);
            const QByteArray xml = spec.toXml().toUtf8();
            virStoragePoolPtr pool = virStoragePoolDefineXML(conn, xml.constData(), 0);
            if (!pool)
                return OpResult::failure(takeLibvirtError(
                    PoolText::tr("Could not define the storage pool %1.").arg(spec.name)));
            const auto undo = [pool](const QString &what) {
                const Failure why = takeLibvirtError(what);
                virStoragePoolUndefine(pool);
                virStoragePoolFree(pool);
                virResetLastError();
                return OpResult::failure(why);
            };
            // A dir pool's build makes its folder; a file system or label is made only when
            // there is none (NO_OVERWRITE), so nobody's data is formatted away.
            const bool needsBuild = spec.type == QLatin1String("dir")
                                        ? !(local && QFileInfo(spec.path).isDir())
                                        : true;
            if (spec.build && needsBuild
                && virStoragePoolBuild(pool, spec.type == QLatin1String("dir")
                                                 ? 0
                                                 : VIR_STORAGE_POOL_BUILD_NO_OVERWRITE)
                       < 0
                && lastLibvirtErrorCode() != VIR_ERR_NO_SUPPORT)
                return undo(PoolText::tr("Could not build the storage pool %1; it was not kept.")
                                .arg(spec.name));
            virResetLastError();
            if (virStoragePoolCreate(pool, 0) < 0)
                return undo(PoolText::tr("Could not start the storage pool %1; it was not kept.")
                                .arg(spec.name));
            if (spec.autostart && virStoragePoolSetAutostart(pool, 1) < 0) {
                const Failure why = takeLibvirtError(
                    PoolText::tr("The pool %1 runs, but could not be set to start with the host.")
                        .arg(spec.name));
                virStoragePoolFree(pool);
                return OpResult::failure(why);
            }
            virStoragePoolFree(pool);
            return OpResult::success(spec.name);
        });
}

Operation *start(Connection *connection, const QString &name)
{
    return simple(connection, PoolText::tr("Start storage pool %1").arg(name), name,
                  PoolText::tr("Could not start the storage pool %1.").arg(name),
                  [](virStoragePoolPtr p) { return virStoragePoolCreate(p, 0); });
}

Operation *refresh(Connection *connection, const QString &name)
{
    return simple(connection, PoolText::tr("Refresh storage pool %1").arg(name), name,
                  PoolText::tr("Could not refresh the storage pool %1.").arg(name),
                  [](virStoragePoolPtr p) { return virStoragePoolRefresh(p, 0); });
}

Operation *setAutostart(Connection *connection, const QString &name, bool autostart)
{
    Operation *op = connection->runJob(
        PoolText::tr("Change the autostart of %1").arg(name),
        [name, autostart](virConnectPtr conn, Operation *) {
            return withPool(conn, name, [&](virStoragePoolPtr pool) {
                if (virStoragePoolSetAutostart(pool, autostart ? 1 : 0) < 0)
                    return OpResult::failure(takeLibvirtError(
                        PoolText::tr("Could not change the autostart of %1.").arg(name)));
                char uuid[VIR_UUID_STRING_BUFLEN] = {};
                virStoragePoolGetUUIDString(pool, uuid);
                return OpResult::success(QString::fromLatin1(uuid));
            });
        });
    // libvirt sends no event for autostart: the cache is re-read by hand.
    QObject::connect(op, &Operation::finished, connection, [connection, op](bool ok) {
        if (ok)
            connection->refreshStoragePool(op->value().toString());
    });
    return op;
}

Operation *stop(Connection *connection, const QString &name, bool confirmed)
{
    return connection->runJob(
        PoolText::tr("Stop storage pool %1").arg(name),
        [name, confirmed](virConnectPtr conn, Operation *) {
            return withPool(conn, name, [&](virStoragePoolPtr pool) {
                QList<ResourceUser> up;
                for (const ResourceUser &u :
                     poolUsers(conn, name, PoolState::fromXml(poolXml(pool)).path))
                    if (u.running)
                        up << u;
                if (!up.isEmpty() && !confirmed)
                    return OpResult::failure(Failure::of(
                        Failure::Kind::NeedsConfirmation,
                        PoolText::tr("Running VMs have disks in %1: %2. They keep them open, but "
                                     "no volume can be made, listed or resized there until the "
                                     "pool starts again.")
                            .arg(name, describeUsers(up))));
                if (virStoragePoolDestroy(pool) < 0)
                    return OpResult::failure(takeLibvirtError(
                        PoolText::tr("Could not stop the storage pool %1.").arg(name)));
                return OpResult::success();
            });
        });
}

Operation *remove(Connection *connection, const QString &name, bool deleteData)
{
    return connection->runJob(
        PoolText::tr("Delete storage pool %1").arg(name),
        [name, deleteData](virConnectPtr conn, Operation *) {
            return withPool(conn, name, [&](virStoragePoolPtr pool) {
                const PoolState s = PoolState::fromXml(poolXml(pool));
                if (const QList<ResourceUser> users = poolUsers(conn, name, s.path);
                    !users.isEmpty())
                    return OpResult::failure(
                        PoolText::tr("VMs have disks in %1: %2. Remove those disks or the VMs "
                                     "first.")
                            .arg(name, describeUsers(users)),
                        Failure::Kind::InvalidInput);
                if (virStoragePoolIsActive(pool) == 1 && virStoragePoolDestroy(pool) < 0)
                    return OpResult::failure(takeLibvirtError(
                        PoolText::tr("Could not stop the storage pool %1.").arg(name)));
                if (deleteData && virStoragePoolDelete(pool, 0) < 0)
                    return OpResult::failure(takeLibvirtError(
                        PoolText::tr("The pool %1 is stopped, but its folder could not be "
                                     "removed (is it empty?).")
                            .arg(name)));
                if (virStoragePoolIsPersistent(pool) == 1 && virStoragePoolUndefine(pool) < 0)
                    return OpResult::failure(takeLibvirtError(
                        PoolText::tr("The pool %1 is stopped, but could not be deleted.")
                            .arg(name)));
                return OpResult::success();
            });
        });
}

} // namespace StoragePools
} // namespace Vireo
