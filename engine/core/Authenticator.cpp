// Opening a libvirt connection with a login: libvirt's credential callback answered by an
// Authenticator, refused answers asked again, and what a failed open means in words.

#include "core/Authenticator.h"

#include "core/LibvirtError.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstring>
#include <mutex>

namespace Vireo {

namespace {

struct AuthText
{
    Q_DECLARE_TR_FUNCTIONS(AuthText)
};

std::mutex g_defaultMutex;
std::shared_ptr<Authenticator> g_default;

/// One open's state, handed to libvirt's callback.
struct Asking
{
    Authenticator *auth = nullptr;
    AuthRequest request;
    bool asked = false;
    bool cancelled = false;
    QHash<int, QString> previousAnswers; // what is not secret, by credential kind
};

AuthCredential::Kind kindOf(int type)
{
    switch (type) {
    case VIR_CRED_AUTHNAME:
    case VIR_CRED_USERNAME:
        return AuthCredential::Kind::UserName;
    case VIR_CRED_PASSPHRASE:
        return AuthCredential::Kind::Password;
    case VIR_CRED_NOECHOPROMPT:
        return AuthCredential::Kind::SecretPrompt;
    default:
        return AuthCredential::Kind::Prompt;
    }
}

int answerLibvirt(virConnectCredentialPtr creds, unsigned int ncred, void *cbdata)
{
    auto *asking = static_cast<Asking *>(cbdata);
    if (!asking->auth) {
        asking->cancelled = true; // nobody to ask: as if the user said no
        return -1;
    }
    // SASL asks for an authorization name (whom to act as) beside the authentication name (who
    // logs in): the same person here, so the user is asked once and both get the answer.
    int authName = -1;
    for (unsigned int i = 0; i < ncred; ++i)
        if (creds[i].type == VIR_CRED_AUTHNAME)
            authName = int(i);
    AuthRequest request = asking->request;
    QList<unsigned int> shown; // which of libvirt's credentials each asked one is
    for (unsigned int i = 0; i < ncred; ++i) {
        if (creds[i].type == VIR_CRED_USERNAME && authName >= 0)
            continue;
        AuthCredential c;
        c.kind = kindOf(creds[i].type);
        c.prompt = QString::fromUtf8(creds[i].prompt ? creds[i].prompt : "");
        c.defaultValue = QString::fromUtf8(creds[i].defresult ? creds[i].defresult : "");
        if (!c.isSecret())
            c.result = asking->previousAnswers.value(int(c.kind));
        request.credentials << c;
        shown << i;
    }
    asking->asked = true;
    if (!asking->auth->answer(request)) {
        asking->cancelled = true;
        return -1;
    }
    auto give = [](virConnectCredentialPtr cred, const QString &text) {
        QByteArray value = text.toUtf8();
        cred->result = strdup(value.constData());
        cred->resultlen = unsigned(value.size());
        value.fill('\0'); // the secret's copy goes as soon as libvirt has its own
    };
    QString authNameAnswer;
    for (int k = 0; k < shown.size() && k < request.credentials.size(); ++k) {
        const AuthCredential &c = request.credentials.at(k);
        if (!c.isSecret())
            asking->previousAnswers.insert(int(c.kind), c.result);
        give(&creds[shown.at(k)], c.result);
        if (int(shown.at(k)) == authName)
            authNameAnswer = request.credentials.at(k).result;
    }
    for (unsigned int i = 0; i < ncred; ++i)
        if (creds[i].type == VIR_CRED_USERNAME && authName >= 0)
            give(&creds[i], authNameAnswer);
    return 0;
}

QString hostOf(const QString &uri)
{
    const QUrl url(uri);
    return url.host().isEmpty() ? AuthText::tr("this computer") : url.host();
}

/// The first quoted path in a libvirt message: the certificate or socket it names.
QString quotedPath(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral("'(/[^']+)'"));
    return quoted.match(message).captured(1);
}

Failure explained(const Failure &original, const QString &detail)
{
    Failure f = original;
    f.detail = original.detail.isEmpty() ? detail : detail + QLatin1Char('\n') + original.detail;
    return f;
}

} // namespace

Authenticator::~Authenticator() = default;

void Authenticator::concluded(const QString &, bool) {}

void Authenticator::setDefault(std::shared_ptr<Authenticator> authenticator)
{
    std::lock_guard lock(g_defaultMutex);
    g_default = std::move(authenticator);
}

std::shared_ptr<Authenticator> Authenticator::defaultAuthenticator()
{
    std::lock_guard lock(g_defaultMutex);
    return g_default;
}

virConnectPtr openConnection(const QString &uri, bool readOnly, Failure *failure,
                             std::shared_ptr<Authenticator> auth, QObject *owner)
{
    if (!auth)
        auth = Authenticator::defaultAuthenticator();
    int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE,
                       VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT};
    const QByteArray uriBytes = uri.toUtf8();
    Asking asking;
    asking.auth = auth.get();
    asking.request.uri = uri;
    asking.request.owner = owner;
    for (int attempt = 1; attempt <= kLoginAttempts; ++attempt) {
        asking.request.attempt = attempt;
        asking.asked = false;
        virConnectAuth spec{credTypes, sizeof(credTypes) / sizeof(credTypes[0]), &answerLibvirt,
                            &asking};
        virConnectPtr conn
            = virConnectOpenAuth(uriBytes.constData(), &spec, readOnly ? VIR_CONNECT_RO : 0);
        if (conn) {
            if (asking.asked)
                auth->concluded(uri, true);
            *failure = {};
            return conn;
        }
        const Failure why = takeLibvirtError(AuthText::tr("Could not connect to %1.").arg(uri));
        if (asking.cancelled) {
            *failure = Failure::of(Failure::Kind::Cancelled,
                                   AuthText::tr("Login to %1 cancelled.").arg(hostOf(uri)),
                                   AuthText::tr("The connection stays closed. Connect again to "
                                                "log in."));
            return nullptr;
        }
        const bool refused = asking.asked && why.isLibvirt(VIR_ERR_AUTH_FAILED);
        if (asking.asked)
            auth->concluded(uri, false);
        if (!refused || attempt == kLoginAttempts) {
            *failure = explainOpenFailure(uri, why);
            return nullptr;
        }
        asking.request.previousFailure
            = AuthText::tr("%1 did not accept the user name or password.").arg(hostOf(uri));
    }
    return nullptr;
}

void closeConnection(virConnectPtr conn)
{
    if (conn)
        virConnectClose(conn);
    virResetLastError();
}

Failure explainOpenFailure(const QString &uri, const Failure &failure)
{
    const QString message = failure.detail;
    const QString path = quotedPath(message);
    const QString host = hostOf(uri);
    if (failure.isLibvirt(VIR_ERR_AUTH_FAILED)
        && !message.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        return explained(failure,
                         AuthText::tr("%1 refused the login %2 times: the user name or password "
                                      "is wrong, or this user may not use libvirt there (for "
                                      "SASL, its administrator adds users with saslpasswd2 -a "
                                      "libvirt).")
                             .arg(host)
                             .arg(kLoginAttempts));
    if (message.contains(QLatin1String("CA certificate")))
        return explained(
            failure,
            AuthText::tr("qemu+tls needs the certificate of the authority that "
                         "signed %1's certificate, at %2 (as root; otherwise in "
                         "~/.pki/libvirt/cacert.pem), or in the folder the URI's "
                         "pkipath= names.")
                .arg(host, path.isEmpty() ? QStringLiteral("/etc/pki/CA/cacert.pem") : path));
    if (message.contains(QLatin1String("private key"))
        || message.contains(QLatin1String("Cannot read certificate")))
        return explained(failure,
                         AuthText::tr("qemu+tls needs this computer's client certificate and "
                                      "key, signed by the authority %1 trusts: %2 is missing or "
                                      "unreadable. libvirt looks in /etc/pki/libvirt/"
                                      "clientcert.pem and /etc/pki/libvirt/private/clientkey.pem "
                                      "(as root) or in ~/.pki/libvirt/.")
                             .arg(host, path));
    if (message.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        return explained(failure,
                         AuthText::tr("%1's TLS certificate was not accepted: it must be signed "
                                      "by the authority in /etc/pki/CA/cacert.pem, be valid "
                                      "today, and name the host exactly as the URI does (%1). "
                                      "Adding ?no_verify=1 to the URI skips the check, at the "
                                      "cost of not knowing who answers.")
                             .arg(host));
    // Without polkit's answer (no agent, or no system bus to reach it) libvirt refuses all but
    // root on qemu:///system.
    if (failure.isLibvirt(VIR_ERR_AUTH_UNAVAILABLE) || message.contains(QLatin1String("polkit"))
        || message.contains(QLatin1String("system bus")))
        return explained(failure,
                         AuthText::tr("libvirt asked polkit whether your user may manage %1's "
                                      "virtual machines, and nothing allowed it. Join the "
                                      "libvirt group (sudo adduser $USER libvirt, then log in "
                                      "again), or connect read-only, or use qemu:///session for "
                                      "machines of your own.")
                             .arg(host));
    if (failure.isLibvirt(VIR_ERR_ACCESS_DENIED))
        return explained(failure,
                         AuthText::tr("%1's access rules do not let your user do this. Ask its "
                                      "administrator, or connect read-only.")
                             .arg(host));
    if (message.contains(QLatin1String("Permission denied")))
        return explained(failure,
                         AuthText::tr("Your user may not open libvirt's socket %1. Join the "
                                      "libvirt group (sudo adduser $USER libvirt, then log in "
                                      "again), or connect read-only (its read-only socket is "
                                      "open to all), or use qemu:///session.")
                             .arg(path));
    if (message.contains(QLatin1String("No such file or directory"))
        && path.endsWith(QLatin1String("-sock")))
        return explained(failure,
                         AuthText::tr("The libvirt daemon is not running on %1 (no socket at "
                                      "%2). Start it: sudo systemctl start libvirtd (or "
                                      "virtqemud.socket).")
                             .arg(host, path));
    return failure;
}

bool needsTheUser(const Failure &failure)
{
    if (failure.detail.contains(QLatin1String("polkit")))
        return true;
    if (failure.kind == Failure::Kind::Cancelled)
        return true;
    if (failure.isLibvirt(VIR_ERR_AUTH_FAILED) || failure.isLibvirt(VIR_ERR_AUTH_UNAVAILABLE)
        || failure.isLibvirt(VIR_ERR_AUTH_CANCELLED) || failure.isLibvirt(VIR_ERR_ACCESS_DENIED))
        return true;
    return failure.detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive)
           || failure.detail.contains(QLatin1String("Permission denied"));
}

} // namespace Vireo
