#include "core/DataFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Vireo::DataFolder {

namespace {

constexpr QFile::Permissions kFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kFile = QFile::ReadOwner | QFile::WriteOwner;

/// Folders 0700 and files 0600 from `root` down.
void tighten(const QString &root)
{
    QFile::setPermissions(root, kFolder);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink())
            continue;
        QFile::setPermissions(info.filePath(), info.isDir() ? kFolder : kFile);
    }
}

} // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/vireo");
}

void prepare()
{
    const QString root = path();
    QDir().mkpath(root);
    // Earlier versions used vireo/vireo (organisation and application name both): its
    // contents move up, what is already up there is kept.
    const QString older = root + QStringLiteral("/vireo");
    if (QFileInfo(older).isDir() && !QFileInfo(older).isSymLink()) {
        const QDir from(older);
        for (const QString &entry :
             from.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            const QString to = root + QLatin1Char('/') + entry;
            if (!QFileInfo::exists(to))
                QFile::rename(from.filePath(entry), to);
        }
        QDir(older).removeRecursively();
    }
    tighten(root);
}

bool makePath(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    // Every folder from the data folder down to this one (parents mkpath just made included).
    const QString root = path();
    for (QString f = QDir::cleanPath(folder); f.startsWith(root) && f.size() >= root.size();
         f = QFileInfo(f).absolutePath()) {
        QFile::setPermissions(f, kFolder);
        if (f.size() == root.size())
            break;
    }
    return true;
}

void makePrivate(const QString &file)
{
    QFile::setPermissions(file, kFile);
}

} // namespace Vireo::DataFolder
