#include "app/RememberedConnections.h"

#include <QSettings>

namespace Vireo::App {

QList<RememberedConnection> loadConnections(const QSettings &settings)
{
    QList<RememberedConnection> list;
    const QStringList uris = settings.value(QStringLiteral("connections/uris")).toStringList();
    const QStringList readOnly
        = settings.value(QStringLiteral("connections/readonly")).toStringList();
    for (const QString &uri : uris)
        list.append({uri, readOnly.contains(uri)});
    return list;
}

void saveConnections(QSettings &settings, const QList<RememberedConnection> &connections)
{
    QStringList uris;
    QStringList readOnly;
    for (const RememberedConnection &c : connections) {
        uris << c.uri;
        if (c.readOnly)
            readOnly << c.uri;
    }
    settings.setValue(QStringLiteral("connections/uris"), uris);
    settings.setValue(QStringLiteral("connections/readonly"), readOnly);
}

QString defaultConnectionUri(const QSettings &settings)
{
    const QString last = settings.value(QStringLiteral("connections/last")).toString();
    if (!last.isEmpty())
        return last;
    const QList<RememberedConnection> remembered = loadConnections(settings);
    if (!remembered.isEmpty())
        return remembered.first().uri;
    return QStringLiteral("qemu:///session");
}

} // namespace Vireo::App
