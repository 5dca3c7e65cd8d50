#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QMainWindow;
class QToolBar;

namespace Vireo::Ui {

/// A console in fullscreen gives the guest the whole screen: the toolbar and status bar hide,
/// and the toolbar comes back while the pointer is at the screen's top edge (as virt-viewer's
/// and VirtualBox's do), going again a moment after the pointer leaves it. Outside fullscreen
/// both show as before.
class FullscreenBars : public QObject
{
    Q_OBJECT
public:
    FullscreenBars(QMainWindow *window, QToolBar *bar, QWidget *screen);

    /// The toolbar shows now (fullscreen: revealed at the top edge).
    bool barShown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void pointerAt(int windowY);

    QMainWindow *m_window;
    QPointer<QToolBar> m_bar;
    bool m_fullscreen = false;
    QTimer m_hide; // the toolbar goes this long after the pointer left it
};

} // namespace Vireo::Ui
