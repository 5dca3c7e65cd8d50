#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

/// A VM that uses a network, a bridge or a storage volume.
struct ResourceUser
{
    QString name;
    QString uuid;
    bool running = false;
    bool operator==(const ResourceUser &) const = default;
};

/// What one VM uses of the host: its definition's and (while it runs) its live XML's networks,
/// bridges, NIC MAC addresses and disk sources.
struct DomainUsage
{
    ResourceUser vm;
    QStringList networks;                       // <interface type='network'> sources
    QStringList bridges;                        // <interface type='bridge'> sources
    QStringList hostInterfaces;                 // <interface type='direct'> (macvtap) devices
    QList<std::pair<QString, QString>> macs;    // (MAC, network or bridge)
    QStringList diskPaths;                      // file and block sources
    QList<std::pair<QString, QString>> volumes; // (pool, volume) sources

    static DomainUsage fromXml(const QString &xml, DomainUsage into = {});
};

/// Every domain's usage, read from libvirt (blocking: on a connection's worker only).
QList<DomainUsage> scanDomainUsage(virConnectPtr conn);

/// The VMs among `usage` that use the network `network` (or its bridge `bridge`).
QList<ResourceUser> networkUsers(const QList<DomainUsage> &usage, const QString &network,
                                 const QString &bridge = {});
/// The VMs among `usage` that use the volume at `path` (or `pool`/`volume`).
QList<ResourceUser> volumeUsers(const QList<DomainUsage> &usage, const QString &path,
                                const QString &pool = {}, const QString &volume = {});
/// "web01 (running), db (shut off)".
QString describeUsers(const QList<ResourceUser> &users);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::ResourceUser)
