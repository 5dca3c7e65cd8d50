#include "domains/DomainLifecycle.h"

#include "domains/DomainFetch.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "storage/EncryptedVolumes.h"
#include "xml/DomainXml.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QThreadPool>

#include <memory>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Lifecycle {

namespace {

/// Translation context for this file's user-visible text.
struct LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleText)
};

/// Looks the domain up and runs fn on it; every failure comes back with libvirt's words.
OpResult withDomain(virConnectPtr conn, const QString &uuid, const QString &what,
                    const std::function<int(virDomainPtr)> &fn)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom)
        return OpResult::failure(takeLibvirtError(what));
    const int rc = fn(dom);
    OpResult result = rc < 0 ? OpResult::failure(takeLibvirtError(what)) : OpResult::success();
    virDomainFree(dom);
    return result;
}

QString failureText(DomainAction action, const QString &name)
{
    switch (action) {
    case DomainAction::Start:
        return LifecycleText::tr("Could not start '%1'.").arg(name);
    case DomainAction::Shutdown:
        return LifecycleText::tr("Could not shut down '%1'.").arg(name);
    case DomainAction::Reboot:
        return LifecycleText::tr("Could not reboot '%1'.").arg(name);
    case DomainAction::ForceOff:
        return LifecycleText::tr("Could not force off '%1'.").arg(name);
    case DomainAction::Reset:
        return LifecycleText::tr("Could not reset '%1'.").arg(name);
    case DomainAction::Pause:
        return LifecycleText::tr("Could not pause '%1'.").arg(name);
    case DomainAction::Resume:
        return LifecycleText::tr("Could not resume '%1'.").arg(name);
    case DomainAction::Save:
        return LifecycleText::tr("Could not save '%1'.").arg(name);
    case DomainAction::DiscardSave:
        return LifecycleText::tr("Could not discard the saved state of '%1'.").arg(name);
    case DomainAction::Delete:
        return LifecycleText::tr("Could not delete '%1'.").arg(name);
    case DomainAction::Rename:
        return LifecycleText::tr("Could not rename '%1'.").arg(name);
    }
    return {};
}

/// The names of the domains whose lineage says they are linked instances (or the open edit) of
/// `uuid`.
QStringList linkedInstancesOf(virConnectPtr conn, const QString &uuid)
{
    QStringList names;
    for (const DomainDefinition &d : readAllDefinitions(conn))
        if (d.info.templateUuid == uuid
            && (d.info.instanceKind == QLatin1String("linked")
                || d.info.instanceKind == QLatin1String("edit")))
            names << d.info.name;
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

/// Undefines with everything that belongs to the domain; drivers that do not know some of these
/// flags get the ones they know.
int undefineEverything(virDomainPtr dom)
{
    const unsigned all = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
                         | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
    const unsigned basic
        = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
    for (unsigned flags : {all, basic, 0u}) {
        if (virDomainUndefineFlags(dom, flags) == 0)
            return 0;
        if (!lastErrorIsUnsupportedFlag())
            return -1;
        virResetLastError();
    }
    return virDomainUndefine(dom);
}

/// How far a running libvirt job is, in percent; -1 when libvirt cannot say.
int jobPercent(virDomainPtr dom)
{
    virDomainJobInfo info{};
    if (virDomainGetJobInfo(dom, &info) < 0) {
        virResetLastError();
        return -1;
    }
    if (info.type == VIR_DOMAIN_JOB_NONE)
        return -1;
    if (info.dataTotal > 0)
        return int(100 * info.dataProcessed / info.dataTotal);
    if (info.memTotal > 0)
        return int(100 * info.memProcessed / info.memTotal);
    return -1;
}

QString nameOf(Connection *c, const QString &uuid)
{
    const auto d = c->domain(uuid);
    return d ? d->name : uuid;
}

} // namespace

Operation *perform(Connection *connection, DomainAction action, const QString &uuid)
{
    const QString name = nameOf(connection, uuid);
    const QString what = failureText(action, name);
    const QString title = actionLabel(action) + QStringLiteral(" ") + name;
    if (connection->isReadOnly())
        return connection->runJob(title, [what](virConnectPtr, Operation *) {
            return OpResult::failure(what + QLatin1Char(' ')
                                     + LifecycleText::tr("The connection is read-only."));
        });
    // Saving, and restoring from a save, move the guest's memory to or from disk: they may take
    // long without the daemon being stuck. Anything else that takes seconds means trouble.
    const auto domain = connection->domain(uuid);
    const bool longRunning = action == DomainAction::Save
                             || (action == DomainAction::Start && domain && domain->hasManagedSave);
    return connection->runJob(
        title,
        [uuid, what, action](virConnectPtr conn, Operation *op) {
            OpResult r = withDomain(conn, uuid, what, [action, op](virDomainPtr dom) -> int {
                switch (action) {
                case DomainAction::Start:
                    // An encrypted disk's lost secret comes back from the user's keyring, when
                    // its passphrase was kept there.
                    EncryptedVolumes::restoreFromKeyring(dom);
                    return virDomainCreate(dom);
                case DomainAction::Shutdown:
                    if (virDomainShutdownFlags(dom, VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN) == 0)
                        return 0;
                    // Drivers without the ACPI method let the hypervisor choose how.
                    if (!lastErrorIsUnsupportedFlag())
                        return -1;
                    virResetLastError();
                    return virDomainShutdownFlags(dom, 0);
                case DomainAction::Reboot:
                    if (virDomainReboot(dom, VIR_DOMAIN_REBOOT_ACPI_POWER_BTN) == 0)
                        return 0;
                    if (!lastErrorIsUnsupportedFlag())
                        return -1;
                    virResetLastError();
                    return virDomainReboot(dom, 0);
                case DomainAction::ForceOff:
                    return virDomainDestroy(dom);
                case DomainAction::Reset:
                    return virDomainReset(dom, 0);
                case DomainAction::Pause:
                    return virDomainSuspend(dom);
                case DomainAction::Resume:
                    return virDomainResume(dom);
                case DomainAction::DiscardSave:
                    return virDomainManagedSaveRemove(dom, 0);
                case DomainAction::Save: {
                    // The save blocks the worker; aborting it and asking how far it is have to
                    // come from other threads, with their own reference to the domain.
                    virDomainRef(dom);
                    std::shared_ptr<virDomain> shared(dom,
                                                      [](virDomainPtr d) { virDomainFree(d); });
                    op->setCancelHook([shared] {
                        QThreadPool::globalInstance()->start([shared] {
                            if (virDomainAbortJob(shared.get()) < 0)
                                virResetLastError();
                        });
                    });
                    op->setProgressProbe([shared] { return jobPercent(shared.get()); });
                    const int rc = virDomainManagedSave(dom, 0);
                    op->setProgressProbe(nullptr);
                    op->setCancelHook(nullptr);
                    return rc;
                }
                case DomainAction::Delete:
                case DomainAction::Rename:
                    break;
                }
                return 0;
            });
            // A start refused for a missing disk secret is explained in words.
            if (!r.ok && action == DomainAction::Start)
                if (const QString why = EncryptedVolumes::explainStartFailure(r.why.detail);
                    !why.isEmpty()) {
                    r.why.detail = why + QLatin1Char(' ') + r.why.detail;
                    r.error = r.why.text();
                }
            return r;
        },
        {uuid}, longRunning);
}

Operation *remove(Connection *connection, const QString &uuid, const QStringList &storagePaths)
{
    const QString name = nameOf(connection, uuid);
    const QString what = failureText(DomainAction::Delete, name);
    const bool local = connection->isLocal();
    return connection->runJob(
        LifecycleText::tr("Delete %1").arg(name),
        [uuid, name, what, storagePaths, local](virConnectPtr conn, Operation *) {
            // A template whose disks linked instances stand on stays while they exist.
            if (const QStringList instances = linkedInstancesOf(conn, uuid); !instances.isEmpty())
                return OpResult::failure(
                    LifecycleText::tr("%1 is the template of linked instances: %2. They read "
                                      "its disks: delete or flatten them first.")
                        .arg(name, instances.join(QLatin1String(", "))),
                    Failure::Kind::InvalidInput);
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(what));
            if (virDomainIsActive(dom) == 1 && virDomainDestroy(dom) < 0) {
                const Failure e = takeLibvirtError(what);
                virDomainFree(dom);
                return OpResult::failure(e);
            }
            // The passphrases of encrypted disks that go: their secrets go with them.
            QHash<QString, QString> secrets;
            {
                char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
                XmlTree tree;
                if (tree.read(QString::fromUtf8(raw ? raw : ""))
                    && tree.root()->child(QStringLiteral("devices")))
                    for (const XmlElement *disk : tree.root()
                                                      ->child(QStringLiteral("devices"))
                                                      ->children(QStringLiteral("disk")))
                        if (const XmlElement *source = disk->child(QStringLiteral("source")))
                            if (const XmlElement *secret
                                = source->find(QStringLiteral("encryption/secret")))
                                secrets.insert(source->attribute(QStringLiteral("file")),
                                               secret->attribute(QStringLiteral("uuid")));
                free(raw);
            }
            if (virDomainIsPersistent(dom) == 1 && undefineEverything(dom) < 0) {
                const Failure e = takeLibvirtError(what);
                virDomainFree(dom);
                return OpResult::failure(e);
            }
            virDomainFree(dom);
            for (const QString &path : storagePaths)
                if (secrets.contains(path))
                    EncryptedVolumes::removeSecret(conn, secrets.value(path));

            QStringList problems;
            for (const QString &path : storagePaths) {
                virStorageVolPtr vol = virStorageVolLookupByPath(conn, path.toUtf8().constData());
                if (vol) {
                    if (virStorageVolDelete(vol, 0) < 0)
                        problems << takeLibvirtError(
                                        LifecycleText::tr("Could not delete %1.").arg(path))
                                        .text();
                    virStorageVolFree(vol);
                    continue;
                }
                virResetLastError();
                if (!local) {
                    problems << LifecycleText::tr(
                                    "%1 is not in a storage pool of the remote host; it was left "
                                    "in place.")
                                    .arg(path);
                } else if (QFile::exists(path) && !QFile::remove(path)) {
                    problems << LifecycleText::tr("Could not delete %1.").arg(path);
                }
            }
            if (!problems.isEmpty())
                return OpResult::failure(
                    LifecycleText::tr("'%1' was deleted, but not all of its storage:").arg(name)
                    + QLatin1Char(' ') + problems.join(QLatin1Char(' ')));
            return OpResult::success();
        },
        {uuid});
}

Operation *rename(Connection *connection, const QString &uuid, const QString &newName)
{
    const QString name = nameOf(connection, uuid);
    const QString what = failureText(DomainAction::Rename, name);
    const QString invalid = validateDomainName(newName);
    return connection->runJob(LifecycleText::tr("Rename %1").arg(name),
                              [uuid, what, invalid, newName](virConnectPtr conn, Operation *) {
                                  if (!invalid.isEmpty())
                                      return OpResult::failure(what + QLatin1Char(' ') + invalid);
                                  const QByteArray utf8 = newName.toUtf8();
                                  return withDomain(conn, uuid, what, [&utf8](virDomainPtr dom) {
                                      return virDomainRename(dom, utf8.constData(), 0);
                                  });
                              },
                              {uuid});
}

QStringList deletableStorage(const DomainInfo &domain)
{
    QStringList paths;
    for (const DiskInfo &disk : domain.disks) {
        if (disk.device == QLatin1String("disk") && !disk.source.isEmpty()
            && (disk.type == QLatin1String("file") || disk.type == QLatin1String("block")))
            paths << disk.source;
    }
    return paths;
}

} // namespace Vireo::Lifecycle
