// Keys reach the guest as PC scan codes of the physical key, whatever the host's layout.

#include "display/Keymap.h"

#include <QTest>

using namespace Vireo;

class TstKeymap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evdevToXt_data()
    {
        QTest::addColumn<quint32>("evdev");
        QTest::addColumn<quint32>("xt");
        QTest::newRow("Esc") << 1u << 0x01u;
        QTest::newRow("A") << 30u << 0x1eu;
        QTest::newRow("Enter") << 28u << 0x1cu;
        QTest::newRow("F12") << 88u << 0x58u;
        QTest::newRow("keypad Enter") << 96u << 0x11cu;
        QTest::newRow("right Ctrl") << 97u << 0x11du;
        QTest::newRow("right Alt") << 100u << 0x138u;
        QTest::newRow("Up") << 103u << 0x148u;
        QTest::newRow("Delete") << 111u << 0x153u;
        QTest::newRow("left Meta") << 125u << 0x15bu;
        QTest::newRow("unknown") << 240u << 0u;
    }
    void evdevToXt()
    {
        QFETCH(quint32, evdev);
        QFETCH(quint32, xt);
        QCOMPARE(Keymap::xtFromEvdev(evdev), xt);
        QCOMPARE(Keymap::xtFromXkbKeycode(evdev + 8), xt); // X11 and Wayland add 8
    }

    void synthesizedKeysUseTheUsLayout()
    {
        QCOMPARE(Keymap::fromQtKey(Qt::Key_E).scancode, 0x12u);
        QVERIFY(!Keymap::fromQtKey(Qt::Key_E).shift);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_Dollar).scancode, 0x05u); // Shift+4
        QVERIFY(Keymap::fromQtKey(Qt::Key_Dollar).shift);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_ParenLeft).scancode, 0x0au);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_Greater).scancode, 0x34u);
        QVERIFY(Keymap::fromQtKey(Qt::Key_Greater).shift);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_Slash).scancode, 0x35u);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_Return).scancode, 0x1cu);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_F1).scancode, 0x3bu);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_Left).scancode, 0x14bu);
        QCOMPARE(Keymap::fromQtKey(Qt::Key_unknown).scancode, 0u);
    }
};

QTEST_GUILESS_MAIN(TstKeymap)
#include "tst_keymap.moc"
