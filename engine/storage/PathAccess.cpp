// Whether QEMU's user can reach a file, and the ACL fix (see PathAccess.h). POSIX ACLs are read
// and written as the kernel's extended attribute (system.posix_acl_access) directly: no libacl.

#include "storage/PathAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace Vireo::PathAccess {

namespace {

struct AccessText
{
    Q_DECLARE_TR_FUNCTIONS(AccessText)
};

const char kAclName[] = "system.posix_acl_access";

// The kernel's ACL layout (linux/posix_acl_xattr.h).
constexpr quint32 kAclVersion = 2;
enum Tag : quint16 {
    UserObj = 0x01,
    User = 0x02,
    GroupObj = 0x04,
    Group = 0x08,
    Mask = 0x10,
    Other = 0x20
};
constexpr quint16 kSearch = 0x01; // x

struct Entry
{
    quint16 tag;
    quint16 perm;
    quint32 id;
};

struct Who
{
    uid_t uid = 0;
    std::vector<gid_t> groups;
    bool valid = false;
};

Who who(const QString &user)
{
    Who w;
    const QByteArray name = user.toUtf8();
    passwd *pw = getpwnam(name.constData());
    if (!pw)
        return w;
    w.uid = pw->pw_uid;
    int count = 64;
    w.groups.resize(size_t(count));
    if (getgrouplist(name.constData(), pw->pw_gid, w.groups.data(), &count) < 0) {
        w.groups.resize(size_t(count));
        getgrouplist(name.constData(), pw->pw_gid, w.groups.data(), &count);
    }
    w.groups.resize(size_t(qMax(0, count)));
    w.valid = true;
    return w;
}

/// The folder's ACL entries; the three base entries from its mode when it has no ACL.
std::vector<Entry> readAcl(const QByteArray &path, mode_t mode)
{
    std::vector<Entry> entries;
    char buffer[4096];
    const ssize_t size = getxattr(path.constData(), kAclName, buffer, sizeof buffer);
    if (size >= 4 && (size - 4) % 8 == 0) {
        for (ssize_t at = 4; at < size; at += 8) {
            Entry e;
            std::memcpy(&e.tag, buffer + at, 2);
            std::memcpy(&e.perm, buffer + at + 2, 2);
            std::memcpy(&e.id, buffer + at + 4, 4);
            entries.push_back(e);
        }
        return entries;
    }
    entries.push_back({UserObj, quint16((mode >> 6) & 7), quint32(-1)});
    entries.push_back({GroupObj, quint16((mode >> 3) & 7), quint32(-1)});
    entries.push_back({Other, quint16(mode & 7), quint32(-1)});
    return entries;
}

bool writeAcl(const QByteArray &path, std::vector<Entry> entries)
{
    // Entries in the kernel's order: by tag, then by id.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.tag != b.tag ? a.tag < b.tag : a.id < b.id;
    });
    QByteArray data(4, '\0');
    const quint32 version = kAclVersion;
    std::memcpy(data.data(), &version, 4);
    for (const Entry &e : entries) {
        char raw[8];
        std::memcpy(raw, &e.tag, 2);
        std::memcpy(raw + 2, &e.perm, 2);
        std::memcpy(raw + 4, &e.id, 4);
        data.append(raw, 8);
    }
    return setxattr(path.constData(), kAclName, data.constData(), size_t(data.size()), 0) == 0;
}

/// Whether `w` may search the folder, as the kernel decides it (owner, named user, groups,
/// other; the mask limiting named users and groups).
bool maySearch(const QByteArray &path, const Who &w)
{
    struct stat st
    {
    };
    if (stat(path.constData(), &st) != 0)
        return true; // not there: not this check's business
    if (w.uid == 0)
        return true;
    const std::vector<Entry> acl = readAcl(path, st.st_mode);
    quint16 mask = 7;
    for (const Entry &e : acl)
        if (e.tag == Mask)
            mask = e.perm;
    if (st.st_uid == w.uid)
        return st.st_mode & S_IXUSR;
    for (const Entry &e : acl)
        if (e.tag == User && e.id == w.uid)
            return e.perm & mask & kSearch;
    bool inAGroup = false;
    for (const Entry &e : acl) {
        const bool member
            = (e.tag == GroupObj
               && std::find(w.groups.begin(), w.groups.end(), st.st_gid) != w.groups.end())
              || (e.tag == Group
                  && std::find(w.groups.begin(), w.groups.end(), gid_t(e.id)) != w.groups.end());
        if (member) {
            inAGroup = true;
            if (e.perm & mask & kSearch)
                return true;
        }
    }
    if (inAGroup)
        return false;
    return st.st_mode & S_IXOTH;
}

QStringList ancestors(const QString &path)
{
    QStringList folders;
    QString dir = QFileInfo(QDir::cleanPath(path)).absolutePath();
    while (!dir.isEmpty()) {
        folders.prepend(dir);
        if (dir == QLatin1String("/"))
            break;
        dir = QFileInfo(dir).absolutePath();
    }
    return folders;
}

bool changeSearch(const QStringList &folders, const QString &user, bool grant, QString *error)
{
    const Who w = who(user);
    if (!w.valid) {
        if (error)
            *error = AccessText::tr("There is no user %1 on this computer.").arg(user);
        return false;
    }
    for (const QString &folder : folders) {
        const QByteArray path = QFile::encodeName(folder);
        struct stat st
        {
        };
        if (stat(path.constData(), &st) != 0)
            continue;
        std::vector<Entry> acl = readAcl(path, st.st_mode);
        acl.erase(std::remove_if(acl.begin(), acl.end(),
                                 [&](const Entry &e) { return e.tag == User && e.id == w.uid; }),
                  acl.end());
        const bool named = std::any_of(acl.begin(), acl.end(), [&](const Entry &e) {
            return e.tag == User || e.tag == Group;
        });
        if (grant) {
            acl.push_back({User, kSearch, quint32(w.uid)});
            // The mask must let the entry through; it already bounds the group's bits.
            bool hasMask = false;
            for (Entry &e : acl) {
                if (e.tag == Mask) {
                    e.perm |= kSearch;
                    hasMask = true;
                }
            }
            if (!hasMask)
                acl.push_back({Mask, quint16(((st.st_mode >> 3) & 7) | kSearch), quint32(-1)});
        } else if (!named) {
            // Back to the mode alone: the mask goes with the last named entry.
            acl.erase(std::remove_if(acl.begin(), acl.end(),
                                     [](const Entry &e) { return e.tag == Mask; }),
                      acl.end());
            if (removexattr(path.constData(), kAclName) != 0 && errno != ENODATA) {
                if (error)
                    *error = AccessText::tr("Could not change the permissions of %1: %2")
                                 .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
                return false;
            }
            continue;
        }
        if (!writeAcl(path, acl)) {
            if (error)
                *error = AccessText::tr("Could not give %1 access to %2: %3")
                             .arg(user, folder, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    return true;
}

} // namespace

QString qemuUser()
{
    QFile conf(QStringLiteral("/etc/libvirt/qemu.conf"));
    if (conf.open(QIODevice::ReadOnly)) {
        static const QRegularExpression line(QStringLiteral("^\\s*user\\s*=\\s*\"([^\"]+)\""),
                                             QRegularExpression::MultilineOption);
        const QString configured = line.match(QString::fromUtf8(conf.readAll())).captured(1);
        if (!configured.isEmpty() && !configured.startsWith(QLatin1Char('+')))
            return configured;
    }
    return getpwnam("libvirt-qemu") ? QStringLiteral("libvirt-qemu") : QStringLiteral("qemu");
}

QStringList blockedFolders(const QString &path, const QString &user)
{
    const Who w = who(user);
    QStringList blocked;
    if (!w.valid)
        return blocked;
    for (const QString &folder : ancestors(path))
        if (!maySearch(QFile::encodeName(folder), w))
            blocked << folder;
    return blocked;
}

bool grantSearch(const QStringList &folders, const QString &user, QString *error)
{
    return changeSearch(folders, user, true, error);
}

bool revokeSearch(const QStringList &folders, const QString &user, QString *error)
{
    return changeSearch(folders, user, false, error);
}

QString explain(const QString &path, const QStringList &folders, const QString &user)
{
    QStringList quoted;
    for (const QString &f : folders)
        quoted << QStringLiteral("'%1'").arg(f);
    return AccessText::tr("QEMU runs as %1, which cannot reach %2: %3 %4 private to its owner. "
                          "Vireo can let %1 pass through (search only, nothing listed or read): "
                          "setfacl -m u:%1:x %5")
        .arg(user, path, folders.join(QStringLiteral(", ")),
             folders.size() == 1 ? AccessText::tr("is") : AccessText::tr("are"),
             quoted.join(QLatin1Char(' ')));
}

} // namespace Vireo::PathAccess
