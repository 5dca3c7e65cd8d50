#include "ui/library/StateIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Vireo::Ui {

namespace {

enum class Glyph { Play, Pause, Stop, Cross, Dots, Disk, Stack };

QIcon drawIcon(Glyph glyph, const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) { // up to 2x of 32
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal s = size;
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        p.setBrush(Qt::white);
        switch (glyph) {
        case Glyph::Play: {
            QPainterPath path;
            path.moveTo(s * 0.38, s * 0.28);
            path.lineTo(s * 0.74, s * 0.5);
            path.lineTo(s * 0.38, s * 0.72);
            path.closeSubpath();
            p.drawPath(path);
            break;
        }
        case Glyph::Pause:
            p.drawRect(QRectF(s * 0.32, s * 0.28, s * 0.13, s * 0.44));
            p.drawRect(QRectF(s * 0.55, s * 0.28, s * 0.13, s * 0.44));
            break;
        case Glyph::Stop:
            p.drawRect(QRectF(s * 0.31, s * 0.31, s * 0.38, s * 0.38));
            break;
        case Glyph::Cross: {
            QPen pen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap);
            p.setPen(pen);
            p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
            p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
            break;
        }
        case Glyph::Dots:
            for (int i = 0; i < 3; ++i)
                p.drawEllipse(QPointF(s * (0.3 + 0.2 * i), s * 0.5), s * 0.07, s * 0.07);
            break;
        case Glyph::Stack: // a template: an image that copies are stacked on
            for (int i = 0; i < 3; ++i)
                p.drawRoundedRect(QRectF(s * 0.27, s * (0.27 + 0.16 * i), s * 0.46, s * 0.12),
                                  s * 0.03, s * 0.03);
            break;
        case Glyph::Disk:
            p.drawRect(QRectF(s * 0.3, s * 0.3, s * 0.4, s * 0.4));
            p.setBrush(color);
            p.drawRect(QRectF(s * 0.38, s * 0.3, s * 0.24, s * 0.14));
            break;
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

const QColor kGreen(0x2e, 0x9d, 0x4f);
const QColor kAmber(0xd1, 0x8a, 0x0b);
const QColor kGrey(0x7a, 0x7f, 0x87);
const QColor kRed(0xc6, 0x2f, 0x2f);
const QColor kBlue(0x2f, 0x6f, 0xc6);
const QColor kViolet(0x7b, 0x4f, 0xb8);

} // namespace

QIcon domainStateIcon(DomainState state, int reason)
{
    static QHash<int, QIcon> cache;
    const int key = int(state) * 100 + reason;
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    QIcon icon;
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked:
        icon = drawIcon(Glyph::Play, kGreen);
        break;
    case DomainState::Paused:
    case DomainState::PmSuspended:
        icon = drawIcon(Glyph::Pause, kAmber);
        break;
    case DomainState::ShuttingDown:
        icon = drawIcon(Glyph::Dots, kAmber);
        break;
    case DomainState::Crashed:
        icon = drawIcon(Glyph::Cross, kRed);
        break;
    case DomainState::ShutOff:
        icon = reason == 3 || reason == 5 ? drawIcon(Glyph::Cross, kRed)
               : reason == 4              ? drawIcon(Glyph::Disk, kBlue)
                                          : drawIcon(Glyph::Stop, kGrey);
        break;
    case DomainState::NoState:
        icon = drawIcon(Glyph::Dots, kGrey);
        break;
    }
    cache.insert(key, icon);
    return icon;
}

QIcon templateIcon()
{
    static const QIcon icon = drawIcon(Glyph::Stack, kViolet);
    return icon;
}

QIcon connectionStateIcon(Connection::State state)
{
    switch (state) {
    case Connection::State::Connected:
        return drawIcon(Glyph::Play, kGreen);
    case Connection::State::Connecting:
    case Connection::State::Reconnecting:
        return drawIcon(Glyph::Dots, kAmber);
    case Connection::State::NotResponding:
        return drawIcon(Glyph::Pause, kAmber);
    case Connection::State::Disconnected:
        return drawIcon(Glyph::Cross, kRed);
    }
    return {};
}

} // namespace Vireo::Ui
