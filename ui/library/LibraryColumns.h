#pragma once

class QTreeView;

namespace Vireo::Ui {

/// The library's columns as a first start shows them: the name with room for 30 characters,
/// state, operating system and CPU graph (a sparkline); the address, vCPUs and memory (also in Details) can
/// be shown from the header's context menu. The header's state (widths, order, what is
/// shown) is kept with the window's. Returns the width the shown columns need.
int setUpLibraryColumns(QTreeView *view);

} // namespace Vireo::Ui
