// The desktop switching between light and dark while Vireo runs (the desktop portal's
// SettingChanged signal, on a session bus of the test's own): with the look "as the desktop"
// the palette, the notices and the graphs follow at once; with a look chosen in Preferences
// they stay. Run under tests/support/with-session-bus.sh.

#include "ui/common/Appearance.h"
#include "ui/common/NotificationArea.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QTest>

using namespace Vireo;

namespace {

/// The portal: a connection of its own to the session bus, owning the portal's name.
QDBusConnection portal()
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("portal"));
}

/// What the portal sends when the desktop's color-scheme changes (1 dark, 2 light).
bool announce(int scheme)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("SettingChanged"));
    signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
           << QVariant::fromValue(QDBusVariant(QVariant::fromValue(uint(scheme))));
    return portal().send(signal);
}

} // namespace

class TstAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run under with-session-bus.sh");
        // This process plays the portal too, on another connection: its signals come from the
        // portal's name.
        QVERIFY(portal().registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
        QVERIFY(Ui::Appearance::followDesktop());
    }

    void theLookFollowsTheDesktop()
    {
        Ui::Appearance::apply(QStringLiteral("system"));
        QVERIFY(!Ui::Appearance::isDark()); // the portal has said nothing; the palette is light
        Ui::NotificationArea notices;
        notices.showError(QStringLiteral("Could not start web01."), QString());
        notices.show();
        auto *notice = notices.findChild<QWidget *>(QStringLiteral("notice"));
        QVERIFY(notice);
        QVERIFY(notice->palette().color(QPalette::Window).lightness() > 150);

        // The desktop goes dark: the application and the notice already shown follow.
        QVERIFY(announce(1));
        QTRY_VERIFY(Ui::Appearance::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(notice->palette().color(QPalette::Window).lightness() < 100);
        // And light again.
        QVERIFY(announce(2));
        QTRY_VERIFY(!Ui::Appearance::isDark());
        QTRY_VERIFY(notice->palette().color(QPalette::Window).lightness() > 150);
    }

    void aChosenLookStays()
    {
        Ui::Appearance::apply(QStringLiteral("light"));
        QVERIFY(announce(1));
        // Dark announced and heard, light kept.
        QTRY_VERIFY(Ui::Appearance::desktopPrefersDark());
        QVERIFY(!Ui::Appearance::isDark());
        // Back to the desktop's: dark, as it said last.
        Ui::Appearance::apply(QStringLiteral("system"));
        QVERIFY(Ui::Appearance::isDark());
    }
};

QTEST_MAIN(TstAppearance)
#include "tst_appearance.moc"
