#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace Vireo {

/// The outcome of a job: success, or libvirt's error in plain words.
struct OpResult
{
    bool ok = true;
    QString error;

    static OpResult success() { return {}; }
    static OpResult failure(const QString &error) { return {false, error}; }
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
    bool isCancelRequested() const { return m_cancelled.load(); }

    /// Asks the operation to stop. Where libvirt can abort the job (a save), it is aborted; else
    /// the operation finishes as it would have.
    void cancel();

    // Called by the engine, from any thread.
    void reportProgress(int percent, const QString &text);
    void setCancelHook(std::function<void()> hook);
    void finish(const OpResult &result);

Q_SIGNALS:
    void started();
    void progress(int percent, const QString &text);
    void finished(bool ok, const QString &error);

private:
    QString m_title;
    OpResult m_result;
    bool m_finished = false;
    std::atomic_bool m_cancelled{false};
    std::mutex m_hookMutex;
    std::function<void()> m_cancelHook;
};

} // namespace Vireo
