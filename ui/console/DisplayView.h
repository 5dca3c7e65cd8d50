#pragma once

#include "display/DisplaySession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Vireo::Ui {

/// Shows one guest monitor of a DisplaySession: repaints only what changed, scales to fit the
/// widget keeping the aspect (or shows it 1:1), and says when it is connecting or why it is
/// disconnected.
class DisplayView : public QWidget
{
    Q_OBJECT
public:
    /// Fit: scaled into the widget keeping the aspect. OneToOne: guest pixels as they are, the
    /// widget as large as the guest's screen (inside a scroll area). ResizeGuest: the guest is
    /// asked to take the widget's size (where it can; fit until it does).
    enum class Scaling { FitKeepAspect, OneToOne, ResizeGuest };
    /// The keys that let go of a grab: Ctrl+Alt (virt-manager, spice-gtk), the right Ctrl key
    /// alone (VirtualBox's host key), Shift+F12 (remote-viewer's release-cursor).
    enum class ReleaseKeys { CtrlAlt, RightCtrl, ShiftF12 };

    explicit DisplayView(QWidget *parent = nullptr);

    void setSession(DisplaySession *session);
    DisplaySession *session() const { return m_session; }
    void setScaling(Scaling scaling);
    Scaling scaling() const { return m_scaling; }
    /// Where the guest's screen is drawn inside the widget.
    QRect frameRect() const;
    /// The text of the overlay (connecting, disconnected and why), empty when none shows.
    QString overlayText() const;
    /// Keyboard (and, for guests with a relative mouse, pointer) grabbed: every key goes to the
    /// guest until the release keys are pressed. A click in the view grabs.
    bool isGrabbed() const { return m_grabbed; }
    /// The session being connected replaces one that was lost: the overlay says "reconnecting".
    void setReconnecting(bool reconnecting);
    /// What the overlay says while there is no session at all (the machine is not running...).
    void setIdleText(const QString &text);
    void setGrabbed(bool grabbed);
    void setReleaseKeys(ReleaseKeys keys) { m_releaseKeys = keys; }
    ReleaseKeys releaseKeys() const { return m_releaseKeys; }
    /// The release keys as people read them ("Ctrl+Alt"), and the status bar's hint.
    static QString releaseKeysText(ReleaseKeys keys);
    QString releaseHint() const;

Q_SIGNALS:
    /// Files from this computer were dropped on the screen (to copy into the guest).
    void filesDropped(const QStringList &paths);
    void grabChanged(bool grabbed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool focusNextPrevChild(bool) override { return false; } // Tab belongs to the guest

private:
    QRect toWidget(const QRect &frameArea) const;
    void sendKey(QKeyEvent *event, bool down);
    /// Lets go of the grab when `event` completes the release keys (told to the guest as a
    /// release of what it saw pressed of them); true when the event is theirs alone.
    bool releaseOn(const QKeyEvent *event, bool down);
    void sendPointer(QMouseEvent *event);
    QPoint toGuest(const QPointF &widgetPosition) const;
    void updateCursor();
    void updateMinimumSize();

    QPointer<DisplaySession> m_session;
    Scaling m_scaling = Scaling::FitKeepAspect;
    bool m_grabbed = false;
    ReleaseKeys m_releaseKeys = ReleaseKeys::CtrlAlt;
    bool m_reconnecting = false;
    QString m_idleText;
    bool m_ctrlDown = false;
    bool m_altDown = false;
    QPoint m_lastPointer;  // relative mode: where the last motion ended
    QTimer *m_resizeTimer; // ResizeGuest: asks the guest once the widget stops changing
    // Repaints are paced like a monitor's refresh: what changed between two is painted at once.
    void scheduleRepaint(const QRect &widgetArea);
    QRegion m_dirty;
    QTimer *m_repaintTimer;
    QElapsedTimer m_sincePaint;
};

} // namespace Vireo::Ui
