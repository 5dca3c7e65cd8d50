#include "migration/DestinationPools.h"

#include "migration/Preflight.h"
#include "xml/XmlTree.h"

#include <QFileInfo>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::DestinationPools {

QList<DestinationPool> read(virConnectPtr destination)
{
    QList<DestinationPool> found;
    virStoragePoolPtr *pools = nullptr;
    const int n = virConnectListAllStoragePools(destination, &pools, 0);
    for (int i = 0; i < n; ++i) {
        DestinationPool pool;
        pool.name = QString::fromUtf8(virStoragePoolGetName(pools[i]));
        virStoragePoolInfo info{};
        if (virStoragePoolGetInfo(pools[i], &info) == 0) {
            pool.available = info.available;
            pool.running = info.state == VIR_STORAGE_POOL_RUNNING;
        }
        char *xml = virStoragePoolGetXMLDesc(pools[i], 0);
        XmlTree tree;
        if (tree.read(QString::fromUtf8(xml ? xml : "")))
            if (const XmlElement *p = tree.root()->find(QStringLiteral("target/path")))
                pool.folder = p->text().trimmed();
        free(xml);
        virStoragePoolFree(pools[i]);
        found << pool;
    }
    free(pools);
    virResetLastError();
    return found;
}

const DestinationPool *holding(const QList<DestinationPool> &pools, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    for (const DestinationPool &p : pools)
        if (p.running && !p.folder.isEmpty() && QFileInfo(p.folder).absoluteFilePath() == folder)
            return &p;
    return nullptr;
}

QString copiedPath(const QList<DestinationPool> &pools, const QString &source,
                   const MigrationPlan &plan)
{
    if (plan.copyPool.isEmpty() || plan.storage == MigrationPlan::Storage::Shared
        || holding(pools, source))
        return {};
    for (const DestinationPool &p : pools)
        if (p.name == plan.copyPool && !p.folder.isEmpty())
            return p.folder + QLatin1Char('/') + QFileInfo(source).fileName();
    return {};
}

} // namespace Vireo::DestinationPools
