#pragma once

#include <QString>
#include <QStringList>

namespace Vireo {

/// What a cloud image is told at its first boot (cloud-init's NoCloud data source).
struct CloudInitConfig
{
    QString user = QStringLiteral("user"); // the account made, with sudo rights
    QString password;                      // stored only as a SHA-512 crypt hash; may be empty
    QStringList sshKeys;                   // public keys, one line each (ssh-ed25519 AAAA...)
    QString hostname;

    bool operator==(const CloudInitConfig &) const = default;
};

/// cloud-init's NoCloud seed: a small ISO 9660 image labelled "cidata" holding meta-data and
/// user-data, which cloud-init finds on any block device. Vireo attaches it to a new VM's first
/// run only, as a virtio disk (Debian's cloud kernel has no SATA, so a SATA CD-ROM is never seen),
/// and removes the file once the VM has stopped (FirstRun::Janitor).
namespace CloudInit {

/// Checks the settings; empty when they can be used, else why not.
QString validate(const CloudInitConfig &config);

/// A host name made from a VM's name: letters, digits and '-' only ("Web Server 2" ->
/// "web-server-2").
QString hostnameFor(const QString &vmName);

/// The public keys in ~/.ssh (id_*.pub), one line each, for the default of the wizard and
/// `vireo create`.
QStringList defaultSshKeys();

/// A SHA-512 crypt(3) hash of a password ("$6$salt$..."), as cloud-init's passwd takes it.
QString hashPassword(const QString &password);

/// The user-data (#cloud-config) and meta-data texts. The password appears only as its hash.
QString userData(const CloudInitConfig &config);
QString metaData(const CloudInitConfig &config, const QString &instanceId);

/// Writes the seed image at `path` with xorriso; false with the reason when it cannot.
bool writeSeed(const CloudInitConfig &config, const QString &instanceId, const QString &path,
               QString *error);

} // namespace CloudInit
} // namespace Vireo
