#include "ConsoleWindow.h"

#include "Connection.h"
#include "DisplayView.h"
#include "GraphicsChannel.h"
#include "Operation.h"
#include "VncSession.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <unistd.h>

namespace Vireo::Ui {

ConsoleWindow::ConsoleWindow(Connection *connection, const QString &uuid, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_view(new DisplayView(this))
{
    setObjectName(QStringLiteral("consoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const auto domain = connection->domain(uuid);
    setWindowTitle(tr("%1 — Vireo console").arg(domain ? domain->name : uuid));
    setCentralWidget(m_view);
    resize(760, 480);
    buildToolBar();
    // The VM starting again (after a stop, a crash, a restore) brings the screen back.
    connect(connection, &Connection::domainChanged, this, [this](const DomainInfo &d) {
        if (d.uuid == m_uuid)
            connectIfRunning();
    });
    connectIfRunning();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Console"));
    bar->setMovable(false);
    auto *keys = new QMenu(tr("Send Key"), this);
    keys->addAction(tr("Ctrl+Alt+Del"), this, [this] { sendKeys({0x1d, 0x38, 0x153}); });
    for (int f = 1; f <= 12; ++f) {
        const quint32 code = f <= 10 ? 0x3a + quint32(f) : (f == 11 ? 0x57 : 0x58);
        keys->addAction(tr("Ctrl+Alt+F%1").arg(f), this, [this, code] {
            sendKeys({0x1d, 0x38, code});
        });
    }
    keys->addAction(tr("PrintScreen"), this, [this] { sendKeys({0x137}); });
    keys->addAction(tr("Alt+SysRq"), this, [this] { sendKeys({0x38, 0x137}); });
    auto *sendKey = new QToolButton(bar);
    sendKey->setText(tr("Send Key"));
    sendKey->setMenu(keys);
    sendKey->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(sendKey);
    QAction *fit = bar->addAction(tr("Fit to Window"));
    fit->setCheckable(true);
    fit->setChecked(true);
    connect(fit, &QAction::toggled, this, [this](bool on) {
        m_view->setScaling(on ? DisplayView::Scaling::FitKeepAspect
                              : DisplayView::Scaling::OneToOne);
    });
    QAction *full = bar->addAction(tr("Fullscreen"));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    connect(full, &QAction::triggered, this,
            [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    QAction *shot = bar->addAction(tr("Screenshot..."));
    connect(shot, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), QString(),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            saveScreenshot(path);
    });
}

void ConsoleWindow::connectIfRunning()
{
    if (!m_connection || m_opening)
        return;
    const auto domain = m_connection->domain(m_uuid);
    if (!domain || !domain->isActive())
        return;
    if (m_session && m_session->state() != DisplaySession::State::Disconnected)
        return;
    const bool vnc
        = !domain->graphics.isEmpty() && domain->graphics.first().type == QLatin1String("vnc");
    if (!vnc)
        return; // SPICE consoles come with the SPICE session (issue 4, next step)
    m_opening = true;
    Operation *op = Graphics::openFd(m_connection, m_uuid);
    connect(op, &Operation::finished, this, [this, op](bool ok) {
        m_opening = false;
        if (!ok)
            return;
        auto *session = new VncSession(this);
        if (m_session)
            m_session->deleteLater();
        m_session = session;
        m_view->setSession(session);
        connect(session, &DisplaySession::stateChanged, this,
                [this, session](DisplaySession::State state) {
                    if (state == DisplaySession::State::Connected)
                        m_retries = 0;
                    // Dropped while the machine still runs (a mode switch during boot can confuse
                    // the protocol): connect again, a few times, a moment later.
                    if (state == DisplaySession::State::Disconnected && session == m_session
                        && m_retries < 5) {
                        ++m_retries;
                        QTimer::singleShot(500, this, &ConsoleWindow::connectIfRunning);
                    }
                });
        session->open(op->value().toInt());
    });
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
