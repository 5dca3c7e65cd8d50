#include "create/ExpressInstall.h"

#include "create/IsoImage.h"
#include "create/OsDatabase.h"
#include "create/VmSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Vireo::ExpressInstall {

namespace {

struct ExpressText
{
    Q_DECLARE_TR_FUNCTIONS(ExpressText)
};

void appendHex(QByteArray &out, quint32 value)
{
    out += QByteArray::number(value, 16).rightJustified(8, '0').toUpper();
}

void appendEntry(QByteArray &out, const QByteArray &name, const QByteArray &data, quint32 mode,
                 quint32 ino)
{
    out += "070701";
    appendHex(out, ino);
    appendHex(out, mode);
    appendHex(out, 0); // uid
    appendHex(out, 0); // gid
    appendHex(out, 1); // nlink
    appendHex(out, 0); // mtime
    appendHex(out, quint32(data.size()));
    for (int i = 0; i < 4; ++i) // devmajor, devminor, rdevmajor, rdevminor
        appendHex(out, 0);
    appendHex(out, quint32(name.size() + 1));
    appendHex(out, 0); // check
    out += name;
    out += '\0';
    while (out.size() % 4)
        out += '\0';
    out += data;
    while (out.size() % 4)
        out += '\0';
}

} // namespace

QString validate(const UnattendedConfig &config, bool windows)
{
    if (config.user.isEmpty())
        return ExpressText::tr("Give a user name.");
    if (windows) {
        static const QRegularExpression badWindows(QStringLiteral("[\\\\/\\[\\]:;|=,+*?<>\"@]"));
        if (config.user.size() > 20 || config.user.contains(badWindows)
            || config.user.compare(QLatin1String("Administrator"), Qt::CaseInsensitive) == 0
            || config.user.compare(QLatin1String("Guest"), Qt::CaseInsensitive) == 0)
            return ExpressText::tr("Windows takes user names of at most 20 characters, without "
                                   "\\ / [ ] : ; | = , + * ? < > \" @, other than Administrator "
                                   "and Guest.");
    } else {
        static const QRegularExpression goodLinux(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
        static const QStringList system{QStringLiteral("root"),
                                        QStringLiteral("daemon"),
                                        QStringLiteral("bin"),
                                        QStringLiteral("sys"),
                                        QStringLiteral("sync"),
                                        QStringLiteral("games"),
                                        QStringLiteral("man"),
                                        QStringLiteral("lp"),
                                        QStringLiteral("mail"),
                                        QStringLiteral("news"),
                                        QStringLiteral("uucp"),
                                        QStringLiteral("proxy"),
                                        QStringLiteral("www-data"),
                                        QStringLiteral("backup"),
                                        QStringLiteral("list"),
                                        QStringLiteral("irc"),
                                        QStringLiteral("nobody"),
                                        QStringLiteral("adm"),
                                        QStringLiteral("admin"),
                                        QStringLiteral("sudo"),
                                        QStringLiteral("wheel"),
                                        QStringLiteral("users"),
                                        QStringLiteral("systemd-network")};
        if (!goodLinux.match(config.user).hasMatch())
            return ExpressText::tr("'%1' is not a user name Linux installers take: lower-case "
                                   "letters, digits, '-' and '_', starting with a letter, at "
                                   "most 32.")
                .arg(config.user);
        if (system.contains(config.user))
            return ExpressText::tr("'%1' is a system account: choose another user name.")
                .arg(config.user);
    }
    if (config.password.isEmpty())
        return ExpressText::tr("Give a password.");
    for (const QString *p : {&config.password, &config.adminPassword}) {
        if (p->contains(QLatin1Char('\n')) || p->contains(QLatin1Char('\r')))
            return ExpressText::tr("A password cannot hold a line break.");
        if (windows && p->size() > 127)
            return ExpressText::tr("Windows takes passwords of at most 127 characters.");
    }
    return {};
}

bool parseOptions(const QString &text, UnattendedConfig *config, QString *error)
{
    const auto firstLine = [error](const QString &file, QString *out) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = ExpressText::tr("Cannot read the password file %1.").arg(file);
            return false;
        }
        *out = QString::fromUtf8(f.readLine()).trimmed();
        return true;
    };
    *config = UnattendedConfig();
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty()) {
            *error = ExpressText::tr("'%1' is not key=value.").arg(pair);
            return false;
        }
        if (key == QLatin1String("user"))
            config->user = value;
        else if (key == QLatin1String("password-file")) {
            if (!firstLine(value, &config->password))
                return false;
        } else if (key == QLatin1String("admin-password-file")) {
            if (!firstLine(value, &config->adminPassword))
                return false;
        } else if (key == QLatin1String("timezone"))
            config->timezone = value;
        else if (key == QLatin1String("lang"))
            config->language = value;
        else if (key == QLatin1String("product-key"))
            config->productKey = value;
        else if (key == QLatin1String("hostname"))
            config->hostname = value;
        else if (key == QLatin1String("realname"))
            config->realName = value;
        else {
            *error = ExpressText::tr("Unknown setting '%1': user, password-file, "
                                     "admin-password-file, timezone, lang, product-key, hostname "
                                     "or realname.")
                         .arg(key);
            return false;
        }
    }
    if (config->user.isEmpty() || config->password.isEmpty()) {
        *error = ExpressText::tr("An express install needs user=NAME and password-file=FILE "
                                 "(a file whose first line is the password).");
        return false;
    }
    return true;
}

QByteArray cpioArchive(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray out;
    quint32 ino = 1;
    for (const auto &[name, data] : files)
        appendEntry(out, name.toUtf8(), data, 0100644, ino++);
    appendEntry(out, "TRAILER!!!", {}, 0, 0);
    while (out.size() % 512) // a whole block, as cpio writes it
        out += '\0';
    return out;
}

bool extractBootFiles(const QString &iso, const QList<QPair<QString, QString>> &candidates,
                      const QString &kernelOut, const QString &initrdOut, QString *error)
{
    if (!QFile::exists(iso)) {
        *error = ExpressText::tr("The install image %1 does not exist.").arg(iso);
        return false;
    }
    QString why;
    for (const auto &[kernel, initrd] : candidates) {
        QFile::remove(kernelOut);
        QFile::remove(initrdOut);
        const QString k = kernel.startsWith(QLatin1Char('/')) ? kernel : QLatin1Char('/') + kernel;
        const QString i = initrd.startsWith(QLatin1Char('/')) ? initrd : QLatin1Char('/') + initrd;
        if (IsoImage::xorriso({QStringLiteral("-osirrox"), QStringLiteral("on"),
                               QStringLiteral("-indev"), iso, QStringLiteral("-extract"), k,
                               kernelOut, QStringLiteral("-extract"), i, initrdOut},
                              &why)
            && QFileInfo(kernelOut).size() > 0 && QFileInfo(initrdOut).size() > 0) {
            // Extracted files keep the image's read-only mode; the initrd gets the script.
            QFile::setPermissions(kernelOut, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                 | QFile::ReadOther);
            QFile::setPermissions(initrdOut, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                 | QFile::ReadOther);
            return true;
        }
        if (why.contains(QLatin1String("not installed")))
            break;
    }
    QFile::remove(kernelOut);
    QFile::remove(initrdOut);
    *error = why.contains(QLatin1String("not installed"))
                 ? why
                 : ExpressText::tr("%1 has no installer kernel where this OS keeps it (%2): is it "
                                   "the install image of the OS chosen?")
                       .arg(iso, candidates.isEmpty() ? ExpressText::tr("libosinfo knows none")
                                                      : candidates.constFirst().first);
    return false;
}

bool writeInitrdBoot(const QString &iso, const UnattendedScript &script, const QString &kernelOut,
                     const QString &initrdOut, QString *error)
{
    if (!extractBootFiles(iso, script.bootFiles, kernelOut, initrdOut, error))
        return false;
    QFile initrd(initrdOut);
    // The kernel takes an uncompressed archive only at a 4-byte boundary of the whole initrd
    // (it counts the zeros it skips): a compressed one may end anywhere, so pad with zeros.
    QByteArray archive(int((4 - QFileInfo(initrdOut).size() % 4) % 4), '\0');
    archive += cpioArchive({{script.fileName, script.text.toUtf8()}});
    if (!initrd.open(QIODevice::Append) || initrd.write(archive) != archive.size()) {
        *error = ExpressText::tr("Could not add the install script to %1: %2")
                     .arg(initrdOut, initrd.errorString());
        initrd.close();
        QFile::remove(kernelOut);
        QFile::remove(initrdOut);
        return false;
    }
    return true;
}

bool writeScriptMedia(const UnattendedScript &script, const QString &path, QString *error)
{
    QList<QPair<QString, QByteArray>> files{{script.fileName, script.text.toUtf8()}};
    for (const auto &[name, text] : script.helperFiles)
        files.append({name, text.toUtf8()});
    QString why;
    if (IsoImage::write(QStringLiteral("OEMDRV"), files, path, &why))
        return true;
    *error = ExpressText::tr("Could not make the install script's media %1: %2").arg(path, why);
    return false;
}

bool prepareRun(const UnattendedScript &script, const QString &installImage,
                const QString &extraKernelArgs, const QString &dir, const QString &name,
                VmSpec &firstRun, QStringList &files, QString *error)
{
    const QString base = dir + QLatin1Char('/') + name;
    if (script.injection == QLatin1String("initrd")) {
        const QString kernel = base + QStringLiteral("-install-kernel");
        const QString initrd = base + QStringLiteral("-install-initrd");
        if (!writeInitrdBoot(installImage, script, kernel, initrd, error))
            return false;
        files << kernel << initrd;
        firstRun.kernel = kernel;
        firstRun.initrd = initrd;
        firstRun.kernelArgs = (script.kernelArgs + QLatin1Char(' ') + extraKernelArgs).simplified();
    } else if (script.injection == QLatin1String("cdrom")
               || script.injection == QLatin1String("floppy")) {
        // Windows reads autounattend.xml from any removable medium: a CD-ROM beside the
        // install image, for the install run only.
        const QString media = base + QStringLiteral("-install-script.iso");
        if (!writeScriptMedia(script, media, error))
            return false;
        files << media;
        VmDisk cd;
        cd.device = VmDisk::Device::Cdrom;
        cd.format = QStringLiteral("raw");
        cd.bus = QStringLiteral("sata");
        for (const VmDisk &d : firstRun.disks) {
            if (d.device == VmDisk::Device::Cdrom)
                cd.bus = d.bus;
        }
        cd.path = media;
        firstRun.disks << cd;
    } else {
        *error = ExpressText::tr("Vireo cannot hand this OS its install script (it wants it on "
                                 "a %1).")
                     .arg(script.injection);
        return false;
    }
    firstRun.stopOnReboot = true;
    return true;
}

} // namespace Vireo::ExpressInstall
