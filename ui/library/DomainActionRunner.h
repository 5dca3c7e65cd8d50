#pragma once

#include "domains/ActionRules.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Vireo {
class Connection;
class Operation;
} // namespace Vireo

namespace Vireo::Ui {

class NotificationArea;

/// What happens when the user asks for a lifecycle action on a machine: refused with the reason
/// when the rules say it cannot be done, confirmed first when it loses work (the engine's
/// isDestructive()), asked for what it needs (a new name, which storage to delete), then run;
/// every operation it starts is handed on with started().
class DomainActionRunner : public QObject
{
    Q_OBJECT
public:
    DomainActionRunner(QWidget *window, NotificationArea *notices, QObject *parent = nullptr);

    void trigger(DomainAction action, Connection *connection, const QString &uuid);

Q_SIGNALS:
    void started(Vireo::Operation *operation);

private:
    void run(DomainAction action, Connection *connection, const QString &uuid);
    void askRename(Connection *connection, const QString &uuid);
    void askDelete(Connection *connection, const QString &uuid);

    QWidget *m_window;
    NotificationArea *m_notifications;
};

} // namespace Vireo::Ui
