#include "create/IsoImage.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace Vireo::IsoImage {

namespace {

struct IsoText
{
    Q_DECLARE_TR_FUNCTIONS(IsoText)
};

} // namespace

bool xorriso(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("xorriso"), args);
    if (!p.waitForStarted(10000)) {
        *error = IsoText::tr("xorriso, which reads and writes ISO images, is not installed "
                             "(Debian package xorriso).");
        return false;
    }
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = IsoText::tr("xorriso failed.");
        return false;
    }
    return true;
}

bool write(const QString &label, const QList<QPair<QString, QByteArray>> &files,
           const QString &path, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = IsoText::tr("Could not make a temporary folder for %1.").arg(path);
        return false;
    }
    QStringList names;
    for (const auto &[name, contents] : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size()) {
            *error = IsoText::tr("Could not write %1 for %2.").arg(name, path);
            return false;
        }
        names << f.fileName();
    }
    QFile::remove(path);
    if (!xorriso(QStringList{QStringLiteral("-as"), QStringLiteral("mkisofs"),
                             QStringLiteral("-quiet"), QStringLiteral("-volid"), label,
                             QStringLiteral("-joliet"), QStringLiteral("-rock"),
                             QStringLiteral("-output"), path}
                     + names,
                 error)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace Vireo::IsoImage
