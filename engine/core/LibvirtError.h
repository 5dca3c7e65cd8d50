#pragma once

#include "core/Failure.h"

#include <QString>

namespace Vireo {

/// The calling thread's last libvirt error as a Failure: its code and domain, `whatFailed` as the
/// summary, and the detail in words a user understands followed by libvirt's own message.
/// libvirt keeps errors per thread: call this on the thread that made the failing call (the
/// connection's worker), never elsewhere. Resets the error afterwards.
Failure takeLibvirtError(const QString &whatFailed);

/// The calling thread's last libvirt error's own message (empty when there is none), for a
/// reason that already says what failed. Resets the error afterwards.
QString takeLibvirtMessage();

/// The calling thread's last libvirt error code (virErrorNumber), 0 when there is none.
int lastLibvirtErrorCode();

/// True when the calling thread's last libvirt error says the domain does not exist.
bool lastErrorIsNoDomain();

/// True when the calling thread's last libvirt error says a flag or method is not supported.
bool lastErrorIsUnsupportedFlag();

/// Stops libvirt from printing every error on stderr; Vireo reports them itself.
void silenceLibvirtErrorPrinting();

} // namespace Vireo
