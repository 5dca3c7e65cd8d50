#include "domains/ActionRules.h"

#include <QCoreApplication>

namespace Vireo {

namespace {

/// Translation context for this file's user-visible text.
struct ActionRulesText
{
    Q_DECLARE_TR_FUNCTIONS(ActionRulesText)
};

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
        return no(ActionRulesText::tr("The connection is read-only."));
    const DomainState s = d.state;
    switch (action) {
    case DomainAction::Start:
        if (d.isTemplate)
            return no(
                ActionRulesText::tr(
                    "%1 is a template: it is never started, so its disks stay as its instances "
                    "saw them. Make an instance of it (New Instance), or Convert to VM.")
                    .arg(d.name));
        return d.isActive() ? no(ActionRulesText::tr("The machine is already running.")) : yes();
    case DomainAction::Shutdown:
        return isRunningLike(s)
                   ? yes()
                   : no(ActionRulesText::tr("Only a running machine can be shut down."));
    case DomainAction::Reboot:
        return isRunningLike(s)
                   ? yes()
                   : no(ActionRulesText::tr("Only a running machine can be rebooted."));
    case DomainAction::ForceOff:
        return d.isActive() ? yes() : no(ActionRulesText::tr("The machine is not running."));
    case DomainAction::Reset:
        return isRunningLike(s) || s == DomainState::Paused
                   ? yes()
                   : no(ActionRulesText::tr("Only a running machine can be reset."));
    case DomainAction::Pause:
        return isRunningLike(s) ? yes()
                                : no(ActionRulesText::tr("Only a running machine can be paused."));
    case DomainAction::Resume:
        return s == DomainState::Paused || s == DomainState::PmSuspended
                   ? yes()
                   : no(ActionRulesText::tr("The machine is not paused."));
    case DomainAction::Save:
        if (!d.persistent)
            return no(ActionRulesText::tr("A transient machine cannot be saved."));
        // libvirt 9.0: "non-migratable device" (virtiofsd's state stays outside QEMU).
        if (d.hasVirtiofs())
            return no(ActionRulesText::tr("A machine with a virtiofs shared folder cannot be "
                                          "saved: QEMU cannot keep the folder's state. Shut it "
                                          "down instead, or remove the folder."));
        return isRunningLike(s) || s == DomainState::Paused
                   ? yes()
                   : no(ActionRulesText::tr("Only a running or paused machine can be saved."));
    case DomainAction::DiscardSave:
        return d.hasManagedSave ? yes()
                                : no(ActionRulesText::tr("The machine has no saved state."));
    case DomainAction::Delete:
        return yes();
    case DomainAction::Rename:
        if (d.isActive())
            return no(ActionRulesText::tr("Shut the machine off to rename it."));
        if (!d.persistent)
            return no(ActionRulesText::tr("A transient machine cannot be renamed."));
        if (d.hasManagedSave)
            return no(
                ActionRulesText::tr("Start the machine or discard its saved state to rename it."));
        return yes();
    }
    return no(QString());
}

ActionAvailability hardwareAvailability(HardwareEdit what, const DomainInfo &d, bool readOnly)
{
    if (readOnly)
        return no(ActionRulesText::tr("The connection is read-only: the hardware can be seen, "
                                      "not changed."));
    if (d.hasManagedSave && !d.isActive())
        return no(ActionRulesText::tr("The machine has a saved state, which holds its hardware: "
                                      "start it, or discard the saved state, to change it."));
    if (!d.persistent && what == HardwareEdit::RawXml)
        return no(ActionRulesText::tr("A transient machine has no definition to edit."));
    if (!d.persistent && !d.isActive())
        return no(ActionRulesText::tr("The machine is gone."));
    return yes();
}

bool isDestructive(DomainAction action)
{
    switch (action) {
    case DomainAction::ForceOff:
    case DomainAction::Reset:
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
        return d && d->hasManagedSave ? ActionRulesText::tr("Restore")
                                      : ActionRulesText::tr("Start");
    case DomainAction::Shutdown:
        return ActionRulesText::tr("Shut Down");
    case DomainAction::Reboot:
        return ActionRulesText::tr("Reboot");
    case DomainAction::ForceOff:
        return ActionRulesText::tr("Force Off");
    case DomainAction::Reset:
        return ActionRulesText::tr("Force Reset");
    case DomainAction::Pause:
        return ActionRulesText::tr("Pause");
    case DomainAction::Resume:
        return ActionRulesText::tr("Resume");
    case DomainAction::Save:
        return ActionRulesText::tr("Save");
    case DomainAction::DiscardSave:
        return ActionRulesText::tr("Discard Saved State");
    case DomainAction::Delete:
        return ActionRulesText::tr("Delete");
    case DomainAction::Rename:
        return ActionRulesText::tr("Rename");
    }
    return {};
}

} // namespace Vireo
