#include "storage/VolumeSupport.h"
#include "storage/Volumes.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "networks/NetworkConfig.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

namespace Vireo {

namespace {

struct VolumeText
{
    Q_DECLARE_TR_FUNCTIONS(VolumeText)
};

QString mib(quint64 bytes)
{
    return VolumeText::tr("%1 MiB").arg(bytes >> 20);
}

QList<ResourceUser> runningOnly(const QList<ResourceUser> &users)
{
    QList<ResourceUser> list;
    std::copy_if(users.begin(), users.end(), std::back_inserter(list),
                 [](const ResourceUser &u) { return u.running; });
    return list;
}

quint64 poolAvailable(virStoragePoolPtr p)
{
    virStoragePoolInfo info{};
    return virStoragePoolGetInfo(p, &info) == 0 ? info.available : 0;
}

} // namespace

VolumeInfo readVolume(virStorageVolPtr vol, const QString &pool)
{
    VolumeInfo v;
    v.pool = pool;
    v.name = QString::fromUtf8(virStorageVolGetName(vol));
    virStorageVolInfo info{};
    if (virStorageVolGetInfo(vol, &info) == 0) {
        v.capacity = info.capacity;
        v.allocation = info.allocation;
    }
    char *xml = virStorageVolGetXMLDesc(vol, 0);
    QXmlStreamReader r(QByteArray(xml ? xml : ""));
    free(xml);
    QString section;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("target") || r.name() == QLatin1String("backingStore"))
            section = r.name().toString();
        else if (r.name() == QLatin1String("path") && section == QLatin1String("target"))
            v.path = r.readElementText();
        else if (r.name() == QLatin1String("path") && section == QLatin1String("backingStore"))
            v.backingPath = r.readElementText();
        else if (r.name() == QLatin1String("format") && section == QLatin1String("target"))
            v.format = r.attributes().value(QLatin1String("type")).toString();
    }
    virResetLastError();
    return v;
}

QString VolumeSpec::check() const
{
    if (QString problem = validateResourceName(name, VolumeText::tr("volume")); !problem.isEmpty())
        return problem;
    if (format != QLatin1String("qcow2") && format != QLatin1String("raw"))
        return VolumeText::tr("'%1' is not a volume format Vireo makes: qcow2 or raw.").arg(format);
    if (capacity == 0 && backingPath.isEmpty())
        return VolumeText::tr("Give the volume a size (e.g. 20G).");
    if (!backingPath.isEmpty() && format != QLatin1String("qcow2"))
        return VolumeText::tr("Only a qcow2 volume can be an overlay on a backing image.");
    return {};
}

QString VolumeSpec::toXml(const QString &backingFormat) const
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("volume"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("capacity"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(capacity));
    w.writeEndElement();
    // Sparse: a new volume takes room as the guest writes.
    w.writeTextElement(QStringLiteral("allocation"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("target"));
    w.writeEmptyElement(QStringLiteral("format"));
    w.writeAttribute(QStringLiteral("type"), format);
    w.writeEndElement();
    if (!backingPath.isEmpty()) {
        w.writeStartElement(QStringLiteral("backingStore"));
        w.writeTextElement(QStringLiteral("path"), backingPath);
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"),
                         backingFormat.isEmpty() ? QStringLiteral("raw") : backingFormat);
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

namespace Volumes {

Operation *list(Connection *connection, const QStringList &suffixes)
{
    return connection->runJob(VolumeText::tr("List storage volumes"), [suffixes](virConnectPtr conn,
                                                                                 Operation *) {
        QList<VolumeInfo> found;
        virStoragePoolPtr *pools = nullptr;
        const int n
            = virConnectListAllStoragePools(conn, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
        if (n < 0)
            return OpResult::failure(
                takeLibvirtError(VolumeText::tr("Could not list the storage pools.")));
        for (int i = 0; i < n; ++i) {
            virStoragePoolRefresh(pools[i], 0);
            const QString pool = QString::fromUtf8(virStoragePoolGetName(pools[i]));
            virStorageVolPtr *vols = nullptr;
            const int m = virStoragePoolListAllVolumes(pools[i], &vols, 0);
            for (int j = 0; j < m; ++j) {
                VolumeInfo v;
                v.pool = pool;
                v.name = QString::fromUtf8(virStorageVolGetName(vols[j]));
                const bool wanted
                    = suffixes.isEmpty()
                      || std::any_of(suffixes.begin(), suffixes.end(), [&v](const QString &s) {
                             return v.name.endsWith(s, Qt::CaseInsensitive);
                         });
                if (wanted) {
                    char *path = virStorageVolGetPath(vols[j]);
                    v.path = QString::fromUtf8(path ? path : "");
                    free(path);
                    virStorageVolInfo info{};
                    if (virStorageVolGetInfo(vols[j], &info) == 0)
                        v.capacity = info.capacity;
                    found << v;
                }
                virStorageVolFree(vols[j]);
            }
            free(vols);
            virStoragePoolFree(pools[i]);
        }
        free(pools);
        virResetLastError();
        std::sort(found.begin(), found.end(), [](const VolumeInfo &a, const VolumeInfo &b) {
            return a.pool != b.pool ? a.pool < b.pool : a.name.localeAwareCompare(b.name) < 0;
        });
        return OpResult::success(QVariant::fromValue(found));
    });
}

Operation *listPool(Connection *connection, const QString &pool)
{
    return connection->runJob(
        VolumeText::tr("List the volumes of %1").arg(pool),
        [pool](virConnectPtr conn, Operation *) {
            return withVolume(conn, pool, {}, true, [&](virStoragePoolPtr p, virStorageVolPtr) {
                virStorageVolPtr *vols = nullptr;
                const int n = virStoragePoolListAllVolumes(p, &vols, 0);
                if (n < 0)
                    return OpResult::failure(takeLibvirtError(
                        VolumeText::tr("Could not list the volumes of %1.").arg(pool)));
                const QList<DomainUsage> usage = scanDomainUsage(conn);
                QList<VolumeInfo> found;
                found.reserve(n);
                for (int i = 0; i < n; ++i) {
                    VolumeInfo v = readVolume(vols[i], pool);
                    v.users = volumeUsers(usage, v.path, pool, v.name);
                    found << v;
                    virStorageVolFree(vols[i]);
                }
                free(vols);
                std::sort(found.begin(), found.end(), [](const VolumeInfo &a, const VolumeInfo &b) {
                    return a.name.localeAwareCompare(b.name) < 0;
                });
                return OpResult::success(QVariant::fromValue(found));
            });
        });
}

Operation *create(Connection *connection, const QString &pool, const VolumeSpec &spec,
                  bool allowOvercommit)
{
    return connection->runJob(
        VolumeText::tr("Create volume %1").arg(spec.name),
        [pool, spec, allowOvercommit](virConnectPtr conn, Operation *) {
            if (const QString problem = spec.check(); !problem.isEmpty())
                return OpResult::failure(problem, Failure::Kind::InvalidInput);
            return withVolume(conn, pool, {}, true, [&](virStoragePoolPtr p, virStorageVolPtr) {
                if (virStorageVolPtr taken
                    = virStorageVolLookupByName(p, spec.name.toUtf8().constData())) {
                    virStorageVolFree(taken);
                    return OpResult::failure(
                        VolumeText::tr("The pool '%1' has a volume called '%2' already.")
                            .arg(pool, spec.name),
                        Failure::Kind::InvalidInput);
                }
                virResetLastError();
                VolumeSpec made = spec;
                QString backingFormat;
                if (!spec.backingPath.isEmpty()) {
                    virStorageVolPtr base
                        = virStorageVolLookupByPath(conn, spec.backingPath.toUtf8().constData());
                    if (!base)
                        return OpResult::failure(takeLibvirtError(
                            VolumeText::tr("The backing image %1 is not a volume of this host.")
                                .arg(spec.backingPath)));
                    const VolumeInfo b = readVolume(base, {});
                    virStorageVolFree(base);
                    backingFormat = b.format;
                    if (made.capacity < b.capacity)
                        made.capacity = b.capacity;
                }
                const quint64 room = poolAvailable(p);
                if (!allowOvercommit && spec.backingPath.isEmpty() && made.capacity > room)
                    return OpResult::failure(Failure::of(
                        Failure::Kind::NeedsConfirmation,
                        VolumeText::tr("%1 is more than the pool '%2' has free (%3). The volume "
                                       "takes room only as the guest writes, but the guest "
                                       "fails when the pool runs full.")
                            .arg(mib(made.capacity), pool, mib(room))));
                const QByteArray xml = made.toXml(backingFormat).toUtf8();
                virStorageVolPtr vol = virStorageVolCreateXML(p, xml.constData(), 0);
                if (!vol)
                    return OpResult::failure(takeLibvirtError(
                        VolumeText::tr("Could not create the volume %1.").arg(spec.name)));
                char *path = virStorageVolGetPath(vol);
                const QString result = QString::fromUtf8(path ? path : "");
                free(path);
                virStorageVolFree(vol);
                return OpResult::success(result);
            });
        });
}

Operation *resize(Connection *connection, const QString &pool, const QString &name,
                  quint64 capacity, bool allowOvercommit)
{
    return connection->runJob(VolumeText::tr("Resize volume %1").arg(name), [pool, name, capacity,
                                                                             allowOvercommit](
                                                                                virConnectPtr conn,
                                                                                Operation *) {
        return withVolume(conn, pool, name, false, [&](virStoragePoolPtr p, virStorageVolPtr vol) {
            const VolumeInfo v = readVolume(vol, pool);
            if (capacity < v.capacity)
                return OpResult::failure(
                    VolumeText::tr("%1 is %2; Vireo does not shrink volumes (the guest's data "
                                   "at the end would be cut). Shrink the file system in the "
                                   "guest and copy it to a smaller volume instead.")
                        .arg(name, mib(v.capacity)),
                    Failure::Kind::InvalidInput);
            if (capacity == v.capacity)
                return OpResult::success(v.path);
            const quint64 room = poolAvailable(p);
            if (!allowOvercommit && capacity - v.capacity > room)
                return OpResult::failure(Failure::of(
                    Failure::Kind::NeedsConfirmation,
                    VolumeText::tr("Growing %1 by %2 is more than the pool '%3' has free "
                                   "(%4).")
                        .arg(name, mib(capacity - v.capacity), pool, mib(room))));
            // A running VM's disk grows through QEMU, which then tells the guest.
            for (const ResourceUser &u :
                 runningOnly(volumeUsers(scanDomainUsage(conn), v.path, pool, name))) {
                virDomainPtr dom = virDomainLookupByUUIDString(conn, u.uuid.toLatin1());
                const int rc = dom ? virDomainBlockResize(dom, v.path.toUtf8().constData(),
                                                          capacity, VIR_DOMAIN_BLOCK_RESIZE_BYTES)
                                   : -1;
                if (dom)
                    virDomainFree(dom);
                if (rc < 0)
                    return OpResult::failure(takeLibvirtError(
                        VolumeText::tr("Could not grow %1 through the running VM %2.")
                            .arg(name, u.name)));
                return OpResult::success(v.path);
            }
            if (virStorageVolResize(vol, capacity, 0) < 0)
                return OpResult::failure(
                    takeLibvirtError(VolumeText::tr("Could not resize %1.").arg(name)));
            return OpResult::success(v.path);
        });
    });
}

Operation *clone(Connection *connection, const QString &pool, const QString &name,
                 const QString &newName)
{
    Operation *op = connection->runJob(
        VolumeText::tr("Clone volume %1").arg(name),
        [pool, name, newName](virConnectPtr conn, Operation *op) {
            if (QString problem = validateResourceName(newName, VolumeText::tr("volume"));
                !problem.isEmpty())
                return OpResult::failure(problem, Failure::Kind::InvalidInput);
            return withVolume(
                conn, pool, name, true, [&](virStoragePoolPtr p, virStorageVolPtr source) {
                    const VolumeInfo v = readVolume(source, pool);
                    if (const QList<ResourceUser> up
                        = runningOnly(volumeUsers(scanDomainUsage(conn), v.path, pool, name));
                        !up.isEmpty())
                        return OpResult::failure(
                            VolumeText::tr("%1 is in use by %2, which writes to it while it runs: "
                                           "a copy would be torn. Shut it down first.")
                                .arg(name, describeUsers(up)),
                            Failure::Kind::InvalidInput);
                    if (virStorageVolPtr taken
                        = virStorageVolLookupByName(p, newName.toUtf8().constData())) {
                        virStorageVolFree(taken);
                        return OpResult::failure(
                            VolumeText::tr("The pool '%1' has a volume called '%2' already.")
                                .arg(pool, newName),
                            Failure::Kind::InvalidInput);
                    }
                    virResetLastError();
                    if (v.allocation > poolAvailable(p))
                        return OpResult::failure(
                            VolumeText::tr("A copy of %1 needs %2; the pool '%3' has %4 free.")
                                .arg(name, mib(v.allocation), pool, mib(poolAvailable(p))),
                            Failure::Kind::DiskFull);
                    VolumeSpec spec{newName,
                                    v.format.isEmpty() ? QStringLiteral("raw") : v.format,
                                    v.capacity,
                                    {}};
                    // How far the copy is: the new volume's allocation against the source's.
                    const QByteArray newNameUtf8 = newName.toUtf8();
                    const quint64 total = qMax<quint64>(v.allocation, 1);
                    // It may run after this job ended: it holds names, no pointers of the job's.
                    const QByteArray poolUtf8 = pool.toUtf8();
                    op->setProgressProbe([conn, poolUtf8, newNameUtf8, total]() -> int {
                        virStoragePoolPtr where
                            = virStoragePoolLookupByName(conn, poolUtf8.constData());
                        virStorageVolPtr made
                            = where ? virStorageVolLookupByName(where, newNameUtf8.constData())
                                    : nullptr;
                        if (where)
                            virStoragePoolFree(where);
                        virStorageVolInfo info{};
                        const bool ok = made && virStorageVolGetInfo(made, &info) == 0;
                        if (made)
                            virStorageVolFree(made);
                        return ok ? int(qMin<quint64>(99, info.allocation * 100 / total)) : -1;
                    });
                    const QByteArray xml = spec.toXml().toUtf8();
                    virStorageVolPtr copy
                        = virStorageVolCreateXMLFrom(p, xml.constData(), source, 0);
                    op->setProgressProbe({});
                    if (!copy)
                        return OpResult::failure(
                            takeLibvirtError(VolumeText::tr("Could not copy %1.").arg(name)));
                    char *path = virStorageVolGetPath(copy);
                    const QString result = QString::fromUtf8(path ? path : "");
                    free(path);
                    virStorageVolFree(copy);
                    return OpResult::success(result);
                });
        },
        {}, true);
    return op;
}

Operation *wipe(Connection *connection, const QString &pool, const QString &name)
{
    return connection->runJob(
        VolumeText::tr("Wipe volume %1").arg(name),
        [pool, name](virConnectPtr conn, Operation *) {
            return withVolume(
                conn, pool, name, false, [&](virStoragePoolPtr, virStorageVolPtr vol) {
                    const VolumeInfo v = readVolume(vol, pool);
                    if (const QList<ResourceUser> users
                        = volumeUsers(scanDomainUsage(conn), v.path, pool, name);
                        !users.isEmpty())
                        return OpResult::failure(
                            VolumeText::tr("%1 is a disk of %2: wiping it would erase the VM's "
                                           "data. Remove it from the VM first.")
                                .arg(name, describeUsers(users)),
                            Failure::Kind::InvalidInput);
                    if (virStorageVolWipe(vol, 0) < 0)
                        return OpResult::failure(
                            takeLibvirtError(VolumeText::tr("Could not wipe %1.").arg(name)));
                    return OpResult::success();
                });
        },
        {}, true);
}

Operation *remove(Connection *connection, const QString &pool, const QString &name, bool confirmed)
{
    return connection->runJob(VolumeText::tr("Delete volume %1").arg(name), [pool, name, confirmed](
                                                                                virConnectPtr conn,
                                                                                Operation *) {
        return withVolume(conn, pool, name, false, [&](virStoragePoolPtr, virStorageVolPtr vol) {
            const VolumeInfo v = readVolume(vol, pool);
            const QList<ResourceUser> users
                = volumeUsers(scanDomainUsage(conn), v.path, pool, name);
            if (const QList<ResourceUser> up = runningOnly(users); !up.isEmpty())
                return OpResult::failure(
                    VolumeText::tr("%1 cannot be deleted while running VMs use it: %2.")
                        .arg(name, describeUsers(up)),
                    Failure::Kind::InvalidInput);
            if (!users.isEmpty() && !confirmed)
                return OpResult::failure(Failure::of(
                    Failure::Kind::NeedsConfirmation,
                    VolumeText::tr("%1 is a disk of %2; those VMs will not start until the "
                                   "disk is removed from them.")
                        .arg(name, describeUsers(users))));
            if (virStorageVolDelete(vol, 0) < 0)
                return OpResult::failure(
                    takeLibvirtError(VolumeText::tr("Could not delete %1.").arg(name)));
            return OpResult::success();
        });
    });
}

} // namespace Volumes
} // namespace Vireo

namespace Vireo::Volumes {

OpResult withVolume(virConnectPtr conn, const QString &pool, const QString &name, bool refresh,
                    const std::function<OpResult(virStoragePoolPtr, virStorageVolPtr)> &fn)
{
    virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool.toUtf8().constData());
    if (!p)
        return OpResult::failure(takeLibvirtError(
            lastLibvirtErrorCode() == VIR_ERR_NO_STORAGE_POOL
                ? VolumeText::tr("There is no storage pool called '%1' on this host.").arg(pool)
                : VolumeText::tr("Could not open the storage pool '%1'.").arg(pool)));
    if (virStoragePoolIsActive(p) != 1) {
        virStoragePoolFree(p);
        return OpResult::failure(
            VolumeText::tr("The storage pool '%1' is not running: start it first.").arg(pool),
            Failure::Kind::InvalidInput);
    }
    if (refresh)
        virStoragePoolRefresh(p, 0);
    virStorageVolPtr v = nullptr;
    if (!name.isEmpty()) {
        v = virStorageVolLookupByName(p, name.toUtf8().constData());
        if (!v) {
            virStoragePoolFree(p);
            return OpResult::failure(takeLibvirtError(
                VolumeText::tr("The pool '%1' has no volume called '%2'.").arg(pool, name)));
        }
    }
    virResetLastError();
    OpResult result = fn(p, v);
    if (v)
        virStorageVolFree(v);
    virStoragePoolFree(p);
    virResetLastError();
    return result;
}

} // namespace Vireo::Volumes
