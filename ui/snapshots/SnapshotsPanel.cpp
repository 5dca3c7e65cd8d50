#include "ui/snapshots/SnapshotsPanel.h"

#include "ui/common/EmptyState.h"
#include "ui/common/Tint.h"

#include "ui/common/Confirm.h"
#include "ui/common/Feedback.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "templates/Templates.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

enum Column { NameColumn, TimeColumn, StateColumn, SizeColumn, DescriptionColumn };

QString stateText(const SnapshotInfo &s)
{
    QString state = s.state == QLatin1String("running")         ? SnapshotsPanel::tr("Running")
                    : s.state == QLatin1String("paused")        ? SnapshotsPanel::tr("Paused")
                    : s.state == QLatin1String("shutoff")       ? SnapshotsPanel::tr("Shut off")
                    : s.state == QLatin1String("disk-snapshot") ? SnapshotsPanel::tr("Disk only")
                                                                : s.state;
    if (s.hasMemory)
        state += SnapshotsPanel::tr(", with memory");
    if (s.external)
        state += SnapshotsPanel::tr(", external");
    return state;
}

QString sizeText(const SnapshotInfo &s)
{
    if (s.sizeBytes < 0)
        return SnapshotsPanel::tr("unknown");
    if (s.sizeBytes == 0 && !s.hasMemory)
        return SnapshotsPanel::tr("none (disks only)");
    return QLocale().formattedDataSize(s.sizeBytes);
}

} // namespace

SnapshotsPanel::SnapshotsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("snapshotsPanel"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto shortcut = [this](QAction *a, const QKeySequence &key) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    };
    m_take = bar->addAction(tr("Take Snapshot..."), this, &SnapshotsPanel::askTake);
    shortcut(m_take, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_revert = bar->addAction(tr("Revert..."), this, &SnapshotsPanel::askRevert);
    shortcut(m_revert, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_delete = bar->addAction(tr("Delete..."), this, [this] { askDelete(false); });
    shortcut(m_delete, QKeySequence(Qt::Key_Delete));
    m_deleteTree = bar->addAction(tr("Delete with Children..."), this, [this] { askDelete(true); });
    shortcut(m_deleteTree, QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_describe = bar->addAction(tr("Edit Description..."), this, &SnapshotsPanel::askDescription);
    shortcut(m_describe, QKeySequence(Qt::Key_F2));
    m_makeTemplate = bar->addAction(tr("Make Template..."), this, &SnapshotsPanel::askMakeTemplate);
    m_makeTemplate->setObjectName(QStringLiteral("templateFromSnapshot"));

    m_tree->setObjectName(QStringLiteral("snapshotTree"));
    m_tree->setAccessibleName(tr("Snapshots"));
    m_tree->setHeaderLabels(
        {tr("Name"), tr("Taken"), tr("State"), tr("Memory Size"), tr("Description")});
    m_tree->headerItem()->setToolTip(SizeColumn, tr("Disk space the saved memory state takes"));
    m_tree->setIconSize(QSize(64, 48));
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    showWhenEmpty(m_tree,
                  tr("No snapshots yet. A snapshot keeps the machine as it is now (its disks, "
                     "and its memory while it runs), so that you can come back to it later."),
                  m_take);
    m_tree->setRootIsDecorated(true);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &SnapshotsPanel::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { askRevert(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_tree, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    updateActions();
}

void SnapshotsPanel::setDomain(Connection *connection, const QString &uuid)
{
    if (connection == m_connection && uuid == m_uuid)
        return;
    m_connection = connection;
    m_uuid = uuid;
    m_snapshots.clear();
    fill();
    reload();
}

void SnapshotsPanel::reload()
{
    const int generation = ++m_generation;
    if (!m_connection || m_uuid.isEmpty()) {
        m_status->clear();
        updateActions();
        return;
    }
    Operation *op = Snapshots::list(m_connection, m_uuid);
    connect(op, &Operation::finished, this, [this, op, generation](bool ok) {
        if (generation != m_generation)
            return;
        if (ok) {
            m_snapshots = op->value().value<QList<SnapshotInfo>>();
            if (!m_busy)
                m_status->clear(); // an empty list says so itself (showWhenEmpty)
        } else {
            m_snapshots.clear();
            Feedback::show(m_status, op->failure());
        }
        fill();
        Q_EMIT loaded();
    });
}

void SnapshotsPanel::fill()
{
    const QString keep = selectedName();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    // treeOrder() puts parents first, so each parent's item exists when its children come.
    for (const SnapshotInfo &s : m_snapshots) {
        QTreeWidgetItem *parent = items.value(s.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, s.current ? tr("%1 (current)").arg(s.name) : s.name);
        item->setData(NameColumn, Qt::UserRole, s.name);
        item->setText(TimeColumn, QLocale().toString(s.created, QLocale::ShortFormat));
        item->setText(StateColumn, stateText(s));
        item->setText(SizeColumn, sizeText(s));
        item->setText(DescriptionColumn, s.description);
        item->setToolTip(DescriptionColumn, s.description);
        const QString thumbnail = Snapshots::thumbnailPath(m_uuid, s.name);
        if (QFile::exists(thumbnail))
            item->setIcon(NameColumn, QIcon(thumbnail));
        if (s.current) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
        items.insert(s.name, item);
    }
    m_tree->expandAll();
    if (!keep.isEmpty())
        selectSnapshot(keep);
    updateActions();
}

QString SnapshotsPanel::selectedName() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, Qt::UserRole).toString();
}

bool SnapshotsPanel::selectSnapshot(const QString &name)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(NameColumn, Qt::UserRole).toString() == name) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

const SnapshotInfo *SnapshotsPanel::selected() const
{
    const QString name = selectedName();
    for (const SnapshotInfo &s : m_snapshots)
        if (s.name == name)
            return &s;
    return nullptr;
}

void SnapshotsPanel::updateActions()
{
    const bool domain = m_connection && !m_uuid.isEmpty() && !m_busy;
    const bool readOnly = m_connection && m_connection->isReadOnly();
    const SnapshotInfo *s = selected();
    m_take->setEnabled(domain && !readOnly);
    m_revert->setEnabled(domain && !readOnly && s && s->revertBlocked.isEmpty());
    m_revert->setToolTip(s && !s->revertBlocked.isEmpty() ? s->revertBlocked
                                                          : tr("Revert to the selected snapshot"));
    m_delete->setEnabled(domain && !readOnly && s);
    m_delete->setToolTip(tr("Delete the selected snapshot"));
    m_deleteTree->setEnabled(domain && !readOnly && s && !s->children.isEmpty());
    m_describe->setEnabled(domain && !readOnly && s);
    const bool local = m_connection && m_connection->isLocal();
    m_makeTemplate->setEnabled(domain && !readOnly && s && !s->external && local);
    m_makeTemplate->setToolTip(
        s && s->external ? tr("Templates are made from internal snapshots only.")
        : !local         ? tr("A template from a snapshot is read out of the disk images: a local "
                                      "connection only.")
                         : tr("A new template from the machine as it was in this snapshot; the "
                                      "machine is not touched."));
}

void SnapshotsPanel::run(Operation *op, const QString &busyText)
{
    m_busy = true;
    m_status->setText(busyText);
    updateActions();
    connect(op, &Operation::finished, this, [this, op](bool ok, const QString &error) {
        m_busy = false;
        Feedback::show(m_status, op->failure());
        reload();
        Q_EMIT actionFinished(ok, error);
    });
}

void SnapshotsPanel::askTake()
{
    if (!m_connection || m_uuid.isEmpty())
        return;
    const auto domain = m_connection->domain(m_uuid);
    const bool running = domain && domain->isActive();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("takeSnapshotDialog"));
    dialog->setWindowTitle(tr("Take Snapshot"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *name = new QLineEdit(Snapshots::defaultName(), dialog);
    name->setObjectName(QStringLiteral("snapshotName"));
    auto *description = new QPlainTextEdit(dialog);
    description->setObjectName(QStringLiteral("snapshotDescription"));
    description->setMaximumHeight(80);
    description->setTabChangesFocus(true);
    auto *memory = new QCheckBox(tr("Include the memory (the machine resumes exactly where it "
                                    "was)"),
                                 dialog);
    memory->setObjectName(QStringLiteral("snapshotMemory"));
    memory->setChecked(running);
    memory->setEnabled(running);
    if (!running)
        memory->setToolTip(tr("The machine is shut off: the snapshot holds its disks."));
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("snapshotProblem"));
    problem->setWordWrap(true);
    Tint::apply(problem, Tint::Role::ErrorText);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Description:"), description);
    form->addRow(QString(), memory);
    form->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Snapshot"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        const QString wanted = name->text();
        QString bad = Snapshots::validateName(wanted);
        for (const SnapshotInfo &s : m_snapshots)
            if (bad.isEmpty() && s.name == wanted)
                bad = tr("There is a snapshot of that name already.");
        if (!bad.isEmpty()) {
            problem->setText(bad);
            return;
        }
        const Snapshots::Kind kind = !running              ? Snapshots::Kind::Automatic
                                     : memory->isChecked() ? Snapshots::Kind::WithMemory
                                                           : Snapshots::Kind::DiskOnly;
        Operation *op
            = Snapshots::create(m_connection, m_uuid, wanted, description->toPlainText(), kind);
        connect(op, &Operation::finished, this, [this, op](bool ok, const QString &error) {
            if (!ok && op->failure().kind == Failure::Kind::NeedsQcow2)
                offerConversion(error);
        });
        run(op, tr("Taking snapshot \"%1\"...").arg(wanted));
        dialog->accept();
    });
    dialog->open();
}

void SnapshotsPanel::offerConversion(const QString &why)
{
    const auto domain = m_connection ? m_connection->domain(m_uuid) : std::nullopt;
    const bool shutOff = domain && !domain->isActive();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Snapshots Need qcow2"), why,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("convertOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *convert = nullptr;
    if (shutOff) {
        box->setInformativeText(tr("Vireo can copy the disks to qcow2 files beside them and use "
                                   "those; the original files are kept."));
        convert = box->addButton(tr("Convert to qcow2"), QMessageBox::AcceptRole);
        convert->setObjectName(QStringLiteral("convertDisks"));
    } else {
        box->setInformativeText(tr("Shut the machine off, then take a snapshot again to "
                                   "convert its disks."));
    }
    connect(box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton *button) {
        if (convert && button == convert)
            run(Snapshots::convertToQcow2(m_connection, m_uuid),
                tr("Converting the disks to qcow2..."));
    });
    box->open();
}

void SnapshotsPanel::askRevert()
{
    const SnapshotInfo *s = selected();
    if (!s || !m_revert->isEnabled())
        return;
    QString since;
    for (const SnapshotInfo &c : m_snapshots)
        if (c.current)
            since = QLocale().toString(c.created, QLocale::ShortFormat);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Revert to Snapshot"),
                                tr("Revert to \"%1\"?").arg(s->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("revertConfirmation"));
    box->setInformativeText(
        since.isEmpty()
            ? tr("The machine's current state is discarded: what changed on its disks%1 since "
                 "then is lost.")
                  .arg(s->hasMemory ? tr(" and in its memory") : QString())
            : tr("The current state since %1 is discarded: what changed on the machine's disks "
                 "and in its memory since then is lost.")
                  .arg(since));
    QPushButton *asTaken = box->addButton(tr("Revert"), QMessageBox::AcceptRole);
    asTaken->setObjectName(QStringLiteral("revertAsTaken"));
    QPushButton *running = box->addButton(tr("Revert and Run"), QMessageBox::AcceptRole);
    running->setObjectName(QStringLiteral("revertRunning"));
    QPushButton *paused = box->addButton(tr("Revert Paused"), QMessageBox::AcceptRole);
    paused->setObjectName(QStringLiteral("revertPaused"));
    box->setDefaultButton(asTaken);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = s->name;
    connect(box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton *button) {
        const Snapshots::RevertTo to = button == running  ? Snapshots::RevertTo::Running
                                       : button == paused ? Snapshots::RevertTo::Paused
                                                          : Snapshots::RevertTo::AsTaken;
        if (button == asTaken || button == running || button == paused)
            run(Snapshots::revert(m_connection, m_uuid, name, to),
                tr("Reverting to \"%1\"...").arg(name));
    });
    box->open();
}

void SnapshotsPanel::askDelete(bool withChildren)
{
    const SnapshotInfo *s = selected();
    if (!s || !(withChildren ? m_deleteTree : m_delete)->isEnabled())
        return;
    int descendants = 0;
    QStringList pending = s->children;
    while (!pending.isEmpty()) {
        const QString next = pending.takeFirst();
        ++descendants;
        for (const SnapshotInfo &c : m_snapshots)
            if (c.name == next)
                pending += c.children;
    }
    const QString name = s->name;
    Confirm::ask(
        this, QStringLiteral("deleteSnapshot"),
        {tr("Delete Snapshot"),
         withChildren
             ? tr("Delete \"%1\" and the %n snapshot(s) below it?", "", descendants).arg(name)
             : tr("Delete \"%1\"?").arg(name),
         withChildren || s->children.isEmpty()
             ? tr("Their saved states are lost. The machine's current state is not touched.")
             : tr("Its saved state is lost; the snapshots below it move up to its parent and "
                  "keep theirs. The machine's current state is not touched."),
         tr("Delete"), QStringLiteral("deleteConfirmation")},
        [=, this] {
            run(Snapshots::remove(m_connection, m_uuid, name, withChildren),
                tr("Deleting \"%1\"...").arg(name));
        });
}

void SnapshotsPanel::askDescription()
{
    const SnapshotInfo *s = selected();
    if (!s)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("describeSnapshotDialog"));
    dialog->setWindowTitle(tr("Edit Description"));
    dialog->setLabelText(tr("Description of \"%1\":").arg(s->name));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(s->description);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = s->name;
    connect(dialog, &QInputDialog::textValueSelected, this, [=, this](const QString &text) {
        run(Snapshots::setDescription(m_connection, m_uuid, name, text),
            tr("Saving the description..."));
    });
    dialog->open();
}

void SnapshotsPanel::askMakeTemplate()
{
    const SnapshotInfo *s = selected();
    if (!s || !m_connection)
        return;
    const std::optional<DomainInfo> vm = m_connection->domain(m_uuid);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("templateFromSnapshotDialog"));
    dialog->setWindowTitle(tr("Make Template from Snapshot"));
    dialog->setLabelText(tr("A template of %1 as it was in \"%2\" (the machine is not touched). "
                            "Its name:")
                             .arg(vm ? vm->name : m_uuid, s->name));
    dialog->setTextValue(
        QStringLiteral("%1-%2").arg(vm ? vm->name : QStringLiteral("vm"),
                                    QString(s->name).replace(QLatin1Char(' '), QLatin1Char('-'))));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString snapshot = s->name;
    connect(dialog, &QInputDialog::textValueSelected, this, [=, this](const QString &name) {
        run(Templates::fromSnapshot(m_connection, m_uuid, snapshot, name.trimmed()),
            tr("Making the template %1...").arg(name.trimmed()));
    });
    dialog->open();
}

} // namespace Vireo::Ui
