#pragma once

#include "core/Failure.h"

#include <functional>

class QAbstractButton;
class QDialog;
class QLabel;

namespace Vireo {
class Operation;
}

namespace Vireo::Ui {

/// How Vireo tells the user that something failed, the same way everywhere (the window's
/// notices, the snapshots panel, the wizard): the failure's summary says what failed, in one
/// sentence, never cut out of a longer text; the detail (why, in plain words, then libvirt's own
/// message) is one click or hover away.
namespace Feedback {

QString summaryOf(const Failure &failure);
QString detailOf(const Failure &failure);

/// A label that shows an outcome inline: the summary, in the error colour, with the detail as
/// its tooltip; an empty failure clears it.
void show(QLabel *label, const Failure &failure);

/// A dialog's Apply: the button off and "Applying..." while the operation runs; then the
/// failure inline (the dialog stays, nothing lost), or done(the operation's value as text) and
/// the dialog accepted.
void applyThenAccept(QDialog *dialog, QAbstractButton *button, QLabel *message, Operation *op,
                     const std::function<void(const QString &)> &done);

} // namespace Feedback
} // namespace Vireo::Ui
