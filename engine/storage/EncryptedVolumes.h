#pragma once

#include <QString>

typedef struct _virConnect *virConnectPtr;
typedef struct _virDomain *virDomainPtr;
typedef struct _virStoragePool *virStoragePoolPtr;
typedef struct _virStorageVol *virStorageVolPtr;

namespace Vireo {

/// Encrypted disks: a qcow2 volume encrypted with LUKS, its passphrase a libvirt secret that is
/// private (libvirt never gives its value back) and kept across restarts. QEMU opens the disk
/// with the secret; without it the VM does not start.
namespace EncryptedVolumes {

/// The shortest passphrase Vireo accepts.
constexpr int kMinimumPassphrase = 8;
/// Why a passphrase (and its repetition) will not do, in words; empty when it will.
QString checkPassphrase(const QString &passphrase, const QString &repeated);

/// Makes a LUKS-encrypted qcow2 volume named after `name` (made an identifier, as QEMU needs:
/// "disk-" before a leading digit, other characters as '-') of `capacity` bytes in `pool`, and
/// the secret holding `passphrase` (its UUID in `secretUuid`). Blocking (on a worker): qemu-img's
/// spurious "Unable to get accurate CPU usage" is retried with a new qemu-img. Null with `why`
/// when it could not; nothing is left behind then.
virStorageVolPtr create(virConnectPtr conn, virStoragePoolPtr pool, const QString &name,
                        quint64 capacity, const QString &passphrase, QString *secretUuid,
                        QString *why);

/// The <encryption> element a disk's <source> carries for such a volume.
QString encryptionXml(const QString &secretUuid);

/// Deletes a secret (the disk it opened is gone). Blocking.
void removeSecret(virConnectPtr conn, const QString &secretUuid);

/// libvirt's refusal to start a VM whose disk's secret is missing, explained; empty when the
/// message is about something else.
QString explainStartFailure(const QString &libvirtMessage);

/// Also keeps the passphrase of the disk opened by `secretUuid` in the desktop's keyring (when
/// the user asks): if the libvirt secret is ever lost, Vireo puts it back from there. False with
/// *why (no keyring). Blocking.
bool rememberPassphrase(const QString &secretUuid, const QString &passphrase,
                        QString *why = nullptr);

/// Where the keyring keeps a disk's passphrase: by its libvirt secret's UUID.
QString keyringKey(const QString &secretUuid);

/// Before a start: each secret the VM's encrypted disks name that libvirt no longer has is
/// defined again, with its UUID, from the keyring when the passphrase was kept there. The number
/// put back. Blocking (the connection's worker).
int restoreFromKeyring(virDomainPtr dom);

} // namespace EncryptedVolumes
} // namespace Vireo
