#include "core/ConnectionSession.h"

#include "core/LibvirtError.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstring>

namespace Vireo {

namespace {

struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)
};

} // namespace

Failure ConnectionSession::open(const QByteArray &uri, bool readOnly)
{
    closeConnection();
    int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE,
                       VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT};
    virConnectAuth authSpec{credTypes, sizeof(credTypes) / sizeof(credTypes[0]),
                            &ConnectionSession::authenticate, this};
    virConnectPtr opened
        = virConnectOpenAuth(uri.constData(), &authSpec, readOnly ? VIR_CONNECT_RO : 0);
    if (!opened)
        return takeLibvirtError(
            SessionText::tr("Could not connect to %1.").arg(QString::fromUtf8(uri)));
    // Keepalive is a feature of daemon connections; in-process drivers refuse it. A daemon that
    // stops answering shows as "not responding" within seconds (the watchdog); the connection
    // itself is only given up after 40 s, so that a short freeze costs the user no failed
    // operations.
    if (virConnectSetKeepAlive(opened, 10, 3) < 0)
        virResetLastError();
    std::lock_guard lock(m_connMutex);
    conn = opened;
    return {};
}

virConnectPtr ConnectionSession::acquire()
{
    std::lock_guard lock(m_connMutex);
    if (!conn || virConnectRef(conn) < 0)
        return nullptr;
    return conn;
}

void ConnectionSession::closeConnection()
{
    if (!conn)
        return;
    for (int id : domainCallbacks)
        virConnectDomainEventDeregisterAny(conn, id);
    for (int id : networkCallbacks)
        virConnectNetworkEventDeregisterAny(conn, id);
    for (int id : poolCallbacks)
        virConnectStoragePoolEventDeregisterAny(conn, id);
    domainCallbacks.clear();
    networkCallbacks.clear();
    poolCallbacks.clear();
    virConnectUnregisterCloseCallback(conn, nullptr);
    virConnectPtr old = nullptr;
    {
        std::lock_guard lock(m_connMutex);
        old = conn;
        conn = nullptr;
    }
    // A long job still holding its own reference keeps the connection open until it ends; its
    // calls then fail as on any closed connection.
    virConnectClose(old);
    virResetLastError();
}

int ConnectionSession::authenticate(virConnectCredentialPtr creds, unsigned int ncred, void *cbdata)
{
    auto *session = static_cast<ConnectionSession *>(cbdata);
    Connection::AuthHandler handler;
    {
        std::lock_guard lock(session->authMutex);
        handler = session->auth;
    }
    if (!handler)
        return -1;
    QList<AuthCredential> list;
    for (unsigned int i = 0; i < ncred; ++i) {
        AuthCredential c;
        switch (creds[i].type) {
        case VIR_CRED_AUTHNAME:
        case VIR_CRED_USERNAME:
            c.kind = AuthCredential::Kind::UserName;
            break;
        case VIR_CRED_PASSPHRASE:
            c.kind = AuthCredential::Kind::Password;
            break;
        case VIR_CRED_NOECHOPROMPT:
            c.kind = AuthCredential::Kind::SecretPrompt;
            break;
        default:
            c.kind = AuthCredential::Kind::Prompt;
            break;
        }
        c.prompt = QString::fromUtf8(creds[i].prompt ? creds[i].prompt : "");
        c.defaultValue = QString::fromUtf8(creds[i].defresult ? creds[i].defresult : "");
        list << c;
    }
    if (!handler(list))
        return -1;
    for (unsigned int i = 0; i < ncred && i < unsigned(list.size()); ++i) {
        const QByteArray value = list.at(i).result.toUtf8();
        creds[i].result = strdup(value.constData());
        creds[i].resultlen = unsigned(value.size());
    }
    return 0;
}

} // namespace Vireo
