#include "ui/common/Appearance.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QStyle>
#include <QStyleFactory>

#include "ui/common/AppStyle.h"

#include <optional>

namespace Vireo::Ui::Appearance {

namespace {

struct Started
{
    QString style;
    QPalette palette;
};

/// The style and palette the application had before any theme was applied.
const Started &started()
{
    static const Started s{QApplication::style() ? QApplication::style()->name() : QString(),
                           QApplication::palette()};
    return s;
}

std::optional<int> portalColorScheme()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // A portal answers at once; none at all must not hold the window up.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 300);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    QVariant v = reply.arguments().first();
    while (v.canConvert<QDBusVariant>() && v.userType() == qMetaTypeId<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    bool ok = false;
    const int scheme = v.toInt(&ok);
    return ok ? std::optional<int>(scheme) : std::nullopt;
}

bool g_dark = false;
QString g_theme;                // the last theme applied
std::optional<int> g_signalled; // the desktop's color-scheme as its portal last announced it

/// Hears the portal announce a new color-scheme (the desktop switched to dark or light).
class DesktopWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    void settingChanged(const QString &group, const QString &key, const QDBusVariant &value)
    {
        if (group != QLatin1String("org.freedesktop.appearance")
            || key != QLatin1String("color-scheme"))
            return;
        QVariant v = value.variant();
        while (v.userType() == qMetaTypeId<QDBusVariant>())
            v = v.value<QDBusVariant>().variant();
        bool ok = false;
        const int scheme = v.toInt(&ok);
        if (!ok)
            return;
        g_signalled = scheme;
        if (g_theme == QLatin1String("system"))
            apply(g_theme); // the look follows the desktop at once
    }
};

} // namespace

bool desktopPrefersDark()
{
    // What the portal last announced, else what it says when asked (0: no preference).
    if (const auto scheme = g_signalled ? g_signalled : portalColorScheme(); scheme && *scheme != 0)
        return *scheme == 1;
    return started().palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(232, 232, 232);
    const QColor disabled(128, 128, 128), highlight(36, 98, 180);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 120, 120));
    p.setColor(QPalette::Light, QColor(75, 75, 78));
    p.setColor(QPalette::Midlight, QColor(62, 62, 65));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(120, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

void apply(const QString &theme)
{
    const Started &s = started();
    const bool dark = theme == QLatin1String("dark")
                      || (theme == QLatin1String("system") && desktopPrefersDark());
    // The style in use, wrapped so that the keyboard focus shows everywhere (AppStyle).
    const QString style = dark || theme == QLatin1String("light") || s.style.isEmpty()
                              ? QStringLiteral("Fusion")
                              : s.style;
    const auto *current = qobject_cast<AppStyle *>(QApplication::style());
    if (!current || current->baseStyle()->name().compare(style, Qt::CaseInsensitive) != 0)
        if (QStyle *base = QStyleFactory::create(style))
            QApplication::setStyle(new AppStyle(base));
    if (dark || theme == QLatin1String("light"))
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    else
        QApplication::setPalette(s.palette);
    g_dark = dark;
    g_theme = theme;
}

bool followDesktop()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    static auto *watcher = new DesktopWatcher(qApp);
    qRegisterMetaType<QDBusVariant>(); // else QtDBus finds no slot taking one (Qt 6.4)
    return bus.connect(QStringLiteral("org.freedesktop.portal.Desktop"),
                       QStringLiteral("/org/freedesktop/portal/desktop"),
                       QStringLiteral("org.freedesktop.portal.Settings"),
                       QStringLiteral("SettingChanged"), watcher,
                       "1settingChanged(QString,QString,QDBusVariant)"); // SLOT(), unspaced
}

bool isDark()
{
    return g_dark;
}

} // namespace Vireo::Ui::Appearance

#include "Appearance.moc"
