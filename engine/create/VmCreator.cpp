#include "create/VmCreator.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "create/ExpressInstall.h"
#include "create/FirstRun.h"
#include "create/InstallMedia.h"
#include "create/NewDisk.h"
#include "create/OsDatabase.h"
#include "storage/EncryptedVolumes.h"
#include "storage/PathAccess.h"
#include "xml/DomainDocument.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct CreationText
{
    Q_DECLARE_TR_FUNCTIONS(CreationText)
};

/// Puts the install image into the new machine's (empty) CD-ROM drive for this run.
Failure insertInstallImage(virDomainPtr dom, const QString &image)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    DomainDocument doc;
    if (xml)
        doc.read(QString::fromUtf8(xml));
    free(xml);
    virResetLastError();
    for (const DomainDocument::Disk &d : doc.disks()) {
        if (d.device == QLatin1String("cdrom") && d.source.isEmpty())
            return InstallMedia::insertForThisRun(dom, d.target, image);
    }
    return Failure::of(Failure::Kind::Other,
                       CreationText::tr("The new machine has no CD-ROM drive for %1.").arg(image));
}

/// Whether this host can run KVM guests: libvirt has domain capabilities for the kvm type.
bool kvmUsable(virConnectPtr conn)
{
    char *caps = virConnectGetDomainCapabilities(conn, nullptr, "x86_64", nullptr, "kvm", 0);
    const bool usable = caps != nullptr;
    free(caps);
    virResetLastError();
    return usable;
}

QString lastError(const QString &what)
{
    return takeLibvirtError(what).text();
}

using Creation::detail::ensurePool;
using Creation::detail::freeVolumeName;
using Creation::detail::ImageHeader;
using Creation::detail::readImageHeader;

} // namespace

quint64 recommendedDiskGiB(const OsInfo *os)
{
    if (os && os->recommendedStorageGiB > 0)
        return os->recommendedStorageGiB;
    return 20;
}

VmSpec recommendedSpec(const OsInfo *os, const HostCapacity &host, bool systemConnection)
{
    VmSpec s;
    s.osId = os ? os->id : QString();
    quint64 memory = os && os->recommendedMemoryMiB ? os->recommendedMemoryMiB : 2048;
    if (os && memory < os->minimumMemoryMiB)
        memory = os->minimumMemoryMiB;
    if (host.memoryMiB > 0) // leave the host room to breathe
        memory = qMin(memory, qMax<quint64>(256, host.memoryMiB / 2));
    s.memoryMiB = memory;
    const int cpus = os && os->recommendedVcpus > 0 ? os->recommendedVcpus : 2;
    s.vcpus = qMax(1, qMin(cpus, host.cpus));
    if (os && os->needsSecureBootAndTpm)
        s.firmware = Firmware::UefiSecureBoot;
    else if (os && os->needsUefi)
        s.firmware = Firmware::Uefi;
    s.tpm = os && os->needsSecureBootAndTpm;
    s.virtioDevices = !os || os->virtioDisk;
    s.guestAgent = s.virtioDevices;
    s.localtimeClock = os && os->isWindows();
    s.emulated = !host.kvmUsable;
    // Sound and USB redirection as virt-manager gives a desktop machine: Intel HD Audio (ICH9 on
    // q35, ICH6 on pc) and two channels for the client's USB devices.
    s.sound = soundModelFor(s.machine);
    s.usbRedirChannels = 2;
    s.webdavChannel = true; // folders shared through the console, as GNOME Boxes does
    VmNic nic;
    nic.kind = systemConnection ? VmNic::Kind::Network : VmNic::Kind::User;
    nic.source = systemConnection ? QStringLiteral("default") : QString();
    nic.model = !os || os->virtioNet ? QStringLiteral("virtio") : QStringLiteral("e1000e");
    s.nics = {nic};
    return s;
}

QString validateCreateRequest(const CreateRequest &r, const HostCapacity &host)
{
    const QString name = validateDomainName(r.spec.name);
    if (!name.isEmpty())
        return name;
    if (r.spec.memoryMiB == 0)
        return CreationText::tr("A virtual machine needs some memory.");
    if (host.memoryMiB > 0 && r.spec.memoryMiB > host.memoryMiB)
        return CreationText::tr("%1 MiB of memory is more than this host has (%2 MiB).")
            .arg(r.spec.memoryMiB)
            .arg(host.memoryMiB);
    if (r.spec.vcpus < 1)
        return CreationText::tr("A virtual machine needs at least one vCPU.");
    if (host.cpus > 0 && r.spec.vcpus > host.cpus)
        return CreationText::tr("%1 vCPUs are more than this host has (%2).")
            .arg(r.spec.vcpus)
            .arg(host.cpus);
    if (!r.linkedFrom.isEmpty()) {
        const ImageHeader image = readImageHeader(r.linkedFrom);
        if (!image.error.isEmpty())
            return image.error;
    }
    if (r.cloudInit) {
        if (!r.start)
            return CreationText::tr("A machine set up by cloud-init starts at once: its first "
                                    "boot is when the settings are applied.");
        if (const QString bad = CloudInit::validate(*r.cloudInit); !bad.isEmpty())
            return bad;
    }
    return {};
}

namespace Creation {

/// The folder of a storage pool (created when missing); empty with the reason when it has none.
QString poolDirectory(virConnectPtr conn, const QString &name, QString *error)
{
    virStoragePoolPtr pool = ensurePool(conn, name, error);
    if (!pool)
        return {};
    char *xml = virStoragePoolGetXMLDesc(pool, 0);
    virStoragePoolFree(pool);
    XmlTree tree;
    const bool ok = xml && tree.read(QString::fromUtf8(xml));
    free(xml);
    const XmlElement *path = ok ? tree.root()->find(QStringLiteral("target/path")) : nullptr;
    if (!path || path->text().isEmpty()) {
        *error = CreationText::tr("The storage pool '%1' has no folder for the cloud-init seed.")
                     .arg(name);
        return {};
    }
    return path->text().trimmed();
}

Operation *readHostCapacity(Connection *connection)
{
    return connection->runJob(
        CreationText::tr("Read the host's capacity"), [](virConnectPtr conn, Operation *) {
            virNodeInfo node{};
            if (virNodeGetInfo(conn, &node) < 0)
                return OpResult::failure(
                    lastError(CreationText::tr("Could not read the host's capacity.")));
            HostCapacity host;
            host.cpus = int(node.cpus);
            host.memoryMiB = node.memory / 1024;
            host.kvmUsable = kvmUsable(conn);
            host.architectures = hostArchitectures(conn, &host.armMissing);
            return OpResult::success(QVariant::fromValue(host));
        });
}

Operation *readPoolFreeSpace(Connection *connection, const QString &poolName)
{
    return connection->runJob(CreationText::tr("Read free space"), [poolName](virConnectPtr conn,
                                                                              Operation *) {
        virStoragePoolPtr pool = virStoragePoolLookupByName(conn, poolName.toUtf8().constData());
        if (!pool) {
            virResetLastError();
            return OpResult::success();
        }
        virStoragePoolRefresh(pool, 0);
        virStoragePoolInfo info{};
        const int rc = virStoragePoolGetInfo(pool, &info);
        virStoragePoolFree(pool);
        virResetLastError();
        return rc == 0 ? OpResult::success(QVariant::fromValue(quint64(info.available)))
                       : OpResult::success();
    });
}

Operation *create(Connection *connection, const CreateRequest &request)
{
    // Seeds and copies are written as files in the pool's folder, which is this machine's only
    // on a local connection.
    const bool local = isLocalUri(connection->uri());
    const bool systemConnection = connection->uri().startsWith(QLatin1String("qemu:///system"));
    return connection->runJob(
        CreationText::tr("Create %1").arg(request.spec.name),
        [request, local, systemConnection](virConnectPtr conn, Operation *op) {
            if (!local
                && (request.cloudInit || request.unattended || !request.copyDiskFrom.isEmpty()))
                return OpResult::failure(
                    CreationText::tr("Cloud images, express installs and copied disk images need "
                                     "a connection to this machine for now (qemu:///system or "
                                     "qemu:///session)."));
            if (request.unattended && request.spec.arch != QLatin1String("x86_64"))
                return OpResult::failure(
                    CreationText::tr("Express installs are for x86-64 machines for now: the "
                                     "installer asks its questions in the console."));
            if (request.unattended && !request.start)
                return OpResult::failure(
                    CreationText::tr("An express install runs when the machine starts: it "
                                     "cannot be made without starting it."));
            const QString name = request.spec.name;
            const QString invalid = validateDomainName(name);
            if (!invalid.isEmpty())
                return OpResult::failure(invalid);
            if (virDomainPtr existing = virDomainLookupByName(conn, name.toUtf8().constData())) {
                virDomainFree(existing);
                return OpResult::failure(
                    CreationText::tr("A virtual machine called '%1' exists already.").arg(name));
            }
            virResetLastError();

            // QEMU on the system connection runs as its own user: a file in a private home
            // folder is out of its reach although libvirt gives it the file itself.
            if (local && systemConnection) {
                QStringList files;
                for (const VmDisk &d : request.spec.disks)
                    if (!d.path.isEmpty() && d.path != request.copyDiskFrom)
                        files << d.path;
                if (!request.linkedFrom.isEmpty())
                    files << request.linkedFrom;
                const QString user = PathAccess::qemuUser();
                for (const QString &file : std::as_const(files)) {
                    const QStringList blocked = PathAccess::blockedFolders(file, user);
                    if (blocked.isEmpty())
                        continue;
                    if (!request.grantQemuAccess)
                        return OpResult::failure(
                            Failure::of(Failure::Kind::NeedsConfirmation,
                                        CreationText::tr("QEMU cannot reach %1.").arg(file),
                                        PathAccess::explain(file, blocked, user)));
                    QString error;
                    if (!PathAccess::grantSearch(blocked, user, &error))
                        return OpResult::failure(error);
                }
            }

            if (!request.diskPassphrase.isEmpty()
                && (request.newDiskGiB == 0 || !request.linkedFrom.isEmpty()))
                return OpResult::failure(
                    CreationText::tr("Only a new empty disk can be encrypted: not a cloud "
                                     "image's layer or a copied disk image."),
                    Failure::Kind::InvalidInput);

            VmSpec spec = request.spec;
            virStorageVolPtr volume = nullptr;
            QString secret; // the encrypted disk's passphrase, as a libvirt secret
            // Whatever went wrong after the volume was made: the volume (and secret) go again.
            auto dropVolume = [&volume, &secret, conn] {
                if (volume) {
                    virStorageVolDelete(volume, 0);
                    virStorageVolFree(volume);
                    virResetLastError();
                    volume = nullptr;
                }
                if (!secret.isEmpty())
                    EncryptedVolumes::removeSecret(conn, secret);
                secret.clear();
            };

            for (const VmNic &nic : spec.nics) {
                QString error;
                if (nic.kind == VmNic::Kind::Network && !ensureNetwork(conn, nic.source, &error))
                    return OpResult::failure(error);
            }

            QString copiedFile; // a copied disk image goes again on failure, like a new volume
            auto dropCopy = [&copiedFile, conn, &request] {
                if (copiedFile.isEmpty())
                    return;
                QFile::remove(copiedFile);
                if (virStoragePoolPtr pool
                    = virStoragePoolLookupByName(conn, request.pool.toUtf8().constData())) {
                    virStoragePoolRefresh(pool, 0);
                    virStoragePoolFree(pool);
                }
                virResetLastError();
                copiedFile.clear();
            };
            if (!request.copyDiskFrom.isEmpty()) {
                op->reportProgress(10, CreationText::tr("Copying the disk image"));
                QString error;
                virStoragePoolPtr pool = ensurePool(conn, request.pool, &error);
                if (!pool)
                    return OpResult::failure(error);
                char *poolXml = virStoragePoolGetXMLDesc(pool, 0);
                const QString text = QString::fromUtf8(poolXml ? poolXml : "");
                free(poolXml);
                static const QRegularExpression pathRe(
                    QStringLiteral("<target>\\s*<path>([^<]+)</path>"));
                const QString dir = pathRe.match(text).captured(1);
                const QFileInfo from(request.copyDiskFrom);
                const QString target
                    = dir + QLatin1Char('/')
                      + freeVolumeName(pool, name).replace(QStringLiteral(".qcow2"), QString())
                      + QLatin1Char('.')
                      + (from.suffix().isEmpty() ? QStringLiteral("img") : from.suffix());
                if (dir.isEmpty() || !QFile::copy(request.copyDiskFrom, target)) {
                    virStoragePoolFree(pool);
                    return OpResult::failure(
                        CreationText::tr("Could not copy %1 into the storage pool.")
                            .arg(request.copyDiskFrom));
                }
                copiedFile = target;
                virStoragePoolRefresh(pool, 0);
                virStoragePoolFree(pool);
                for (VmDisk &d : spec.disks) {
                    if (d.device == VmDisk::Device::Disk && d.path == request.copyDiskFrom)
                        d.path = target;
                }
            }

            if (request.newDiskGiB > 0 || !request.linkedFrom.isEmpty()) {
                op->reportProgress(10, CreationText::tr("Creating the disk"));
                detail::NewDisk made = detail::makeDisk(conn, request);
                if (!made.ok()) {
                    dropCopy();
                    return OpResult::failure(made.failure);
                }
                volume = made.volume;
                secret = made.secret;
                VmDisk disk;
                disk.encryptionSecret = secret;
                disk.path = made.path;
                disk.bus = spec.virtioDevices ? QStringLiteral("virtio") : QStringLiteral("sata");
                spec.disks.prepend(disk);
            }

            // The install image goes in for the first run only: the stored drive stays empty.
            QString installImage;
            if (request.start && spec.bootFromCdrom && !request.keepInstallMedia) {
                for (VmDisk &d : spec.disks) {
                    if (d.device == VmDisk::Device::Cdrom && !d.path.isEmpty()) {
                        installImage = d.path;
                        d.path.clear();
                        break;
                    }
                }
            }

            // First-run files (a cloud-init seed, an express install's media): in the definition
            // the machine starts with, and out of the one stored for later runs as soon as it
            // runs (the files go once the machine stopped: FirstRun::Janitor).
            QStringList firstRunFiles;
            auto dropSeed = [&firstRunFiles] {
                for (const QString &f : std::as_const(firstRunFiles))
                    QFile::remove(f);
            };
            VmSpec firstRun = spec;
            if (request.cloudInit || request.unattended) {
                QString error;
                const QString dir = poolDirectory(conn, request.pool, &error);
                if (dir.isEmpty()) {
                    dropVolume();
                    dropCopy();
                    return OpResult::failure(error);
                }
                if (request.cloudInit) {
                    op->reportProgress(50, CreationText::tr("Writing the cloud-init settings"));
                    const QString seedPath
                        = dir + QLatin1Char('/') + name + QStringLiteral("-cidata.iso");
                    if (!CloudInit::writeSeed(*request.cloudInit,
                                              QUuid::createUuid().toString(QUuid::WithoutBraces),
                                              seedPath, &error)) {
                        dropVolume();
                        dropCopy();
                        return OpResult::failure(error);
                    }
                    firstRunFiles << seedPath;
                    VmDisk seed;
                    seed.path = seedPath;
                    seed.format = QStringLiteral("raw");
                    seed.bus = QStringLiteral("virtio");
                    seed.readOnly = true;
                    firstRun.disks.append(seed);
                }
                if (request.unattended) {
                    op->reportProgress(50, CreationText::tr("Preparing the express install"));
                    QString image = installImage;
                    for (const VmDisk &d : std::as_const(spec.disks)) {
                        if (image.isEmpty() && d.device == VmDisk::Device::Cdrom)
                            image = d.path;
                    }
                    if (image.isEmpty()
                        || !ExpressInstall::prepareRun(*request.unattended, image,
                                                       request.extraKernelArgs, dir, name, firstRun,
                                                       firstRunFiles, &error)) {
                        dropVolume();
                        dropCopy();
                        dropSeed();
                        return OpResult::failure(
                            image.isEmpty() ? CreationText::tr("An express install needs the "
                                                               "OS's install image.")
                                            : error);
                    }
                }
            }

            op->reportProgress(60, CreationText::tr("Defining the machine"));
            const QByteArray domainXml = writeDomainXml(firstRun).toUtf8();
            virDomainPtr dom = virDomainDefineXML(conn, domainXml.constData());
            if (!dom) {
                const Failure error
                    = takeLibvirtError(CreationText::tr("Could not define '%1'.").arg(name));
                dropVolume();
                dropCopy();
                dropSeed();
                return OpResult::failure(error);
            }
            char uuid[VIR_UUID_STRING_BUFLEN] = {};
            virDomainGetUUIDString(dom, uuid);

            if (request.start) {
                op->reportProgress(80, CreationText::tr("Starting the machine"));
                // Paused until the install image is in, so the firmware finds it at once.
                Failure error;
                if (virDomainCreateWithFlags(dom,
                                             installImage.isEmpty() ? 0 : VIR_DOMAIN_START_PAUSED)
                    < 0)
                    error = takeLibvirtError(CreationText::tr("Could not start '%1'.").arg(name));
                if (!error.failed() && !firstRunFiles.isEmpty())
                    error
                        = FirstRun::storeDefinition(conn, spec, QString::fromLatin1(uuid),
                                                    firstRunFiles, request.unattended.has_value());
                if (!error.failed() && !installImage.isEmpty()) {
                    error = insertInstallImage(dom, installImage);
                    if (!error.failed() && virDomainResume(dom) < 0)
                        error
                            = takeLibvirtError(CreationText::tr("Could not start '%1'.").arg(name));
                    if (error.failed()) {
                        virDomainDestroy(dom);
                        virResetLastError();
                    }
                }
                if (error.failed()) {
                    // Decided by what the host can do, not by the words of the error.
                    const bool kvm = !spec.emulated && !kvmUsable(conn);
                    virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_NVRAM
                                                    | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
                    virDomainFree(dom);
                    virResetLastError();
                    dropVolume();
                    dropCopy();
                    dropSeed();
                    if (kvm) {
                        error.kind = Failure::Kind::KvmUnavailable;
                        error.detail += QLatin1Char(' ')
                                        + CreationText::tr("KVM could not be used; software "
                                                           "emulation works without it (slower).");
                    }
                    return OpResult::failure(error);
                }
            }
            virDomainFree(dom);
            if (volume)
                virStorageVolFree(volume);
            return OpResult::success(QString::fromLatin1(uuid));
        },
        {}, true);
}

} // namespace Creation
} // namespace Vireo
