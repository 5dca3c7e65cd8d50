#pragma once

#include "domains/DomainInfo.h"

#include <QString>

namespace Vireo {

/// The lifecycle actions the library offers.
enum class DomainAction {
    Start,
    Shutdown,
    Reboot,
    ForceOff,
    Pause,
    Resume,
    Save,
    DiscardSave,
    Delete,
    Rename,
    Reset, // Force Reset: the reset button, at once (virDomainReset)
};

struct ActionAvailability
{
    bool enabled = false;
    QString reason; // why not, when disabled
};

/// Whether an action makes sense for a domain in its current state, and why not. Pure: the
/// toolbar, menus and the command line ask this instead of trying and failing.
ActionAvailability actionAvailability(DomainAction action, const DomainInfo &domain,
                                      bool readOnlyConnection);

/// Whether an action loses the guest's unsaved work and so asks for confirmation.
bool isDestructive(DomainAction action);

QString actionLabel(DomainAction action, const DomainInfo *domain = nullptr);

/// What the hardware editor does: change the hardware (forms, Add and Remove Hardware), or
/// replace the whole definition with edited XML.
enum class HardwareEdit { Change, RawXml };

/// Whether the hardware editor can do that to a domain now, and why not: the Hardware tab and
/// `vireo edit` disable or refuse with the reason.
ActionAvailability hardwareAvailability(HardwareEdit what, const DomainInfo &domain,
                                        bool readOnlyConnection);

} // namespace Vireo
