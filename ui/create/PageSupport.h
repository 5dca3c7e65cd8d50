#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Vireo::Ui {

// What the wizard's pages share.

/// Shared look of a page's problem line.
QLabel *makeProblemLabel(QWidget *parent);
/// Shows a problem in it, or hides it when `text` is empty.
void setProblem(QLabel *label, const QString &text);
/// True when the file starts like an ISO 9660 image ("CD001" in its first volume descriptor).
/// Reads the file: off the GUI thread only.
bool looksLikeIso(const QString &path);
/// Gives the keyboard to the page's first control Tab reaches (of a group of radio buttons, the
/// checked one), as a page shows: the focus would otherwise stay on the page before's hidden
/// control, where keys go nowhere. False when the page has none.
bool focusFirstControl(QWidget *page);

} // namespace Vireo::Ui
