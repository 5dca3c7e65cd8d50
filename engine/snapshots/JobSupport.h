#pragma once

// What the snapshot jobs share (inside the snapshots library only).

#include "core/Failure.h"
#include "core/Operation.h"

#include <QCoreApplication>

#include <functional>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;
typedef struct _virDomainSnapshot *virDomainSnapshotPtr;

namespace Vireo {
class Connection;
}

namespace Vireo::Snapshots {

struct SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotText)
};

/// The domain's live XML, empty on failure.
QString domainXml(virDomainPtr dom);
/// Runs `body` with the domain looked up by UUID; libvirt's error otherwise.
OpResult withDomain(virConnectPtr conn, const QString &uuid, const QString &what,
                    const std::function<OpResult(virDomainPtr)> &body);
/// Runs `body` with the domain's snapshot of that name (freed afterwards); libvirt's error
/// otherwise.
OpResult withSnapshot(virConnectPtr conn, const QString &uuid, const QString &name,
                      const QString &what,
                      const std::function<OpResult(virDomainPtr, virDomainSnapshotPtr)> &body);
/// The name of a domain from the connection's cache, for messages.
QString nameOf(Connection *connection, const QString &uuid);
/// libvirt's error, with what it means for the user when the disk is full.
Failure failure(const QString &what);

} // namespace Vireo::Snapshots
