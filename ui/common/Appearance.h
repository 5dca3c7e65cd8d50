#pragma once

#include <QPalette>
#include <QString>

namespace Vireo::Ui::Appearance {

/// Whether the desktop prefers a dark look: the desktop portal's org.freedesktop.appearance
/// color-scheme (1 dark, 2 light) over D-Bus (Qt 6.4 has no API for it; 6.5's
/// QStyleHints::colorScheme comes later), else the lightness of the palette the application
/// started with.
bool desktopPrefersDark();

/// Applies a theme: "dark" (Fusion with a dark palette), "light" (Fusion's light palette), or
/// "system" (dark when the desktop prefers it, else the palette the application started with).
void apply(const QString &theme);

/// From now on, when the desktop switches between dark and light (its portal's SettingChanged
/// signal) and the theme applied is "system", the application follows at once. False when
/// there is no session bus to hear it on.
bool followDesktop();

/// Whether the application shows the dark palette now.
bool isDark();

/// Fusion's palette for dark desktops: text at least 4.5:1 against its background.
QPalette darkPalette();

} // namespace Vireo::Ui::Appearance
