#include "display/Keymap.h"

#include <QHash>

namespace Vireo::Keymap {

quint32 xtFromEvdev(quint32 evdev)
{
    // evdev codes 1..88 are the XT set 1 codes of the same keys, except the keypad and
    // navigation keys that XT reaches through the 0xE0 prefix.
    switch (evdev) {
    case 96:
        return 0x11c; // keypad Enter
    case 97:
        return 0x11d; // right Ctrl
    case 98:
        return 0x135; // keypad /
    case 99:
        return 0x137; // SysRq / PrintScreen
    case 100:
        return 0x138; // right Alt
    case 102:
        return 0x147; // Home
    case 103:
        return 0x148; // Up
    case 104:
        return 0x149; // Page Up
    case 105:
        return 0x14b; // Left
    case 106:
        return 0x14d; // Right
    case 107:
        return 0x14f; // End
    case 108:
        return 0x150; // Down
    case 109:
        return 0x151; // Page Down
    case 110:
        return 0x152; // Insert
    case 111:
        return 0x153; // Delete
    case 119:
        return 0x145; // Pause
    case 125:
        return 0x15b; // left Meta
    case 126:
        return 0x15c; // right Meta
    case 127:
        return 0x15d; // Menu
    default:
        return evdev >= 1 && evdev <= 88 ? evdev : 0;
    }
}

quint32 xtFromXkbKeycode(quint32 keycode)
{
    return keycode > 8 ? xtFromEvdev(keycode - 8) : 0;
}

GuestKey fromQtKey(int key)
{
    // US layout: the key that types each character, and whether Shift is needed for it.
    static const QHash<int, GuestKey> keys = [] {
        QHash<int, GuestKey> k;
        const char *rows[] = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'`", "\\zxcvbnm,./"};
        const char *shifted[] = {"!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"~", "|ZXCVBNM<>?"};
        const quint32 first[] = {0x02, 0x10, 0x1e, 0x2b};
        for (int r = 0; r < 4; ++r) {
            for (int i = 0; rows[r][i]; ++i) {
                const quint32 code = first[r] + quint32(i);
                const QChar plain = QLatin1Char(rows[r][i]);
                const QChar upper = QLatin1Char(shifted[r][i]);
                // Qt keys for letters are the upper-case code; for symbols the character.
                if (plain.isLetter()) {
                    k.insert(plain.toUpper().unicode(), {code, false});
                } else {
                    k.insert(plain.unicode(), {code, false});
                    k.insert(upper.unicode(), {code, true});
                }
            }
        }
        k.insert(Qt::Key_Escape, {0x01, false});
        k.insert(Qt::Key_Backspace, {0x0e, false});
        k.insert(Qt::Key_Tab, {0x0f, false});
        k.insert(Qt::Key_Return, {0x1c, false});
        k.insert(Qt::Key_Enter, {0x11c, false});
        k.insert(Qt::Key_Space, {0x39, false});
        k.insert(Qt::Key_Control, {0x1d, false});
        k.insert(Qt::Key_Shift, {0x2a, false});
        k.insert(Qt::Key_Alt, {0x38, false});
        k.insert(Qt::Key_Up, {0x148, false});
        k.insert(Qt::Key_Down, {0x150, false});
        k.insert(Qt::Key_Left, {0x14b, false});
        k.insert(Qt::Key_Right, {0x14d, false});
        k.insert(Qt::Key_Home, {0x147, false});
        k.insert(Qt::Key_End, {0x14f, false});
        k.insert(Qt::Key_Delete, {0x153, false});
        for (int f = 0; f < 10; ++f)
            k.insert(Qt::Key_F1 + f, {0x3b + quint32(f), false});
        k.insert(Qt::Key_F11, {0x57, false});
        k.insert(Qt::Key_F12, {0x58, false});
        return k;
    }();
    return keys.value(key);
}

} // namespace Vireo::Keymap
