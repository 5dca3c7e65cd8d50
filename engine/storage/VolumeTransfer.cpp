#include "storage/VolumeSupport.h"
#include "storage/Volumes.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Volumes {

namespace {

struct TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)
};

// What virStreamSendAll (virsh) sends per message: the remote protocol's legacy payload size.
const qint64 kChunk = 262120;

/// Reports progress by bytes moved: once per percent, so a fast local copy reports as well.
class ByteProgress
{
public:
    ByteProgress(Operation *op, const QString &verb, const QString &name, quint64 total)
        : m_op(op)
        , m_verb(verb)
        , m_name(name)
        , m_total(qMax<quint64>(total, 1))
    {
    }
    void moved(quint64 bytes)
    {
        m_done += bytes;
        const int percent = int(qMin<quint64>(100, m_done * 100 / m_total));
        if (percent == m_last)
            return;
        m_last = percent;
        m_op->reportProgress(percent, TransferText::tr("%1 %2: %3 of %4 MiB")
                                          .arg(m_verb, m_name)
                                          .arg(m_done >> 20)
                                          .arg(m_total >> 20));
    }
    quint64 done() const { return m_done; }

private:
    Operation *m_op;
    QString m_verb;
    QString m_name;
    quint64 m_total;
    quint64 m_done = 0;
    int m_last = -1;
};

/// Streams `file` into `vol` from its start; an empty string when all of it arrived, else why
/// not (cancelled, the file unreadable, the daemon gone).
QString sendFile(virConnectPtr conn, virStorageVolPtr vol, QFile &file, const QString &name,
                 Operation *op)
{
    const quint64 size = quint64(file.size());
    virStreamPtr stream = virStreamNew(conn, 0);
    if (!stream || virStorageVolUpload(vol, stream, 0, size, 0) < 0) {
        const Failure why = takeLibvirtError(TransferText::tr("Could not upload to %1.").arg(name));
        if (stream)
            virStreamFree(stream);
        return why.text();
    }
    ByteProgress progress(op, TransferText::tr("Uploading"), name, size);
    // virStreamSendAll, as virsh vol-upload does: libvirt sizes the messages and keeps its own
    // buffer; the source reads the file, reports progress and stops on Cancel.
    struct Source
    {
        QFile *file;
        Operation *op;
        ByteProgress *progress;
        QString failure;
    } source{&file, op, &progress, {}};
    const auto read = [](virStreamPtr, char *data, size_t nbytes, void *opaque) -> int {
        auto *s = static_cast<Source *>(opaque);
        if (s->op->isCancelRequested()) {
            s->failure = TransferText::tr("The upload was cancelled.");
            return -1;
        }
        const qint64 got = s->file->read(data, qint64(nbytes));
        if (got < 0) {
            s->failure = TransferText::tr("Could not read %1: %2")
                             .arg(s->file->fileName(), s->file->errorString());
            return -1;
        }
        s->progress->moved(quint64(got));
        return int(got);
    };
    QString failure;
    if (virStreamSendAll(stream, read, &source) < 0) {
        // SendAll has aborted the stream.
        failure = !source.failure.isEmpty()
                      ? source.failure
                      : takeLibvirtError(TransferText::tr("The upload broke off.")).text();
    } else if (progress.done() < size) {
        failure
            = TransferText::tr("%1 ended early (it shrank while being read).").arg(file.fileName());
        virStreamAbort(stream);
    } else if (virStreamFinish(stream) < 0) {
        failure = takeLibvirtError(TransferText::tr("The upload did not complete.")).text();
        virStreamAbort(stream);
    }
    virStreamFree(stream);
    virResetLastError();
    return failure;
}

QString volumePath(virStorageVolPtr vol)
{
    char *path = virStorageVolGetPath(vol);
    const QString result = QString::fromUtf8(path ? path : "");
    free(path);
    return result;
}

bool validVolumeName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/'))
           && !name.startsWith(QLatin1Char('.'));
}

} // namespace

Operation *upload(Connection *connection, const QString &localPath, const QString &pool,
                  const QString &name)
{
    Operation *op = connection->runJob(
        TransferText::tr("Upload %1").arg(QFileInfo(localPath).fileName()),
        [localPath, pool, name](virConnectPtr conn, Operation *op) {
            QFile file(localPath);
            // Read straight into the stream's buffer, past QFile's own.
            if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                return OpResult::failure(
                    TransferText::tr("Cannot read %1: %2").arg(localPath, file.errorString()),
                    Failure::Kind::InvalidInput);
            if (!validVolumeName(name))
                return OpResult::failure(
                    TransferText::tr("'%1' cannot name a volume: no '/', not starting with '.'.")
                        .arg(name),
                    Failure::Kind::InvalidInput);
            const quint64 size = quint64(file.size());
            return withVolume(conn, pool, {}, true, [&](virStoragePoolPtr p, virStorageVolPtr) {
                if (virStorageVolPtr taken
                    = virStorageVolLookupByName(p, name.toUtf8().constData())) {
                    virStorageVolFree(taken);
                    return OpResult::failure(
                        TransferText::tr("The pool '%1' has a volume called '%2' already.")
                            .arg(pool, name),
                        Failure::Kind::InvalidInput);
                }
                virResetLastError();
                virStoragePoolInfo info{};
                if (virStoragePoolGetInfo(p, &info) == 0 && info.available < size) {
                    return OpResult::failure(
                        TransferText::tr("The pool '%1' has %2 MiB free; %3 needs %4 MiB.")
                            .arg(pool)
                            .arg(info.available >> 20)
                            .arg(QFileInfo(localPath).fileName())
                            .arg(size >> 20),
                        Failure::Kind::DiskFull);
                }
                const QByteArray xml
                    = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>"
                                     "%2</capacity><target><format type='raw'/>"
                                     "</target></volume>")
                          .arg(name.toHtmlEscaped())
                          .arg(size)
                          .toUtf8();
                virStorageVolPtr vol = virStorageVolCreateXML(p, xml.constData(), 0);
                if (!vol)
                    return OpResult::failure(takeLibvirtError(
                        TransferText::tr("Could not make the volume %1.").arg(name)));
                const QString failure = sendFile(conn, vol, file, name, op);
                if (!failure.isEmpty()) {
                    // Whatever stopped the upload, the partial volume goes; if the daemon is gone
                    // too, say what is left.
                    const bool dropped = virStorageVolDelete(vol, 0) == 0;
                    virStorageVolFree(vol);
                    virResetLastError();
                    return OpResult::failure(
                        dropped
                            ? TransferText::tr("%1 Nothing was kept.").arg(failure)
                            : TransferText::tr("%1 The volume %2 in %3 is incomplete: delete it "
                                               "once the host answers again.")
                                  .arg(failure, name, pool),
                        op->isCancelRequested() ? Failure::Kind::Cancelled : Failure::Kind::Other);
                }
                const QString path = volumePath(vol);
                virStorageVolFree(vol);
                return OpResult::success(path);
            });
        },
        {}, true);
    op->setCancelHook([] {}); // the job looks at isCancelRequested() between chunks
    return op;
}

Operation *uploadInto(Connection *connection, const QString &localPath, const QString &pool,
                      const QString &name)
{
    Operation *op = connection->runJob(
        TransferText::tr("Upload %1 into %2").arg(QFileInfo(localPath).fileName(), name),
        [localPath, pool, name](virConnectPtr conn, Operation *op) {
            QFile file(localPath);
            // Read straight into the stream's buffer, past QFile's own.
            if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                return OpResult::failure(
                    TransferText::tr("Cannot read %1: %2").arg(localPath, file.errorString()),
                    Failure::Kind::InvalidInput);
            return withVolume(
                conn, pool, name, false, [&](virStoragePoolPtr, virStorageVolPtr vol) {
                    const VolumeInfo v = readVolume(vol, pool);
                    QString refusal;
                    if (quint64(file.size()) > v.capacity)
                        refusal
                            = TransferText::tr("%1 (%2 MiB) is larger than the volume %3 (%4 MiB).")
                                  .arg(QFileInfo(localPath).fileName())
                                  .arg(file.size() >> 20)
                                  .arg(name)
                                  .arg(v.capacity >> 20);
                    for (const ResourceUser &u :
                         volumeUsers(scanDomainUsage(conn), v.path, pool, name))
                        if (u.running)
                            refusal = TransferText::tr(
                                          "%1 is a disk of the running VM %2: writing to it "
                                          "now would corrupt the guest.")
                                          .arg(name, u.name);
                    if (!refusal.isEmpty()) {
                        return OpResult::failure(refusal, Failure::Kind::InvalidInput);
                    }
                    const QString failure = sendFile(conn, vol, file, name, op);
                    if (!failure.isEmpty())
                        return OpResult::failure(
                            TransferText::tr(
                                "%1 The volume %2 holds part of the file now: upload it "
                                "again before using it.")
                                .arg(failure, name),
                            op->isCancelRequested() ? Failure::Kind::Cancelled
                                                    : Failure::Kind::Other);
                    return OpResult::success(v.path);
                });
        },
        {}, true);
    op->setCancelHook([] {});
    return op;
}

Operation *download(Connection *connection, const QString &pool, const QString &name,
                    const QString &localPath)
{
    Operation *op = connection->runJob(
        TransferText::tr("Download %1").arg(name),
        [pool, name, localPath](virConnectPtr conn, Operation *op) {
            if (QFileInfo(localPath).isDir())
                return OpResult::failure(
                    TransferText::tr("%1 is a folder: give the file to write.").arg(localPath),
                    Failure::Kind::InvalidInput);
            return withVolume(
                conn, pool, name, false, [&](virStoragePoolPtr, virStorageVolPtr vol) {
                    virStorageVolInfo info{};
                    virStorageVolGetInfo(vol, &info);
                    // What the daemon sends: the file's bytes (its allocation for a file pool is
                    // how much is on disk; the stream carries its full length).
                    const quint64 expected = info.capacity;
                    const QString partPath = localPath + QStringLiteral(".part");
                    QFile out(partPath);
                    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                        return OpResult::failure(TransferText::tr("Cannot write %1: %2")
                                                     .arg(partPath, out.errorString()),
                                                 Failure::Kind::InvalidInput);
                    }
                    virStreamPtr stream = virStreamNew(conn, 0);
                    QString failure;
                    if (!stream || virStorageVolDownload(vol, stream, 0, 0, 0) < 0)
                        failure
                            = takeLibvirtError(TransferText::tr("Could not download %1.").arg(name))
                                  .text();
                    ByteProgress progress(op, TransferText::tr("Downloading"), name, expected);
                    QByteArray buffer(kChunk, Qt::Uninitialized);
                    bool ended = false;
                    while (failure.isEmpty() && !ended) {
                        if (op->isCancelRequested()) {
                            failure = TransferText::tr("The download was cancelled.");
                            break;
                        }
                        const int got = virStreamRecv(stream, buffer.data(), size_t(buffer.size()));
                        if (got < 0) {
                            failure = takeLibvirtError(TransferText::tr("The download broke off."))
                                          .text();
                        } else if (got == 0) {
                            ended = true;
                        } else if (out.write(buffer.constData(), got) != got) {
                            failure = TransferText::tr("Could not write %1: %2")
                                          .arg(partPath, out.errorString());
                        } else {
                            progress.moved(quint64(got));
                        }
                    }
                    if (failure.isEmpty() && virStreamFinish(stream) < 0)
                        failure
                            = takeLibvirtError(TransferText::tr("The download did not complete."))
                                  .text();
                    if (stream) {
                        if (!failure.isEmpty())
                            virStreamAbort(stream);
                        virStreamFree(stream);
                    }
                    virResetLastError();
                    out.close();
                    if (failure.isEmpty() && out.error() != QFileDevice::NoError)
                        failure = TransferText::tr("Could not write %1: %2")
                                      .arg(partPath, out.errorString());
                    if (!failure.isEmpty()) {
                        QFile::remove(partPath);
                        return OpResult::failure(
                            TransferText::tr("%1 No partial file was kept.").arg(failure),
                            op->isCancelRequested() ? Failure::Kind::Cancelled
                                                    : Failure::Kind::Other);
                    }
                    QFile::remove(localPath);
                    if (!QFile::rename(partPath, localPath)) {
                        QFile::remove(partPath);
                        return OpResult::failure(
                            TransferText::tr("Could not put the download at %1.").arg(localPath));
                    }
                    return OpResult::success(localPath);
                });
        },
        {}, true);
    op->setCancelHook([] {});
    return op;
}

} // namespace Vireo::Volumes
