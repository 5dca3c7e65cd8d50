#pragma once

class QColor;
class QPalette;
class QWidget;

namespace Vireo::Ui::Tint {

/// The colours Vireo adds to the desktop's: an error's text, an error or information notice,
/// a warning strip (the connection banner, pending hardware changes).
enum class Role { ErrorText, ErrorNotice, InfoNotice, Warning };

/// Gives `widget` the role's colours for the application's palette, light or dark (text at
/// least 4.5:1 against its background either way), and again whenever the application's
/// palette changes (a dark desktop, Preferences' look), so no colour stays light on dark.
void apply(QWidget *widget, Role role);
/// The role's text colour for the application's palette now (for what is not a widget: a
/// list item's text).
QColor textColor(Role role);
/// Back to the palette's own colours.
void clear(QWidget *widget);
/// The palette is a dark one (its window darker than its text).
bool isDark(const QPalette &palette);

} // namespace Vireo::Ui::Tint
