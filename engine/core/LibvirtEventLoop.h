#pragma once

#include <QString>

namespace Vireo {

/// Registers libvirt's default (GLib) event implementation, once per process, before any
/// connection is opened. No event thread is started: Qt's GLib event dispatcher iterates the
/// default GMainContext on the GUI thread, which is where libvirt attaches its watches and timers.
/// Returns false with a reason when Qt does not run a GLib dispatcher (QT_NO_GLIB set), in which
/// case libvirt events, keepalive and the close callback would never fire.
bool ensureLibvirtEventLoop(QString *error = nullptr);

} // namespace Vireo
