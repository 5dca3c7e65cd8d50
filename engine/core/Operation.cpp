#include "core/Operation.h"

#include "core/Background.h"

#include <QFuture>
#include <QMetaObject>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

namespace Vireo {

Operation::Operation(const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
{
}

void Operation::cancel()
{
    m_cancelled.store(true);
    std::function<void()> hook;
    {
        std::lock_guard lock(m_hookMutex);
        hook = m_cancelHook;
    }
    if (hook)
        hook();
}

void Operation::reportProgress(int percent, const QString &text)
{
    QMetaObject::invokeMethod(
        this, [this, percent, text] { Q_EMIT progress(percent, text); }, Qt::QueuedConnection);
}

void Operation::reportDetail(const QVariant &detail)
{
    QMetaObject::invokeMethod(
        this, [this, detail] { Q_EMIT this->detail(detail); }, Qt::QueuedConnection);
}

void Operation::setCancelHook(std::function<void()> hook)
{
    const bool cancellable = bool(hook);
    {
        std::lock_guard lock(m_hookMutex);
        m_cancelHook = std::move(hook);
    }
    if (m_cancellable.exchange(cancellable) != cancellable) {
        QMetaObject::invokeMethod(
            this, [this, cancellable] { Q_EMIT cancellableChanged(cancellable); },
            Qt::QueuedConnection);
    }
}

void Operation::setProgressProbe(std::function<int()> probe)
{
    const bool on = bool(probe);
    {
        std::lock_guard lock(m_hookMutex);
        m_progressProbe = std::move(probe);
    }
    QMetaObject::invokeMethod(
        this,
        [this, on] {
            if (!m_probeTimer) {
                m_probeTimer = new QTimer(this);
                m_probeTimer->setInterval(500);
                connect(m_probeTimer, &QTimer::timeout, this, &Operation::probeProgress);
            }
            if (on && !m_finished)
                m_probeTimer->start();
            else
                m_probeTimer->stop();
        },
        Qt::QueuedConnection);
}

void Operation::probeProgress()
{
    std::function<int()> probe;
    {
        std::lock_guard lock(m_hookMutex);
        probe = m_progressProbe;
    }
    if (!probe || m_probeRunning)
        return;
    // The worker is inside the job itself, so the question goes through the thread pool; the
    // answer comes back here only while this operation still exists.
    m_probeRunning = true;
    runInBackground<int>(this, probe, [this](const int &percent) {
        m_probeRunning = false;
        if (percent >= 0 && !m_finished)
            Q_EMIT progress(percent, tr("%1 % done").arg(percent));
    });
}

void Operation::finish(const OpResult &result)
{
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_result = result;
            m_finished = true;
            {
                std::lock_guard lock(m_hookMutex);
                m_cancelHook = nullptr;
                m_progressProbe = nullptr;
            }
            if (m_probeTimer)
                m_probeTimer->stop();
            Q_EMIT finished(result.ok, result.error);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Vireo
