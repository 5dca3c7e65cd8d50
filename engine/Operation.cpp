#include "Operation.h"

#include <QMetaObject>

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

void Operation::setCancelHook(std::function<void()> hook)
{
    std::lock_guard lock(m_hookMutex);
    m_cancelHook = std::move(hook);
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
            }
            Q_EMIT finished(result.ok, result.error);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Vireo
