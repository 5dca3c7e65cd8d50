#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vireo {

class Connection;
class Operation;

/// One line of the host check: what was looked at, how it stands, and what to do about it:
/// a fix Vireo can make (fix != None), or the exact command to run where it cannot.
struct HostCheckItem
{
    enum class Status { Ok, Warning, Problem };
    enum class Fix { None, StartNetwork, StartPool, CreatePool };

    QString key; // daemon, kvm, emulation, network, pool
    Status status = Status::Ok;
    QString title;   // "libvirt daemon"
    QString detail;  // what was found, in words
    QString command; // the command that fixes it, when Vireo cannot
    Fix fix = Fix::None;
    QString fixLabel; // "Start the default network"

    bool operator==(const HostCheckItem &) const = default;
};

/// Is this host ready for virtual machines? (GNOME Boxes' troubleshooting as a list): the libvirt
/// daemon answers; KVM is usable and, if not, why (no /dev/kvm: no virtualization in the CPU,
/// firmware or nested setting, or the module not loaded; no permission and the group to join);
/// software emulation works but is slow; the default network and storage pool are there and
/// running. The library's welcome page, Help > Check This Computer and `vireo doctor` show it.
namespace HostCheck {

/// Checks the host of an open connection (value: QList<HostCheckItem>), on its worker.
Operation *run(Connection *connection);
/// The lines for a connection that could not be opened (`failure`: why): the daemon and how to
/// start it, and what can be seen of KVM on this machine without it.
QList<HostCheckItem> unreachable(const QString &uri, const QString &failure);
/// Makes the fix an item offers (value: none).
Operation *fix(Connection *connection, const HostCheckItem &item);
/// True when a line is a Problem (a warning, such as software emulation, is not).
bool hasProblem(const QList<HostCheckItem> &items);
/// A status in words for terminals and JSON: ok, warning, problem.
QString statusKey(HostCheckItem::Status status);

/// The default pool's folder for a connection: /var/lib/libvirt/images for the system one,
/// ~/.local/share/libvirt/images for a session.
QString defaultPoolPath(const QString &uri);

} // namespace HostCheck
} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::HostCheckItem)
