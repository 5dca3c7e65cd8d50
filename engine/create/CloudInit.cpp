#include "create/CloudInit.h"

#include "core/Validation.h"
#include "create/IsoImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <crypt.h>

namespace Vireo::CloudInit {

namespace {

struct CloudText
{
    Q_DECLARE_TR_FUNCTIONS(CloudText)
};

/// A YAML double-quoted string.
QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QString validate(const CloudInitConfig &config)
{
    static const QRegularExpression userName(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    if (!userName.match(config.user).hasMatch())
        return CloudText::tr("'%1' cannot be a user name: use up to 32 lowercase letters, digits, "
                             "'-' and '_', starting with a letter.")
            .arg(config.user);
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (!config.hostname.isEmpty() && !hostName.match(config.hostname).hasMatch())
        return CloudText::tr("'%1' cannot be a host name: use letters, digits and '-' (at most "
                             "63), not starting or ending with '-'.")
            .arg(config.hostname);
    for (const QString &key : config.sshKeys) {
        if (!key.startsWith(QLatin1String("ssh-")) && !key.startsWith(QLatin1String("ecdsa-"))
            && !key.startsWith(QLatin1String("sk-")))
            return CloudText::tr("'%1' is not an SSH public key (ssh-ed25519 AAAA..., "
                                 "ssh-rsa AAAA...).")
                .arg(key.left(40));
    }
    if (config.password.isEmpty() && config.sshKeys.isEmpty())
        return CloudText::tr("Give a password or an SSH key: otherwise nobody can log in.");
    return {};
}

QString hostnameFor(const QString &vmName)
{
    QString out;
    for (const QChar c : vmName.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    out = out.left(63);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("vm") : out;
}

QStringList defaultSshKeys()
{
    QStringList keys;
    const QDir ssh(QDir::homePath() + QStringLiteral("/.ssh"));
    for (const QString &file :
         ssh.entryList({QStringLiteral("id_*.pub")}, QDir::Files | QDir::Readable, QDir::Name)) {
        QFile f(ssh.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            keys << QString::fromUtf8(f.readAll()).trimmed();
    }
    return keys;
}

QString hashPassword(const QString &password)
{
    static const char chars[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray salt("$6$");
    for (int i = 0; i < 16; ++i)
        salt += chars[QRandomGenerator::system()->bounded(64)];
    crypt_data data{};
    const char *hash = crypt_r(password.toUtf8().constData(), salt.constData(), &data);
    return hash && hash[0] == '$' ? QString::fromLatin1(hash) : QString();
}

QString userData(const CloudInitConfig &config)
{
    QString text = QStringLiteral("#cloud-config\n");
    if (!config.hostname.isEmpty())
        text += QStringLiteral("hostname: %1\n").arg(config.hostname);
    text += QStringLiteral("users:\n  - name: %1\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"
                           "    shell: /bin/bash\n    groups: [sudo]\n")
                .arg(config.user);
    if (!config.password.isEmpty())
        text += QStringLiteral("    lock_passwd: false\n    passwd: %1\n")
                    .arg(quoted(hashPassword(config.password)));
    if (!config.sshKeys.isEmpty()) {
        text += QStringLiteral("    ssh_authorized_keys:\n");
        for (const QString &key : config.sshKeys)
            text += QStringLiteral("      - %1\n").arg(quoted(key));
    }
    text += QStringLiteral("ssh_pwauth: %1\n")
                .arg(config.password.isEmpty() ? QStringLiteral("false") : QStringLiteral("true"));
    return text;
}

QString metaData(const CloudInitConfig &config, const QString &instanceId)
{
    QString text = QStringLiteral("instance-id: %1\n").arg(instanceId);
    if (!config.hostname.isEmpty())
        text += QStringLiteral("local-hostname: %1\n").arg(config.hostname);
    return text;
}

bool writeSeed(const CloudInitConfig &config, const QString &instanceId, const QString &path,
               QString *error)
{
    QString why;
    if (IsoImage::write(QStringLiteral("cidata"),
                        {{QStringLiteral("user-data"), userData(config).toUtf8()},
                         {QStringLiteral("meta-data"), metaData(config, instanceId).toUtf8()}},
                        path, &why))
        return true;
    *error = CloudText::tr("Could not make the cloud-init seed %1: %2").arg(path, why);
    return false;
}

} // namespace Vireo::CloudInit
