#pragma once

#include <QString>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo::Snapshots {

/// Where a snapshot's thumbnail lives: Vireo's data folder, by domain UUID and snapshot name.
QString thumbnailPath(const QString &uuid, const QString &name);
/// Keeps the guest's screen now as the snapshot's thumbnail (best effort: a guest without a
/// display gets none). Blocking: on the worker.
void saveThumbnail(virConnectPtr conn, virDomainPtr dom, const QString &uuid, const QString &name);
void removeThumbnail(const QString &uuid, const QString &name);

} // namespace Vireo::Snapshots
