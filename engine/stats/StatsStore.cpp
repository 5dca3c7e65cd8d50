#include "stats/StatsStore.h"

#include "core/DataFolder.h"
#include "core/Plugins.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QThread>

#include <QWaitCondition>
#include <atomic>

#include <functional>
#include <memory>

namespace Vireo {

namespace {
std::atomic<qint64> g_coarseKeepMs{StatsStore::kCoarseKeepMs};
} // namespace

void StatsStore::setCoarseKeepMs(qint64 ms)
{
    g_coarseKeepMs = ms > 0 ? ms : kCoarseKeepMs;
}

qint64 StatsStore::coarseKeepMs()
{
    return g_coarseKeepMs;
}

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(StoreText)
};

} // namespace

/// Lives on the store's thread: the backend (the plugin's database) and what it does.
struct StatsStore::Db
{
    QThread thread;
    QObject *context = nullptr; // on the thread; jobs are invoked on it
    QString path;
    QString error;
    mutable QMutex mutex; // guards error
    bool tried = false;   // the plugin was loaded and the database opened, or that failed
    std::unique_ptr<HistoryBackend> backend;

    void run(std::function<void()> job) const
    {
        QMetaObject::invokeMethod(context, std::move(job), Qt::QueuedConnection);
    }

    /// The backend, the first call loading the plugin and opening the database; null when
    /// either failed (error() says why).
    HistoryBackend *open()
    {
        if (tried)
            return backend.get();
        tried = true;
        QString why;
        auto *plugin = Plugins::load<HistoryBackendPlugin>(
            QStringLiteral("history"), StoreText::tr("statistics history"), &why);
        if (plugin) {
            backend = plugin->createBackend();
            // Private from the start: SQLite gives its journal the database file's mode.
            DataFolder::makePath(QFileInfo(path).absolutePath());
            if (QFile file(path); !file.exists() && file.open(QIODevice::WriteOnly))
                file.close();
            DataFolder::makePrivate(path);
            why = backend->open(path);
            if (!why.isEmpty())
                backend.reset();
        }
        QMutexLocker lock(&mutex);
        error = why.isEmpty()
                    ? QString()
                    : StoreText::tr("Could not open the statistics database %1: %2").arg(path, why);
        return backend.get();
    }
};

StatsStore::StatsStore(const QString &path, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<Db>())
{
    d->path = path;
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("stats store"));
    d->thread.start(QThread::LowPriority);
    m_writeDelay.setSingleShot(true);
    m_writeDelay.setInterval(10000);
    connect(&m_writeDelay, &QTimer::timeout, this, [this] { writePending(); });
}

StatsStore::~StatsStore()
{
    writePending();
    auto db = d;
    d->run([db] {
        db->backend.reset(); // closes the database on the thread that used it
        delete db->context;
        db->context = nullptr;
        db->thread.quit();
    });
    d->thread.wait();
}

QString StatsStore::defaultPath()
{
    return DataFolder::path() + QStringLiteral("/stats.sqlite");
}

QString StatsStore::error() const
{
    auto db = d;
    d->run([db] { db->open(); });
    flush(); // the opening has run
    QMutexLocker lock(&d->mutex);
    return d->error;
}

void StatsStore::append(const QString &uuid, const VmSample &sample)
{
    append({{uuid, sample}});
}

void StatsStore::append(const QList<std::pair<QString, VmSample>> &samples)
{
    m_pending += samples;
    if (!m_writeDelay.isActive())
        m_writeDelay.start();
}

void StatsStore::writePending() const
{
    m_writeDelay.stop();
    if (m_pending.isEmpty())
        return;
    auto db = d;
    d->run([db, batch = std::move(m_pending)] {
        if (HistoryBackend *backend = db->open())
            backend->append(batch);
    });
    m_pending.clear();
}

QFuture<QList<VmSample>> StatsStore::history(const QString &uuid, qint64 fromMs, qint64 toMs) const
{
    auto promise = std::make_shared<QPromise<QList<VmSample>>>();
    QFuture<QList<VmSample>> future = promise->future();
    promise->start();
    auto db = d;
    d->run([db, promise, uuid, fromMs, toMs] {
        HistoryBackend *backend = db->open();
        promise->addResult(backend ? backend->history(uuid, fromMs, toMs) : QList<VmSample>());
        promise->finish();
    });
    return future;
}

void StatsStore::appendEvent(const QString &uuid, const EventEntry &entry)
{
    auto db = d;
    d->run([db, uuid, entry] {
        if (HistoryBackend *backend = db->open())
            backend->appendEvent(uuid, entry);
    });
}

QFuture<QList<EventEntry>> StatsStore::events(const QString &uuid, qint64 fromMs, qint64 toMs) const
{
    auto promise = std::make_shared<QPromise<QList<EventEntry>>>();
    QFuture<QList<EventEntry>> future = promise->future();
    promise->start();
    auto db = d;
    d->run([db, promise, uuid, fromMs, toMs] {
        HistoryBackend *backend = db->open();
        promise->addResult(backend ? backend->events(uuid, fromMs, toMs) : QList<EventEntry>());
        promise->finish();
    });
    return future;
}

void StatsStore::flush() const
{
    writePending();
    QMutex mutex;
    QWaitCondition done;
    bool finished = false;
    d->run([&] {
        QMutexLocker lock(&mutex);
        finished = true;
        done.wakeAll();
    });
    QMutexLocker lock(&mutex);
    while (!finished)
        done.wait(&mutex);
}

} // namespace Vireo
