// The statistics history in SQLite (Qt SQL), as a plugin: StatsStore (stats/StatsStore.h) maps
// it when the history is first read or written, so start-up never maps Qt SQL and SQLite.

#include "stats/HistoryBackend.h"
#include "stats/StatsStore.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtPlugin>

#include <cmath>
#include <memory>

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

/// The history in one SQLite file. Created, used and destroyed on the store's thread.
class SqliteHistory final : public HistoryBackend
{
public:
    ~SqliteHistory() override
    {
        insertQuery.reset(); // a query must go before its database
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    }

    QString open(const QString &path) override
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
        return why;
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
    void append(const QList<std::pair<QString, VmSample>> &samples) override
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
            prune.addBindValue(newest - StatsStore::kFineKeepMs);
            prune.addBindValue(kCoarse);
            prune.addBindValue(newest - StatsStore::kCoarseKeepMs);
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

    void appendEvent(const QString &uuid, const EventEntry &e) override
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
        prune.addBindValue(e.timeMs - StatsStore::kEventKeepMs);
        prune.exec();
    }

    QList<EventEntry> events(const QString &uuid, qint64 from, qint64 to) override
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

    QList<VmSample> history(const QString &uuid, qint64 from, qint64 to) override
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
private:
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    QString connectionName = QStringLiteral("vireo-stats-") + QUuid::createUuid().toString();
    QHash<QString, qint64> lastMinute; // per VM: the last minute already averaged
    qint64 lastPruneMs = 0;
    std::unique_ptr<QSqlQuery> insertQuery;
};

/// The plugin's root: libvireo-history.so.
class SqliteHistoryPlugin : public QObject, public HistoryBackendPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VireoHistoryBackendPlugin_iid)
    Q_INTERFACES(Vireo::HistoryBackendPlugin)
public:
    std::unique_ptr<HistoryBackend> createBackend() override
    {
        return std::make_unique<SqliteHistory>();
    }
};

} // namespace Vireo

#include "SqliteHistory.moc"
