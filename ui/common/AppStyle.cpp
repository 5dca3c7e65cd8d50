#include "ui/common/AppStyle.h"

#include "ui/common/Icons.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QStyleOption>

namespace Vireo::Ui {

namespace {

bool framedView(const QWidget *widget)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(widget);
    return area && area->frameShape() != QFrame::NoFrame && area->focusPolicy() != Qt::NoFocus;
}

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Only once the keyboard moved the focus (State_KeyboardFocusChange), as styles do for
    // buttons: a click does not need to be shown where it went.
    if (element != CE_ShapedFrame || !(option->state & State_HasFocus)
        || !(option->state & State_KeyboardFocusChange) || !framedView(widget))
        return;
    painter->save();
    painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                             const QWidget *widget) const
{
    if (icon == SP_LineEditClearButton)
        return themedIcon(QStringLiteral("edit-clear"), QStringLiteral("vm-clear"));
    return QProxyStyle::standardIcon(icon, option, widget);
}

void AppStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (qobject_cast<QAbstractScrollArea *>(widget))
        widget->installEventFilter(this);
}

void AppStyle::unpolish(QWidget *widget)
{
    if (qobject_cast<QAbstractScrollArea *>(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool AppStyle::eventFilter(QObject *watched, QEvent *event)
{
    // The frame is outside the viewport, which is all a view repaints when the focus changes.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        static_cast<QWidget *>(watched)->update();
    return QProxyStyle::eventFilter(watched, event);
}

void tabAfter(QWidget *before, QWidget *container)
{
    QWidgetList inside;
    for (QWidget *w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain())
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !inside.contains(w))
            inside << w;
    QWidget *previous = before;
    for (QWidget *w : inside) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace Vireo::Ui
