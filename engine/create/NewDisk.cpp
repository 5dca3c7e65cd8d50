// The new machine's own disk at creation (see NewDisk.h).

#include "create/NewDisk.h"

#include "core/LibvirtError.h"
#include "core/Validation.h"
#include "storage/EncryptedVolumes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <libvirt/virterror.h>

#include <unistd.h>

namespace Vireo::Creation::detail {

namespace {

struct CreationText
{
    Q_DECLARE_TR_FUNCTIONS(CreationText)
};

constexpr quint64 kGiB = 1024ull * 1024 * 1024;

QString lastError(const QString &what)
{
    return takeLibvirtError(what).text();
}

/// The folder of the "default" pool on this kind of connection.
QString defaultPoolPath(virConnectPtr conn)
{
    char *uri = virConnectGetURI(conn);
    const bool session = isSessionUri(QString::fromUtf8(uri ? uri : ""));
    free(uri);
    if (session && getuid() != 0)
        return QDir::homePath() + QStringLiteral("/.local/share/libvirt/images");
    return QStringLiteral("/var/lib/libvirt/images");
}

} // namespace

ImageHeader readImageHeader(const QString &path)
{
    ImageHeader h;
    QFile f(path);
    if (!f.exists()) {
        h.error = CreationText::tr("The image %1 does not exist.").arg(path);
        return h;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        h.error = CreationText::tr("The image %1 cannot be read.").arg(path);
        return h;
    }
    const QByteArray head = f.read(32);
    if (head.startsWith("QFI\xfb") && head.size() >= 32) {
        h.format = QStringLiteral("qcow2");
        for (int i = 24; i < 32; ++i)
            h.bytes = (h.bytes << 8) | quint8(head.at(i));
    } else if (head.startsWith("KDMV") || head.startsWith("conectix") || head.startsWith("vhdxfile")
               || head.contains("<<< ")) {
        h.error = CreationText::tr("%1 is a VMware, Hyper-V or VirtualBox disk: import it (it is "
                                   "converted to qcow2) rather than using it as a cloud image.")
                      .arg(path);
    } else {
        h.format = QStringLiteral("raw");
        h.bytes = quint64(f.size());
    }
    return h;
}

/// The pool by name, defined, built and started when it is the missing "default" pool.
virStoragePoolPtr ensurePool(virConnectPtr conn, const QString &name, QString *error)
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, name.toUtf8().constData());
    if (!pool) {
        virResetLastError();
        if (name != QLatin1String("default")) {
            *error = CreationText::tr("There is no storage pool called '%1'.").arg(name);
            return nullptr;
        }
        const QString path = defaultPoolPath(conn);
        const QByteArray xml
            = QStringLiteral("<pool type='dir'><name>default</name><target><path>%1"
                             "</path></target></pool>")
                  .arg(path.toHtmlEscaped())
                  .toUtf8();
        pool = virStoragePoolDefineXML(conn, xml.constData(), 0);
        if (!pool) {
            *error = lastError(CreationText::tr("Could not create the default storage pool."));
            return nullptr;
        }
        if (virStoragePoolBuild(pool, 0) < 0)
            virResetLastError(); // the folder may exist already
        virStoragePoolSetAutostart(pool, 1);
    }
    if (virStoragePoolIsActive(pool) != 1 && virStoragePoolCreate(pool, 0) < 0) {
        *error = lastError(CreationText::tr("Could not start the storage pool '%1'.").arg(name));
        virStoragePoolFree(pool);
        return nullptr;
    }
    virStoragePoolRefresh(pool, 0);
    virResetLastError();
    return pool;
}

/// A volume name for a VM name: safe characters only, not yet taken in the pool.
QString freeVolumeName(virStoragePoolPtr pool, const QString &vmName)
{
    QString base = vmName;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("vm"));
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base + QStringLiteral(".qcow2")
                                         : QStringLiteral("%1-%2.qcow2").arg(base).arg(n);
        virStorageVolPtr existing = virStorageVolLookupByName(pool, candidate.toUtf8().constData());
        if (!existing) {
            virResetLastError();
            return candidate;
        }
        virStorageVolFree(existing);
    }
}

NewDisk makeDisk(virConnectPtr conn, const CreateRequest &request)
{
    NewDisk made;
    auto fail = [&made](const Failure &why) {
        made.failure = why;
        return made;
    };
    QString error;
    virStoragePoolPtr pool = ensurePool(conn, request.pool, &error);
    if (!pool)
        return fail(Failure::of(Failure::Kind::Other, error));
    // Over a cloud image: a copy-on-write layer as large as the image (or larger, when asked),
    // which holds only what the guest changes.
    const ImageHeader base
        = request.linkedFrom.isEmpty() ? ImageHeader() : readImageHeader(request.linkedFrom);
    if (!base.error.isEmpty()) {
        virStoragePoolFree(pool);
        return fail(Failure::of(Failure::Kind::Other, base.error));
    }
    const quint64 capacity = qMax(request.newDiskGiB * kGiB, base.bytes);
    virStoragePoolInfo info{};
    if (request.linkedFrom.isEmpty() && virStoragePoolGetInfo(pool, &info) == 0
        && !request.allowBeyondFreeSpace && request.newDiskGiB * kGiB > info.available) {
        virStoragePoolFree(pool);
        return fail(Failure::of(
            Failure::Kind::Other,
            CreationText::tr("The disk (%1 GiB) is larger than the free space in the pool '%2' "
                             "(%3 GiB). Confirm to create it anyway: it only grows as the guest "
                             "writes.")
                .arg(request.newDiskGiB)
                .arg(request.pool)
                .arg(double(info.available) / kGiB, 0, 'f', 1)));
    }
    const QString name = freeVolumeName(pool, request.spec.name);
    if (!request.diskPassphrase.isEmpty()) {
        QString why;
        made.volume = EncryptedVolumes::create(conn, pool, name, capacity, request.diskPassphrase,
                                               &made.secret, &why);
        virStoragePoolFree(pool);
        if (!made.volume)
            return fail(Failure::of(Failure::Kind::Other, why));
        // Kept in the keyring too when asked; if it cannot be, nothing is made (the user counts
        // on that copy).
        if (request.rememberPassphrase
            && !EncryptedVolumes::rememberPassphrase(made.secret, request.diskPassphrase, &why)) {
            virStorageVolDelete(made.volume, 0);
            virStorageVolFree(made.volume);
            made.volume = nullptr;
            EncryptedVolumes::removeSecret(conn, made.secret);
            made.secret.clear();
            return fail(Failure::of(
                Failure::Kind::Other,
                CreationText::tr("The passphrase could not be kept in the keyring."), why));
        }
    } else {
        const QString backing
            = request.linkedFrom.isEmpty()
                  ? QString()
                  : QStringLiteral("<backingStore><path>%1</path><format type='%2'/>"
                                   "</backingStore>")
                        .arg(request.linkedFrom.toHtmlEscaped(), base.format);
        const QByteArray xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2"
                                              "</capacity><target><format type='qcow2'/>"
                                              "</target>%3</volume>")
                                   .arg(name.toHtmlEscaped())
                                   .arg(capacity)
                                   .arg(backing)
                                   .toUtf8();
        made.volume = virStorageVolCreateXML(pool, xml.constData(), 0);
        virStoragePoolFree(pool);
        if (!made.volume)
            return fail(takeLibvirtError(CreationText::tr("Could not create the disk.")));
    }
    char *path = virStorageVolGetPath(made.volume);
    made.path = QString::fromUtf8(path);
    free(path);
    return made;
}

} // namespace Vireo::Creation::detail
