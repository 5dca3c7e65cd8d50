#include "ui/common/Tint.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

namespace Vireo::Ui::Tint {

namespace {

constexpr char kRole[] = "vireoTint";

struct Colors
{
    QColor background; // invalid: the palette's own
    QColor text;
};

Colors colorsOf(Role role, bool dark)
{
    switch (role) {
    case Role::ErrorText:
        return {{}, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20)};
    case Role::ErrorNotice:
        return dark ? Colors{QColor(0x4a, 0x1c, 0x1c), QColor(0xff, 0xda, 0xda)}
                    : Colors{QColor(0xfd, 0xe2, 0xe2), QColor(0x5c, 0x0b, 0x0b)};
    case Role::InfoNotice:
        return dark ? Colors{QColor(0x1c, 0x2c, 0x44), QColor(0xdb, 0xe8, 0xff)}
                    : Colors{QColor(0xe3, 0xee, 0xfb), QColor(0x0b, 0x2a, 0x5c)};
    case Role::Warning:
        return dark ? Colors{QColor(0x4a, 0x3b, 0x00), QColor(0xff, 0xf1, 0xc2)}
                    : Colors{QColor(0xff, 0xf4, 0xce), QColor(0x3d, 0x2e, 0x00)};
    }
    return {};
}

void paint(QWidget *widget, Role role)
{
    const Colors c = colorsOf(role, isDark(QApplication::palette()));
    QPalette pal = QApplication::palette(widget);
    if (c.background.isValid()) {
        widget->setAutoFillBackground(true);
        pal.setColor(QPalette::Window, c.background);
        pal.setColor(QPalette::Base, c.background);
    }
    pal.setColor(QPalette::WindowText, c.text);
    pal.setColor(QPalette::Text, c.text);
    widget->setPalette(pal);
}

/// Paints every tinted widget again when the application's palette changes (Qt tells the
/// application object; widgets with a palette of their own are not told).
class Follower : public QObject
{
public:
    static Follower *instance()
    {
        static auto *follower = new Follower(qApp);
        return follower;
    }
    void add(QWidget *widget)
    {
        if (!m_widgets.contains(widget))
            m_widgets << widget;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            m_widgets.removeAll(nullptr);
            for (const QPointer<QWidget> &w : std::as_const(m_widgets)) {
                const QVariant role = w->property(kRole);
                if (role.isValid())
                    paint(w, Role(role.toInt()));
            }
        }
        return false;
    }

private:
    explicit Follower(QObject *parent)
        : QObject(parent)
    {
        qApp->installEventFilter(this);
    }
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace

void apply(QWidget *widget, Role role)
{
    Follower::instance()->add(widget);
    widget->setProperty(kRole, int(role));
    paint(widget, role);
}

QColor textColor(Role role)
{
    return colorsOf(role, isDark(QApplication::palette())).text;
}

void clear(QWidget *widget)
{
    widget->setProperty(kRole, QVariant());
    widget->setPalette(QPalette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

} // namespace Vireo::Ui::Tint
