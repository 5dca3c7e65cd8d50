#include "ui/console/DisplayView.h"

#include "display/Keymap.h"

#include <QCursor>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmap>
#include <QUrl>
#include <QWheelEvent>

namespace Vireo::Ui {

namespace {

constexpr quint32 kCtrlLeft = 0x1d;
constexpr quint32 kAltLeft = 0x38;
// At most one repaint every 10 ms (100 a second). A busy guest sends thousands of small
// updates a second (SPICE draws text line by line); painting each would cost a paint and an X
// round of requests apiece, where the screen shows only 60 frames anyway.
constexpr int kRepaintIntervalMs = 10;
// Past this many rectangles, one bounding rectangle is cheaper to keep and to paint.
constexpr int kMaxDirtyRects = 16;

} // namespace

DisplayView::DisplayView(QWidget *parent)
    : QWidget(parent)
    , m_resizeTimer(new QTimer(this))
    , m_repaintTimer(new QTimer(this))
{
    setAcceptDrops(true); // files dropped on the screen go into the guest (SPICE agent)
    m_repaintTimer->setSingleShot(true);
    m_repaintTimer->setTimerType(Qt::PreciseTimer);
    connect(m_repaintTimer, &QTimer::timeout, this, [this] {
        update(m_dirty);
        m_dirty = QRegion();
    });
    setObjectName(QStringLiteral("displayView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(160, 100);
    // Window resizes come in bursts: the guest is asked once they settle.
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(300);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_session && m_scaling == Scaling::ResizeGuest && m_session->canResizeGuest())
            m_session->requestGuestSize(size());
    });
}

void DisplayView::setSession(DisplaySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    setGrabbed(false);
    if (!session)
        return;
    connect(session, &DisplaySession::frameUpdated, this,
            [this](const QRect &dirty) { scheduleRepaint(toWidget(dirty)); });
    connect(session, &DisplaySession::frameResized, this, [this] {
        updateMinimumSize();
        update();
    });
    connect(session, &DisplaySession::stateChanged, this, [this](DisplaySession::State state) {
        if (state == DisplaySession::State::Disconnected)
            setGrabbed(false);
        update();
    });
    connect(session, &DisplaySession::cursorChanged, this, &DisplayView::updateCursor);
    connect(session, &DisplaySession::pointerModeChanged, this, &DisplayView::updateCursor);
    connect(session, &DisplaySession::guestResizeAvailable, this, [this](bool available) {
        if (available && m_scaling == Scaling::ResizeGuest)
            m_resizeTimer->start();
    });
    updateCursor();
    updateMinimumSize();
    update();
}

void DisplayView::scheduleRepaint(const QRect &widgetArea)
{
    m_dirty += widgetArea;
    if (m_dirty.rectCount() > kMaxDirtyRects)
        m_dirty = m_dirty.boundingRect();
    if (m_repaintTimer->isActive())
        return;
    const qint64 since = m_sincePaint.isValid() ? m_sincePaint.elapsed() : kRepaintIntervalMs;
    m_repaintTimer->start(int(qMax<qint64>(0, kRepaintIntervalMs - since)));
}

void DisplayView::setScaling(Scaling scaling)
{
    m_scaling = scaling;
    updateMinimumSize();
    if (scaling == Scaling::ResizeGuest)
        m_resizeTimer->start();
    update();
}

void DisplayView::updateMinimumSize()
{
    const QSize frame = m_session ? m_session->frameSize() : QSize();
    if (m_scaling == Scaling::OneToOne && !frame.isEmpty())
        setMinimumSize(frame);
    else
        setMinimumSize(160, 100);
}

void DisplayView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_scaling == Scaling::ResizeGuest)
        m_resizeTimer->start();
}

QRect DisplayView::frameRect() const
{
    const QSize frame = m_session ? m_session->frameSize() : QSize();
    if (frame.isEmpty())
        return {};
    if (m_scaling == Scaling::OneToOne || frame == size())
        return QRect(QPoint(0, 0), frame);
    const QSize scaled = frame.scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

QRect DisplayView::toWidget(const QRect &frameArea) const
{
    const QRect target = frameRect();
    const QSize frame = m_session ? m_session->frameSize() : QSize();
    if (target.isEmpty() || frame.isEmpty())
        return rect();
    const double sx = double(target.width()) / frame.width();
    const double sy = double(target.height()) / frame.height();
    // One pixel of margin: scaled edges round outward.
    return QRect(int(target.x() + frameArea.x() * sx) - 1, int(target.y() + frameArea.y() * sy) - 1,
                 int(frameArea.width() * sx) + 3, int(frameArea.height() * sy) + 3);
}

void DisplayView::setIdleText(const QString &text)
{
    if (text == m_idleText)
        return;
    m_idleText = text;
    if (!m_session)
        update();
}

QString DisplayView::overlayText() const
{
    if (!m_session)
        return m_idleText.isEmpty() ? tr("No display.") : m_idleText;
    switch (m_session->state()) {
    case DisplaySession::State::Idle:
    case DisplaySession::State::Connecting:
        return m_reconnecting ? tr("Reconnecting to the display...")
                              : tr("Connecting to the display...");
    case DisplaySession::State::Disconnected:
        if (m_session->passwordRefused())
            return tr("Password needed: %1").arg(m_session->disconnectReason());
        return tr("Disconnected: %1").arg(m_session->disconnectReason());
    case DisplaySession::State::Connected:
        return {};
    }
    return {};
}

void DisplayView::setReconnecting(bool reconnecting)
{
    m_reconnecting = reconnecting;
    update();
}

QString DisplayView::releaseKeysText(ReleaseKeys keys)
{
    switch (keys) {
    case ReleaseKeys::CtrlAlt:
        return tr("Ctrl+Alt");
    case ReleaseKeys::RightCtrl:
        return tr("Right Ctrl");
    case ReleaseKeys::ShiftF12:
        return tr("Shift+F12");
    }
    return {};
}

QString DisplayView::releaseHint() const
{
    return tr("Press %1 to release the keyboard and mouse.").arg(releaseKeysText(m_releaseKeys));
}

void DisplayView::paintEvent(QPaintEvent *event)
{
    m_sincePaint.start();
    QPainter p(this);
    const QRect target = frameRect();
    // Around the guest's screen: black, like a monitor's bezel.
    const QRegion outside = QRegion(event->rect()) - QRegion(target);
    for (const QRect &r : outside)
        p.fillRect(r, Qt::black);
    if (m_session && !target.isEmpty()) {
        m_session->withFrame([&](const QImage &frame) {
            if (frame.isNull())
                return;
            if (target.size() == frame.size()) {
                const QRect area = event->rect().intersected(target);
                p.drawImage(area.topLeft(), frame, area.translated(-target.topLeft()));
            } else {
                p.setRenderHint(QPainter::SmoothPixmapTransform);
                p.drawImage(target, frame);
            }
        });
    }
    const QString overlay = overlayText();
    if (!overlay.isEmpty()) {
        p.fillRect(rect(), QColor(0, 0, 0, 160));
        p.setPen(Qt::white);
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, overlay);
    }
}

void DisplayView::setGrabbed(bool grabbed)
{
    if (grabbed == m_grabbed)
        return;
    m_grabbed = grabbed;
    m_ctrlDown = m_altDown = false;
    if (grabbed) {
        grabKeyboard();
        if (m_session && !m_session->absolutePointer()) {
            grabMouse();
            m_lastPointer = rect().center();
            QCursor::setPos(mapToGlobal(m_lastPointer));
        }
    } else {
        releaseKeyboard();
        releaseMouse();
    }
    updateCursor();
    Q_EMIT grabChanged(grabbed);
}

void DisplayView::updateCursor()
{
    const bool absolute = !m_session || m_session->absolutePointer();
    if (!absolute && m_grabbed) {
        setCursor(Qt::BlankCursor); // the guest draws its own pointer
        return;
    }
    const DisplaySession::Cursor shape = m_session ? m_session->cursor() : DisplaySession::Cursor{};
    if (shape.image.isNull()) {
        unsetCursor();
        return;
    }
    // Scaled along with the screen, so the hot spot stays on what the guest points at.
    const QRect target = frameRect();
    const QSize frame = m_session->frameSize();
    const double scale
        = target.isEmpty() || frame.isEmpty() ? 1.0 : double(target.width()) / frame.width();
    QImage image = shape.image;
    QPoint hotspot = shape.hotspot;
    if (qAbs(scale - 1.0) > 0.01 && image.width() > 1) {
        image = image.scaled(image.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        hotspot = QPoint(int(hotspot.x() * scale), int(hotspot.y() * scale));
    }
    setCursor(QCursor(QPixmap::fromImage(image), hotspot.x(), hotspot.y()));
}

void DisplayView::focusOutEvent(QFocusEvent *event)
{
    // Keys held when focus leaves would stay down in the guest: let go of the modifiers.
    if (m_session && (m_ctrlDown || m_altDown)) {
        m_session->sendKey(kCtrlLeft, 0xffe3, false);
        m_session->sendKey(kAltLeft, 0xffe9, false);
    }
    m_ctrlDown = m_altDown = false;
    QWidget::focusOutEvent(event);
}

void DisplayView::sendKey(QKeyEvent *event, bool down)
{
    // The guest repeats a held key itself; the host's repeats would type it twice.
    if (event->isAutoRepeat() || releaseOn(event, down) || !m_session)
        return;
    const quint32 keysym = event->nativeVirtualKey()  ? event->nativeVirtualKey()
                           : !event->text().isEmpty() ? event->text().at(0).unicode()
                                                      : 0;
    quint32 scancode = Keymap::xtFromXkbKeycode(event->nativeScanCode());
    bool shift = false;
    if (!scancode) {
        const Keymap::GuestKey key = Keymap::fromQtKey(event->key());
        scancode = key.scancode;
        // Qt::Key_S is both 's' and 'S': the text tells which.
        const bool upper = event->text().size() == 1 && event->text().at(0).isUpper();
        shift = (key.shift || upper) && !(event->modifiers() & Qt::ShiftModifier);
    }
    if (!scancode)
        return;
    if (event->key() == Qt::Key_Control)
        m_ctrlDown = down;
    if (event->key() == Qt::Key_Alt)
        m_altDown = down;
    if (shift && down)
        m_session->sendKey(0x2a, 0xffe1, true);
    m_session->sendKey(scancode, keysym, down);
    if (shift && !down)
        m_session->sendKey(0x2a, 0xffe1, false);
    // Ctrl+Alt lets go of the grab; the guest sees both keys released again.
    if (down && m_grabbed && m_releaseKeys == ReleaseKeys::CtrlAlt && m_ctrlDown && m_altDown) {
        m_session->sendKey(kAltLeft, 0xffe9, false);
        m_session->sendKey(kCtrlLeft, 0xffe3, false);
        setGrabbed(false);
    }
}

bool DisplayView::releaseOn(const QKeyEvent *event, bool down)
{
    if (!down || !m_grabbed)
        return false;
    switch (m_releaseKeys) {
    case ReleaseKeys::CtrlAlt:
        return false; // both keys go to the guest first (sendKey)
    case ReleaseKeys::RightCtrl:
        // XK_Control_R, or its X keycode when the keysym is not told.
        if (event->key() != Qt::Key_Control
            || (event->nativeVirtualKey() != 0xffe4 && event->nativeScanCode() != 105))
            return false;
        break;
    case ReleaseKeys::ShiftF12:
        if (event->key() != Qt::Key_F12 || !(event->modifiers() & Qt::ShiftModifier))
            return false;
        if (m_session)
            m_session->sendKey(0x2a, 0xffe1, false); // the guest saw Shift pressed
        break;
    }
    setGrabbed(false);
    return true;
}

void DisplayView::keyPressEvent(QKeyEvent *event)
{
    sendKey(event, true);
}

void DisplayView::keyReleaseEvent(QKeyEvent *event)
{
    sendKey(event, false);
}

QPoint DisplayView::toGuest(const QPointF &widgetPosition) const
{
    const QRect target = frameRect();
    const QSize frame = m_session ? m_session->frameSize() : QSize();
    if (target.isEmpty() || frame.isEmpty())
        return {-1, -1};
    const QPointF p = widgetPosition - QPointF(target.topLeft());
    return {qBound(0, int(p.x() * frame.width() / target.width()), frame.width() - 1),
            qBound(0, int(p.y() * frame.height() / target.height()), frame.height() - 1)};
}

namespace {

int buttonMask(Qt::MouseButtons buttons)
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    return mask;
}

} // namespace

void DisplayView::sendPointer(QMouseEvent *event)
{
    if (!m_session || m_session->state() != DisplaySession::State::Connected)
        return;
    const int buttons = buttonMask(event->buttons());
    if (m_session->absolutePointer()) {
        const QPoint guest = toGuest(event->position());
        if (guest.x() >= 0)
            m_session->sendPointer(guest, buttons);
        return;
    }
    // A relative mouse moves only while grabbed; the host pointer is kept in the middle.
    if (!m_grabbed)
        return;
    const QPoint now = event->position().toPoint();
    const QPoint delta = now - m_lastPointer;
    m_session->sendMotion(delta, buttons);
    if (!delta.isNull()) {
        m_lastPointer = rect().center();
        QCursor::setPos(mapToGlobal(m_lastPointer));
    }
}

void DisplayView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointer(event);
}

void DisplayView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    if (!m_grabbed && m_session && m_session->state() == DisplaySession::State::Connected) {
        setGrabbed(true);
        if (!m_session->absolutePointer())
            return; // the click that grabs a relative mouse is not the guest's
    }
    sendPointer(event);
}

void DisplayView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointer(event);
}

void DisplayView::wheelEvent(QWheelEvent *event)
{
    if (!m_session || m_session->state() != DisplaySession::State::Connected)
        return;
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    const QPoint guest = toGuest(event->position());
    m_session->sendWheel(guest.x() >= 0 ? guest : QPoint(0, 0), steps,
                         buttonMask(event->buttons()));
    event->accept();
}

void DisplayView::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
}

void DisplayView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

} // namespace Vireo::Ui
