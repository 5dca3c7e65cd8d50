#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vireo {

/// What the connection's cache knows of one virtual network, kept current by libvirt's network
/// events. The Networks page of issue 14 grows this.
struct NetworkInfo
{
    QString name;
    QString uuid;
    bool active = false;
    bool persistent = true;
    bool autostart = false;
    QString bridge;      // the host bridge it creates, e.g. virbr0
    QString forwardMode; // nat, route, bridge, open...; empty for an isolated network

    bool operator==(const NetworkInfo &o) const = default;
};

/// What the connection's cache knows of one storage pool, kept current by libvirt's pool events.
struct StoragePoolInfo
{
    enum class State { Inactive = 0, Building = 1, Running = 2, Degraded = 3, Inaccessible = 4 };

    QString name;
    QString uuid;
    QString type; // dir, fs, netfs, logical, disk, iscsi...
    QString path; // the target path
    State state = State::Inactive;
    bool persistent = true;
    bool autostart = false;
    quint64 capacity = 0; // bytes
    quint64 allocation = 0;
    quint64 available = 0;

    bool active() const { return state == State::Running || state == State::Degraded; }
    bool operator==(const StoragePoolInfo &o) const = default;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::NetworkInfo)
Q_DECLARE_METATYPE(Vireo::StoragePoolInfo)
