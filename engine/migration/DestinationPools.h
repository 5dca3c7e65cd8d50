#pragma once

#include <QList>
#include <QString>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

struct MigrationPlan;

/// A storage pool of a migration's destination, as the checks and the copy need it.
struct DestinationPool
{
    QString name;
    QString folder; // its target path
    quint64 available = 0;
    bool running = false;
};

/// The destination's pools, read once per check or migration and asked about per disk.
namespace DestinationPools {

/// Every pool of `destination` (blocking).
QList<DestinationPool> read(virConnectPtr destination);
/// The running pool whose folder holds `path`; null when none.
const DestinationPool *holding(const QList<DestinationPool> &pools, const QString &path);
/// Where a copied disk goes when `plan.copyPool` is set and no pool there holds its folder:
/// that pool's folder and the disk's file name; empty otherwise.
QString copiedPath(const QList<DestinationPool> &pools, const QString &source,
                   const MigrationPlan &plan);

} // namespace DestinationPools
} // namespace Vireo
