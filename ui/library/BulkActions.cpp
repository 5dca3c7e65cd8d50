#include "ui/library/BulkActions.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainLifecycle.h"
#include "snapshots/SnapshotXml.h"
#include "snapshots/Snapshots.h"
#include "ui/common/Confirm.h"
#include "ui/common/NotificationArea.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QPushButton>

#include <memory>

namespace Vireo::Ui {

BulkActions::BulkActions(QWidget *window, NotificationArea *notifications,
                         std::function<void(Operation *)> watch)
    : QObject(window)
    , m_window(window)
    , m_notifications(notifications)
    , m_watch(std::move(watch))
    , m_snapshot(new QAction(tr("Take &Snapshots..."), this))
{
    m_snapshot->setObjectName(QStringLiteral("bulkSnapshot"));
    m_snapshot->setToolTip(tr("Take a snapshot of each selected machine, under one name"));
    m_snapshot->setEnabled(false);
}

bool BulkActions::appliesToMany(DomainAction action)
{
    switch (action) {
    case DomainAction::Start:
    case DomainAction::Shutdown:
    case DomainAction::Reboot:
    case DomainAction::ForceOff:
    case DomainAction::Pause:
    case DomainAction::Resume:
    case DomainAction::Save:
        return true;
    default:
        return false;
    }
}

void BulkActions::run(DomainAction action, const Vms &vms)
{
    if (!appliesToMany(action))
        return;
    // What makes no sense for a machine (starting one that runs) is skipped and said so.
    Vms valid;
    QStringList skipped;
    for (const auto &[c, uuid] : vms) {
        const auto d = c ? c->domain(uuid) : std::nullopt;
        if (!d)
            continue;
        const ActionAvailability av = actionAvailability(action, *d, c->isReadOnly());
        if (av.enabled)
            valid.append({c, uuid});
        else
            skipped << tr("%1: %2").arg(d->name, av.reason);
    }
    const QString title = actionLabel(action);
    const auto go = [this, action, valid, skipped, title] {
        QList<QPair<QString, Operation *>> ops;
        for (const auto &[c, uuid] : valid)
            if (const auto d = c->domain(uuid))
                ops.append({d->name, Lifecycle::perform(c, action, uuid)});
        start(title, ops, skipped);
    };
    if (!isDestructive(action) || valid.isEmpty()) {
        go();
        return;
    }
    QStringList names;
    for (const auto &[c, uuid] : valid)
        names << c->domain(uuid)->name;
    Confirm::ask(m_window, QStringLiteral("bulk"),
                 {tr("%1 %n machines?", nullptr, int(valid.size())).arg(title),
                  action == DomainAction::ForceOff
                      ? tr("These stop at once, like pulling the power plug; whatever their "
                           "guests have not saved is lost: %1.")
                            .arg(names.join(QStringLiteral(", ")))
                      : tr("%1: %2.").arg(title, names.join(QStringLiteral(", "))),
                  {},
                  title},
                 go);
}

void BulkActions::snapshot(const Vms &vms)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("bulkSnapshotName"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Take Snapshots"));
    dialog->setLabelText(
        tr("A snapshot of each of the %n selected machines, named:", nullptr, int(vms.size())));
    dialog->setTextValue(
        QDateTime::currentDateTime().toString(QStringLiteral("'snapshot'-yyyyMMdd-HHmmss")));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, vms](const QString &name) {
        const QString problem = Snapshots::validateName(name);
        if (!problem.isEmpty()) {
            m_notifications->showError(tr("No snapshots were taken."), problem);
            return;
        }
        QList<QPair<QString, Operation *>> ops;
        for (const auto &[c, uuid] : vms)
            if (const auto d = c ? c->domain(uuid) : std::nullopt)
                ops.append({d->name, Snapshots::create(c, uuid, name, QString())});
        start(tr("Take Snapshot"), ops, {});
    });
    dialog->open();
}

void BulkActions::start(const QString &title, const QList<QPair<QString, Operation *>> &ops,
                        const QStringList &skipped)
{
    struct Tally
    {
        int left = 0;
        int done = 0;
        QStringList failed;
    };
    auto tally = std::make_shared<Tally>();
    tally->left = int(ops.size());
    const int total = int(ops.size());
    const auto summarize = [this, title, skipped, tally, total] {
        QString text = tr("%1: %2 of %n done.", nullptr, total).arg(title).arg(tally->done);
        QStringList detail = tally->failed;
        if (!skipped.isEmpty())
            detail << tr("Skipped: %1").arg(skipped.join(QStringLiteral("; ")));
        const bool allOk = tally->failed.isEmpty();
        if (allOk && skipped.isEmpty())
            m_notifications->showInfo(text);
        else if (allOk)
            m_notifications->showInfo(text + QLatin1Char(' ') + detail.join(QLatin1Char(' ')));
        else
            m_notifications->showError(text, detail.join(QLatin1Char('\n')));
        Q_EMIT summarized(text + QLatin1Char('\n') + detail.join(QLatin1Char('\n')), allOk);
    };
    if (ops.isEmpty()) {
        summarize();
        return;
    }
    for (const auto &[name, op] : ops) {
        connect(op, &Operation::finished, this,
                [tally, name, summarize, this](bool ok, const QString &error) {
                    if (ok)
                        ++tally->done;
                    else
                        tally->failed << tr("%1 failed: %2").arg(name, error);
                    if (--tally->left == 0)
                        summarize();
                });
        // Each in the status bar, but failures are told once, in the summary.
        op->setFailureToldElsewhere(true);
        m_watch(op);
    }
}

} // namespace Vireo::Ui
