#include "snapshots/SnapshotThumbnails.h"

#include "core/DataFolder.h"
#include "domains/Screenshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace Vireo::Snapshots {

namespace {

QString hexName(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

} // namespace

QString thumbnailPath(const QString &uuid, const QString &name)
{
    return QStringLiteral("%1/snapshots/%2/%3.png").arg(DataFolder::path(), uuid, hexName(name));
}

void removeThumbnail(const QString &uuid, const QString &name)
{
    QFile::remove(thumbnailPath(uuid, name));
}

void saveThumbnail(virConnectPtr conn, virDomainPtr dom, const QString &uuid, const QString &name)
{
    const QImage image = domainScreenshot(conn, dom);
    if (image.isNull())
        return; // no display, or none yet: no thumbnail, no error
    const QString path = thumbnailPath(uuid, name);
    DataFolder::makePath(QFileInfo(path).absolutePath());
    if (image.scaled(160, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(path, "PNG"))
        DataFolder::makePrivate(path);
}

} // namespace Vireo::Snapshots
