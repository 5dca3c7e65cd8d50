#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Vireo {

class Connection;
class Operation;

/// One NUMA cell of the host.
struct NumaCell
{
    int id = 0;
    quint64 memory = 0; // bytes
    QString cpus;       // "0-3,8-11"
    bool operator==(const NumaCell &) const = default;
};

/// A network interface of the host, as libvirt sees it (read-only in Vireo).
struct HostInterface
{
    QString name;
    QString type; // ethernet, bridge, bond, vlan
    QString mac;
    bool active = false;
    QStringList addresses; // "192.168.1.5/24"
    bool operator==(const HostInterface &) const = default;
};

/// What the Host window's Overview shows of a connection's host.
struct HostOverview
{
    QString hostname;
    QString uri;
    QString arch;
    QString cpuModel; // the host CPU's model as libvirt names it, e.g. Skylake-Client-IBRS
    QString cpuVendor;
    int cpus = 0; // logical CPUs
    int sockets = 0;
    int cores = 0;   // per socket
    int threads = 0; // per core
    int mhz = 0;
    quint64 memory = 0; // bytes
    quint64 freeMemory = 0;
    QList<NumaCell> numa;
    QString libvirtVersion; // the daemon's, e.g. 9.0.0
    QString hypervisor;     // e.g. QEMU 7.2.0
    bool kvmUsable = false;
    QString kvmReason; // why not, or how it is used
    QList<HostInterface> interfaces;
    bool operator==(const HostOverview &) const = default;
};

/// Reads the overview (value: HostOverview) on the connection's worker.
Operation *readHostOverview(Connection *connection);

/// "9.0.0" from libvirt's version number (major * 1000000 + minor * 1000 + release).
QString versionText(unsigned long version);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::HostOverview)
