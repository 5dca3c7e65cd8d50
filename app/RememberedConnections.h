#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace Vireo::App {

struct RememberedConnection
{
    QString uri;
    bool readOnly = false;
};

/// The connections added from the UI, kept in the settings so they open again next time.
QList<RememberedConnection> loadConnections(const QSettings &settings);
void saveConnections(QSettings &settings, const QList<RememberedConnection> &connections);

} // namespace Vireo::App
