#pragma once

#include <QString>

namespace Vireo::Askpass {

/// Makes ssh (which libvirt runs for qemu+ssh:// connections, with no terminal) ask its
/// questions through Vireo: a password, a key's passphrase, an unknown host key to confirm.
/// Starts a private socket (0600, in XDG_RUNTIME_DIR) on the application's thread and points
/// SSH_ASKPASS, which libvirt passes on to ssh, at a script of this run's (0700) that runs the
/// `helper` program (when empty: vireo-askpass beside the application, else in ../lib/vireo/) with
/// the socket's path and token. ssh uses it when it has no terminal and DISPLAY is set (a desktop
/// session; started from a terminal, ssh asks there). Each question is answered by the default
/// Authenticator (the login dialog, the terminal), on a thread of its own; a question ssh asks
/// again (a wrong password) is asked with the try number, never answered from the keyring twice.
/// False with *error when it cannot start (then ssh asks on a terminal or fails). Once per process,
/// on the application's thread.
bool install(const QString &helper = {}, QString *error = nullptr);

} // namespace Vireo::Askpass
