#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QtPlugin>

#include <memory>
#include <optional>

namespace Vireo {

/// What Vireo needs to know of a guest operating system, from libosinfo's database.
struct OsInfo
{
    QString id;      // http://debian.org/debian/11
    QString shortId; // debian11
    QString name;    // Debian 11
    QString version;
    QString family; // linux, winnt, freebsd...
    quint64 minimumMemoryMiB = 0;
    quint64 recommendedMemoryMiB = 0;
    int recommendedVcpus = 0;
    quint64 recommendedStorageGiB = 0;
    bool virtioDisk = false;
    bool virtioNet = false;
    bool needsUefi = false;
    bool needsSecureBootAndTpm = false; // Windows 11 and later
    /// Set when the image holds a release newer than the database knows ("Debian 12"): this is
    /// the closest older release of it, whose settings and install script are used.
    QString standsInFor;
    bool isWindows() const { return family == QLatin1String("winnt"); }
};

/// What an express (unattended) install is told: the installer asks nothing.
struct UnattendedConfig
{
    QString user;
    QString realName;
    QString password;      // the user's; hashed in the script where its format allows
    QString adminPassword; // root's or Administrator's; the user's when empty
    QString timezone;      // e.g. Europe/Berlin; the host's when empty
    QString language;      // e.g. en_US; the host's when empty
    QString productKey;    // Windows, when it needs one
    QString hostname;

    /// This machine's language as installers name it (en_US for the C locale).
    static QString hostLanguage();
};

/// An install script libosinfo made for an OS, with the passwords rewritten as hashes where the
/// format allows (Debian's preseed, Fedora's and RHEL's kickstart); Windows' stay plain and live
/// only on the media the install reads.
struct UnattendedScript
{
    QString fileName; // preseed.cfg, ks.cfg, autounattend.xml...
    QString text;
    QString injection;  // initrd, floppy, cdrom, disk
    QString kernelArgs; // for an initrd injection: what the installer's kernel is booted with
    QString profile;    // desktop or jeos
    bool passwordsHashed = false;
    QString borrowedFrom; // set when the OS has no script of its own and an older one's is used
    /// For an initrd injection: where the OS's install images keep the installer's kernel and
    /// initrd (x86_64), as libosinfo knows them, most likely first.
    QList<QPair<QString, QString>> bootFiles;
    /// Scripts the answer file runs from the same media (file name, text): Windows' windows.cmd.
    QList<QPair<QString, QString>> helperFiles;
};

/// What the osinfo plugin (libvireo-osinfo.so, engine/create/osinfo/) implements with libosinfo.
class OsDatabaseBackend
{
public:
    virtual ~OsDatabaseBackend() = default;
    virtual bool load(QString *error) = 0;
    virtual std::optional<OsInfo> detect(const QString &isoPath, QString *error) const = 0;
    virtual std::optional<OsInfo> byShortId(const QString &shortId) const = 0;
    virtual std::optional<OsInfo> byId(const QString &id) const = 0;
    virtual QList<OsInfo> all() const = 0;
    virtual bool hasInstallScript(const QString &osId) const = 0;
    virtual std::optional<UnattendedScript>
    unattendedScript(const QString &osId, const UnattendedConfig &config, QString *error) const = 0;
};

class OsDatabasePlugin
{
public:
    virtual ~OsDatabasePlugin() = default;
    virtual std::unique_ptr<OsDatabaseBackend> createBackend() = 0;
};

/// libosinfo's OS database (osinfo-db): OS detection from an install image, and the list for a
/// picker. Loading reads a few thousand XML files: do it once, off the GUI thread. libosinfo is
/// a plugin, mapped by the first load(); until then every lookup finds nothing.
class OsDatabase
{
public:
    OsDatabase();
    ~OsDatabase();
    OsDatabase(const OsDatabase &) = delete;
    OsDatabase &operator=(const OsDatabase &) = delete;

    /// Loads the installed database; false with a reason when it cannot.
    bool load(QString *error = nullptr);
    bool isLoaded() const;

    /// The OS an install image (ISO) carries, from its volume, system, publisher and application
    /// identifiers. nullopt with *error set when the file cannot be read as an ISO; nullopt with
    /// *error empty when it is an ISO that osinfo-db does not know.
    std::optional<OsInfo> detect(const QString &isoPath, QString *error) const;

    std::optional<OsInfo> byShortId(const QString &shortId) const;
    std::optional<OsInfo> byId(const QString &id) const;
    /// Every OS with a name, sorted by name: the picker's list.
    QList<OsInfo> all() const;

    /// Whether libosinfo can write an install script for the OS (express install).
    bool hasInstallScript(const QString &osId) const;
    /// The OS's install script for an express install (desktop profile where there is one).
    /// Empty config fields take the host's time zone and language. nullopt with the reason when
    /// the OS has none or a required setting is missing.
    std::optional<UnattendedScript>
    unattendedScript(const QString &osId, const UnattendedConfig &config, QString *error) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Vireo

#define VireoOsDatabasePlugin_iid "io.vireo.OsDatabasePlugin/3"
Q_DECLARE_INTERFACE(Vireo::OsDatabasePlugin, VireoOsDatabasePlugin_iid)
