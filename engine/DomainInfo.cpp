#include "DomainInfo.h"

#include <QCoreApplication>

namespace Vireo {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("DomainInfo", s);
}

} // namespace

bool DomainInfo::isActive() const
{
    return state != DomainState::ShutOff && state != DomainState::NoState;
}

QString DomainInfo::reasonText() const
{
    // Reason codes from libvirt-domain.h (virDomainShutoffReason and friends).
    switch (state) {
    case DomainState::ShutOff:
        switch (reason) {
        case 1: return tr("shut down");
        case 2: return tr("forced off");
        case 3: return tr("crashed");
        case 4: return tr("saved");
        case 5: return tr("failed to start");
        case 6: return tr("from snapshot");
        case 7: return tr("daemon stopped");
        default: return {};
        }
    case DomainState::Paused:
        switch (reason) {
        case 1: return tr("by user");
        case 2: return tr("migrating");
        case 3: return tr("saving");
        case 4: return tr("dumping");
        case 5: return tr("I/O error");
        case 6: return tr("watchdog");
        case 7: return tr("from snapshot");
        case 8: return tr("shutting down");
        case 9: return tr("taking snapshot");
        case 10: return tr("guest panicked");
        case 11: return tr("starting up");
        default: return {};
        }
    case DomainState::Running:
        switch (reason) {
        case 2: return tr("migrated");
        case 3: return tr("restored");
        case 4: return tr("from snapshot");
        case 5: return tr("unpaused");
        case 9: return tr("woken up");
        default: return {};
        }
    case DomainState::Crashed:
        return reason == 1 ? tr("panicked") : QString();
    default:
        return {};
    }
}

QString DomainInfo::stateText() const
{
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked:
        return tr("Running");
    case DomainState::Paused:
        return tr("Paused");
    case DomainState::ShuttingDown:
        return tr("Shutting down");
    case DomainState::ShutOff:
        if (hasManagedSave)
            return tr("Saved");
        if (reason == 3)
            return tr("Shut off (crashed)");
        if (reason == 5)
            return tr("Shut off (failed)");
        return tr("Shut off");
    case DomainState::Crashed:
        return tr("Crashed");
    case DomainState::PmSuspended:
        return tr("Suspended");
    case DomainState::NoState:
        break;
    }
    return tr("Unknown");
}

QString humanMemory(quint64 kib)
{
    if (kib >= 1024ull * 1024 && kib % (1024ull * 1024) == 0)
        return QCoreApplication::translate("DomainInfo", "%1 GiB").arg(kib / (1024 * 1024));
    if (kib >= 1024ull * 1024)
        return QCoreApplication::translate("DomainInfo", "%1 GiB")
            .arg(double(kib) / (1024 * 1024), 0, 'f', 1);
    return QCoreApplication::translate("DomainInfo", "%1 MiB").arg(kib / 1024);
}

QString DomainInfo::memoryText() const
{
    return humanMemory(memoryKiB);
}

} // namespace Vireo
