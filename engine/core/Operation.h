#pragma once

#include "core/Failure.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <mutex>

class QTimer;

namespace Vireo {

/// The outcome of a job: success with what it produced, or why it failed.
struct OpResult
{
    bool ok = true;
    QString error;  // failure.text(), for whoever only shows it
    QVariant value; // what the job produced, for jobs that produce something
    Failure why;    // typed: what to decide on

    static OpResult success(const QVariant &value = {}) { return {true, {}, value, {}}; }
    static OpResult failure(const Failure &why) { return {false, why.text(), {}, why}; }
    /// A failure of Vireo's own (no libvirt code), in words.
    static OpResult failure(const QString &summary, Failure::Kind kind = Failure::Kind::Other)
    {
        return failure(Failure::of(kind, summary));
    }
};

/// One long operation (start, save, delete...), the shape every such action in Vireo has:
/// started, progress, finished with a result or an error, and cancel. It holds no widgets; the UI
/// attaches to its signals. It deletes itself after finished() unless told otherwise.
class Operation : public QObject
{
    Q_OBJECT
public:
    explicit Operation(const QString &title, QObject *parent = nullptr);

    QString title() const { return m_title; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_result.ok; }
    QString errorText() const { return m_result.error; }
    /// Why it failed, typed (kind None while running or after success).
    Failure failure() const { return m_result.why; }
    /// What the job produced (valid once finished).
    QVariant value() const { return m_result.value; }
    bool isCancelRequested() const { return m_cancelled.load(); }

    /// Asks the operation to stop. Where libvirt can abort the job (a save), it is aborted; else
    /// the operation finishes as it would have.
    void cancel();

    bool isCancellable() const { return m_cancellable.load(); }

    /// Whoever started it tells of its failure itself (one summary for many operations): the
    /// window's presenter then shows no notice of its own.
    void setFailureToldElsewhere(bool told) { m_failureToldElsewhere = told; }
    bool isFailureToldElsewhere() const { return m_failureToldElsewhere; }

    // Called by the engine, from any thread.
    void reportProgress(int percent, const QString &text);
    /// Figures of the job's own kind beside the percentage (a migration's MigrationProgress),
    /// for views that show more than a bar.
    void reportDetail(const QVariant &detail);
    /// How cancel() reaches the running job (a libvirt job abort); null when it no longer can.
    void setCancelHook(std::function<void()> hook);
    /// A way to ask how far the running job is, for jobs libvirt reports on (a save): called off
    /// the GUI thread twice a second while set; returns a percentage, or -1 when it cannot say.
    void setProgressProbe(std::function<int()> probe);
    void finish(const OpResult &result);

Q_SIGNALS:
    void started();
    void progress(int percent, const QString &text);
    void detail(const QVariant &detail);
    void finished(bool ok, const QString &error);
    void cancellableChanged(bool cancellable);

private:
    QString m_title;
    OpResult m_result;
    bool m_finished = false;
    bool m_failureToldElsewhere = false;
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_cancellable{false};
    std::mutex m_hookMutex;
    std::function<void()> m_cancelHook;
    std::function<int()> m_progressProbe;
    QTimer *m_probeTimer = nullptr;
    bool m_probeRunning = false;

    void probeProgress();
};

} // namespace Vireo
