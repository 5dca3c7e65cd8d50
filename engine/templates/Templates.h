#pragma once

#include "templates/Lineage.h"

#include <QString>
#include <QStringList>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

class Connection;
class Operation;

/// A copy of a VM: full (every writable disk copied through its pool, like virt-clone) or
/// linked (each writable disk a new qcow2 overlay on the source's, in the same pool; the source
/// becomes a template, since its disks must not change under the overlays from then on).
struct CloneRequest
{
    enum class Kind { Full, Linked };
    QString sourceUuid;
    QString name;
    Kind kind = Kind::Full;
    QStringList sharedDisks; // targets the copy shares with the source instead of copying
    bool start = false;

    static QString kindName(Kind kind);
};

/// Templates (read-only images) and the instances made from them, and clones of any VM. Each
/// call is an Operation on the connection's long lane; the source must be shut off; a failure
/// leaves nothing made (volumes, copied firmware state and definitions are removed again).
namespace Templates {

/// Value: the new VM's UUID. Refused (nothing made) for a running source, a taken or invalid
/// name, or (full) not enough room in a pool.
Operation *clone(Connection *connection, const CloneRequest &request);
/// Marks a shut-off VM as a template: its disks become read-only in its definition and it can
/// no longer be started (ActionRules says why).
Operation *make(Connection *connection, const QString &uuid);
/// Makes a template an ordinary VM again; refused while instances exist (naming them).
Operation *unmake(Connection *connection, const QString &uuid);
/// The template's instances (value: QList<InstanceInfo>); lineage lost from an instance's
/// metadata is rebuilt from its disks' backing files and written back.
Operation *instances(Connection *connection, const QString &uuid);
/// `count` instances of a template at once, named from `pattern` ("web-{n}": the first free
/// numbers; without {n}, "-{n}" is added when count > 1), optionally started. Value: their names.
Operation *newInstances(Connection *connection, const QString &templateUuid, int count,
                        const QString &pattern, CloneRequest::Kind kind, bool start);

/// Makes an instance independent of its template: each overlay takes in the data it read from
/// the template: while it runs, through QEMU (virDomainBlockPull, its end told by the block
/// job's event); shut off, with `qemu-img rebase -b ""` (a local connection). Progress by
/// percent; its lineage says "full" from then on. Value: how many disks were flattened.
Operation *flatten(Connection *connection, const QString &uuid);
/// The template's lineage: its disks and its instances with theirs, each disk with its backing
/// chain and the space each image takes (value: LineageTree).
Operation *lineage(Connection *connection, const QString &templateUuid);
/// A new template, `name`, made from the VM as it was in one of its (internal) snapshots: its
/// definition then and its disks read out of the snapshot (qemu-img, a local connection). The
/// VM itself is not touched and may run meanwhile. Value: the template's UUID.
Operation *fromSnapshot(Connection *connection, const QString &vmUuid, const QString &snapshot,
                        const QString &name);

/// Edit a template: a temporary writable instance, TEMPLATE-edit (linked, lineage kind "edit"),
/// optionally started, which the user changes and shuts down; endEdit() then commits its
/// overlays back into the template's disks (`save`, qemu-img commit; a local connection) or
/// throws them away, and removes it. Refused while linked instances stand on the template
/// (naming them), and no instance is made while an edit is open. Value: the edit VM's UUID
/// (beginEdit), its name (endEdit).
Operation *beginEdit(Connection *connection, const QString &templateUuid, bool start);
Operation *endEdit(Connection *connection, const QString &templateUuid, bool save);
/// Why no linked copy (instance, disposable run) may stand on the template now: an edit is
/// open, or its disks were written behind Vireo's back; empty when one may. Blocking: asked
/// once per operation, before its copies are made. `templateXml`: its definition.
QString linkedRefusal(virConnectPtr conn, const QString &templateUuid, const QString &templateXml);

/// The names `pattern` gives `count` new instances, skipping `taken`.
QStringList instanceNames(const QString &pattern, int count, const QStringList &taken);

} // namespace Templates
} // namespace Vireo
