#include "storage/EncryptedVolumes.h"

#include "core/Keyring.h"
#include "core/LibvirtError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::EncryptedVolumes {

namespace {

struct EncryptionText
{
    Q_DECLARE_TR_FUNCTIONS(EncryptionText)
};

/// Defines a private secret (with this UUID, or a new one when empty) holding `passphrase`;
/// its UUID, or empty with libvirt's reason.
QString defineSecret(virConnectPtr conn, const QString &uuid, const QString &description,
                     const QString &passphrase, QString *why)
{
    const QByteArray xml
        = QStringLiteral("<secret ephemeral='no' private='yes'>%1"
                         "<description>%2</description></secret>")
              .arg(uuid.isEmpty() ? QString() : QStringLiteral("<uuid>%1</uuid>").arg(uuid),
                   description.toHtmlEscaped())
              .toUtf8();
    virSecretPtr secret = virSecretDefineXML(conn, xml.constData(), 0);
    if (!secret) {
        *why = takeLibvirtError(EncryptionText::tr("Could not keep the passphrase as a libvirt "
                                                   "secret."))
                   .text();
        return {};
    }
    char made[VIR_UUID_STRING_BUFLEN] = {};
    virSecretGetUUIDString(secret, made);
    QByteArray value = passphrase.toUtf8();
    const int set = virSecretSetValue(secret, reinterpret_cast<const unsigned char *>(value.data()),
                                      size_t(value.size()), 0);
    value.fill('\0'); // not left in this process's memory longer than needed
    if (set < 0) {
        *why = takeLibvirtError(EncryptionText::tr("Could not keep the passphrase as a libvirt "
                                                   "secret."))
                   .text();
        virSecretUndefine(secret);
    }
    virSecretFree(secret);
    return set == 0 ? QString::fromLatin1(made) : QString();
}

} // namespace

QString checkPassphrase(const QString &passphrase, const QString &repeated)
{
    if (passphrase.size() < kMinimumPassphrase)
        return EncryptionText::tr("The passphrase needs at least %1 characters.")
            .arg(kMinimumPassphrase);
    if (passphrase != repeated)
        return EncryptionText::tr("The two passphrases differ: type the same one twice.");
    return {};
}

QString encryptionXml(const QString &secretUuid)
{
    return QStringLiteral("<encryption format='luks'><secret type='passphrase' uuid='%1'/>"
                          "</encryption>")
        .arg(secretUuid.toHtmlEscaped());
}

namespace {

/// libvirt names QEMU's secret object after the volume, and QEMU takes only identifiers there
/// (a letter first, then letters, digits, '-', '.', '_'): a volume name that is none gets a
/// "disk-" prefix and its other characters replaced.
QString identifierName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-')
                       || c == QLatin1Char('.') || c == QLatin1Char('_')
                   ? c
                   : QLatin1Char('-');
    if (out.isEmpty() || !out.at(0).isLetter())
        out.prepend(QStringLiteral("disk-"));
    return out;
}

} // namespace

virStorageVolPtr create(virConnectPtr conn, virStoragePoolPtr pool, const QString &requested,
                        quint64 capacity, const QString &passphrase, QString *secretUuid,
                        QString *why)
{
    QString name = identifierName(requested);
    for (int n = 2;
         virStorageVolPtr existing = virStorageVolLookupByName(pool, name.toUtf8().constData());
         ++n) {
        virStorageVolFree(existing);
        name = identifierName(requested).replace(QStringLiteral(".qcow2"),
                                                 QStringLiteral("-%1.qcow2").arg(n));
    }
    virResetLastError();
    // The secret first: the volume is encrypted with it as it is made. Private (never read
    // back), not ephemeral (kept across daemon restarts); no usage, so that a rename of the
    // volume never orphans it.
    *secretUuid = defineSecret(
        conn, {}, EncryptionText::tr("Vireo: passphrase of the encrypted disk %1").arg(name),
        passphrase, why);
    if (secretUuid->isEmpty())
        return nullptr;
    const QByteArray xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2"
                                          "</capacity><target><format type='qcow2'/>%3</target>"
                                          "</volume>")
                               .arg(name.toHtmlEscaped())
                               .arg(capacity)
                               .arg(encryptionXml(*secretUuid))
                               .toUtf8();
    // qemu-img times its key derivation with the thread's CPU time, which the kernel may
    // sample as zero on a busy machine ("Unable to get accurate CPU usage"): each try is a new
    // qemu-img that measures again (CI saw three tries in a row fail, so there are eight).
    virStorageVolPtr volume = nullptr;
    for (int attempt = 0; attempt < 8 && !volume; ++attempt) {
        volume = virStorageVolCreateXML(pool, xml.constData(), 0);
        const virErrorPtr err = volume ? nullptr : virGetLastError();
        if (!err || !err->message
            || !QByteArray(err->message).contains("Unable to get accurate CPU usage"))
            break;
    }
    if (!volume) {
        *why = takeLibvirtError(
                   EncryptionText::tr("Could not create the encrypted disk %1.").arg(name))
                   .text();
        removeSecret(conn, *secretUuid);
        secretUuid->clear();
    }
    virResetLastError();
    return volume;
}

void removeSecret(virConnectPtr conn, const QString &secretUuid)
{
    if (virSecretPtr s = virSecretLookupByUUIDString(conn, secretUuid.toLatin1().constData())) {
        virSecretUndefine(s);
        virSecretFree(s);
    }
    virResetLastError();
    // The disk is gone: so is any copy of its passphrase in the keyring.
    if (Keyring::unavailableReason().isEmpty())
        Keyring::remove(keyringKey(secretUuid));
}

QString keyringKey(const QString &secretUuid)
{
    return QStringLiteral("disk secret %1").arg(secretUuid);
}

bool rememberPassphrase(const QString &secretUuid, const QString &passphrase, QString *why)
{
    QString error = Keyring::unavailableReason();
    if (error.isEmpty() && Keyring::write(keyringKey(secretUuid), passphrase, &error))
        return true;
    if (why)
        *why = error;
    return false;
}

int restoreFromKeyring(virDomainPtr dom)
{
    char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    const QString xml = QString::fromUtf8(raw ? raw : "");
    free(raw);
    virResetLastError();
    static const QRegularExpression secretRef(
        QStringLiteral("<secret type='passphrase' uuid='([0-9a-fA-F-]{36})'"));
    virConnectPtr conn = virDomainGetConnect(dom);
    int restored = 0;
    bool keyringChecked = false;
    for (auto it = secretRef.globalMatch(xml); it.hasNext();) {
        const QString uuid = it.next().captured(1);
        if (virSecretPtr s = virSecretLookupByUUIDString(conn, uuid.toLatin1().constData())) {
            virSecretFree(s);
            continue;
        }
        virResetLastError();
        if (!keyringChecked && !Keyring::unavailableReason().isEmpty())
            return restored;
        keyringChecked = true;
        const auto passphrase = Keyring::read(keyringKey(uuid));
        QString why;
        if (passphrase
            && !defineSecret(conn, uuid,
                             EncryptionText::tr("Vireo: passphrase of an encrypted disk, put back "
                                                "from the keyring"),
                             *passphrase, &why)
                    .isEmpty())
            ++restored;
    }
    virResetLastError();
    return restored;
}

QString explainStartFailure(const QString &message)
{
    if (!message.contains(QLatin1String("secret"), Qt::CaseInsensitive))
        return {};
    return EncryptionText::tr("An encrypted disk of this VM cannot be opened: the libvirt secret "
                              "holding its passphrase is missing (deleted, or the VM came from "
                              "another host). Define the secret again with the same UUID and "
                              "passphrase (virsh secret-define, secret-set-value), or remove the "
                              "disk.");
}

} // namespace Vireo::EncryptedVolumes
