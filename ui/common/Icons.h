#pragma once

#include <QIcon>

namespace Vireo::Ui {

/// An action's icon: the desktop theme's (its freedesktop name) when the theme has it, else
/// Vireo's own (resources/icons/NAME.svg), which is drawn at every size and pixel ratio, so
/// that it stays crisp at 2x (QT_SCALE_FACTOR=2). The style's built-in icons are at most 32 px.
QIcon themedIcon(const QString &freedesktopName, const QString &bundled);

} // namespace Vireo::Ui
