#pragma once

#include <QtGlobal>

namespace Vireo::Keymap {

/// A key as the guest's PC keyboard sees it: an XT (set 1) scan code, 0xE0-prefixed keys with
/// 0x100 set, as SPICE and QEMU's VNC extension take it.
struct GuestKey
{
    quint32 scancode = 0; // 0: no such key
    bool shift = false;   // the key needs Shift held (a symbol typed without its modifier)
};

/// From a Linux evdev key code (the physical key, whatever the layout).
quint32 xtFromEvdev(quint32 evdev);

/// From QKeyEvent::nativeScanCode() on X11/Wayland (an XKB key code: evdev + 8).
quint32 xtFromXkbKeycode(quint32 keycode);

/// For key events that carry no native scan code (synthesized ones, as tests send): the key on
/// a US keyboard that types this Qt key, and whether it needs Shift. Real keyboard events never
/// come this way: mapping Qt keys would tie input to one layout.
GuestKey fromQtKey(int key);

} // namespace Vireo::Keymap
