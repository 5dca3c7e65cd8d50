#include "host/Volumes.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

namespace Vireo::Volumes {

namespace {

struct VolumeText
{
    Q_DECLARE_TR_FUNCTIONS(VolumeText)
};

const qint64 kChunk = 1 << 20; // a MiB per stream write

} // namespace

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

Operation *upload(Connection *connection, const QString &localPath, const QString &pool,
                  const QString &name)
{
    Operation *op = connection->runJob(
        VolumeText::tr("Upload %1").arg(QFileInfo(localPath).fileName()),
        [localPath, pool, name](virConnectPtr conn, Operation *op) {
            QFile file(localPath);
            if (!file.open(QIODevice::ReadOnly))
                return OpResult::failure(
                    VolumeText::tr("Cannot read %1: %2").arg(localPath, file.errorString()));
            if (name.isEmpty() || name.contains(QLatin1Char('/'))
                || name.startsWith(QLatin1Char('.')))
                return OpResult::failure(
                    VolumeText::tr("'%1' cannot name a volume: no '/', not starting with '.'.")
                        .arg(name));
            const quint64 size = quint64(file.size());
            virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool.toUtf8().constData());
            if (!p)
                return OpResult::failure(takeLibvirtError(
                    VolumeText::tr("There is no storage pool '%1' on this host.").arg(pool)));
            virStoragePoolRefresh(p, 0);
            if (virStorageVolPtr taken = virStorageVolLookupByName(p, name.toUtf8().constData())) {
                virStorageVolFree(taken);
                virStoragePoolFree(p);
                return OpResult::failure(
                    VolumeText::tr("The pool '%1' has a volume called '%2' already.")
                        .arg(pool, name));
            }
            virResetLastError();
            virStoragePoolInfo info{};
            if (virStoragePoolGetInfo(p, &info) == 0 && info.available < size) {
                virStoragePoolFree(p);
                return OpResult::failure(
                    VolumeText::tr("The pool '%1' has %2 MiB free; %3 needs %4 MiB.")
                        .arg(pool)
                        .arg(info.available >> 20)
                        .arg(QFileInfo(localPath).fileName())
                        .arg(size >> 20));
            }
            const QByteArray xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>"
                                                  "%2</capacity><target><format type='raw'/>"
                                                  "</target></volume>")
                                       .arg(name.toHtmlEscaped())
                                       .arg(size)
                                       .toUtf8();
            virStorageVolPtr vol = virStorageVolCreateXML(p, xml.constData(), 0);
            virStoragePoolFree(p);
            if (!vol)
                return OpResult::failure(
                    takeLibvirtError(VolumeText::tr("Could not make the volume %1.").arg(name)));
            // Whatever stops the upload, the partial volume goes.
            auto drop = [vol] {
                virStorageVolDelete(vol, 0);
                virStorageVolFree(vol);
                virResetLastError();
            };
            virStreamPtr stream = virStreamNew(conn, 0);
            if (!stream || virStorageVolUpload(vol, stream, 0, size, 0) < 0) {
                const Failure why
                    = takeLibvirtError(VolumeText::tr("Could not upload to %1.").arg(name));
                if (stream)
                    virStreamFree(stream);
                drop();
                return OpResult::failure(why);
            }
            QByteArray buffer;
            quint64 sent = 0;
            int lastPercent = -1;
            QString failure;
            while (sent < size) {
                if (op->isCancelRequested()) {
                    failure = VolumeText::tr("The upload was cancelled; nothing was kept.");
                    break;
                }
                buffer = file.read(kChunk);
                if (buffer.isEmpty()) {
                    failure = VolumeText::tr("Could not read %1: %2")
                                  .arg(localPath, file.errorString());
                    break;
                }
                qint64 off = 0;
                while (off < buffer.size()) {
                    const int w = virStreamSend(stream, buffer.constData() + off,
                                                size_t(buffer.size() - off));
                    if (w < 0)
                        break;
                    off += w;
                }
                if (off < buffer.size()) {
                    failure = takeLibvirtError(VolumeText::tr("The upload broke off.")).text();
                    break;
                }
                sent += quint64(buffer.size());
                const int percent = int(sent * 100 / qMax<quint64>(size, 1));
                if (percent != lastPercent) {
                    lastPercent = percent;
                    op->reportProgress(percent, VolumeText::tr("Uploading %1: %2 of %3 MiB")
                                                    .arg(name)
                                                    .arg(sent >> 20)
                                                    .arg(size >> 20));
                }
            }
            if (failure.isEmpty() && virStreamFinish(stream) < 0)
                failure = takeLibvirtError(VolumeText::tr("The upload did not complete.")).text();
            if (!failure.isEmpty())
                virStreamAbort(stream);
            virStreamFree(stream);
            virResetLastError();
            if (!failure.isEmpty()) {
                drop();
                return OpResult::failure(failure);
            }
            char *path = virStorageVolGetPath(vol);
            const QString remotePath = QString::fromUtf8(path ? path : "");
            free(path);
            virStorageVolFree(vol);
            return OpResult::success(remotePath);
        },
        {}, true);
    op->setCancelHook([] {}); // the job looks at isCancelRequested() between chunks
    return op;
}

} // namespace Vireo::Volumes
