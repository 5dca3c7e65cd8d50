// The statistics history in SQLite, as a plugin: StatsStore (stats/StatsStore.h) maps it when
// the history is first read or written, so start-up never maps SQLite. SQLite's own C interface:
// a tick of thousands of VMs binds tens of thousands of numbers, which Qt SQL would wrap each in
// a QVariant.

#include "stats/HistoryBackend.h"
#include "stats/StatsStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QtPlugin>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace Vireo {

namespace {

constexpr int kFine = 1;    // resolution column: 1 s rows
constexpr int kCoarse = 60; // 1 min rows
constexpr qint64 kMinuteMs = 60000;

QString columns()
{
    QStringList names;
    for (const Stats::Metric &m : Stats::metrics())
        names << QLatin1String(m.key);
    return names.join(QLatin1Char(','));
}

/// A prepared statement, finalized when it goes.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const QString &sql)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                               &m_stmt, nullptr)
            != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&other) noexcept
    {
        std::swap(m_stmt, other.m_stmt);
        return *this;
    }

    explicit operator bool() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }

    /// Ready for new values.
    Statement &reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return *this;
    }
    Statement &bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(int index, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    /// A missing figure (NaN) is stored as NULL.
    Statement &bindReal(int index, double value)
    {
        if (std::isnan(value))
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_double(m_stmt, index, value);
        return *this;
    }
    bool step() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    void run() { sqlite3_step(m_stmt); }

    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    double real(int column) const
    {
        return isNull(column) ? kNoValue : sqlite3_column_double(m_stmt, column);
    }
    QString text(int column) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/// The running means of one VM's current minute.
struct MinuteMeans
{
    qint64 minute = -1; // its start, ms
    std::array<double, 16> sums{};
    std::array<int, 16> counts{};

    void add(const VmSample &s)
    {
        const auto &metrics = Stats::metrics();
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            const double v = s.*metrics[i].field;
            if (!std::isnan(v)) {
                sums[i] += v;
                ++counts[i];
            }
        }
    }
    bool isEmpty() const
    {
        return std::all_of(counts.begin(), counts.end(), [](int c) { return c == 0; });
    }
    VmSample mean() const
    {
        VmSample out;
        out.timeMs = minute;
        const auto &metrics = Stats::metrics();
        for (qsizetype i = 0; i < metrics.size(); ++i)
            out.*metrics[i].field = counts[i] ? sums[i] / counts[i] : kNoValue;
        return out;
    }
};

} // namespace

/// The history in one SQLite file. Created, used and destroyed on the store's thread.
class SqliteHistory final : public HistoryBackend
{
public:
    ~SqliteHistory() override
    {
        // Statements before their database.
        m_insert = {};
        m_pruneVm = {};
        m_selectFine = {};
        m_selectCoarse = {};
        m_lastCoarse = {};
        sqlite3_close_v2(m_db);
    }

    QString open(const QString &path) override
    {
        Q_ASSERT(Stats::metrics().size() <= qsizetype(MinuteMeans().sums.size()));
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            nullptr)
            != SQLITE_OK)
            return why();
        sqlite3_busy_timeout(m_db, 5000);
        QStringList defs;
        for (const Stats::Metric &m : Stats::metrics())
            defs << QLatin1String(m.key) + QStringLiteral(" REAL");
        // WAL: `vireo stats export` reads while the application writes. A batch of thousands of
        // VMs' rows fits in the page cache (8 MiB, used as it fills) instead of spilling to the
        // log in the middle of its transaction.
        const QString setup
            = QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                             "PRAGMA cache_size=-8192; "
                             "CREATE TABLE IF NOT EXISTS samples (uuid TEXT NOT NULL, "
                             "res INTEGER NOT NULL, t INTEGER NOT NULL, %1, "
                             "PRIMARY KEY (uuid, res, t)) WITHOUT ROWID; "
                             "CREATE TABLE IF NOT EXISTS events (uuid TEXT NOT NULL, "
                             "t INTEGER NOT NULL, kind TEXT, text TEXT, ok INTEGER, error TEXT); "
                             "CREATE INDEX IF NOT EXISTS events_by_vm ON events (uuid, t);")
                  .arg(defs.join(QStringLiteral(", ")));
        if (!exec(setup))
            return why();
        QStringList marks;
        for (qsizetype i = 0; i < Stats::metrics().size(); ++i)
            marks << QStringLiteral("?");
        m_insert = Statement(m_db, QStringLiteral("INSERT OR REPLACE INTO samples (uuid, res, t, "
                                                  "%1) VALUES (?, ?, ?, %2)")
                                       .arg(columns(), marks.join(QLatin1Char(','))));
        m_pruneVm = Statement(m_db, QStringLiteral("DELETE FROM samples WHERE uuid = ? AND "
                                                   "((res = ? AND t < ?) OR (res = ? AND t < ?))"));
        const QString select = QStringLiteral("SELECT t, %1 FROM samples WHERE uuid = ? AND "
                                              "res = ? AND t >= ? AND t <= ? ORDER BY t")
                                   .arg(columns());
        m_selectFine = Statement(m_db, select);
        m_selectCoarse = Statement(m_db, select);
        m_lastCoarse
            = Statement(m_db, QStringLiteral("SELECT MAX(t) FROM samples WHERE uuid = ? AND "
                                             "res = ?"));
        if (!m_insert || !m_pruneVm || !m_selectFine || !m_selectCoarse || !m_lastCoarse)
            return why();
        return {};
    }

    /// One batch in one transaction: its second rows in the table's key order (VM, then time:
    /// each VM's rows land side by side, so the batch walks the B-tree once), each VM's finished
    /// minutes as rows of means kept as the seconds come, and, once a minute, each VM's rows past
    /// their keep pruned by VM (the key's order; a scan of the table would read all of it).
    void append(const QList<std::pair<QString, VmSample>> &samples) override
    {
        if (!m_db || samples.isEmpty())
            return;
        QList<const std::pair<QString, VmSample> *> ordered;
        ordered.reserve(samples.size());
        for (const auto &sample : samples)
            ordered << &sample;
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto *a, const auto *b) { return a->first < b->first; });
        qint64 newest = 0;
        for (const auto *entry : std::as_const(ordered))
            newest = qMax(newest, entry->second.timeMs);
        const bool prune = newest - m_lastPruneMs >= kMinuteMs;
        if (prune)
            m_lastPruneMs = newest;
        exec(QStringLiteral("BEGIN"));
        MinuteMeans *means = nullptr;
        const QString *current = nullptr;
        QList<const QString *> vms;
        for (const auto *entry : std::as_const(ordered)) {
            const auto &[uuid, sample] = *entry;
            if (!current || *current != uuid) {
                current = &uuid;
                means = &minuteOf(uuid, sample.timeMs);
                vms << current;
            }
            insert(uuid, kFine, sample);
            const qint64 minute = sample.timeMs / kMinuteMs * kMinuteMs;
            if (minute > means->minute) {
                if (means->minute >= 0 && !means->isEmpty())
                    insert(uuid, kCoarse, means->mean());
                *means = MinuteMeans{minute};
            }
            if (minute == means->minute)
                means->add(sample);
        }
        if (prune) {
            for (const QString *uuid : std::as_const(vms))
                pruneVm(*uuid, newest);
        }
        // VMs that no longer run keep rows nobody prunes by VM: once an hour, by age.
        if (newest - m_lastSweepMs >= 3600 * 1000) {
            m_lastSweepMs = newest;
            Statement sweep(m_db, QStringLiteral("DELETE FROM samples WHERE (res = ? AND t < ?) "
                                                 "OR (res = ? AND t < ?)"));
            sweep.bind(1, qint64(kFine)).bind(2, newest - StatsStore::kFineKeepMs);
            sweep.bind(3, qint64(kCoarse)).bind(4, newest - StatsStore::coarseKeepMs()).run();
        }
        exec(QStringLiteral("COMMIT"));
    }

    QList<VmSample> history(const QString &uuid, qint64 from, qint64 to) override
    {
        if (!m_db)
            return {};
        const QList<VmSample> fine = select(m_selectFine, uuid, kFine, from, to);
        // Minute rows only where no second rows remain.
        const qint64 coarseEnd = fine.isEmpty() ? to : fine.first().timeMs - 1;
        QList<VmSample> out = select(m_selectCoarse, uuid, kCoarse, from, coarseEnd);
        out += fine;
        return out;
    }

    void appendEvent(const QString &uuid, const EventEntry &e) override
    {
        if (!m_db)
            return;
        Statement add(m_db, QStringLiteral("INSERT INTO events (uuid, t, kind, text, ok, error) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"));
        add.bind(1, uuid).bind(2, e.timeMs).bind(3, e.kind).bind(4, e.text);
        add.bind(5, qint64(e.ok ? 1 : 0)).bind(6, e.error).run();
        Statement prune(m_db, QStringLiteral("DELETE FROM events WHERE t < ?"));
        prune.bind(1, e.timeMs - StatsStore::kEventKeepMs).run();
    }

    QList<EventEntry> events(const QString &uuid, qint64 from, qint64 to) override
    {
        QList<EventEntry> out;
        if (!m_db)
            return out;
        Statement q(m_db, QStringLiteral("SELECT t, kind, text, ok, error FROM events WHERE "
                                         "uuid = ? AND t >= ? AND t <= ? ORDER BY t, rowid"));
        q.bind(1, uuid).bind(2, from).bind(3, to);
        while (q.step())
            out << EventEntry{q.integer(0), q.text(1), q.text(2), q.integer(3) != 0, q.text(4)};
        return out;
    }

private:
    QString why() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }

    bool exec(const QString &sql)
    {
        return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    void insert(const QString &uuid, int res, const VmSample &s)
    {
        m_insert.reset().bind(1, uuid).bind(2, qint64(res)).bind(3, s.timeMs);
        int i = 4;
        for (const Stats::Metric &m : Stats::metrics())
            m_insert.bindReal(i++, s.*m.field);
        m_insert.run();
    }

    void pruneVm(const QString &uuid, qint64 newest)
    {
        m_pruneVm.reset().bind(1, uuid).bind(2, qint64(kFine));
        m_pruneVm.bind(3, newest - StatsStore::kFineKeepMs).bind(4, qint64(kCoarse));
        m_pruneVm.bind(5, newest - StatsStore::coarseKeepMs()).run();
    }

    QList<VmSample> select(Statement &q, const QString &uuid, int res, qint64 from, qint64 to)
    {
        QList<VmSample> out;
        q.reset().bind(1, uuid).bind(2, qint64(res)).bind(3, from).bind(4, to);
        while (q.step()) {
            VmSample s;
            s.timeMs = q.integer(0);
            int column = 1;
            for (const Stats::Metric &m : Stats::metrics())
                s.*m.field = q.real(column++);
            out << s;
        }
        q.reset();
        return out;
    }

    /// The VM's current minute. The first time a VM is seen since the database opened, the
    /// minutes it finished before (Vireo stopped, or the VM did) get their rows of means from
    /// the second rows on disk, and the current minute starts from the seconds already there.
    MinuteMeans &minuteOf(const QString &uuid, qint64 nowMs)
    {
        auto it = m_minutes.find(uuid);
        if (it != m_minutes.end())
            return *it;
        const qint64 minute = nowMs / kMinuteMs * kMinuteMs;
        m_lastCoarse.reset().bind(1, uuid).bind(2, qint64(kCoarse));
        const qint64 lastCoarse = m_lastCoarse.step() && !m_lastCoarse.isNull(0)
                                      ? m_lastCoarse.integer(0)
                                      : minute - 2 * kMinuteMs;
        m_lastCoarse.reset();
        MinuteMeans means{minute};
        const QList<VmSample> fine
            = select(m_selectFine, uuid, kFine, lastCoarse + kMinuteMs, nowMs - 1);
        MinuteMeans done;
        for (const VmSample &s : fine) {
            const qint64 m = s.timeMs / kMinuteMs * kMinuteMs;
            if (m == minute) {
                means.add(s);
                continue;
            }
            if (m != done.minute) {
                if (done.minute >= 0 && !done.isEmpty())
                    insert(uuid, kCoarse, done.mean());
                done = MinuteMeans{m};
            }
            done.add(s);
        }
        if (done.minute >= 0 && !done.isEmpty())
            insert(uuid, kCoarse, done.mean());
        return *m_minutes.insert(uuid, means);
    }

    sqlite3 *m_db = nullptr;
    Statement m_insert;
    Statement m_pruneVm;
    Statement m_selectFine;
    Statement m_selectCoarse;
    Statement m_lastCoarse;
    QHash<QString, MinuteMeans> m_minutes; // per VM: its current minute's running means
    qint64 m_lastPruneMs = 0;
    qint64 m_lastSweepMs = 0;
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
