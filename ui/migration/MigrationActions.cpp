#include "ui/migration/MigrationActions.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "domains/DomainListModel.h"
#include "ui/common/Icons.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/library/LibraryProxyModel.h"
#include "ui/migration/MigrateDialog.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QStyle>
#include <QTreeView>

namespace Vireo::Ui {

namespace {

const char kMime[] = "application/x-vireo-vms";

QByteArray encode(const MigrationActions::Vms &vms)
{
    QStringList lines;
    for (const auto &[c, uuid] : vms)
        lines << c->uri() + QLatin1Char(' ') + uuid;
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

MigrationActions::MigrationActions(QWidget *window, ConnectionRegistry *registry, QTreeView *view,
                                   DomainListModel *model, LibraryProxyModel *proxy,
                                   std::function<void(Operation *)> watch)
    : QObject(window)
    , m_window(window)
    , m_registry(registry)
    , m_view(view)
    , m_model(model)
    , m_proxy(proxy)
    , m_watch(std::move(watch))
    , m_migrate(new QAction(tr("&Migrate..."), this))
{
    m_migrate->setObjectName(QStringLiteral("migrate"));
    m_migrate->setIcon(themedIcon(QStringLiteral("go-next"), QStringLiteral("vm-migrate")));
    m_migrate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_migrate->setShortcutContext(Qt::WindowShortcut);
    m_migrate->setToolTip(tr("Move the selected machines to another host, running or not "
                             "(Ctrl+Shift+M, or drag them onto another connection)"));
    m_migrate->setEnabled(false);
    connect(m_migrate, &QAction::triggered, this, [this] { openDialog(m_selection); });
    // Drag a machine onto another connection's group to move it there.
    m_view->viewport()->installEventFilter(this);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
}

void MigrationActions::updateFor(const Vms &vms)
{
    m_selection = vms;
    QString why;
    for (const auto &[c, uuid] : vms) {
        if (c->isReadOnly())
            why = tr("%1 is read-only: nothing moves from there.").arg(c->displayName());
        else if (c->state() != Connection::State::Connected)
            why = tr("%1 is not connected.").arg(c->displayName());
    }
    if (vms.isEmpty())
        why = tr("Select the machines to move first.");
    m_migrate->setEnabled(why.isEmpty());
    m_migrate->setText(vms.size() > 1 ? tr("&Migrate %n Machines...", nullptr, int(vms.size()))
                                      : tr("&Migrate..."));
    m_migrate->setStatusTip(why);
    m_migrate->setToolTip(why.isEmpty() ? tr("Move the selected machines to another host, "
                                             "running or not (Ctrl+Shift+M, or drag them onto "
                                             "another connection)")
                                        : why);
}

MigrateDialog *MigrationActions::openDialog(const Vms &vms, const QString &destinationUri)
{
    if (vms.isEmpty())
        return nullptr;
    auto *dialog = new MigrateDialog(m_registry, vms, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!destinationUri.isEmpty())
        dialog->setDestination(destinationUri);
    connect(dialog, &MigrateDialog::started, this, [this](Operation *op) { m_watch(op); });
    connect(dialog, &MigrateDialog::moved, this,
            [this](Connection *, const QString &uuid, const QString &uri) { follow(uuid, uri); });
    dialog->show();
    return dialog;
}

void MigrationActions::follow(const QString &uuid, const QString &destinationUri)
{
    const auto followTo = [this, uuid](Connection *destination) {
        for (ConsoleWindow *w : m_window->findChildren<ConsoleWindow *>())
            if (w->uuid() == uuid)
                w->followTo(destination);
        Q_EMIT moved(destination, uuid);
    };
    if (Connection *known = m_registry->find(destinationUri)) {
        followTo(known);
        return;
    }
    // A typed URI: the app adds the connection; the console follows once it is there.
    auto *once = new QObject(this);
    connect(m_registry, &ConnectionRegistry::added, once,
            [once, followTo, destinationUri](Connection *c) {
                if (c->uri() != destinationUri)
                    return;
                followTo(c);
                once->deleteLater();
            });
    Q_EMIT connectionWanted(destinationUri);
}

Connection *MigrationActions::connectionUnder(const QPoint &pos) const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->indexAt(pos));
    return index.isValid() ? m_model->connectionAt(index) : nullptr;
}

bool MigrationActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton)
            m_pressAt = e->position().toPoint();
        return false;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!(e->buttons() & Qt::LeftButton)
            || (e->position().toPoint() - m_pressAt).manhattanLength()
                   < QApplication::startDragDistance())
            return false;
        const QModelIndex pressed = m_proxy->mapToSource(m_view->indexAt(m_pressAt));
        const DomainInfo *d = pressed.isValid() ? m_model->domainAt(pressed) : nullptr;
        if (!d)
            return false;
        // The selection when the pressed machine is in it, else that machine alone.
        Vms vms = m_selection;
        bool inSelection = false;
        for (const auto &vm : std::as_const(vms))
            inSelection = inSelection || vm.second == d->uuid;
        if (!inSelection)
            vms = {{m_model->connectionAt(pressed), d->uuid}};
        auto *drag = new QDrag(m_view);
        drag->setMimeData(mimeData(vms));
        m_pressAt = {};
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (!e->mimeData()->hasFormat(QLatin1String(kMime)))
            return false;
        Connection *target = connectionUnder(e->position().toPoint());
        const QString payload = QString::fromUtf8(e->mimeData()->data(QLatin1String(kMime)));
        const bool fromThere = target && payload.contains(target->uri() + QLatin1Char(' '));
        if (target && !fromThere && !target->isReadOnly()
            && target->state() == Connection::State::Connected)
            e->acceptProposedAction();
        else
            e->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        if (!e->mimeData()->hasFormat(QLatin1String(kMime)))
            return false;
        Connection *target = connectionUnder(e->position().toPoint());
        if (!target)
            return true;
        Vms vms;
        const QStringList lines
            = QString::fromUtf8(e->mimeData()->data(QLatin1String(kMime))).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString uri = line.section(QLatin1Char(' '), 0, 0);
            const QString uuid = line.section(QLatin1Char(' '), 1, 1);
            if (Connection *c = m_registry->find(uri); c && c != target)
                vms.append({c, uuid});
        }
        e->acceptProposedAction();
        openDialog(vms, target->uri());
        return true;
    }
    default:
        return false;
    }
}

QMimeData *MigrationActions::mimeData(const Vms &vms)
{
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kMime), encode(vms));
    return mime;
}

} // namespace Vireo::Ui
