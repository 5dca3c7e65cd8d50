#pragma once

#include <QString>
#include <QVariant>

namespace Vireo {
class Connection;
class Operation;
} // namespace Vireo

namespace Vireo::App {

/// Prints "vireo COMMAND: message" on stderr and returns the exit code (1: failed, 2: bad input).
int fail(const char *command, const QString &message, int code = 1);

/// For the terminal commands (`vireo create`, `vireo snapshot`): waits, in a local event loop,
/// for an operation to end; its value and error come back through the pointers.
bool await(Operation *op, QVariant *value, QString *error);

/// Opens the connection and waits until it is up (true) or has failed (false, see stateDetail()),
/// and until its domains are listed.
bool openAndWait(Connection &connection);

} // namespace Vireo::App
