#pragma once

#include "core/Failure.h"
#include "domains/DomainInfo.h"

#include <optional>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;

namespace Vireo {

// Reads of domains into the connection's cache. Blocking: call on the connection's worker only.

/// All domains with their configuration and state. Per domain only its XML is fetched; state,
/// persistence and saved state come from three bulk calls, which matters with a thousand domains
/// behind a remote daemon. On failure `error` says why and the list is empty.
/// `timings`, when given, gets how long libvirt's calls took and how long the listing waited for
/// their XML to be read after libvirt's last answer (the reading runs on the thread pool while
/// libvirt formats the next texts).
struct ListTimings
{
    qint64 libvirtNs = 0;
    qint64 readNs = 0;
};
QList<DomainInfo> listAllDomains(virConnectPtr conn, Failure *error,
                                 ListTimings *timings = nullptr);

/// Every domain's inactive definition (the running one's for a transient domain), read, with its
/// text and whether it runs: for scans that look at each (lineage, disks). Empty on failure.
struct DomainDefinition
{
    DomainInfo info;
    QString xml;
    bool running = false;
};
QList<DomainDefinition> readAllDefinitions(virConnectPtr conn);
/// One domain's, by UUID; nullopt (libvirt's error reset) when it is gone.
std::optional<DomainDefinition> readDefinition(virConnectPtr conn, const QString &uuid);

/// The names of all domains (to choose free ones).
QStringList domainNames(virConnectPtr conn);

/// Reads a domain's XML and state into a DomainInfo.
std::optional<DomainInfo> fetchDomainInfo(virDomainPtr dom, QString *error = nullptr);

} // namespace Vireo
