#pragma once

#include "DisplaySession.h"

#include <QPointer>
#include <QWidget>

namespace Vireo::Ui {

/// Shows one guest monitor of a DisplaySession: repaints only what changed, scales to fit the
/// widget keeping the aspect (or shows it 1:1), and says when it is connecting or why it is
/// disconnected.
class DisplayView : public QWidget
{
    Q_OBJECT
public:
    enum class Scaling { FitKeepAspect, OneToOne };

    explicit DisplayView(QWidget *parent = nullptr);

    void setSession(DisplaySession *session);
    DisplaySession *session() const { return m_session; }
    void setScaling(Scaling scaling);
    Scaling scaling() const { return m_scaling; }
    /// Where the guest's screen is drawn inside the widget.
    QRect frameRect() const;
    /// The text of the overlay (connecting, disconnected and why), empty when none shows.
    QString overlayText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool) override { return false; } // Tab belongs to the guest

private:
    QRect toWidget(const QRect &frameArea) const;
    void sendKey(QKeyEvent *event, bool down);
    void sendPointer(QMouseEvent *event);

    QPointer<DisplaySession> m_session;
    Scaling m_scaling = Scaling::FitKeepAspect;
};

} // namespace Vireo::Ui
