// The library window's ways into other windows: the Add Connection dialog, the Host window,
// a machine's console, the new-VM wizard (also from an ISO dropped on the window), the host
// check.
#include "ui/library/MainWindow.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "ui/common/NotificationArea.h"
#include "ui/common/Preferences.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/create/NewVmWizard.h"
#include "ui/host/HostWindow.h"
#include "ui/library/AddConnectionDialog.h"
#include "ui/library/HostCheckView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Vireo::Ui {

void MainWindow::addConnectionDialog()
{
    auto *dialog = new AddConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT connectionRequested(dialog->uri(), dialog->readOnly()); });
    dialog->open();
}

QDialog *MainWindow::openHostCheck()
{
    Connection *connection = selectedConnection();
    if (!connection && !m_registry->connections().isEmpty())
        connection = m_registry->connections().first();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("hostCheckDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(connection ? tr("Check %1").arg(connection->displayName())
                                      : tr("Check This Computer"));
    auto *view = new HostCheckView(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, view, [view, connection] { view->check(connection); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    view->check(connection);
    dialog->resize(620, 360);
    dialog->open();
    return dialog;
}

HostWindow *MainWindow::openHostWindow(Connection *connection)
{
    const bool opening = !HostWindow::of(connection);
    HostWindow *w = HostWindow::showFor(connection, this);
    if (opening)
        connect(w, &HostWindow::addSystemConnectionRequested, this,
                [this] { Q_EMIT connectionRequested(QStringLiteral("qemu:///system"), false); });
    return w;
}

ConsoleWindow *MainWindow::openConsole(Connection *connection, const QString &uuid)
{
    if (!connection)
        return nullptr;
    for (ConsoleWindow *w : findChildren<ConsoleWindow *>()) {
        if (w->uuid() == uuid) {
            w->show();
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    auto *w = new ConsoleWindow(connection, uuid, this);
    w->setWindowFlag(Qt::Window);
    w->show();
    return w;
}

NewVmWizard *MainWindow::openNewVmWizard(const QString &installImage)
{
    const auto usable = [](Connection *c) {
        return c && c->state() == Connection::State::Connected && !c->isReadOnly();
    };
    Connection *target = selectedConnection();
    // Nothing selected: the connection Preferences names for new machines, when it is there.
    if (!usable(target)) {
        target = nullptr;
        for (Connection *c : m_registry->connections())
            if (!target && usable(c) && c->uri() == Preferences::instance()->newVmConnection())
                target = c;
    }
    if (!target) {
        for (Connection *c : m_registry->connections()) {
            if (c->state() == Connection::State::Connected && !c->isReadOnly()) {
                target = c;
                break;
            }
        }
    }
    if (!target) {
        m_notifications->showError(tr("No connection can create a virtual machine now."),
                                   tr("Connect to a libvirt daemon that is not read-only first."));
        return nullptr;
    }
    auto *wizard = new NewVmWizard(target, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!installImage.isEmpty())
        wizard->setInstallImage(installImage);
    connect(wizard, &NewVmWizard::created, this,
            [this, target = QPointer<Connection>(target)](const QString &uuid) {
                if (!target)
                    return;
                statusBar()->showMessage(tr("Created."), 4000);
                // The row appears with libvirt's event; select it then.
                if (!selectDomain(target, uuid)) {
                    auto *once = new QObject(this);
                    connect(target, &Connection::domainChanged, once,
                            [this, target, uuid, once](const DomainInfo &d) {
                                if (d.uuid == uuid && selectDomain(target, uuid))
                                    once->deleteLater();
                            });
                }
            });
    wizard->open();
    return wizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()
            && url.toLocalFile().endsWith(QLatin1String(".iso"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()
            && url.toLocalFile().endsWith(QLatin1String(".iso"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            openNewVmWizard(url.toLocalFile());
            return;
        }
    }
}

} // namespace Vireo::Ui
