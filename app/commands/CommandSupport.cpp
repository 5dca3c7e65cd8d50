#include "app/commands/CommandSupport.h"

#include "core/Connection.h"
#include "core/Operation.h"

#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace Vireo::App {

int fail(const char *command, const QString &message, int code)
{
    std::fprintf(stderr, "vireo %s: %s\n", command, qPrintable(message));
    return code;
}

bool await(Operation *op, QVariant *value, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(op, &Operation::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        *error = text;
        *value = op->value();
        loop.quit();
    });
    loop.exec();
    return ok;
}

bool openAndWait(Connection &connection)
{
    QEventLoop loop;
    bool listed = false;
    QObject::connect(&connection, &Connection::stateChanged, &loop, [&](Connection::State s) {
        if (s == Connection::State::Disconnected)
            loop.quit();
    });
    QObject::connect(&connection, &Connection::domainsReset, &loop, [&] {
        listed = true;
        loop.quit();
    });
    connection.open();
    if (connection.state() != Connection::State::Disconnected)
        loop.exec();
    return listed && connection.state() == Connection::State::Connected;
}

} // namespace Vireo::App
