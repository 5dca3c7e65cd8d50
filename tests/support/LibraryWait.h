#pragma once

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainLifecycle.h"
#include "domains/DomainListModel.h"

#include <QSignalSpy>

#include <memory>

namespace Vireo::Test {

/// What the library shows for a machine in a column ("Running", its name...), empty if absent.
inline QString shown(const DomainListModel &model, Connection *c, const QString &uuid,
                     int column = DomainListModel::StateColumn)
{
    return model.indexOf(c, uuid, column).data().toString();
}

/// Runs an operation to its end: {ok, error}.
inline std::pair<bool, QString> finish(Operation *op, int timeoutMs = 60000)
{
    QSignalSpy spy(op, &Operation::finished);
    if (!spy.wait(timeoutMs))
        return {false, QStringLiteral("operation did not finish in time")};
    return {spy.at(0).at(0).toBool(), spy.at(0).at(1).toString()};
}

/// How an operation ended, with what it produced.
struct Outcome
{
    bool finished = false; // false: it did not end within the time
    bool ok = false;
    QString error;
    QVariant value;
    Failure why;
};

/// Runs an operation to its end and keeps what it produced (the operation deletes itself then).
inline Outcome complete(Operation *op, int timeoutMs = 60000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(op, &Operation::finished, op, [outcome, op](bool ok, const QString &error) {
        *outcome = {true, ok, error, op->value(), op->failure()};
    });
    QSignalSpy spy(op, &Operation::finished);
    if (!spy.wait(timeoutMs))
        outcome->error = QStringLiteral("operation did not finish in time");
    return *outcome;
}

/// Runs an operation to its end: what it produced, or a null value with the error in `error`.
inline QVariant valueOf(Operation *op, QString *error = nullptr, int timeoutMs = 60000)
{
    const Outcome outcome = complete(op, timeoutMs);
    if (error)
        *error = outcome.error;
    return outcome.ok ? outcome.value : QVariant();
}

} // namespace Vireo::Test
