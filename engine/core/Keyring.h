#pragma once

#include <QString>

#include <optional>

namespace Vireo::Keyring {

/// The desktop's secret store (the Secret Service on the session D-Bus: GNOME Keyring, KWallet),
/// through QtKeychain with its plain-file fallback off: a secret is kept there or nowhere.
///
/// Every call blocks until the store answers (at most 15 s). The store's jobs run on the
/// application's thread: from any other thread a call waits for that thread to run them; on the
/// application's thread it runs them in a local event loop (the terminal's commands; the GUI
/// never calls these on its own thread).

/// Empty when a secret store answers; otherwise why not, in words ("No secret store: ...").
QString unavailableReason();

/// The secret kept under `key`; nullopt when there is none or the store cannot be reached (then
/// *error says why; empty when the entry simply does not exist).
std::optional<QString> read(const QString &key, QString *error = nullptr);
/// Keeps `secret` under `key`, replacing what was there; false with *error.
bool write(const QString &key, const QString &secret, QString *error = nullptr);
/// Forgets what is kept under `key` (nothing when there is none); false with *error.
bool remove(const QString &key, QString *error = nullptr);

/// The key of a connection's login: its URI.
QString connectionKey(const QString &uri);

} // namespace Vireo::Keyring
