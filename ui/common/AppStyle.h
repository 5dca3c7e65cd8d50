#pragma once

#include <QProxyStyle>

namespace Vireo::Ui {

/// The desktop's style, with what it lacks for Vireo: the keyboard focus shown where it would
/// not be (a list, tree or text view that has the focus after a key moved it there gets a
/// frame in the highlight colour, as a line edit does; Fusion and most styles draw nothing for
/// them, so a person using Tab cannot see that the device list or the log has the keys), and
/// the line edits' clear button drawn at any pixel ratio (the style's is 16 px only).
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit AppStyle(QStyle *base);

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

/// Puts the controls inside `container` (made later than the window around it, so at the end
/// of its Tab order) right after `before` in the Tab order, keeping their own order.
void tabAfter(QWidget *before, QWidget *container);

} // namespace Vireo::Ui
