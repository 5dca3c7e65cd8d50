#pragma once

#include <QStringList>

namespace Vireo::App {

/// Makes the terminal the answer to every connection's login questions (a remembered login in
/// the keyring first, then a prompt on /dev/tty with the secret not echoed). With no terminal
/// the login is cancelled with a message that says how to remember it.
void installTerminalLogin();

/// `vireo login [--connect URI] [--forget]`: logs in to the connection's host on the terminal
/// and remembers the login in the desktop's keyring (the window and every command then connect
/// without asking); --forget forgets it. Exits 0 when done, 1 when it failed, 2 for bad input.
int runLoginCommand(const QStringList &arguments);

} // namespace Vireo::App
