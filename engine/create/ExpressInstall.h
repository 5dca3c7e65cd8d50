#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Vireo {

struct UnattendedConfig;
struct UnattendedScript;
struct VmSpec;

/// An express install's media, made on this machine for the install run only (VmCreator puts
/// them in the first-run definition, FirstRun::Janitor removes them when that run is over).
///
/// Linux installers read their script from the initrd: the installer's kernel and initrd are
/// taken out of the install image, the script is appended to the initrd as one more cpio
/// archive (the kernel unpacks them all), and the machine boots them directly with the script's
/// kernel arguments. Windows reads autounattend.xml from any removable medium: a small ISO.
namespace ExpressInstall {

/// Checks an express install's settings against what the installers accept (a Linux user name
/// of lower-case letters, digits, '-' and '_', not a system account; a password the installer
/// takes; Windows' limits for Windows). Empty when they can be used, else why not.
QString validate(const UnattendedConfig &config, bool windows);

/// The settings of `vireo create --unattended`: comma-separated key=value pairs, user and
/// password-file required; admin-password-file, timezone, lang, product-key, hostname and
/// realname optional. Passwords are the first line of their files. False with the reason.
bool parseOptions(const QString &text, UnattendedConfig *config, QString *error);

/// A cpio archive ("newc" format, as the kernel's initramfs reader takes it) holding each file
/// (name, contents) at its root, mode 0644.
QByteArray cpioArchive(const QList<QPair<QString, QByteArray>> &files);

/// Copies the installer's kernel and initrd out of an ISO image to `kernelOut` and `initrdOut`,
/// trying each (kernel, initrd) pair of paths in the image (libosinfo's, for the OS) in turn.
/// False with the reason when none is there or the image cannot be read.
bool extractBootFiles(const QString &iso, const QList<QPair<QString, QString>> &candidates,
                      const QString &kernelOut, const QString &initrdOut, QString *error);

/// Makes the boot files of an initrd injection: the kernel and initrd from `iso`, the script
/// appended to the initrd. False with the reason (and nothing left) when it cannot.
bool writeInitrdBoot(const QString &iso, const UnattendedScript &script, const QString &kernelOut,
                     const QString &initrdOut, QString *error);

/// Writes the script, with the helper scripts it runs, as the files of an ISO image labelled
/// OEMDRV (Windows' autounattend.xml and windows.cmd, a kickstart on a CD). False with the
/// reason when it cannot.
bool writeScriptMedia(const UnattendedScript &script, const QString &path, QString *error);

/// Makes the install run of `firstRun` express: the script's media written into `dir` (named
/// after `name`), the run booting them and ending at the guest's reboot. The files made are
/// added to `files`. False with the reason, and nothing left, when it cannot.
bool prepareRun(const UnattendedScript &script, const QString &installImage,
                const QString &extraKernelArgs, const QString &dir, const QString &name,
                VmSpec &firstRun, QStringList &files, QString *error);

} // namespace ExpressInstall
} // namespace Vireo
