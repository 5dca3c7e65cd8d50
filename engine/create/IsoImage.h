#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Vireo::IsoImage {

/// Runs xorriso with these arguments to its end (five minutes at most); false with its
/// complaint, or with word that it is not installed.
bool xorriso(const QStringList &args, QString *error);

/// Writes an ISO 9660 image (Joliet and Rock Ridge) labelled `label` holding the files (name,
/// contents) at its root: a cloud-init seed, an express install's script disc. Any old file at
/// `path` is replaced; nothing is left there on failure. False with the reason.
bool write(const QString &label, const QList<QPair<QString, QByteArray>> &files,
           const QString &path, QString *error);

} // namespace Vireo::IsoImage
