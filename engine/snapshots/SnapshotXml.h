#pragma once

#include "snapshots/SnapshotInfo.h"

namespace Vireo::Snapshots {

// Snapshot names and libvirt's snapshot XML. Pure: no libvirt call.

/// Why a snapshot name cannot be used (empty, '/', control characters, too long...), or an
/// empty string when it can.
QString validateName(const QString &name);
/// The name a snapshot gets when none is given: its time, e.g. "2026-11-29 09:41:07".
QString defaultName(const QDateTime &when = QDateTime::currentDateTime());

/// Reads libvirt's snapshot XML into an info (name, description, parent, time, state, memory,
/// external). Pure; `libvirtVersion` (major * 1000000 + minor * 1000 + micro) decides which
/// actions libvirt can do with external snapshots.
SnapshotInfo parseSnapshotXml(const QString &xml, unsigned long libvirtVersion);
/// The snapshot XML with its description replaced (or removed when empty).
QString withDescription(const QString &snapshotXml, const QString &description);

} // namespace Vireo::Snapshots
