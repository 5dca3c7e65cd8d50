#include "ui/library/DomainActionRunner.h"

#include "core/Connection.h"
#include "core/Validation.h"
#include "domains/ActionRules.h"
#include "domains/DomainLifecycle.h"
#include "ui/common/Confirm.h"
#include "ui/common/NotificationArea.h"
#include "ui/library/DeleteDomainDialog.h"

#include <QInputDialog>
#include <QPointer>
#include <QPushButton>

namespace Vireo::Ui {

DomainActionRunner::DomainActionRunner(QWidget *window, NotificationArea *notices, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notifications(notices)
{
}

void DomainActionRunner::trigger(DomainAction action, Connection *c, const QString &uuid)
{
    if (!c || uuid.isEmpty())
        return;
    const auto domain = c->domain(uuid);
    if (!domain)
        return;
    const ActionAvailability av = actionAvailability(action, *domain, c->isReadOnly());
    if (!av.enabled) {
        m_notifications->showError(
            tr("%1 is not possible for '%2'.").arg(actionLabel(action, &*domain), domain->name),
            av.reason);
        return;
    }
    if (action == DomainAction::Delete) {
        askDelete(c, uuid); // its own dialog: which storage goes too
        return;
    }
    if (action == DomainAction::Rename) {
        askRename(c, uuid);
        return;
    }
    // What loses the user's work is confirmed first, saying what is lost (the engine's rules say
    // which actions those are).
    if (isDestructive(action)) {
        const QString name = domain->name;
        QString title, text, button;
        switch (action) {
        case DomainAction::ForceOff:
            title = tr("Force off %1?").arg(name);
            text = tr("'%1' stops at once, like pulling the power plug. Whatever the guest has "
                      "not saved is lost.")
                       .arg(name);
            button = tr("Force Off");
            break;
        case DomainAction::Reset:
            title = tr("Force reset %1?").arg(name);
            text = tr("'%1' restarts at once, like pressing its reset button. Whatever the guest "
                      "has not saved is lost.")
                       .arg(name);
            button = tr("Force Reset");
            break;
        default:
            title = tr("Discard the saved state of %1?").arg(name);
            text = tr("The memory saved for '%1' is thrown away; its next start boots afresh and "
                      "whatever was open in it is lost.")
                       .arg(name);
            button = tr("Discard");
            break;
        }
        Confirm::ask(m_window, QStringLiteral("forceOff"), {title, text, {}, button},
                     [this, action, c, uuid] { run(action, c, uuid); });
        return;
    }
    run(action, c, uuid);
}

void DomainActionRunner::run(DomainAction action, Connection *connection, const QString &uuid)
{
    Q_EMIT started(Lifecycle::perform(connection, action, uuid));
}

void DomainActionRunner::askRename(Connection *connection, const QString &uuid)
{
    const auto domain = connection->domain(uuid);
    if (!domain)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename %1").arg(domain->name));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(domain->name);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, connection = QPointer<Connection>(connection), uuid,
             old = domain->name](const QString &name) {
                if (!connection || name == old)
                    return;
                const QString problem = validateDomainName(name);
                if (!problem.isEmpty()) {
                    m_notifications->showError(tr("Could not rename '%1'.").arg(old), problem);
                    return;
                }
                Q_EMIT started(Lifecycle::rename(connection, uuid, name));
            });
    dialog->open();
}

void DomainActionRunner::askDelete(Connection *connection, const QString &uuid)
{
    const auto domain = connection->domain(uuid);
    if (!domain)
        return;
    auto *dialog = new DeleteDomainDialog(*domain, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, connection = QPointer<Connection>(connection), uuid] {
                if (connection)
                    Q_EMIT started(Lifecycle::remove(connection, uuid, dialog->storageToDelete()));
            });
    dialog->open();
}

} // namespace Vireo::Ui
