#pragma once

#include "stats/Stats.h"

#include <QList>
#include <QString>
#include <QtPlugin>

#include <memory>
#include <utility>

namespace Vireo {

/// One line of a VM's event log: a lifecycle event, or an operation Vireo performed.
struct EventEntry
{
    qint64 timeMs = 0;
    QString kind; // "lifecycle" or "operation"
    QString text; // what happened
    bool ok = true;
    QString error; // for a failed operation: why

    bool operator==(const EventEntry &) const = default;
};

/// Where StatsStore keeps the history: the plugin libvireo-history.so (SQLite,
/// engine/stats/sqlite/). Every call comes from the store's own thread.
class HistoryBackend
{
public:
    virtual ~HistoryBackend() = default;
    /// Opens the database at `path`, creating it and its tables when needed; empty when it
    /// opened, else why not.
    virtual QString open(const QString &path) = 0;
    /// One batch of samples, written together; finished minutes get their rows of means and
    /// rows past their keep go.
    virtual void append(const QList<std::pair<QString, VmSample>> &samples) = 0;
    virtual QList<VmSample> history(const QString &uuid, qint64 fromMs, qint64 toMs) = 0;
    virtual void appendEvent(const QString &uuid, const EventEntry &entry) = 0;
    virtual QList<EventEntry> events(const QString &uuid, qint64 fromMs, qint64 toMs) = 0;
};

class HistoryBackendPlugin
{
public:
    virtual ~HistoryBackendPlugin() = default;
    virtual std::unique_ptr<HistoryBackend> createBackend() = 0;
};

} // namespace Vireo

#define VireoHistoryBackendPlugin_iid "io.vireo.HistoryBackendPlugin/1"
Q_DECLARE_INTERFACE(Vireo::HistoryBackendPlugin, VireoHistoryBackendPlugin_iid)
