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

/// The URI used when none is given: the last one used (in the window or a command), else the
/// first remembered connection, else qemu:///session (for root, libvirt's own session daemon).
/// The window and every terminal command share it.
QString defaultConnectionUri(const QSettings &settings);

} // namespace Vireo::App
