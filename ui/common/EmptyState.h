#pragma once

#include <QString>

class QAbstractItemView;
class QAction;

namespace Vireo::Ui {

/// What an empty list says: while `view`'s model has no rows, its viewport shows `text` in the
/// middle (what the list would hold and how it fills), with a button for `action` under it
/// when one is given (the action one click away). It goes with the first row and comes back
/// with the last one removed.
void showWhenEmpty(QAbstractItemView *view, const QString &text, QAction *action = nullptr);

} // namespace Vireo::Ui
