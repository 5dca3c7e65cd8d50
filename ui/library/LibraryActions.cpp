#include "ui/library/LibraryActions.h"

#include "ui/common/Icons.h"

#include "ui/library/BulkActions.h"

#include "core/Connection.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace Vireo::Ui {

namespace {

struct Spec
{
    DomainAction action;
    QKeySequence shortcut;
    struct
    {
        const char *theme, *bundled; // the freedesktop name, Vireo's own (themedIcon)
    } icon;
    const char *tip;
};

// Built on first use: key sequences need the application object.
const QList<Spec> &specs()
{
    static const QList<Spec> list = {
        {DomainAction::Start,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         {"media-playback-start", "vm-start"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions",
                           "Start the machine, or restore it where it was saved")},
        {DomainAction::Shutdown,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         {"system-shutdown", "vm-shutdown"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions",
                           "Ask the guest to shut down (ACPI power button)")},
        {DomainAction::Reboot,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
         {"system-reboot", "vm-reboot"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions", "Ask the guest to restart")},
        {DomainAction::ForceOff,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         {"process-stop", "vm-force-off"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions",
                           "Stop the machine at once, like pulling the plug")},
        {DomainAction::Reset,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         {"view-refresh", "vm-reset"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions",
                           "Restart the machine at once, like pressing its reset button")},
        {DomainAction::Pause,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         {"media-playback-pause", "vm-pause"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions", "Freeze the machine in memory")},
        {DomainAction::Resume,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
         {"media-playback-start", "vm-resume"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions", "Let a paused machine run again")},
        {DomainAction::Save,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
         {"document-save", "vm-save"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions",
                           "Save the running machine to disk and stop it; Start "
                           "restores it")},
        {DomainAction::DiscardSave,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
         {"edit-clear", "vm-discard"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions",
                           "Throw away the saved state; the next start boots afresh")},
        {DomainAction::Rename,
         QKeySequence(Qt::Key_F2),
         {"edit-rename", "vm-rename"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions", "Give the machine another name")},
        {DomainAction::Delete,
         QKeySequence(QKeySequence::Delete),
         {"edit-delete", "vm-delete"},
         QT_TRANSLATE_NOOP("Vireo::Ui::LibraryActions",
                           "Delete the machine, and optionally its disks")},
    };
    return list;
}

} // namespace

LibraryActions::LibraryActions(QObject *parent)
    : QObject(parent)
{
    for (const Spec &spec : specs()) {
        auto *a = new QAction(actionLabel(spec.action), this);
        a->setObjectName(QStringLiteral("action") + QString::number(int(spec.action)));
        a->setIcon(themedIcon(QLatin1String(spec.icon.theme), QLatin1String(spec.icon.bundled)));
        a->setShortcut(spec.shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setProperty("baseTip", tr(spec.tip));
        a->setToolTip(tr(spec.tip));
        a->setEnabled(false);
        const DomainAction which = spec.action;
        connect(a, &QAction::triggered, this, [this, which] { Q_EMIT triggered(which); });
        m_actions.insert(int(spec.action), a);
    }
}

QList<QAction *> LibraryActions::all() const
{
    QList<QAction *> list;
    for (const Spec &spec : specs())
        list << action(spec.action);
    return list;
}

void LibraryActions::addTo(QMenu *menu) const
{
    for (const Spec &spec : specs()) {
        if (spec.action == DomainAction::Rename)
            menu->addSeparator();
        menu->addAction(action(spec.action));
    }
}

void LibraryActions::addTo(QToolBar *toolBar) const
{
    for (DomainAction a :
         {DomainAction::Start, DomainAction::Pause, DomainAction::Resume, DomainAction::Shutdown,
          DomainAction::Reboot, DomainAction::ForceOff, DomainAction::Save, DomainAction::Delete}) {
        toolBar->addAction(action(a));
        // The two most used keep their names; the rest are icons with tooltips, so that the bar
        // fits a 1024 px window.
        if (a != DomainAction::Start && a != DomainAction::Shutdown)
            if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action(a))))
                button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void LibraryActions::updateFor(const Connection *connection, const DomainInfo *domain)
{
    const bool usable = connection
                        && (connection->state() == Connection::State::Connected
                            || connection->state() == Connection::State::NotResponding);
    for (const Spec &spec : specs()) {
        QAction *a = action(spec.action);
        const QString base = a->property("baseTip").toString();
        a->setText(actionLabel(spec.action, domain));
        if (!domain) {
            a->setEnabled(false);
            a->setToolTip(base);
            continue;
        }
        if (!usable) {
            a->setEnabled(false);
            a->setToolTip(base + QStringLiteral("\n")
                          + tr("Not available: the connection is %1.")
                                .arg(Connection::stateText(connection->state()).toLower()));
            continue;
        }
        const ActionAvailability av
            = actionAvailability(spec.action, *domain, connection->isReadOnly());
        a->setEnabled(av.enabled);
        a->setToolTip(av.enabled
                          ? base
                          : base + QStringLiteral("\n") + tr("Not available: %1").arg(av.reason));
    }
}

void LibraryActions::updateForMany(const QList<QPair<const Connection *, const DomainInfo *>> &vms)
{
    for (const Spec &spec : specs()) {
        QAction *a = action(spec.action);
        const QString base = a->property("baseTip").toString();
        a->setText(actionLabel(spec.action));
        if (!BulkActions::appliesToMany(spec.action)) {
            a->setEnabled(false);
            a->setToolTip(base + QStringLiteral("\n") + tr("Select one machine for this."));
            continue;
        }
        int able = 0;
        for (const auto &[c, d] : vms)
            if (c && d && c->state() == Connection::State::Connected
                && actionAvailability(spec.action, *d, c->isReadOnly()).enabled)
                ++able;
        a->setEnabled(able > 0);
        a->setToolTip(
            base + QStringLiteral("\n")
            + tr("For %1 of the %n selected machines.", nullptr, int(vms.size())).arg(able));
    }
}

} // namespace Vireo::Ui
