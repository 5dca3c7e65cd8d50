#include "create/Import.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "create/VmCreator.h"
#include "xml/DomainDocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Import {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};

constexpr quint64 kMiB = 1024ull * 1024;

/// qemu-img's view of an image: its format, size for the guest, and bytes it takes.
struct ImageInfo
{
    QString format;
    quint64 virtualSize = 0;
    quint64 actualSize = 0;
    QString error;
};

ImageInfo imageInfo(const QString &path)
{
    ImageInfo info;
    QProcess p;
    p.start(QStringLiteral("qemu-img"),
            {QStringLiteral("info"), QStringLiteral("--output=json"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        info.error = ImportText::tr("%1 is not a disk image qemu-img can read: %2")
                         .arg(QFileInfo(path).fileName(),
                              QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return info;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    info.format = o.value(QStringLiteral("format")).toString();
    info.virtualSize = quint64(o.value(QStringLiteral("virtual-size")).toDouble());
    info.actualSize = quint64(o.value(QStringLiteral("actual-size")).toDouble());
    return info;
}

/// Runs a tool to its end on this (worker) thread. With `progress`, qemu-img's -p output
/// ("    (12.34/100%)") moves the operation from `from` to `to` percent. A cancel kills it.
bool runTool(const QString &program, const QStringList &args, Operation *op, int from, int to,
             const QString &what, QString *error)
{
    if (op && op->isCancelRequested()) { // asked before this step began
        *error = ImportText::tr("Cancelled.");
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *error = ImportText::tr("%1 is not installed.").arg(program);
        return false;
    }
    static const QRegularExpression percent(QStringLiteral("\\((\\d+(?:\\.\\d+)?)/100%\\)"));
    QByteArray out;
    while (!p.waitForFinished(200)) {
        if (op && op->isCancelRequested()) {
            p.kill();
            p.waitForFinished();
            *error = ImportText::tr("Cancelled.");
            return false;
        }
        out += p.readAllStandardOutput();
        const qsizetype cr = out.lastIndexOf('\r');
        if (op && cr >= 0) {
            QRegularExpressionMatch last;
            for (auto it = percent.globalMatch(QString::fromLatin1(out.left(cr))); it.hasNext();)
                last = it.next();
            if (last.hasMatch())
                op->reportProgress(from + int((to - from) * last.captured(1).toDouble() / 100),
                                   what);
            out = out.mid(cr + 1);
        }
    }
    if (op && op->isCancelRequested()) { // asked while it ran: the user's word stands
        *error = ImportText::tr("Cancelled.");
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = ImportText::tr("%1 failed.").arg(program);
        return false;
    }
    return true;
}

/// Checks every file an OVA's manifest lists (SHA256(...)= or SHA1(...)=).
bool checkManifest(const QString &dir, QString *error)
{
    const QStringList manifests = QDir(dir).entryList({QStringLiteral("*.mf")}, QDir::Files);
    if (manifests.isEmpty())
        return true;
    QFile mf(QDir(dir).filePath(manifests.first()));
    if (!mf.open(QIODevice::ReadOnly))
        return true;
    static const QRegularExpression line(
        QStringLiteral("^(SHA1|SHA256|SHA512)\\((.+)\\)\\s*=\\s*([0-9a-fA-F]+)\\s*$"));
    for (const QByteArray &raw : mf.readAll().split('\n')) {
        const auto m = line.match(QString::fromUtf8(raw).trimmed());
        if (!m.hasMatch())
            continue;
        const auto algorithm = m.captured(1) == QLatin1String("SHA1") ? QCryptographicHash::Sha1
                               : m.captured(1) == QLatin1String("SHA256")
                                   ? QCryptographicHash::Sha256
                                   : QCryptographicHash::Sha512;
        QFile f(QDir(dir).filePath(m.captured(2)));
        QCryptographicHash hash(algorithm);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)
            || hash.result().toHex() != m.captured(3).toLower().toLatin1()) {
            *error = ImportText::tr("The OVA is damaged or incomplete: %1 does not match its "
                                    "manifest.")
                         .arg(m.captured(2));
            return false;
        }
    }
    return true;
}

} // namespace

Kind kindOf(const QString &path, QString *diskFormat, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        if (error)
            *error = ImportText::tr("%1 does not exist.").arg(path);
        return Kind::Unknown;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ImportText::tr("%1 cannot be read.").arg(path);
        return Kind::Unknown;
    }
    const QByteArray head = f.read(1024);
    if (head.size() > 262 && head.mid(257, 5) == "ustar")
        return Kind::Ova;
    const QByteArray text = head.trimmed();
    if (text.startsWith('<')) {
        if (head.contains("Envelope"))
            return Kind::Ovf;
        if (head.contains("<domain"))
            return Kind::DomainXml;
    }
    const ImageInfo info = imageInfo(path);
    if (!info.error.isEmpty()) {
        if (error)
            *error = info.error;
        return Kind::Unknown;
    }
    if (diskFormat)
        *diskFormat = info.format;
    return Kind::DiskImage;
}

std::optional<ImportPlan> readPlan(const QString &path, QString *error)
{
    ImportPlan plan;
    const Kind kind = kindOf(path, nullptr, error);
    if (kind == Kind::Unknown)
        return std::nullopt;
    if (kind == Kind::DiskImage || kind == Kind::DomainXml) {
        plan.name = QFileInfo(path).completeBaseName();
        return plan;
    }
    QByteArray descriptor;
    if (kind == Kind::Ova) {
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xOf"), path,
                                          QStringLiteral("--wildcards"), QStringLiteral("*.ovf")});
        if (!tar.waitForFinished(60000) || tar.exitCode() != 0) {
            *error = ImportText::tr("The OVA %1 is damaged or holds no OVF descriptor.")
                         .arg(QFileInfo(path).fileName());
            return std::nullopt;
        }
        descriptor = tar.readAllStandardOutput();
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = ImportText::tr("Cannot read %1.").arg(path);
            return std::nullopt;
        }
        descriptor = f.readAll();
    }
    if (!parseOvf(descriptor, &plan, error))
        return std::nullopt;
    if (plan.name.isEmpty())
        plan.name = QFileInfo(path).completeBaseName();
    return plan;
}

Operation *importVm(Connection *connection, const ImportRequest &request)
{
    // The files are read and the disks converted on this machine, into the pool's folder.
    const bool local = isLocalUri(connection->uri());
    Operation *op = connection->runJob(
        ImportText::tr("Import %1").arg(QFileInfo(request.path).fileName()),
        [request, local](virConnectPtr conn, Operation *op) {
            if (!local)
                return OpResult::failure(
                    ImportText::tr("Imports need a connection to this machine for now "
                                   "(qemu:///system or qemu:///session)."));
            QString error;
            QString format;
            const Kind kind = kindOf(request.path, &format, &error);
            if (kind == Kind::Unknown)
                return OpResult::failure(error);

            if (kind == Kind::DomainXml) {
                QFile f(request.path);
                DomainDocument doc;
                if (!f.open(QIODevice::ReadOnly)
                    || !doc.read(QString::fromUtf8(f.readAll()), &error))
                    return OpResult::failure(
                        ImportText::tr("%1 is not a libvirt domain: %2").arg(request.path, error));
                if (virDomainPtr existing
                    = virDomainLookupByName(conn, doc.name().toUtf8().constData())) {
                    virDomainFree(existing);
                    return OpResult::failure(
                        ImportText::tr("A virtual machine called '%1' exists already.")
                            .arg(doc.name()));
                }
                virResetLastError();
                virDomainPtr dom = virDomainDefineXML(conn, doc.write().toUtf8().constData());
                if (!dom)
                    return OpResult::failure(takeLibvirtError(
                        ImportText::tr("Could not define the machine of %1.").arg(request.path)));
                char uuid[VIR_UUID_STRING_BUFLEN] = {};
                virDomainGetUUIDString(dom, uuid);
                virDomainFree(dom);
                return OpResult::success(QStringList{doc.name(), QString::fromLatin1(uuid)});
            }

            // Where the disks go, and a scratch folder beside them for an OVA's contents.
            const QString poolDir = Creation::poolDirectory(conn, request.pool, &error);
            if (poolDir.isEmpty())
                return OpResult::failure(error);
            QList<QString> made; // converted disks: removed again unless all goes well
            QString scratch;
            auto cleanUp = [&] {
                for (const QString &file : std::as_const(made))
                    QFile::remove(file);
                if (!scratch.isEmpty())
                    QDir(scratch).removeRecursively();
                if (virStoragePoolPtr pool
                    = virStoragePoolLookupByName(conn, request.pool.toUtf8().constData())) {
                    virStoragePoolRefresh(pool, 0);
                    virStoragePoolFree(pool);
                }
                virResetLastError();
            };
            auto fail = [&](const QString &why) {
                cleanUp();
                return OpResult::failure(why);
            };

            ImportPlan plan;
            QStringList sources;
            if (kind == Kind::DiskImage) {
                plan.name = QFileInfo(request.path).completeBaseName();
                sources << request.path;
            } else {
                QString folder = QFileInfo(request.path).absolutePath();
                QString descriptor = request.path;
                if (kind == Kind::Ova) {
                    op->reportProgress(
                        2, ImportText::tr("Unpacking %1").arg(QFileInfo(request.path).fileName()));
                    scratch = poolDir + QStringLiteral("/.vireo-import-")
                              + QString::number(QCoreApplication::applicationPid())
                              + QLatin1Char('-') + QString::number(quintptr(op), 16);
                    QDir().mkpath(scratch);
                    if (!runTool(
                            QStringLiteral("tar"),
                            {QStringLiteral("-xf"), request.path, QStringLiteral("-C"), scratch},
                            op, 2, 10, ImportText::tr("Unpacking"), &error))
                        return fail(ImportText::tr("The OVA %1 is damaged or incomplete: %2")
                                        .arg(QFileInfo(request.path).fileName(), error));
                    const QStringList ovfs
                        = QDir(scratch).entryList({QStringLiteral("*.ovf")}, QDir::Files);
                    if (ovfs.isEmpty())
                        return fail(ImportText::tr("The OVA %1 holds no OVF descriptor.")
                                        .arg(QFileInfo(request.path).fileName()));
                    folder = scratch;
                    descriptor = QDir(scratch).filePath(ovfs.first());
                    if (!checkManifest(scratch, &error))
                        return fail(error);
                }
                QFile f(descriptor);
                if (!f.open(QIODevice::ReadOnly) || !parseOvf(f.readAll(), &plan, &error))
                    return fail(error);
                for (const QString &file : std::as_const(plan.diskFiles)) {
                    const QString path = QDir(folder).filePath(file);
                    if (!QFile::exists(path))
                        return fail(
                            ImportText::tr("The disk %1 the OVF names is missing.").arg(file));
                    sources << path;
                }
            }
            if (!request.name.isEmpty())
                plan.name = request.name;
            if (const QString bad = validateDomainName(plan.name); !bad.isEmpty())
                return fail(bad);
            if (virDomainPtr existing
                = virDomainLookupByName(conn, plan.name.toUtf8().constData())) {
                virDomainFree(existing);
                return fail(
                    ImportText::tr("A virtual machine called '%1' exists already.").arg(plan.name));
            }
            virResetLastError();

            // Room for the converted disks, checked before any is written.
            QList<ImageInfo> infos;
            quint64 needed = 0;
            for (const QString &source : std::as_const(sources)) {
                const ImageInfo info = imageInfo(source);
                if (!info.error.isEmpty())
                    return fail(info.error);
                const QString suffix = QFileInfo(source).suffix().toLower();
                static const QHash<QString, QString> formatOfSuffix{
                    {QStringLiteral("vmdk"), QStringLiteral("vmdk")},
                    {QStringLiteral("vdi"), QStringLiteral("vdi")},
                    {QStringLiteral("vhd"), QStringLiteral("vpc")},
                    {QStringLiteral("vhdx"), QStringLiteral("vhdx")},
                    {QStringLiteral("qcow2"), QStringLiteral("qcow2")}};
                if (formatOfSuffix.contains(suffix) && formatOfSuffix.value(suffix) != info.format)
                    return fail(
                        ImportText::tr("%1 says it is %2 but holds a %3 image.")
                            .arg(QFileInfo(source).fileName(), suffix.toUpper(), info.format));
                infos << info;
                needed += info.actualSize;
            }
            if (virStoragePoolPtr pool
                = virStoragePoolLookupByName(conn, request.pool.toUtf8().constData())) {
                virStoragePoolRefresh(pool, 0);
                virStoragePoolInfo poolInfo{};
                const bool known = virStoragePoolGetInfo(pool, &poolInfo) == 0;
                virStoragePoolFree(pool);
                if (known && needed > poolInfo.available)
                    return fail(
                        ImportText::tr("The pool '%1' has %2 MiB free; the disks need about "
                                       "%3 MiB.")
                            .arg(request.pool)
                            .arg(poolInfo.available / kMiB)
                            .arg(needed / kMiB));
            }
            virResetLastError();

            // Each disk to qcow2, progress by the bytes each holds.
            VmSpec spec = request.hardware;
            spec.name = plan.name;
            spec.vcpus = plan.vcpus;
            spec.memoryMiB = plan.memoryMiB;
            spec.firmware = plan.uefi ? Firmware::Uefi : Firmware::Bios;
            spec.disks.clear();
            spec.bootFromCdrom = false;
            if (plan.windows) {
                spec.virtioDevices = false; // Windows has no virtio drivers until installed
                spec.guestAgent = false;
                spec.localtimeClock = true;
            }
            if (kind != Kind::DiskImage) {
                // The OVF's NICs, on the network the wizard chose (or user mode / none).
                const QList<VmNic> chosen = spec.nics;
                spec.nics.clear();
                for (int i = 0; i < plan.nics && !chosen.isEmpty(); ++i) {
                    VmNic nic = chosen.first();
                    nic.model = plan.windows ? QStringLiteral("e1000e") : QStringLiteral("virtio");
                    spec.nics << nic;
                }
                if (plan.nics > 0 && chosen.isEmpty())
                    plan.notices << ImportText::tr("The OVF asks for %n network card(s); the "
                                                   "machine gets none, as chosen.",
                                                   nullptr, plan.nics);
            }
            for (const VmNic &nic : std::as_const(spec.nics)) {
                if (nic.kind == VmNic::Kind::Network
                    && !Creation::ensureNetwork(conn, nic.source, &error))
                    return fail(error);
            }
            quint64 done = 0;
            const quint64 total = qMax<quint64>(1, needed);
            for (qsizetype i = 0; i < sources.size(); ++i) {
                const QString target = poolDir + QLatin1Char('/') + plan.name
                                       + (i == 0 ? QString() : QStringLiteral("-%1").arg(i + 1))
                                       + QStringLiteral(".qcow2");
                if (QFile::exists(target))
                    return fail(ImportText::tr("%1 exists already in the pool.").arg(target));
                const int from = 10 + int(80 * done / total);
                done += infos.at(i).actualSize;
                const int to = 10 + int(80 * done / total);
                made << target;
                if (!runTool(
                        QStringLiteral("qemu-img"),
                        {QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-O"),
                         QStringLiteral("qcow2"), sources.at(i), target},
                        op, from, to,
                        ImportText::tr("Converting %1").arg(QFileInfo(sources.at(i)).fileName()),
                        &error))
                    return fail(error == ImportText::tr("Cancelled.")
                                    ? ImportText::tr("The import was cancelled; what was "
                                                     "converted is removed.")
                                    : ImportText::tr("Could not convert %1: %2")
                                          .arg(QFileInfo(sources.at(i)).fileName(), error));
                VmDisk disk;
                disk.path = target;
                disk.bus = spec.virtioDevices ? QStringLiteral("virtio") : QStringLiteral("sata");
                spec.disks << disk;
            }
            op->reportProgress(92, ImportText::tr("Defining the machine"));
            virDomainPtr dom = virDomainDefineXML(conn, writeDomainXml(spec).toUtf8().constData());
            if (!dom)
                return fail(
                    takeLibvirtError(ImportText::tr("Could not define '%1'.").arg(plan.name))
                        .text());
            char uuid[VIR_UUID_STRING_BUFLEN] = {};
            virDomainGetUUIDString(dom, uuid);
            if (request.start && virDomainCreate(dom) < 0) {
                const QString why
                    = takeLibvirtError(ImportText::tr("Could not start '%1'.").arg(plan.name))
                          .text();
                virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_NVRAM);
                virDomainFree(dom);
                return fail(why);
            }
            virDomainFree(dom);
            made.clear(); // they are the machine's now
            cleanUp();    // the scratch folder; the pool learns of the new disks
            return OpResult::success(QStringList{plan.name, QString::fromLatin1(uuid)}
                                     + plan.notices);
        },
        {}, true);
    op->setCancelHook([] {}); // the job looks at isCancelRequested() while it unpacks, converts
    return op;
}

Operation *exportOva(Connection *connection, const QString &uuid, const QString &ovaPath)
{
    const bool local = isLocalUri(connection->uri());
    return connection->runJob(
        ImportText::tr("Export %1").arg(QFileInfo(ovaPath).fileName()),
        [uuid, ovaPath, local](virConnectPtr conn, Operation *op) {
            if (!local)
                return OpResult::failure(
                    ImportText::tr("Exports need a connection to this machine for now."));
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(
                    takeLibvirtError(ImportText::tr("The machine is not there.")));
            char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
            virDomainFree(dom);
            DomainDocument doc;
            const bool ok = xml && doc.read(QString::fromUtf8(xml));
            free(xml);
            if (!ok)
                return OpResult::failure(
                    ImportText::tr("Could not read the machine's definition."));
            ImportPlan plan;
            plan.name = doc.name();
            plan.vcpus = doc.currentVcpus();
            plan.memoryMiB = doc.memoryKiB() / 1024;
            plan.uefi = doc.firmware() == QLatin1String("efi");
            plan.nics = int(doc.interfaces().size());
            QStringList sources;
            for (const DomainDocument::Disk &d : doc.disks()) {
                if (d.device != QLatin1String("disk"))
                    continue;
                if (d.type != QLatin1String("file") || !QFile::exists(d.source))
                    return OpResult::failure(ImportText::tr("The disk %1 is not a file on this "
                                                            "host: only local files are exported.")
                                                 .arg(d.target));
                sources << d.source;
            }
            if (sources.isEmpty())
                return OpResult::failure(ImportText::tr("The machine has no disk to export."));
            const QString scratch = ovaPath + QStringLiteral(".parts");
            QDir(scratch).removeRecursively();
            QDir().mkpath(scratch);
            auto fail = [&](const QString &why) {
                QDir(scratch).removeRecursively();
                QFile::remove(ovaPath);
                return OpResult::failure(why);
            };
            QList<quint64> capacities;
            QString error;
            for (qsizetype i = 0; i < sources.size(); ++i) {
                const QString file = QStringLiteral("%1-disk%2.vmdk").arg(plan.name).arg(i + 1);
                const ImageInfo info = imageInfo(sources.at(i));
                if (!info.error.isEmpty())
                    return fail(info.error);
                capacities << info.virtualSize;
                plan.diskFiles << file;
                if (!runTool(
                        QStringLiteral("qemu-img"),
                        {QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-O"),
                         QStringLiteral("vmdk"), QStringLiteral("-o"),
                         QStringLiteral("subformat=streamOptimized"), sources.at(i),
                         QDir(scratch).filePath(file)},
                        op, int(90 * i / sources.size()), int(90 * (i + 1) / sources.size()),
                        ImportText::tr("Converting %1").arg(QFileInfo(sources.at(i)).fileName()),
                        &error))
                    return fail(error);
            }
            const QString ovf = plan.name + QStringLiteral(".ovf");
            QFile descriptor(QDir(scratch).filePath(ovf));
            if (!descriptor.open(QIODevice::WriteOnly)
                || descriptor.write(writeOvf(plan, capacities)) < 0)
                return fail(ImportText::tr("Could not write %1.").arg(descriptor.fileName()));
            descriptor.close();
            // The manifest: every file's SHA-256, so that a damaged copy is refused on import.
            const QString mf = plan.name + QStringLiteral(".mf");
            QFile manifest(QDir(scratch).filePath(mf));
            if (!manifest.open(QIODevice::WriteOnly))
                return fail(ImportText::tr("Could not write %1.").arg(manifest.fileName()));
            for (const QString &file : QStringList{ovf} + plan.diskFiles) {
                QFile f(QDir(scratch).filePath(file));
                QCryptographicHash hash(QCryptographicHash::Sha256);
                if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
                    return fail(ImportText::tr("Could not read %1.").arg(file));
                manifest.write(QStringLiteral("SHA256(%1)= %2\n")
                                   .arg(file, QString::fromLatin1(hash.result().toHex()))
                                   .toUtf8());
            }
            manifest.close();
            op->reportProgress(92, ImportText::tr("Packing %1").arg(QFileInfo(ovaPath).fileName()));
            // The descriptor first, as the OVF specification wants of an OVA.
            if (!runTool(QStringLiteral("tar"),
                         QStringList{QStringLiteral("--format=ustar"), QStringLiteral("-cf"),
                                     ovaPath, QStringLiteral("-C"), scratch, ovf}
                             + plan.diskFiles + QStringList{mf},
                         op, 92, 99, QString(), &error))
                return fail(error);
            QDir(scratch).removeRecursively();
            return OpResult::success(ovaPath);
        },
        {}, true);
}

} // namespace Vireo::Import
