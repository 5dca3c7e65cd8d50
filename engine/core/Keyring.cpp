// The desktop's secret store through QtKeychain, callable from any thread (see Keyring.h).

#include "core/Keyring.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>
#include <memory>

namespace Vireo::Keyring {

namespace {

struct KeyringText
{
    Q_DECLARE_TR_FUNCTIONS(KeyringText)
};

const QString kService = QStringLiteral("vireo");

struct Outcome
{
    bool ok = false;
    bool missing = false; // the entry does not exist
    QString secret;
    QString error;
};

enum class Action { Read, Write, Remove };

/// Makes and starts one job on the calling thread; `done` gets its outcome there.
void startJob(Action action, const QString &key, const QString &secret,
              std::function<void(const Outcome &)> done)
{
    QKeychain::Job *job = nullptr;
    switch (action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(kService);
        break;
    case Action::Write: {
        auto *w = new QKeychain::WritePasswordJob(kService);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(kService);
        break;
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done](QKeychain::Job *) {
        Outcome o;
        o.ok = job->error() == QKeychain::NoError;
        o.missing = job->error() == QKeychain::EntryNotFound;
        if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(job); r && o.ok)
            o.secret = r->textData();
        if (!o.ok && !o.missing)
            o.error
                = KeyringText::tr("The secret store did not answer: %1").arg(job->errorString());
        done(o);
    });
    job->start();
}

Outcome run(Action action, const QString &key, const QString &secret = {})
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app) {
        Outcome o;
        o.error = KeyringText::tr("No secret store without an application.");
        return o;
    }
    if (QThread::currentThread() == app->thread()) {
        Outcome result;
        QEventLoop loop;
        startJob(action, key, secret, [&](const Outcome &o) {
            result = o;
            loop.quit();
        });
        loop.exec();
        return result;
    }
    auto promise = std::make_shared<std::promise<Outcome>>();
    std::future<Outcome> answer = promise->get_future();
    QMetaObject::invokeMethod(
        app,
        [action, key, secret, promise] {
            startJob(action, key, secret, [promise](const Outcome &o) { promise->set_value(o); });
        },
        Qt::QueuedConnection);
    if (answer.wait_for(std::chrono::seconds(15)) != std::future_status::ready) {
        Outcome o;
        o.error = KeyringText::tr("The secret store did not answer within 15 seconds.");
        return o;
    }
    return answer.get();
}

} // namespace

QString unavailableReason()
{
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return KeyringText::tr("No secret store: there is no desktop session bus (D-Bus).");
    QDBusConnectionInterface *names = bus.interface();
    if (names && names->isServiceRegistered(service).value())
        return {};
    const QStringList activatable
        = names ? names->activatableServiceNames().value() : QStringList();
    if (activatable.contains(service) || activatable.contains(QStringLiteral("org.kde.kwalletd5")))
        return {};
    return KeyringText::tr("No secret store: the desktop runs no keyring (GNOME Keyring or "
                           "KWallet).");
}

std::optional<QString> read(const QString &key, QString *error)
{
    const Outcome o = run(Action::Read, key);
    if (error)
        *error = o.error;
    if (!o.ok)
        return std::nullopt;
    return o.secret;
}

bool write(const QString &key, const QString &secret, QString *error)
{
    const Outcome o = run(Action::Write, key, secret);
    if (error)
        *error = o.error;
    return o.ok;
}

bool remove(const QString &key, QString *error)
{
    const Outcome o = run(Action::Remove, key);
    if (error)
        *error = o.error;
    return o.ok || o.missing;
}

QString connectionKey(const QString &uri)
{
    return QStringLiteral("login %1").arg(uri);
}

} // namespace Vireo::Keyring
