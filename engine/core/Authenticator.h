#pragma once

#include "core/Failure.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

typedef struct _virConnect *virConnectPtr;

namespace Vireo {

/// A credential libvirt asks for while opening a connection (user name, password...).
struct AuthCredential
{
    enum class Kind { UserName, Password, Prompt, SecretPrompt };
    Kind kind;
    QString prompt;
    QString defaultValue;
    QString result;

    /// Whether the answer is a secret (never shown, logged or stored in a file).
    bool isSecret() const { return kind == Kind::Password || kind == Kind::SecretPrompt; }
};

/// What libvirt asks when a connection opens, and how the previous answers fared.
struct AuthRequest
{
    QString uri;
    int attempt = 1;         ///< 1 to kLoginAttempts
    QString previousFailure; ///< why the previous answers were refused (attempt > 1)
    /// What a remembered answer is kept under (ssh's question); empty: the URI's login.
    QString rememberAs;
    /// What asks (a Connection), on the GUI thread: a prompt goes when it does.
    QPointer<QObject> owner;
    /// The questions; on a new attempt, what is not secret holds the previous answer.
    QList<AuthCredential> credentials;
};

/// How often refused answers are asked again before the connection stays closed.
constexpr int kLoginAttempts = 3;

/// Answers libvirt's questions while a connection opens: the desktop's login dialog, the
/// terminal's prompt, a test. Called on the opening thread (a connection's worker), never on the
/// GUI thread; an implementation that asks the user waits there for the answer.
class Authenticator
{
public:
    virtual ~Authenticator();

    /// Fills in each credential's result; false when the user cancelled.
    virtual bool answer(AuthRequest &request) = 0;
    /// After an open that asked: whether the last answers were accepted (a remembered password
    /// is kept or forgotten on this). `identity` is the request's rememberAs, else its URI. On
    /// the opening thread.
    virtual void concluded(const QString &identity, bool accepted);

    /// The authenticator of every connection that has none of its own (the application's).
    static void setDefault(std::shared_ptr<Authenticator> authenticator);
    static std::shared_ptr<Authenticator> defaultAuthenticator();
};

/// Opens a libvirt connection with `auth` (the default one when null) answering its questions:
/// answers the host refuses are asked again, kLoginAttempts times in all; a cancelled prompt
/// ends it with a Failure of kind Cancelled. Other failures are explained (explainOpenFailure).
/// Null with *failure set when it did not open. Blocking: never on the GUI thread.
virConnectPtr openConnection(const QString &uri, bool readOnly, Failure *failure,
                             std::shared_ptr<Authenticator> auth = {}, QObject *owner = nullptr);

/// Closes what openConnection opened. Blocking (the daemon is told): not on the GUI thread.
void closeConnection(virConnectPtr conn);

/// A failed open, explained: what to do about a refused login, missing or wrong TLS
/// certificates (which file, where libvirt looks), a socket the user may not open or polkit's
/// refusal (the libvirt group, read-only), with libvirt's own message kept in the detail.
Failure explainOpenFailure(const QString &uri, const Failure &failure);

/// Whether a failed open needs the user (a refused or cancelled login, a certificate, a
/// permission): reconnecting by itself would only fail again.
bool needsTheUser(const Failure &failure);

} // namespace Vireo
