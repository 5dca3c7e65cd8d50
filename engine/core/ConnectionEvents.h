#pragma once

#include <QMetaType>
#include <QString>

namespace Vireo {

/// A domain event other than a lifecycle change, as libvirt sent it. The connection re-reads the
/// domain after those that change what its cache shows (devices, metadata, media, memory,
/// tunables) and passes every one on (Connection::domainEvent) for those that want the detail.
struct DomainEvent
{
    enum class Kind {
        DeviceAdded,         ///< device: its alias
        DeviceRemoved,       ///< device: its alias
        DeviceRemovalFailed, ///< device: its alias
        MetadataChanged,     ///< code: virDomainMetadataType; device: the namespace URI
        JobCompleted,        ///< a migration, save or dump job ended
        BlockJob,            ///< device: the disk; code: virConnectDomainEventBlockJobType;
                             ///< status: virConnectDomainEventBlockJobStatus
        TrayChanged,         ///< device: the disk's alias; code: opened (0) or closed (1)
        Tunable,             ///< pinning, I/O limits... changed live
        BalloonChanged,      ///< value: the guest's current memory in KiB
    };

    Kind kind = Kind::DeviceAdded;
    QString device;
    int code = 0;
    int status = 0;
    quint64 value = 0;
};

/// Whether an event changes what a DomainInfo holds (so the domain is re-read).
bool changesDomainInfo(DomainEvent::Kind kind);

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::DomainEvent)
