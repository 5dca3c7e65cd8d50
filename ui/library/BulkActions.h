#pragma once

#include "domains/ActionRules.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace Vireo {
class Connection;
class Operation;
} // namespace Vireo

namespace Vireo::Ui {

class NotificationArea;

/// Several machines at once, in one group or across hosts: a lifecycle action or a snapshot on
/// each, each its own operation, with one summary when the last has ended (what was done, what
/// failed and why, what was skipped because it made no sense for that machine).
class BulkActions : public QObject
{
    Q_OBJECT
public:
    using Vms = QList<QPair<Connection *, QString>>;
    BulkActions(QWidget *window, NotificationArea *notifications,
                std::function<void(Operation *)> watch);

    /// The lifecycle actions that apply to several machines at once.
    static bool appliesToMany(DomainAction action);
    /// Runs `action` on every machine it is valid for; what loses work is confirmed once.
    void run(DomainAction action, const Vms &vms);
    /// Takes a snapshot of each, by one name asked once.
    void snapshot(const Vms &vms);
    /// "Take Snapshots..." for the selection (enabled by the window).
    QAction *snapshotAction() const { return m_snapshot; }

Q_SIGNALS:
    /// The summary shown once every operation of a bulk action ended.
    void summarized(const QString &summary, bool allSucceeded);

private:
    void start(const QString &title, const QList<QPair<QString, Operation *>> &ops,
               const QStringList &skipped);

    QWidget *m_window;
    NotificationArea *m_notifications;
    std::function<void(Operation *)> m_watch;
    QAction *m_snapshot;
};

} // namespace Vireo::Ui
