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

} // namespace Vireo::Ui
