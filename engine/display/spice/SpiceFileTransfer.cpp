#include "display/spice/SpiceFileTransfer.h"

#include "display/DisplaySession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <spice-client.h>

namespace Vireo {

namespace {

struct TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)
};

} // namespace

struct SpiceFileTransfer::Job
{
    QPointer<DisplaySession> session;
    SpiceFileTransfer *owner = nullptr; // null once the owner is gone
    GCancellable *cancel = nullptr;
    int files = 0;
    QStringList failures;             // "NAME: why", one per file that failed
    SpiceMainChannel *main = nullptr; // referenced while the transfer runs
    gulong tasksHandler = 0;

    /// spice-gtk makes a task per file (signal new-file-transfer, once it has looked at the
    /// file): its own end says why that file failed (the summary does not).
    static void newTask(SpiceMainChannel *, SpiceFileTransferTask *task, gpointer data)
    {
        g_signal_connect(task, "finished", G_CALLBACK(&Job::taskFinished), data);
    }
    static void taskFinished(SpiceFileTransferTask *task, GError *error, gpointer data)
    {
        auto *job = static_cast<Job *>(data);
        if (!error || g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            return;
        char *name = spice_file_transfer_task_get_filename(task);
        job->failures << QStringLiteral("%1: %2").arg(QString::fromUtf8(name),
                                                      QString::fromUtf8(error->message));
        g_free(name);
    }

    static void progress(goffset current, goffset total, gpointer data)
    {
        auto *job = static_cast<Job *>(data);
        if (job->session)
            Q_EMIT job->session->fileTransferProgress(qint64(current), qint64(total));
    }

    static void done(GObject *source, GAsyncResult *result, gpointer data)
    {
        auto *job = static_cast<Job *>(data);
        GError *error = nullptr;
        const bool ok
            = spice_main_channel_file_copy_finish(SPICE_MAIN_CHANNEL(source), result, &error);
        const bool cancelled = error && g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
        const QString summary = error ? QString::fromUtf8(error->message) : QString();
        if (error)
            g_error_free(error);
        // The files' own ends (why each failed) come right after the whole transfer's.
        QTimer::singleShot(0,
                           [job, ok, cancelled, summary] { job->finish(ok, cancelled, summary); });
    }

    void finish(bool ok, bool cancelled, const QString &summary)
    {
        QString message;
        if (ok)
            message = TransferText::tr("%n file(s) copied into the guest.", nullptr, files);
        else if (cancelled)
            message = TransferText::tr("The file transfer was cancelled; the guest's agent "
                                       "removes what it had received.");
        else
            message = TransferText::tr("The guest's agent could not take the files: %1")
                          .arg(!failures.isEmpty()  ? failures.join(QStringLiteral("; "))
                               : !summary.isEmpty() ? summary
                                                    : TransferText::tr("no reason given"));
        g_signal_handler_disconnect(main, tasksHandler);
        g_object_unref(main);
        if (owner)
            owner->m_job = nullptr;
        if (session)
            Q_EMIT session->fileTransferFinished(ok, message);
        g_object_unref(cancel);
        delete this;
    }
};

SpiceFileTransfer::SpiceFileTransfer(DisplaySession *session)
    : m_session(session)
{
}

SpiceFileTransfer::~SpiceFileTransfer()
{
    if (m_job) {
        m_job->owner = nullptr;
        m_job->session = nullptr;
        g_cancellable_cancel(m_job->cancel);
    }
}

void SpiceFileTransfer::start(SpiceMainChannel *main, const QStringList &paths)
{
    const auto refuse = [this](const QString &why) {
        if (m_session)
            QMetaObject::invokeMethod(
                m_session,
                [session = m_session, why] {
                    if (session)
                        Q_EMIT session->fileTransferFinished(false, why);
                },
                Qt::QueuedConnection);
    };
    if (m_job)
        return refuse(TransferText::tr("Another file transfer is still running."));
    if (!main || paths.isEmpty())
        return refuse(TransferText::tr("The guest's agent is not connected: files cannot be "
                                       "copied into the guest (install spice-vdagent there)."));
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            return refuse(TransferText::tr("%1 is not a file (folders cannot be copied; pack "
                                           "them into an archive first).")
                              .arg(path));
        if (!info.isReadable())
            return refuse(TransferText::tr("Cannot read %1 (its permissions).").arg(path));
    }
    std::vector<GFile *> files;
    for (const QString &path : paths)
        files.push_back(g_file_new_for_path(QFile::encodeName(path).constData()));
    files.push_back(nullptr);
    m_job = new Job;
    m_job->session = m_session;
    m_job->owner = this;
    m_job->cancel = g_cancellable_new();
    m_job->files = int(paths.size());
    m_job->main = SPICE_MAIN_CHANNEL(g_object_ref(main));
    m_job->tasksHandler
        = g_signal_connect(main, "new-file-transfer", G_CALLBACK(&Job::newTask), m_job);
    spice_main_channel_file_copy_async(main, files.data(), G_FILE_COPY_NONE, m_job->cancel,
                                       &Job::progress, m_job, &Job::done, m_job);
    for (GFile *f : files)
        if (f)
            g_object_unref(f);
}

void SpiceFileTransfer::cancel()
{
    if (m_job)
        g_cancellable_cancel(m_job->cancel);
}

} // namespace Vireo
