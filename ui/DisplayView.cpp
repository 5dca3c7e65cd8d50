#include "DisplayView.h"

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

} // namespace Vireo::Ui
