#pragma once

#include "core/Authenticator.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <mutex>

namespace Vireo {

/// An Authenticator that remembers logins in the desktop's secret store (Keyring), never in a
/// file: on a first attempt a remembered login answers without asking; otherwise `ask` asks the
/// user. Answers the user chose to remember are kept once the host accepted them; a remembered
/// login the host refused is forgotten (and the user asked). Thread-safe: connections open on
/// their own workers.
class RememberedLogin : public Authenticator
{
public:
    /// What `ask` is told besides the request: why the login cannot be remembered (empty when
    /// it can). It fills in the results and *remember; false when the user cancelled. Called on
    /// the opening thread; it may block there until the user answers.
    using Ask
        = std::function<bool(AuthRequest &request, const QString &cannotRemember, bool *remember)>;

    explicit RememberedLogin(Ask ask, bool useKeyring = true);

    bool answer(AuthRequest &request) override;
    void concluded(const QString &identity, bool accepted) override;

    /// Forgets the remembered login of a connection (Vireo's "Forget Password").
    static bool forget(const QString &uri, QString *error = nullptr);

private:
    Ask m_ask;
    bool m_useKeyring;
    std::mutex m_mutex;
    // By identity (rememberAs, else the URI):
    QHash<QString, QString> m_toRemember; // answers to keep once accepted
    QSet<QString> m_fromKeyring;          // answered from the store this time
};

} // namespace Vireo
