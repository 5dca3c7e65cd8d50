#pragma once

#include <QList>
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
    bool isWindows() const { return family == QLatin1String("winnt"); }
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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Vireo

#define VireoOsDatabasePlugin_iid "io.vireo.OsDatabasePlugin/1"
Q_DECLARE_INTERFACE(Vireo::OsDatabasePlugin, VireoOsDatabasePlugin_iid)
