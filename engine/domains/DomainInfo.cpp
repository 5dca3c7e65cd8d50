#include "domains/DomainInfo.h"

#include <QCoreApplication>
#include <QLocale>

namespace Vireo {

namespace {

/// Translation context for this file's user-visible text.
struct DomainInfoText
{
    Q_DECLARE_TR_FUNCTIONS(DomainInfoText)
};

} // namespace

bool DomainInfo::hasVirtiofs() const
{
    for (const SharedFolderInfo &f : folders)
        if (f.driver == QLatin1String("virtiofs"))
            return true;
    return false;
}

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
        case 1:
            return DomainInfoText::tr("shut down");
        case 2:
            return DomainInfoText::tr("forced off");
        case 3:
            return DomainInfoText::tr("crashed");
        case 4:
            return DomainInfoText::tr("saved");
        case 5:
            return DomainInfoText::tr("failed to start");
        case 6:
            return DomainInfoText::tr("from snapshot");
        case 7:
            return DomainInfoText::tr("daemon stopped");
        default:
            return {};
        }
    case DomainState::Paused:
        switch (reason) {
        case 1:
            return DomainInfoText::tr("by user");
        case 2:
            return DomainInfoText::tr("migrating");
        case 3:
            return DomainInfoText::tr("saving");
        case 4:
            return DomainInfoText::tr("dumping");
        case 5:
            return DomainInfoText::tr("I/O error");
        case 6:
            return DomainInfoText::tr("watchdog");
        case 7:
            return DomainInfoText::tr("from snapshot");
        case 8:
            return DomainInfoText::tr("shutting down");
        case 9:
            return DomainInfoText::tr("taking snapshot");
        case 10:
            return DomainInfoText::tr("guest panicked");
        case 11:
            return DomainInfoText::tr("starting up");
        default:
            return {};
        }
    case DomainState::Running:
        switch (reason) {
        case 2:
            return DomainInfoText::tr("migrated");
        case 3:
            return DomainInfoText::tr("restored");
        case 4:
            return DomainInfoText::tr("from snapshot");
        case 5:
            return DomainInfoText::tr("unpaused");
        case 9:
            return DomainInfoText::tr("woken up");
        default:
            return {};
        }
    case DomainState::Crashed:
        return reason == 1 ? DomainInfoText::tr("panicked") : QString();
    default:
        return {};
    }
}

QString DomainInfo::stateText() const
{
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked:
        return DomainInfoText::tr("Running");
    case DomainState::Paused:
        return DomainInfoText::tr("Paused");
    case DomainState::ShuttingDown:
        return DomainInfoText::tr("Shutting down");
    case DomainState::ShutOff:
        if (hasManagedSave)
            return DomainInfoText::tr("Saved");
        if (reason == 3)
            return DomainInfoText::tr("Shut off (crashed)");
        if (reason == 5)
            return DomainInfoText::tr("Shut off (failed)");
        // A template is never started: what it is says more than that it is off.
        if (isTemplate)
            return DomainInfoText::tr("Template");
        return DomainInfoText::tr("Shut off");
    case DomainState::Crashed:
        return DomainInfoText::tr("Crashed");
    case DomainState::PmSuspended:
        return DomainInfoText::tr("Suspended");
    case DomainState::NoState:
        break;
    }
    return DomainInfoText::tr("Unknown");
}

QString humanMemory(quint64 kib)
{
    if (kib >= 1024ull * 1024 && kib % (1024ull * 1024) == 0)
        return DomainInfoText::tr("%1 GiB").arg(kib / (1024 * 1024));
    if (kib >= 1024ull * 1024)
        return DomainInfoText::tr("%1 GiB").arg(
            QLocale().toString(double(kib) / (1024 * 1024), 'f', 1));
    return DomainInfoText::tr("%1 MiB").arg(kib / 1024);
}

QString DomainInfo::memoryText() const
{
    return humanMemory(memoryKiB);
}

} // namespace Vireo
