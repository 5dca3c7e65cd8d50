#include "ui/console/ConsoleWindow.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "display/DisplayProtocols.h"
#include "display/GraphicsChannel.h"
#include "domains/ActionRules.h"
#include "domains/DomainLifecycle.h"
#include "hardware/HardwareEditor.h"
#include "hardware/SharedFolders.h"
#include "ui/common/Confirm.h"
#include "ui/common/Preferences.h"
#include "ui/console/ConsoleAudio.h"
#include "ui/console/ConsoleFolder.h"
#include "ui/console/DisplayView.h"
#include "ui/console/FullscreenBars.h"
#include "ui/console/ShareFolderDialog.h"
#include "ui/console/TextConsolePanel.h"
#include "ui/console/UsbMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

// QT_LOGGING_RULES="vireo.console.info=true" prints what the console connects to and why it
// lost its screen.
Q_LOGGING_CATEGORY(lcConsole, "vireo.console", QtWarningMsg)

namespace Vireo::Ui {

ConsoleWindow::ConsoleWindow(Connection *connection, const QString &uuid, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_view(new DisplayView(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("consoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const auto domain = connection->domain(uuid);
    m_name = domain ? domain->name : uuid;
    // 1:1 shows the guest's pixels as they are, with scrollbars when it is larger.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_view);
    scroll->setStyleSheet(QStringLiteral("QScrollArea { background: black; }"));
    m_pages->addWidget(scroll);
    setCentralWidget(m_pages);
    resize(760, 480);
    m_folder = new ConsoleFolder(m_uuid, this);
    connect(m_folder, &ConsoleFolder::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 20000); });
    buildToolBar();
    // The status bar is there from the start: made on the first click's grab (to say how to let
    // go), it shrank and rescaled the screen between that click's press and release, so the
    // guest saw the release elsewhere and no click.
    statusBar()->setSizeGripEnabled(false);
    updateTitle();
    connect(m_view, &DisplayView::grabChanged, this, [this](bool grabbed) {
        updateTitle();
        if (grabbed)
            statusBar()->showMessage(m_view->releaseHint());
        else
            statusBar()->clearMessage();
    });
    // The host's clipboard goes to the guest, the guest's comes back: as far as the VM's
    // isolation allows (its "clipboard" setting: both, to-guest, off).
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        if (m_session && !m_fromGuestClipboard && clipboardPolicy() != QLatin1String("off"))
            m_session->setClipboardText(QGuiApplication::clipboard()->text());
    });
    watchConnection();
    connect(m_view, &DisplayView::filesDropped, this, &ConsoleWindow::sendFilesToGuest);
    if (domain)
        updateActions(*domain);
    connectIfRunning();
    // A machine without a screen is seen through its serial port or console.
    if (domain && domain->graphics.isEmpty())
        showTextConsole(true);
}

void ConsoleWindow::sendFilesToGuest(const QStringList &paths)
{
    if (!m_session || m_session->state() != DisplaySession::State::Connected) {
        statusBar()->showMessage(tr("The machine's screen is not connected: files cannot be "
                                    "copied into it now."),
                                 10000);
        return;
    }
    if (!m_session->canSendFiles()) {
        statusBar()->showMessage(
            m_protocol == QLatin1String("SPICE")
                ? tr("The guest's SPICE agent is not running: install spice-vdagent in the "
                     "guest to drop files into it.")
                : tr("Files can be dropped into a guest over SPICE with its agent; this "
                     "display is VNC."),
            15000);
        return;
    }
    if (!m_transfer) {
        m_transfer = new QProgressBar(this);
        m_transfer->setObjectName(QStringLiteral("fileTransferProgress"));
        m_transfer->setMaximumWidth(200);
        m_transfer->setFormat(tr("Copying %p%"));
        m_cancelTransfer = new QPushButton(tr("Cancel"), this);
        m_cancelTransfer->setObjectName(QStringLiteral("cancelFileTransfer"));
        statusBar()->addPermanentWidget(m_transfer);
        statusBar()->addPermanentWidget(m_cancelTransfer);
    }
    DisplaySession *session = m_session;
    m_transfer->setValue(0);
    m_transfer->show();
    m_cancelTransfer->show();
    if (m_transferWatched != session) { // once per session
        m_transferWatched = session;
        connect(m_cancelTransfer, &QPushButton::clicked, session,
                &DisplaySession::cancelFileTransfer);
        connect(session, &DisplaySession::fileTransferProgress, m_transfer,
                [this](qint64 sent, qint64 total) {
                    m_transfer->setValue(total > 0 ? int(sent * 100 / total) : 0);
                });
        connect(session, &DisplaySession::fileTransferFinished, this,
                [this](bool, const QString &message) {
                    m_transfer->hide();
                    m_cancelTransfer->hide();
                    statusBar()->showMessage(message, 15000);
                });
    }
    statusBar()->showMessage(
        tr("Copying %n file(s) into the guest...", nullptr, int(paths.size())));
    session->sendFiles(paths);
}

void ConsoleWindow::showTextConsole(bool show)
{
    if (show && !m_text) {
        m_text = new TextConsolePanel(m_connection, m_uuid, m_pages);
        m_pages->addWidget(m_text);
    }
    m_textAction->setChecked(show);
    m_pages->setCurrentIndex(show ? 1 : 0);
    if (show) {
        m_text->activate();
        m_text->setFocus();
    }
}

void ConsoleWindow::watchConnection()
{
    // The VM starting again (after a stop, a crash, a restore, a move) brings the screen back.
    connect(m_connection, &Connection::domainChanged, this, [this](const DomainInfo &d) {
        if (d.uuid == m_uuid) {
            updateActions(d);
            connectIfRunning();
        }
    });
}

Connection *ConsoleWindow::connection() const
{
    return m_connection;
}

void ConsoleWindow::followTo(Connection *destination)
{
    if (!destination || destination == m_connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = destination;
    watchConnection();
    if (m_text)
        m_text->setConnection(destination);
    m_retries = 0;
    if (m_session && m_session->state() != DisplaySession::State::Disconnected)
        m_session->close(); // the source's display, going away with the source's QEMU
    m_opening = false;
    if (const auto d = destination->domain(m_uuid))
        updateActions(*d);
    updateTitle();
    connectIfRunning();
}

ConsoleWindow::~ConsoleWindow() = default;

QString ConsoleWindow::clipboardPolicy() const
{
    const auto domain = m_connection ? m_connection->domain(m_uuid) : std::nullopt;
    return domain ? domain->clipboard : QStringLiteral("off");
}

void ConsoleWindow::askReset()
{
    Confirm::ask(this, QStringLiteral("forceOff"),
                 {tr("Force reset %1?").arg(m_name),
                  tr("'%1' restarts at once, like pressing its reset button. Whatever the guest "
                     "has not saved is lost.")
                      .arg(m_name),
                  {},
                  tr("Force Reset"),
                  QStringLiteral("confirmReset")},
                 [this] {
                     if (!m_connection)
                         return;
                     Operation *op = Lifecycle::perform(m_connection, DomainAction::Reset, m_uuid);
                     connect(op, &Operation::finished, this, [this](bool ok, const QString &error) {
                         if (!ok)
                             statusBar()->showMessage(error, 10000);
                     });
                 });
}

void ConsoleWindow::updateActions(const DomainInfo &domain)
{
    const ActionAvailability a = actionAvailability(DomainAction::Reset, domain,
                                                    m_connection && m_connection->isReadOnly());
    m_reset->setEnabled(a.enabled);
    m_reset->setToolTip(a.reason);
}

void ConsoleWindow::updateTitle()
{
    const QString title = tr("%1 - Vireo").arg(m_name);
    setWindowTitle(m_view->isGrabbed()
                       ? tr("%1 (Press %2 to release)")
                             .arg(title, DisplayView::releaseKeysText(m_view->releaseKeys()))
                       : title);
}

void ConsoleWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Console"));
    bar->setMovable(false);
    auto *keys = new QMenu(tr("Send Key"), this);
    keys->addAction(tr("Ctrl+Alt+Del"), this, [this] { sendKeys({0x1d, 0x38, 0x153}); });
    keys->addAction(tr("Ctrl+Alt+Backspace"), this, [this] { sendKeys({0x1d, 0x38, 0x0e}); });
    keys->addSeparator();
    for (int f = 1; f <= 12; ++f) {
        const quint32 code = f <= 10 ? 0x3a + quint32(f) : (f == 11 ? 0x57 : 0x58);
        keys->addAction(tr("Ctrl+Alt+F%1").arg(f), this, [this, code] {
            sendKeys({0x1d, 0x38, code});
        });
    }
    keys->addSeparator();
    keys->addAction(tr("PrintScreen"), this, [this] { sendKeys({0x137}); });
    keys->addAction(tr("Alt+SysRq"), this, [this] { sendKeys({0x38, 0x137}); });
    auto *sendKey = new QToolButton(bar);
    sendKey->setText(tr("Send Key"));
    sendKey->setMenu(keys);
    sendKey->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(sendKey);

    // The machine's reset button, as the library's Force Reset: asks first.
    auto *machine = new QMenu(tr("Machine"), this);
    m_reset = machine->addAction(tr("Force Reset..."), this, &ConsoleWindow::askReset);
    m_reset->setObjectName(QStringLiteral("forceReset"));
    QAction *share = machine->addAction(tr("Share a Folder..."), this, [this] {
        auto *dialog = new ShareFolderDialog(m_connection, m_uuid, m_folder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ShareFolderDialog::shared, this,
                [this](const QString &text) { statusBar()->showMessage(text, 20000); });
        dialog->open();
    });
    share->setObjectName(QStringLiteral("shareFolder"));
    // The folders shared now, each of which can stop being shared.
    QMenu *unshare = machine->addMenu(tr("Stop Sharing"));
    unshare->setObjectName(QStringLiteral("stopSharing"));
    connect(unshare, &QMenu::aboutToShow, this, [this, unshare] { fillStopSharing(unshare); });
    fillStopSharing(unshare);
    auto *machineButton = new QToolButton(bar);
    machineButton->setText(tr("Machine"));
    machineButton->setMenu(machine);
    machineButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(machineButton);

    m_usb = new UsbMenu(this);
    connect(m_usb, &UsbMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 20000); });
    auto *usbButton = new QToolButton(bar);
    usbButton->setObjectName(QStringLiteral("usbButton"));
    usbButton->setText(tr("USB"));
    usbButton->setToolTip(tr("This computer's USB devices for the guest"));
    usbButton->setMenu(m_usb);
    usbButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(usbButton);
    m_audio = new ConsoleAudio(this);
    auto *soundButton = new QToolButton(bar);
    soundButton->setObjectName(QStringLiteral("soundButton"));
    soundButton->setText(tr("Sound"));
    soundButton->setToolTip(tr("The guest's sound: volume, mute, microphone"));
    soundButton->setMenu(m_audio->createMenu(this));
    soundButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(soundButton);

    auto *scaling = new QActionGroup(this);
    const struct
    {
        QString text;
        DisplayView::Scaling mode;
    } modes[] = {{tr("Fit to Window"), DisplayView::Scaling::FitKeepAspect},
                 {tr("Actual Size"), DisplayView::Scaling::OneToOne},
                 {tr("Resize Guest to Window"), DisplayView::Scaling::ResizeGuest}};
    for (const auto &mode : modes) {
        QAction *action = bar->addAction(mode.text);
        action->setCheckable(true);
        action->setChecked(mode.mode == m_view->scaling());
        action->setActionGroup(scaling);
        const DisplayView::Scaling value = mode.mode;
        action->setData(int(value));
        connect(action, &QAction::triggered, this, [this, value] { m_view->setScaling(value); });
        if (value == DisplayView::Scaling::ResizeGuest) {
            action->setEnabled(false);
            action->setToolTip(tr("Needs the SPICE guest agent (spice-vdagent) in the guest."));
            m_resizeAction = action;
        }
    }
    // The scaling Preferences choose: at first, and when it changes there.
    const auto preferred = [this, scaling] {
        const int wanted = Preferences::instance()->consoleScaling();
        m_view->setScaling(DisplayView::Scaling(wanted));
        for (QAction *a : scaling->actions())
            a->setChecked(a->data().toInt() == wanted);
    };
    preferred();
    const auto releaseKeys = [this] {
        m_view->setReleaseKeys(DisplayView::ReleaseKeys(Preferences::instance()->releaseKeys()));
        updateTitle();
    };
    releaseKeys();
    connect(Preferences::instance(), &Preferences::changed, this,
            [preferred, releaseKeys](const QString &key) {
                if (key == QLatin1String("console/scaling"))
                    preferred();
                if (key == QLatin1String("console/releaseKeys"))
                    releaseKeys();
            });
    m_textAction = bar->addAction(tr("Text Console"));
    m_textAction->setObjectName(QStringLiteral("textConsoleToggle"));
    m_textAction->setCheckable(true);
    m_textAction->setToolTip(
        tr("The machine's serial port or console in a terminal, instead of its screen"));
    connect(m_textAction, &QAction::toggled, this, &ConsoleWindow::showTextConsole);
    QAction *full = bar->addAction(tr("Fullscreen"));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    connect(full, &QAction::triggered, this,
            [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    addAction(full); // F11 also while fullscreen has hidden the toolbar
    m_fullscreenBars = new FullscreenBars(this, bar, m_view);
    QAction *shot = bar->addAction(tr("Screenshot..."));
    connect(shot, &QAction::triggered, this, [this] {
        auto *dialog
            = new QFileDialog(this, tr("Save Screenshot"), QString(), tr("PNG images (*.png)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("png"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            if (!saveScreenshot(path))
                statusBar()->showMessage(tr("Could not save the screenshot to %1.").arg(path));
        });
        dialog->open();
    });
}

void ConsoleWindow::fillStopSharing(QMenu *menu)
{
    menu->clear();
    const auto domain = m_connection ? m_connection->domain(m_uuid) : std::nullopt;
    const QList<SharedFolderInfo> folders = domain ? domain->folders : QList<SharedFolderInfo>();
    for (const SharedFolderInfo &folder : folders) {
        QAction *action = menu->addAction(tr("%1 (%2)").arg(folder.tag, folder.source));
        action->setObjectName(QStringLiteral("stopSharingFolder"));
        const QString tag = folder.tag;
        connect(action, &QAction::triggered, this, [this, tag] {
            if (!m_connection)
                return;
            Operation *op = SharedFolders::unshare(m_connection, m_uuid, tag);
            connect(op, &Operation::finished, this, [this, op, tag](bool ok, const QString &error) {
                if (!ok) {
                    statusBar()->showMessage(error, 20000);
                    return;
                }
                const ApplyReport report = op->value().value<ApplyReport>();
                statusBar()->showMessage(
                    report.anyNextBoot()
                        ? tr("%1 stays in the guest until it next starts; it is no longer "
                             "shared after that.")
                              .arg(tag)
                        : tr("%1 is no longer shared with the guest.").arg(tag),
                    20000);
            });
        });
    }
    // The folder of this computer shared through the console.
    if (!m_folder->folder().isEmpty()) {
        QAction *action
            = menu->addAction(tr("%1 (through the console)").arg(m_folder->folder()), this, [this] {
                  m_folder->stop();
                  statusBar()->showMessage(tr("The folder is no longer shared with the guest."),
                                           20000);
              });
        action->setObjectName(QStringLiteral("stopSharingConsoleFolder"));
        action->setToolTip(m_folder->status());
    }
    menu->setEnabled(!menu->isEmpty());
}

void ConsoleWindow::connectIfRunning()
{
    if (!m_connection || m_opening || m_asking)
        return;
    const auto domain = m_connection->domain(m_uuid);
    // Until there is a screen to show, the view says why not.
    if (!domain)
        m_view->setIdleText(tr("%1 is no longer on this connection.").arg(m_name));
    else if (!domain->isActive())
        m_view->setIdleText(tr("%1 is %2. Its screen shows here once it runs.")
                                .arg(m_name, domain->stateText().toLower()));
    else if (domain->graphics.isEmpty())
        m_view->setIdleText(
            tr("%1 has no screen to show: it has no SPICE or VNC display.").arg(m_name));
    if (!domain || !domain->isActive() || domain->graphics.isEmpty())
        return;
    if (m_session && m_session->state() != DisplaySession::State::Disconnected)
        return;
    const bool spice = domain->graphics.first().type == QLatin1String("spice");
    m_protocol = spice ? QStringLiteral("SPICE") : QStringLiteral("VNC");
    QString why;
    DisplaySession *session = DisplayProtocols::create(
        spice ? QStringLiteral("spice") : QStringLiteral("vnc"), this, &why);
    if (!session) {
        m_view->setIdleText(why);
        return;
    }
    m_view->setReconnecting(m_session != nullptr);
    if (m_session)
        m_session->deleteLater();
    m_session = session;
    m_opening = true;
    session->setPassword(m_password);
    m_view->setSession(session);
    m_usb->setSession(session);
    m_audio->setSession(session);
    m_folder->setSession(session);
    connect(
        session, &DisplaySession::stateChanged, this, [this, session](DisplaySession::State state) {
            if (session != m_session)
                return;
            if (state != DisplaySession::State::Connecting)
                m_opening = false;
            if (state == DisplaySession::State::Connected) {
                m_retries = 0;
                m_view->setReconnecting(false);
                qCInfo(lcConsole, "%s: connected to the %s display", qPrintable(m_name),
                       qPrintable(m_protocol));
            }
            if (state != DisplaySession::State::Disconnected)
                return;
            qCInfo(lcConsole, "%s: disconnected: %s", qPrintable(m_name),
                   qPrintable(session->disconnectReason()));
            if (session->passwordRefused()) {
                askForPassword();
                return;
            }
            // Dropped while the machine still runs (a display server restarting, an SSH
            // tunnel that broke, a protocol error): connect again a moment later, then
            // every few seconds for as long as it keeps failing.
            ++m_retries;
            QTimer::singleShot(m_retries <= 5 ? 500 : 5000, this, &ConsoleWindow::connectIfRunning);
        });
    // Like virt-viewer: the window takes the guest's size, so its pixels show 1:1 (and cost no
    // scaling), unless the window is maximized, fullscreen or the guest follows the window.
    connect(session, &DisplaySession::frameResized, this, [this](const QSize &frame) {
        qCInfo(lcConsole, "%s: screen %dx%d", qPrintable(m_name), frame.width(), frame.height());
        if (isMaximized() || isFullScreen()
            || m_view->scaling() == DisplayView::Scaling::ResizeGuest)
            return;
        const QSize extra = size() - m_view->size();
        resize(frame + extra);
    });
    connect(session, &DisplaySession::guestResizeAvailable, this, [this](bool available) {
        if (m_resizeAction)
            m_resizeAction->setEnabled(available);
    });
    connect(session, &DisplaySession::clipboardReceived, this, [this](const QString &text) {
        if (clipboardPolicy() != QLatin1String("both"))
            return; // isolation: nothing the guest copies reaches this computer
        m_fromGuestClipboard = true;
        QGuiApplication::clipboard()->setText(text);
        m_fromGuestClipboard = false;
    });
    Graphics::attach(m_connection, m_uuid, session);
}

void ConsoleWindow::askForPassword()
{
    if (m_asking)
        return;
    m_asking = true;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("displayPasswordDialog"));
    dialog->setWindowTitle(tr("Display Password"));
    dialog->setLabelText(
        m_password.isEmpty()
            ? tr("The display of %1 is protected by a password:").arg(m_name)
            : tr("That password was not accepted. The display password of %1:").arg(m_name));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &password) { connectWithPassword(password); });
    connect(dialog, &QDialog::rejected, this, [this] { m_asking = false; });
    dialog->open();
}

void ConsoleWindow::connectWithPassword(const QString &password)
{
    m_asking = false;
    m_password = password;
    m_retries = 0;
    if (m_session)
        m_session->close();
    connectIfRunning();
}

void ConsoleWindow::sendKeys(const QList<quint32> &scancodes)
{
    if (!m_session)
        return;
    for (quint32 code : scancodes)
        m_session->sendKey(code, 0, true);
    for (auto it = scancodes.crbegin(); it != scancodes.crend(); ++it)
        m_session->sendKey(*it, 0, false);
}

bool ConsoleWindow::saveScreenshot(const QString &path) const
{
    const QImage frame = m_session ? m_session->frame() : QImage();
    return !frame.isNull() && frame.save(path, "PNG");
}

} // namespace Vireo::Ui
