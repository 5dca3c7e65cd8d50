#pragma once

#include "stats/HistoryBackend.h"
#include "stats/Stats.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Vireo {

/// Each VM's history on disk (SQLite), by domain UUID: a sample a second for the
/// last hour, a sample a minute (their means) for the last 7 days; older rows are pruned as new
/// ones come. Its event log lives there too. All database work runs on the store's own thread;
/// reads come back as futures. The database opens, and its plugin (libvireo-history.so, which
/// alone maps SQLite) loads, when the history is first read or written: at start-up
/// the sampler's first batch waits its write delay, so the window paints without either.
class StatsStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kFineKeepMs = 3600LL * 1000;            // 1 s rows: an hour
    static constexpr qint64 kCoarseKeepMs = 7LL * 24 * 3600 * 1000; // 1 min rows: a week
    /// How long the minute rows stay (kCoarseKeepMs unless set: Preferences' history days); read
    /// by the database thread as it prunes, so a change applies at the next write.
    static void setCoarseKeepMs(qint64 ms);
    static qint64 coarseKeepMs();

    /// The database at `path` (created when needed; opened on first use); defaultPath() in
    /// Vireo's data folder.
    explicit StatsStore(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~StatsStore() override;
    static QString defaultPath();

    /// Empty when the database opened; else why not (the store then keeps nothing). Opens it
    /// now if nothing has yet, and waits for that.
    QString error() const;

    /// Stores a sample (queued; returns at once).
    void append(const QString &uuid, const VmSample &sample);
    /// Stores a tick's samples of many VMs (returns at once). They are written together, in one
    /// transaction, once the write delay has passed since the first of them (10 s by default:
    /// the sampler keeps the last hour in memory, so nothing shown waits for the disk), on
    /// flush(), and when the store closes.
    void append(const QList<std::pair<QString, VmSample>> &samples);
    void setWriteDelay(int ms) { m_writeDelay.setInterval(ms); }
    /// The VM's samples from `fromMs` to `toMs` (inclusive): 1 s rows where the last hour still
    /// has them, 1 min rows before that; oldest first.
    QFuture<QList<VmSample>> history(const QString &uuid, qint64 fromMs, qint64 toMs) const;
    /// The VM's event log: kept on disk like the samples (entries older than 30 days pruned).
    void appendEvent(const QString &uuid, const EventEntry &entry);
    QFuture<QList<EventEntry>> events(const QString &uuid, qint64 fromMs, qint64 toMs) const;
    static constexpr qint64 kEventKeepMs = 30LL * 24 * 3600 * 1000;

    /// Waits until everything appended so far is written (for the command line and tests).
    void flush() const;

    struct Db; // the thread's side

private:
    void writePending() const;

    std::shared_ptr<Db> d;
    mutable QList<std::pair<QString, VmSample>> m_pending;
    mutable QTimer m_writeDelay;
};

} // namespace Vireo
