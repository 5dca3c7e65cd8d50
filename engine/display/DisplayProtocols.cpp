#include "display/DisplayProtocols.h"

#include "display/DisplaySession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPluginLoader>

namespace Vireo::DisplayProtocols {

namespace {

struct PluginText
{
    Q_DECLARE_TR_FUNCTIONS(PluginText)
};

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

DisplaySession *create(const QString &protocol, QObject *parent, QString *error)
{
    // Loaded once; QPluginLoader keeps the library for the rest of the process.
    static QHash<QString, DisplayProtocolPlugin *> loaded;
    DisplayProtocolPlugin *plugin = loaded.value(protocol);
    QStringList tried;
    if (!plugin) {
        const QString file = QStringLiteral("libvireo-%1.so").arg(protocol);
        for (const QString &dir : searchPaths()) {
            const QString path = dir + QLatin1Char('/') + file;
            if (!QFileInfo::exists(path))
                continue;
            QPluginLoader loader(path);
            plugin = qobject_cast<DisplayProtocolPlugin *>(loader.instance());
            if (plugin && plugin->protocol() == protocol) {
                loaded.insert(protocol, plugin);
                break;
            }
            tried << (path + QStringLiteral(": ") + loader.errorString());
            plugin = nullptr;
        }
    }
    if (!plugin) {
        if (error)
            *error
                = tried.isEmpty()
                      ? PluginText::tr("Vireo's %1 support is not installed (%2 in %3).")
                            .arg(protocol.toUpper(), QStringLiteral("libvireo-%1.so").arg(protocol),
                                 searchPaths().join(QStringLiteral(", ")))
                      : PluginText::tr("Vireo's %1 support could not be loaded: %2")
                            .arg(protocol.toUpper(), tried.join(QStringLiteral("; ")));
        return nullptr;
    }
    return plugin->createSession(parent);
}

} // namespace Vireo::DisplayProtocols
