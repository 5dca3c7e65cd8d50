#include "ui/console/FullscreenBars.h"

#include <QEvent>
#include <QMainWindow>
#include <QMouseEvent>
#include <QStatusBar>
#include <QToolBar>

namespace Vireo::Ui {

FullscreenBars::FullscreenBars(QMainWindow *window, QToolBar *bar, QWidget *screen)
    : QObject(window)
    , m_window(window)
    , m_bar(bar)
{
    m_hide.setSingleShot(true);
    m_hide.setInterval(700);
    connect(&m_hide, &QTimer::timeout, this, [this] {
        if (m_fullscreen && m_bar)
            m_bar->hide();
    });
    window->installEventFilter(this);
    // The screen and the bar report the pointer (mouse tracking: without a button held too).
    screen->setMouseTracking(true);
    screen->installEventFilter(this);
    bar->installEventFilter(this);
}

bool FullscreenBars::barShown() const
{
    return m_bar && m_bar->isVisible();
}

bool FullscreenBars::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::WindowStateChange)
        follow();
    else if (m_fullscreen && event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        auto *widget = static_cast<QWidget *>(watched);
        pointerAt(widget->mapTo(m_window, move->position().toPoint()).y());
    } else if (m_fullscreen && watched == m_bar && event->type() == QEvent::Leave)
        m_hide.start();
    return false;
}

void FullscreenBars::follow()
{
    const bool fullscreen = m_window->isFullScreen();
    if (fullscreen == m_fullscreen)
        return;
    m_fullscreen = fullscreen;
    m_hide.stop();
    if (m_bar)
        m_bar->setVisible(!fullscreen);
    m_window->statusBar()->setVisible(!fullscreen);
}

void FullscreenBars::pointerAt(int windowY)
{
    if (!m_bar)
        return;
    // At the top edge: the bar shows. Below it (and below the bar once shown): it goes soon.
    if (windowY <= 1) {
        m_hide.stop();
        m_bar->show();
    } else if (m_bar->isVisible() && windowY > m_bar->geometry().bottom() + 8) {
        if (!m_hide.isActive())
            m_hide.start();
    } else
        m_hide.stop();
}

} // namespace Vireo::Ui
