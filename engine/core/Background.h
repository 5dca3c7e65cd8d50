#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Vireo {

/// A promise whose continuation on `context` is attached before anything can fulfil it: Qt 6.4
/// can lose a continuation attached while another thread finishes the future. Fulfil it with
/// fulfil() from any thread; `done` then runs on `context`'s thread unless `context` is gone.
template<typename T>
std::shared_ptr<QPromise<T>> promiseFor(QObject *context, std::function<void(const T &)> done)
{
    auto promise = std::make_shared<QPromise<T>>();
    // Handed over by hand rather than with then(context, ...): Qt 6.4 asserts (debug builds)
    // when the context is gone by the time the work ends, e.g. a wizard closed while it reads.
    QPointer<QObject> guard(context);
    promise->future().then(QtFuture::Launch::Sync,
                           [guard, done = std::move(done)](const T &result) {
                               if (QObject *c = guard.data())
                                   QMetaObject::invokeMethod(
                                       c, [done, result] { done(result); }, Qt::QueuedConnection);
                           });
    promise->start();
    return promise;
}

template<typename T> void fulfil(QPromise<T> &promise, T value)
{
    promise.addResult(std::move(value));
    promise.finish();
}

/// Runs `fn` on Qt's thread pool (file I/O, a slow library call that is not libvirt's) and hands
/// its result to `done` on `context`'s thread.
template<typename T>
void runInBackground(QObject *context, std::function<T()> fn, std::function<void(const T &)> done)
{
    auto promise = promiseFor<T>(context, std::move(done));
    QThreadPool::globalInstance()->start([promise, fn = std::move(fn)] { fulfil(*promise, fn()); });
}

} // namespace Vireo
