// Logins remembered in the desktop's secret store (see RememberedLogin.h).

#include "core/RememberedLogin.h"

#include "core/Keyring.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Vireo {

namespace {

/// Where an answer goes in the kept record: by what was asked.
QString slotOf(const AuthCredential &c)
{
    switch (c.kind) {
    case AuthCredential::Kind::UserName:
        return QStringLiteral("username");
    case AuthCredential::Kind::Password:
        return QStringLiteral("password");
    default:
        return QStringLiteral("prompt:") + c.prompt;
    }
}

QString recordOf(const AuthRequest &request)
{
    QJsonObject o;
    for (const AuthCredential &c : request.credentials)
        o.insert(slotOf(c), c.result);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Fills the request from a kept record; false when it lacks something asked now.
bool fillFrom(const QString &record, AuthRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(record.toUtf8()).object();
    for (const AuthCredential &c : std::as_const(request.credentials))
        if (!o.contains(slotOf(c)))
            return false;
    for (AuthCredential &c : request.credentials)
        c.result = o.value(slotOf(c)).toString();
    return true;
}

QString identityOf(const AuthRequest &request)
{
    return request.rememberAs.isEmpty() ? request.uri : request.rememberAs;
}

/// Where the keyring keeps an identity's answers.
QString keyOf(const QString &identity)
{
    return identity.startsWith(QLatin1String("ssh ")) ? identity : Keyring::connectionKey(identity);
}

} // namespace

RememberedLogin::RememberedLogin(Ask ask, bool useKeyring)
    : m_ask(std::move(ask))
    , m_useKeyring(useKeyring)
{
}

bool RememberedLogin::answer(AuthRequest &request)
{
    const QString identity = identityOf(request);
    const QString key = keyOf(identity);
    QString cannotRemember;
    if (m_useKeyring) {
        cannotRemember = Keyring::unavailableReason();
        if (cannotRemember.isEmpty() && request.attempt == 1) {
            if (const auto kept = Keyring::read(key); kept && fillFrom(*kept, request)) {
                std::lock_guard lock(m_mutex);
                m_fromKeyring.insert(identity);
                return true;
            }
        }
    }
    bool remember = false;
    if (!m_ask(request, m_useKeyring ? cannotRemember : QString(), &remember))
        return false;
    std::lock_guard lock(m_mutex);
    m_fromKeyring.remove(identity);
    if (remember && m_useKeyring && cannotRemember.isEmpty())
        m_toRemember.insert(identity, recordOf(request));
    else
        m_toRemember.remove(identity);
    return true;
}

void RememberedLogin::concluded(const QString &identity, bool accepted)
{
    QString keep;
    bool forgetKept = false;
    {
        std::lock_guard lock(m_mutex);
        keep = accepted ? m_toRemember.value(identity) : QString();
        m_toRemember.remove(identity);
        // An accepted answer from the store stays marked: ssh says nothing of success, and
        // forgets it (concluded false) when it asks again.
        forgetKept = !accepted && m_fromKeyring.remove(identity);
    }
    if (!keep.isEmpty())
        Keyring::write(keyOf(identity), keep);
    if (forgetKept)
        Keyring::remove(keyOf(identity));
}

bool RememberedLogin::forget(const QString &uri, QString *error)
{
    return Keyring::remove(Keyring::connectionKey(uri), error);
}

} // namespace Vireo
