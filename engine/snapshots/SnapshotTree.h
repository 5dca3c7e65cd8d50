#pragma once

#include "snapshots/SnapshotInfo.h"

namespace Vireo::Snapshots {

/// Fills in every snapshot's children from the parents.
void linkChildren(QList<SnapshotInfo> &snapshots);
/// Depth-first order, roots first, each parent before its children, siblings by time.
QList<SnapshotInfo> treeOrder(const QList<SnapshotInfo> &snapshots);

} // namespace Vireo::Snapshots
