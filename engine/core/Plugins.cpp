#include "core/Plugins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPluginLoader>

namespace Vireo::Plugins {

namespace {

struct PluginText
{
    Q_DECLARE_TR_FUNCTIONS(PluginText)
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QObject *> &loaded()
{
    static QHash<QString, QObject *> plugins;
    return plugins;
}

} // namespace

QStringList searchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("VIREO_PLUGIN_PATH");
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(QCoreApplication::applicationDirPath()
                                 + QStringLiteral("/../lib/vireo/plugins"));
#ifdef VIREO_BUILD_PLUGIN_DIR
    paths << QStringLiteral(VIREO_BUILD_PLUGIN_DIR);
#endif
    return paths;
}

QObject *instance(const QString &name, const QString &what, QString *error)
{
    QMutexLocker lock(&mutex());
    if (QObject *root = loaded().value(name))
        return root;
    const QString file = QStringLiteral("libvireo-%1.so").arg(name);
    QStringList tried;
    for (const QString &dir : searchPaths()) {
        const QString path = dir + QLatin1Char('/') + file;
        if (!QFileInfo::exists(path))
            continue;
        QPluginLoader loader(path);
        if (QObject *root = loader.instance()) {
            loaded().insert(name, root);
            return root;
        }
        tried << (path + QStringLiteral(": ") + loader.errorString());
    }
    if (error)
        *error = tried.isEmpty() ? PluginText::tr("Vireo's %1 support is not installed (%2 in %3).")
                                       .arg(what, file, searchPaths().join(QStringLiteral(", ")))
                                 : PluginText::tr("Vireo's %1 support could not be loaded: %2")
                                       .arg(what, tried.join(QStringLiteral("; ")));
    return nullptr;
}

bool isLoaded(const QString &name)
{
    QMutexLocker lock(&mutex());
    return loaded().contains(name);
}

} // namespace Vireo::Plugins
