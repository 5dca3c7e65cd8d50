#pragma once

#include <QString>
#include <QStringList>

class QObject;

namespace Vireo::Plugins {

/// The root object of Vireo's plugin `name` (the file libvireo-NAME.so), loaded on first use and
/// kept for the rest of the process; null, with the reason in `error`, when there is no such
/// file or it cannot be loaded. `what` names the feature in that reason ("SPICE", "The
/// statistics history"). Safe to call from any thread.
///
/// What is a plugin, and why: the libraries a feature needs but start-up does not (SPICE, VNC,
/// SQLite, libosinfo, QCustomPlot) cost memory merely by being linked, so a program maps them
/// only when the feature is first used.
QObject *instance(const QString &name, const QString &what, QString *error = nullptr);

/// The plugin's root object cast to its interface (qobject_cast through Q_DECLARE_INTERFACE).
template<typename Interface>
Interface *load(const QString &name, const QString &what, QString *error = nullptr);

/// Where plugins are looked for, in order: $VIREO_PLUGIN_PATH (colon-separated), beside the
/// program as installed (../lib/vireo/plugins), and the build tree's plugin folder.
QStringList searchPaths();

/// Whether plugin `name` has been loaded in this process (for tests and benches: start-up must
/// not load what it does not use).
bool isLoaded(const QString &name);

} // namespace Vireo::Plugins

#include <QObject>

template<typename Interface>
Interface *Vireo::Plugins::load(const QString &name, const QString &what, QString *error)
{
    QObject *root = instance(name, what, error);
    auto *plugin = qobject_cast<Interface *>(root);
    if (root && !plugin && error)
        *error = QStringLiteral("libvireo-%1.so is not the plugin %2 needs.").arg(name, what);
    return plugin;
}
