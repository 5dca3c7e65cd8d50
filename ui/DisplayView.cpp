#include "DisplayView.h"

#include "Keymap.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>

namespace Vireo::Ui {

DisplayView::DisplayView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("displayView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 100);
}

void DisplayView::setSession(DisplaySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &DisplaySession::frameUpdated, this,
            [this](const QRect &dirty) { update(toWidget(dirty)); });
    connect(session, &DisplaySession::frameResized, this, [this] { update(); });
    connect(session, &DisplaySession::stateChanged, this, [this] { update(); });
    update();
}

void DisplayView::setScaling(Scaling scaling)
{
    m_scaling = scaling;
    update();
}

QRect DisplayView::frameRect() const
{
    const QSize frame = m_session ? m_session->frameSize() : QSize();
    if (frame.isEmpty())
        return {};
    if (m_scaling == Scaling::OneToOne)
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

QString DisplayView::overlayText() const
{
    if (!m_session)
        return tr("No display.");
    switch (m_session->state()) {
    case DisplaySession::State::Idle:
    case DisplaySession::State::Connecting:
        return tr("Connecting to the display...");
    case DisplaySession::State::Disconnected:
        return tr("Disconnected: %1").arg(m_session->disconnectReason());
    case DisplaySession::State::Connected:
        return {};
    }
    return {};
}

void DisplayView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect target = frameRect();
    const QImage frame = m_session ? m_session->frame() : QImage();
    // Around the guest's screen: black, like a monitor's bezel.
    const QRegion outside = QRegion(event->rect()) - QRegion(target);
    for (const QRect &r : outside)
        p.fillRect(r, Qt::black);
    if (!frame.isNull() && !target.isEmpty()) {
        if (target.size() == frame.size()) {
            const QRect area = event->rect().intersected(target);
            p.drawImage(area.topLeft(), frame, area.translated(-target.topLeft()));
        } else {
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(target, frame);
        }
    }
    const QString overlay = overlayText();
    if (!overlay.isEmpty()) {
        p.fillRect(rect(), QColor(0, 0, 0, 160));
        p.setPen(Qt::white);
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, overlay);
    }
}

void DisplayView::sendKey(QKeyEvent *event, bool down)
{
    // The guest repeats a held key itself; the host's repeats would type it twice.
    if (!m_session || event->isAutoRepeat())
        return;
    const quint32 keysym = event->nativeVirtualKey()  ? event->nativeVirtualKey()
                           : !event->text().isEmpty() ? event->text().at(0).unicode()
                                                      : 0;
    quint32 scancode = Keymap::xtFromXkbKeycode(event->nativeScanCode());
    bool shift = false;
    if (!scancode) {
        const Keymap::GuestKey key = Keymap::fromQtKey(event->key());
        scancode = key.scancode;
        shift = key.shift && !(event->modifiers() & Qt::ShiftModifier);
    }
    if (!scancode)
        return;
    if (shift && down)
        m_session->sendKey(0x2a, 0xffe1, true);
    m_session->sendKey(scancode, keysym, down);
    if (shift && !down)
        m_session->sendKey(0x2a, 0xffe1, false);
}

void DisplayView::keyPressEvent(QKeyEvent *event)
{
    sendKey(event, true);
}

void DisplayView::keyReleaseEvent(QKeyEvent *event)
{
    sendKey(event, false);
}

void DisplayView::sendPointer(QMouseEvent *event)
{
    const QRect target = frameRect();
    const QSize frame = m_session ? m_session->frameSize() : QSize();
    if (target.isEmpty() || frame.isEmpty())
        return;
    const QPointF p = event->position() - QPointF(target.topLeft());
    const QPoint guest(
        qBound(0, int(p.x() * frame.width() / target.width()), frame.width() - 1),
        qBound(0, int(p.y() * frame.height() / target.height()), frame.height() - 1));
    int buttons = 0;
    if (event->buttons() & Qt::LeftButton)
        buttons |= 1;
    if (event->buttons() & Qt::MiddleButton)
        buttons |= 2;
    if (event->buttons() & Qt::RightButton)
        buttons |= 4;
    m_session->sendPointer(guest, buttons);
}

void DisplayView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointer(event);
}

void DisplayView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    sendPointer(event);
}

void DisplayView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointer(event);
}

} // namespace Vireo::Ui
