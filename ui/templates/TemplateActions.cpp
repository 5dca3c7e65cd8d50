#include "ui/templates/TemplateActions.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainInfo.h"
#include "templates/Disposable.h"
#include "templates/Templates.h"
#include "ui/templates/CloneDialog.h"
#include "ui/templates/LineageDialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace Vireo::Ui {

namespace {

QAction *action(QObject *parent, const QString &text, const char *name, const QString &tip)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(QLatin1String(name));
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

void enable(QAction *a, bool on, const QString &why, const QString &tip)
{
    a->setEnabled(on);
    a->setToolTip(on ? tip : why);
}

} // namespace

TemplateActions::TemplateActions(QWidget *window, std::function<void(Operation *)> watch)
    : QObject(window)
    , m_window(window)
    , m_watch(std::move(watch))
    , m_clone(action(this, tr("&Clone..."), "cloneVm",
                     tr("A copy of the machine: full, or linked to its disks")))
    , m_newInstances(action(this, tr("New &Instances..."), "newInstances",
                            tr("Machines made from this template, linked to its disks")))
    , m_make(action(this, tr("&Make Template"), "makeTemplate",
                    tr("Keep this machine as a read-only image to make instances from")))
    , m_unmake(action(this, tr("Con&vert to VM"), "convertToVm",
                      tr("Make this template an ordinary machine again")))
    , m_flatten(action(this, tr("&Flatten"), "flattenVm",
                       tr("Make this instance independent of its template")))
    , m_runDisposable(action(this, tr("Run &Disposable"), "runDisposable",
                             tr("Start the template on a throw-away overlay: everything it "
                                "changes is gone when it shuts down")))
    , m_editTemplate(action(this, tr("&Edit Template"), "editTemplate",
                            tr("Change the template through a writable copy, then save it back")))
    , m_saveEdit(action(this, tr("&Save Edit to Template"), "saveEdit",
                        tr("Write what changed in this edit into its template, and remove it")))
    , m_discardEdit(action(this, tr("&Discard Edit"), "discardEdit",
                           tr("Remove this edit and what changed in it")))
    , m_lineage(action(this, tr("Show &Lineage..."), "showLineage",
                       tr("The template, its instances and the images each disk stands on")))
{
    connect(m_lineage, &QAction::triggered, this, [this] {
        const std::optional<DomainInfo> d
            = m_connection ? m_connection->domain(m_uuid) : std::nullopt;
        if (!d)
            return;
        auto *dialog
            = new LineageDialog(m_connection, d->isTemplate ? d->uuid : d->templateUuid, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_runDisposable, &QAction::triggered, this, [this] {
        if (m_connection)
            startThenShow(Disposables::run(m_connection, m_uuid));
    });
    connect(m_editTemplate, &QAction::triggered, this, [this] {
        if (m_connection)
            startThenShow(Templates::beginEdit(m_connection, m_uuid, true));
    });
    connect(m_saveEdit, &QAction::triggered, this, [this] { endEdit(true); });
    connect(m_discardEdit, &QAction::triggered, this, [this] { endEdit(false); });
    connect(m_clone, &QAction::triggered, this, [this] { openCloneDialog(false); });
    connect(m_newInstances, &QAction::triggered, this, [this] { openCloneDialog(true); });
    connect(m_make, &QAction::triggered, this, [this] {
        if (m_connection)
            m_watch(Templates::make(m_connection, m_uuid));
    });
    connect(m_unmake, &QAction::triggered, this, [this] {
        if (m_connection)
            m_watch(Templates::unmake(m_connection, m_uuid));
    });
    connect(m_flatten, &QAction::triggered, this, [this] {
        if (m_connection)
            m_watch(Templates::flatten(m_connection, m_uuid));
    });
    updateFor(nullptr, nullptr);
}

void TemplateActions::addTo(QMenu *menu) const
{
    for (QAction *a : {m_runDisposable, m_clone, m_newInstances, m_make, m_unmake, m_flatten,
                       m_editTemplate, m_saveEdit, m_discardEdit, m_lineage})
        menu->addAction(a);
}

void TemplateActions::updateFor(Connection *connection, const DomainInfo *d)
{
    m_connection = connection;
    m_uuid = d ? d->uuid : QString();
    const bool writable = connection && !connection->isReadOnly();
    const bool off = d && !d->isActive();
    const QString noMachine = tr("Select a machine.");
    const QString readOnly = tr("The connection is read-only.");
    const QString running = tr("Shut the machine off first.");
    const auto why = [&](const QString &otherwise) {
        return !d ? noMachine : !writable ? readOnly : otherwise;
    };
    enable(m_clone, d && writable && off, why(running), tr("A copy of the machine"));
    enable(m_newInstances, d && writable && d->isTemplate,
           why(tr("Only a template has instances.")), tr("Machines made from this template"));
    enable(m_make, d && writable && off && !d->isTemplate,
           why(d && d->isTemplate ? tr("It is a template already.") : running),
           tr("Keep this machine as a read-only image"));
    const bool templateKnown
        = d
          && (d->isTemplate || (!d->templateUuid.isEmpty() && connection->domain(d->templateUuid)));
    enable(
        m_lineage, templateKnown,
        !d ? noMachine
        : d->templateUuid.isEmpty()
            ? tr("Only templates and their instances have a lineage.")
            : tr("Its template (%1) is gone: it is an ordinary machine now.").arg(d->templateName),
        tr("The template, its instances and the images each disk stands on"));
    const bool isEdit = d && d->instanceKind == QLatin1String("edit");
    enable(m_editTemplate, d && writable && d->isTemplate, why(tr("Only a template is edited so.")),
           tr("Change the template through a writable copy, then save it back"));
    for (QAction *a : {m_saveEdit, m_discardEdit})
        enable(a, isEdit && writable && off,
               why(isEdit ? running : tr("Select the template's edit (TEMPLATE-edit).")),
               a == m_saveEdit ? tr("Write what changed into the template")
                               : tr("Remove this edit and what changed in it"));
    enable(m_runDisposable, d && writable && d->isTemplate,
           why(tr("Only a template runs disposable: make it one first (its disks must not "
                  "change under the run's overlay).")),
           tr("Start the template on a throw-away overlay"));
    enable(m_unmake, d && writable && d->isTemplate, why(tr("It is not a template.")),
           tr("Make this template an ordinary machine again"));
    enable(m_flatten, d && writable && d->instanceKind == QLatin1String("linked"),
           why(tr("Only a linked instance stands on a template's disks.")),
           tr("Make this instance independent of its template"));
}

void TemplateActions::startThenShow(Operation *op)
{
    QPointer<Connection> connection = m_connection;
    connect(op, &Operation::finished, this, [this, op, connection](bool ok) {
        if (!ok || !connection)
            return;
        // Announced once the connection lists it (its start event, or the re-read).
        const QString uuid = op->value().toString();
        if (connection->domain(uuid)) {
            Q_EMIT consoleWanted(connection, uuid);
            return;
        }
        auto *once = new QObject(this);
        connect(connection, &Connection::domainChanged, once,
                [this, once, connection, uuid](const DomainInfo &d) {
                    if (d.uuid != uuid)
                        return;
                    delete once;
                    Q_EMIT consoleWanted(connection, uuid);
                });
        connection->refreshDomain(uuid);
    });
    m_watch(op);
}

void TemplateActions::endEdit(bool save)
{
    const std::optional<DomainInfo> edit
        = m_connection ? m_connection->domain(m_uuid) : std::nullopt;
    if (!edit)
        return;
    if (!save
        && QMessageBox::question(m_window, tr("Discard Edit"),
                                 tr("Throw away what was changed in %1? %2 stays as it was.")
                                     .arg(edit->name, edit->templateName))
               != QMessageBox::Yes)
        return;
    m_watch(Templates::endEdit(m_connection, edit->templateUuid, save));
}

bool TemplateActions::mayQuit(QWidget *window, const DisposableKeeper *keeper)
{
    const QStringList runs = keeper ? keeper->ourRuns() : QStringList();
    if (runs.isEmpty())
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Quit Vireo?"),
                    tr("Disposable runs end when Vireo quits: %1 will be stopped and removed, "
                       "and what changed in them is lost.")
                        .arg(runs.join(QLatin1String(", "))),
                    QMessageBox::Cancel, window);
    ask.setObjectName(QStringLiteral("quitWithDisposables"));
    ask.addButton(tr("Stop Them and Quit"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    return ask.exec() != QMessageBox::Cancel;
}

void TemplateActions::openCloneDialog(bool instances)
{
    if (!m_connection)
        return;
    const std::optional<DomainInfo> source = m_connection->domain(m_uuid);
    if (!source)
        return;
    QStringList taken;
    for (const DomainInfo &d : m_connection->domains())
        taken << d.name;
    auto *dialog
        = new CloneDialog(instances ? CloneDialog::Mode::NewInstances : CloneDialog::Mode::Clone,
                          *source, taken, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Connection> connection = m_connection;
    const QString uuid = m_uuid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection, uuid, instances] {
        if (!connection)
            return;
        if (instances)
            m_watch(Templates::newInstances(connection, uuid, dialog->count(), dialog->pattern(),
                                            dialog->kind(), dialog->startThem()));
        else
            m_watch(Templates::clone(connection,
                                     CloneRequest{uuid, dialog->cloneName(), dialog->kind(),
                                                  dialog->sharedDisks(), dialog->startThem()}));
    });
    dialog->open();
}

} // namespace Vireo::Ui
