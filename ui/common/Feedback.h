#pragma once

#include "core/Failure.h"

class QLabel;

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

} // namespace Feedback
} // namespace Vireo::Ui
