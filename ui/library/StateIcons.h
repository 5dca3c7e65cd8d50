#pragma once

#include "core/Connection.h"
#include "domains/DomainInfo.h"

#include <QIcon>

namespace Vireo::Ui {

/// Icons drawn at run time (no icon theme or SVG plugin needed): a shape and colour per state,
/// so state reads at a glance and without colour vision (play, pause, stop, cross).
QIcon domainStateIcon(DomainState state, int reason);
QIcon connectionStateIcon(Connection::State state);
/// A template and the Templates row (a stack of layers, violet).
QIcon templateIcon();

} // namespace Vireo::Ui
