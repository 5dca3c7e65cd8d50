#include "stats/StatsStore.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QWaitCondition>
#include <memory>

#include <functional>

namespace Vireo {

namespace {

constexpr int kFine = 1;    // resolution column: 1 s rows
constexpr int kCoarse = 60; // 1 min rows

QString columns()
{
    QStringList names;
    for (const Stats::Metric &m : Stats::metrics())
        names << QLatin1String(m.key);
    return names.join(QLatin1Char(','));
}

QVariant valueOf(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

} // namespace

/// Lives on the store's thread: the database connection and what it does.
struct StatsStore::Db
{
    QThread thread;
    QObject *context = nullptr; // on the thread; jobs are invoked on it
    QString path;
    QString connectionName = QStringLiteral("vireo-stats-") + QUuid::createUuid().toString();
    QString error;
    mutable QMutex mutex;              // guards error
    QHash<QString, qint64> lastMinute; // per VM: the last minute already averaged
    qint64 lastPruneMs = 0;
    std::unique_ptr<QSqlQuery> insertQuery;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    void run(std::function<void()> job) const
    {
        QMetaObject::invokeMethod(context, std::move(job), Qt::QueuedConnection);
    }

    void open()
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        QString why;
        if (!database.open()) {
            why = database.lastError().text();
        } else {
            QSqlQuery q(database);
            // WAL: `vireo stats export` reads while the application writes.
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            QStringList defs;
            for (const Stats::Metric &m : Stats::metrics())
                defs << QLatin1String(m.key) + QStringLiteral(" REAL");
            if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS samples (uuid TEXT NOT NULL, "
                                       "res INTEGER NOT NULL, t INTEGER NOT NULL, %1, "
                                       "PRIMARY KEY (uuid, res, t)) WITHOUT ROWID")
                            .arg(defs.join(QStringLiteral(", ")))))
                why = q.lastError().text();
            else if (!q.exec(
                         QStringLiteral("CREATE TABLE IF NOT EXISTS events (uuid TEXT NOT NULL, "
                                        "t INTEGER NOT NULL, kind TEXT, text TEXT, ok INTEGER, "
                                        "error TEXT)"))
                     || !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS events_by_vm ON events "
                                               "(uuid, t)")))
                why = q.lastError().text();
        }
        QMutexLocker lock(&mutex);
        error
            = why.isEmpty()
                  ? QString()
                  : QStringLiteral("Could not open the statistics database %1: %2").arg(path, why);
    }

    void insert(QSqlDatabase &database, const QString &uuid, int res, const VmSample &s)
    {
        // Prepared once: a tick of thousands of VMs would otherwise parse the SQL each time.
        if (!insertQuery) {
            QStringList marks;
            for (int i = 0; i < Stats::metrics().size(); ++i)
                marks << QStringLiteral("?");
            insertQuery = std::make_unique<QSqlQuery>(database);
            insertQuery->prepare(QStringLiteral("INSERT OR REPLACE INTO samples (uuid, res, t, "
                                                "%1) VALUES (?, ?, ?, %2)")
                                     .arg(columns(), marks.join(QLatin1Char(','))));
        }
        QSqlQuery &q = *insertQuery;
        int i = 0;
        q.bindValue(i++, uuid);
        q.bindValue(i++, res);
        q.bindValue(i++, s.timeMs);
        for (const Stats::Metric &m : Stats::metrics())
            q.bindValue(i++, valueOf(s.*m.field));
        q.exec();
    }

    QList<VmSample> select(QSqlDatabase &database, const QString &uuid, int res, qint64 from,
                           qint64 to)
    {
        QSqlQuery q(database);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t, %1 FROM samples WHERE uuid = ? AND res = ? AND t >= ? "
                                 "AND t <= ? ORDER BY t")
                      .arg(columns()));
        q.addBindValue(uuid);
        q.addBindValue(res);
        q.addBindValue(from);
        q.addBindValue(to);
        QList<VmSample> out;
        if (!q.exec())
            return out;
        while (q.next()) {
            VmSample s;
            s.timeMs = q.value(0).toLongLong();
            int column = 1;
            for (const Stats::Metric &m : Stats::metrics()) {
                const QVariant v = q.value(column++);
                s.*m.field = v.isNull() ? kNoValue : v.toDouble();
            }
            out << s;
        }
        return out;
    }

    /// One tick's samples in one transaction; old rows are pruned once a minute, for all VMs.
    void append(const QList<std::pair<QString, VmSample>> &samples)
    {
        QSqlDatabase database = db();
        if (!database.isOpen() || samples.isEmpty())
            return;
        database.transaction();
        qint64 newest = 0;
        for (const auto &[uuid, sample] : samples) {
            appendOne(database, uuid, sample);
            newest = qMax(newest, sample.timeMs);
        }
        if (newest - lastPruneMs >= 60000) {
            lastPruneMs = newest;
            QSqlQuery prune(database);
            prune.prepare(QStringLiteral("DELETE FROM samples WHERE (res = ? AND t < ?) "
                                         "OR (res = ? AND t < ?)"));
            prune.addBindValue(kFine);
            prune.addBindValue(newest - kFineKeepMs);
            prune.addBindValue(kCoarse);
            prune.addBindValue(newest - kCoarseKeepMs);
            prune.exec();
        }
        database.commit();
    }

    void appendOne(QSqlDatabase &database, const QString &uuid, const VmSample &sample)
    {
        insert(database, uuid, kFine, sample);
        // Each finished minute becomes one row of means; rows past their keep are dropped.
        const qint64 minute = sample.timeMs / 60000 * 60000;
        qint64 &done = lastMinute[uuid];
        if (done == 0) {
            QSqlQuery q(database);
            q.prepare(QStringLiteral("SELECT MAX(t) FROM samples WHERE uuid = ? AND res = ?"));
            q.addBindValue(uuid);
            q.addBindValue(kCoarse);
            done = q.exec() && q.next() && !q.value(0).isNull() ? q.value(0).toLongLong()
                                                                : minute - 60000;
        }
        if (done + 60000 < minute) {
            // The finished minutes since the last one averaged, from their second rows.
            const QList<VmSample> fine = select(database, uuid, kFine, done + 60000, minute - 1);
            QList<VmSample> group;
            for (int i = 0; i <= fine.size(); ++i) {
                const bool flush = i == fine.size()
                                   || (!group.isEmpty()
                                       && fine[i].timeMs / 60000 != group.first().timeMs / 60000);
                if (flush && !group.isEmpty()) {
                    insert(database, uuid, kCoarse,
                           Stats::average(group, group.first().timeMs / 60000 * 60000));
                    group.clear();
                }
                if (i < fine.size())
                    group << fine[i];
            }
        }
        done = qMax(done, minute - 60000);
    }

    void appendEvent(const QString &uuid, const EventEntry &e)
    {
        QSqlDatabase database = db();
        if (!database.isOpen())
            return;
        QSqlQuery q(database);
        q.prepare(QStringLiteral("INSERT INTO events (uuid, t, kind, text, ok, error) VALUES "
                                 "(?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(uuid), QVariant(e.timeMs), QVariant(e.kind),
                                  QVariant(e.text), QVariant(e.ok ? 1 : 0), QVariant(e.error)})
            q.addBindValue(v);
        q.exec();
        QSqlQuery prune(database);
        prune.prepare(QStringLiteral("DELETE FROM events WHERE t < ?"));
        prune.addBindValue(e.timeMs - kEventKeepMs);
        prune.exec();
    }

    QList<EventEntry> events(const QString &uuid, qint64 from, qint64 to)
    {
        QSqlDatabase database = db();
        QList<EventEntry> out;
        if (!database.isOpen())
            return out;
        QSqlQuery q(database);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t, kind, text, ok, error FROM events WHERE uuid = ? AND "
                                 "t >= ? AND t <= ? ORDER BY t, rowid"));
        q.addBindValue(uuid);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return out;
        while (q.next())
            out << EventEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toInt() != 0, q.value(4).toString()};
        return out;
    }

    QList<VmSample> history(const QString &uuid, qint64 from, qint64 to)
    {
        QSqlDatabase database = db();
        if (!database.isOpen())
            return {};
        const QList<VmSample> fine = select(database, uuid, kFine, from, to);
        // Minute rows only where no second rows remain.
        const qint64 coarseEnd = fine.isEmpty() ? to : fine.first().timeMs - 1;
        QList<VmSample> out = select(database, uuid, kCoarse, from, coarseEnd);
        out += fine;
        return out;
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
    auto db = d;
    // Opening runs first on the store's thread; the GUI does not wait for it at start-up.
    d->run([db] { db->open(); });
    m_writeDelay.setSingleShot(true);
    m_writeDelay.setInterval(10000);
    connect(&m_writeDelay, &QTimer::timeout, this, [this] { writePending(); });
}

StatsStore::~StatsStore()
{
    writePending();
    auto db = d;
    d->run([db] {
        db->insertQuery.reset(); // a query must go before its database
        QSqlDatabase::database(db->connectionName, false).close();
        delete db->context;
        db->context = nullptr;
        db->thread.quit();
    });
    d->thread.wait();
    QSqlDatabase::removeDatabase(d->connectionName);
}

QString StatsStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/stats.sqlite");
}

QString StatsStore::error() const
{
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
    d->run([db, batch = std::move(m_pending)] { db->append(batch); });
    m_pending.clear();
}

QFuture<QList<VmSample>> StatsStore::history(const QString &uuid, qint64 fromMs, qint64 toMs) const
{
    auto promise = std::make_shared<QPromise<QList<VmSample>>>();
    QFuture<QList<VmSample>> future = promise->future();
    promise->start();
    auto db = d;
    d->run([db, promise, uuid, fromMs, toMs] {
        promise->addResult(db->history(uuid, fromMs, toMs));
        promise->finish();
    });
    return future;
}

void StatsStore::appendEvent(const QString &uuid, const EventEntry &entry)
{
    auto db = d;
    d->run([db, uuid, entry] { db->appendEvent(uuid, entry); });
}

QFuture<QList<EventEntry>> StatsStore::events(const QString &uuid, qint64 fromMs, qint64 toMs) const
{
    auto promise = std::make_shared<QPromise<QList<EventEntry>>>();
    QFuture<QList<EventEntry>> future = promise->future();
    promise->start();
    auto db = d;
    d->run([db, promise, uuid, fromMs, toMs] {
        promise->addResult(db->events(uuid, fromMs, toMs));
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
