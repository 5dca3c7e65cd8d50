#include "ActionRules.h"

#include <QCoreApplication>

namespace Vireo {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ActionRules", s);
}

ActionAvailability yes()
{
    return {true, {}};
}

ActionAvailability no(const QString &why)
{
    return {false, why};
}

bool isRunningLike(DomainState s)
{
    return s == DomainState::Running || s == DomainState::Blocked;
}

} // namespace

ActionAvailability actionAvailability(DomainAction action, const DomainInfo &d, bool readOnly)
{
    if (readOnly)
        return no(tr("The connection is read-only."));
    const DomainState s = d.state;
    switch (action) {
    case DomainAction::Start:
        return d.isActive() ? no(tr("The machine is already running.")) : yes();
    case DomainAction::Shutdown:
        return isRunningLike(s) ? yes() : no(tr("Only a running machine can be shut down."));
    case DomainAction::Reboot:
        return isRunningLike(s) ? yes() : no(tr("Only a running machine can be rebooted."));
    case DomainAction::ForceOff:
        return d.isActive() ? yes() : no(tr("The machine is not running."));
    case DomainAction::Pause:
        return isRunningLike(s) ? yes() : no(tr("Only a running machine can be paused."));
    case DomainAction::Resume:
        return s == DomainState::Paused || s == DomainState::PmSuspended
                   ? yes()
                   : no(tr("The machine is not paused."));
    case DomainAction::Save:
        if (!d.persistent)
            return no(tr("A transient machine cannot be saved."));
        return isRunningLike(s) || s == DomainState::Paused
                   ? yes()
                   : no(tr("Only a running or paused machine can be saved."));
    case DomainAction::DiscardSave:
        return d.hasManagedSave ? yes() : no(tr("The machine has no saved state."));
    case DomainAction::Delete:
        return yes();
    case DomainAction::Rename:
        if (d.isActive())
            return no(tr("Shut the machine off to rename it."));
        if (!d.persistent)
            return no(tr("A transient machine cannot be renamed."));
        if (d.hasManagedSave)
            return no(tr("Start the machine or discard its saved state to rename it."));
        return yes();
    }
    return no(QString());
}

bool isDestructive(DomainAction action)
{
    switch (action) {
    case DomainAction::ForceOff:
    case DomainAction::Delete:
    case DomainAction::DiscardSave:
        return true;
    default:
        return false;
    }
}

QString actionLabel(DomainAction action, const DomainInfo *d)
{
    switch (action) {
    case DomainAction::Start:
        return d && d->hasManagedSave ? tr("Restore") : tr("Start");
    case DomainAction::Shutdown: return tr("Shut Down");
    case DomainAction::Reboot: return tr("Reboot");
    case DomainAction::ForceOff: return tr("Force Off");
    case DomainAction::Pause: return tr("Pause");
    case DomainAction::Resume: return tr("Resume");
    case DomainAction::Save: return tr("Save");
    case DomainAction::DiscardSave: return tr("Discard Saved State");
    case DomainAction::Delete: return tr("Delete");
    case DomainAction::Rename: return tr("Rename");
    }
    return {};
}

} // namespace Vireo
