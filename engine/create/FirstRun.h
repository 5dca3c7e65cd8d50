#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/Failure.h"

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

class Connection;
struct DomainInfo;
struct VmSpec;

/// A new VM's first run, when it differs from every later one: a cloud-init seed attached, or an
/// express install booting the installer's kernel with the install script. The machine starts
/// with the first-run definition; the stored one (what later runs use) is written at once after,
/// and its metadata remembers the first run's files until the Janitor has removed them.
namespace FirstRun {

/// Stores `spec` as the definition of the (running) machine `uuid`, remembering `files` in its
/// metadata; `install` marks an express install's run, which the guest ends by rebooting.
/// Blocking: the connection's worker.
Failure storeDefinition(virConnectPtr conn, VmSpec spec, const QString &uuid,
                        const QStringList &files, bool install);

/// Removes the first-run files of VMs that have stopped: the files, and the metadata that
/// remembered them. A VM that stops while Vireo is closed has them removed the next time Vireo
/// lists it. When an install run ends by the guest's own doing (the installer reboots: the
/// install definition stops instead), the machine is started again from its stored definition,
/// which boots the installed disk, as virt-install does. One per connection.
class Janitor : public QObject
{
    Q_OBJECT
public:
    explicit Janitor(Connection *connection);

Q_SIGNALS:
    /// A first run's files were removed (for tests and the log); `restarted` when the install
    /// went on to boot the installed system.
    void removed(const QString &uuid, const QStringList &paths, bool restarted);

private:
    void consider(const DomainInfo &domain, bool seenStopping);

    QPointer<Connection> m_connection;
    QSet<QString> m_inFlight;
};

} // namespace FirstRun
} // namespace Vireo
