#pragma once

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainLifecycle.h"
#include "domains/DomainListModel.h"

#include <QSignalSpy>

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

} // namespace Vireo::Test
