// libosinfo behind OsDatabase, as a plugin: the wizard and `vireo create` load it when they
// first need the OS database, so the library window never maps libosinfo, libsoup and libxslt.

#include "create/OsDatabase.h"

#include <QObject>
#include <QtPlugin>

#include <QCoreApplication>
#include <QFileInfo>

#include <glib-object.h>
// libosinfo's headers have no C++ guards of their own.
extern "C" {
#include <osinfo/osinfo.h>
}

#include <algorithm>

namespace Vireo {

namespace {

struct OsDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(OsDatabaseText)
};

QString str(const gchar *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

/// The x86_64 (or any-architecture) figure of a resources list.
void readResources(OsinfoResourcesList *list, quint64 *ramMiB, int *cpus, quint64 *storageGiB)
{
    if (!list)
        return;
    const int n = osinfo_list_get_length(OSINFO_LIST(list));
    for (int i = 0; i < n; ++i) {
        auto *r = OSINFO_RESOURCES(osinfo_list_get_nth(OSINFO_LIST(list), i));
        const QString arch = str(osinfo_resources_get_architecture(r));
        if (arch != QLatin1String("x86_64") && arch != QLatin1String("all"))
            continue;
        if (ramMiB && osinfo_resources_get_ram(r) > 0)
            *ramMiB = quint64(osinfo_resources_get_ram(r)) / (1024 * 1024);
        if (cpus && osinfo_resources_get_n_cpus(r) > 0)
            *cpus = osinfo_resources_get_n_cpus(r);
        if (storageGiB && osinfo_resources_get_storage(r) > 0)
            *storageGiB = quint64(osinfo_resources_get_storage(r)) / (1024 * 1024 * 1024);
    }
    g_object_unref(list);
}

bool hasDevice(OsinfoOs *os, std::initializer_list<const char *> names)
{
    OsinfoDeviceList *devices = osinfo_os_get_all_devices(os, nullptr);
    bool found = false;
    const int n = osinfo_list_get_length(OSINFO_LIST(devices));
    for (int i = 0; i < n && !found; ++i) {
        const QString name = str(
            osinfo_device_get_name(OSINFO_DEVICE(osinfo_list_get_nth(OSINFO_LIST(devices), i))));
        for (const char *wanted : names)
            found |= name == QLatin1String(wanted);
    }
    g_object_unref(devices);
    return found;
}

bool biosUnsupported(OsinfoOs *os)
{
    OsinfoFirmwareList *list = osinfo_os_get_complete_firmware_list(os, nullptr);
    bool unsupported = false;
    const int n = osinfo_list_get_length(OSINFO_LIST(list));
    for (int i = 0; i < n; ++i) {
        auto *fw = OSINFO_FIRMWARE(osinfo_list_get_nth(OSINFO_LIST(list), i));
        if (str(osinfo_firmware_get_firmware_type(fw)) == QLatin1String("bios")
            && !osinfo_firmware_is_supported(fw))
            unsupported = true;
    }
    g_object_unref(list);
    return unsupported;
}

OsInfo describe(OsinfoOs *os)
{
    OsInfo info;
    info.id = str(osinfo_entity_get_id(OSINFO_ENTITY(os)));
    info.shortId = str(osinfo_product_get_short_id(OSINFO_PRODUCT(os)));
    info.name = str(osinfo_product_get_name(OSINFO_PRODUCT(os)));
    info.version = str(osinfo_product_get_version(OSINFO_PRODUCT(os)));
    info.family = str(osinfo_os_get_family(os));
    quint64 minimumStorageGiB = 0;
    readResources(osinfo_os_get_minimum_resources(os), &info.minimumMemoryMiB, nullptr,
                  &minimumStorageGiB);
    readResources(osinfo_os_get_recommended_resources(os), &info.recommendedMemoryMiB,
                  &info.recommendedVcpus, &info.recommendedStorageGiB);
    info.recommendedStorageGiB = qMax(info.recommendedStorageGiB, minimumStorageGiB);
    info.virtioDisk = hasDevice(os, {"virtio-block", "virtio1.0-block"});
    info.virtioNet = hasDevice(os, {"virtio-net", "virtio1.0-net"});
    info.needsUefi = biosUnsupported(os);
    // Windows 11 asks for Secure Boot and a TPM 2.0; osinfo-db says so only in prose.
    const QString sid = info.shortId;
    info.needsSecureBootAndTpm
        = sid.startsWith(QLatin1String("win1")) && sid.size() >= 5 && sid.mid(3).toInt() >= 11;
    if (info.needsSecureBootAndTpm)
        info.needsUefi = true;
    return info;
}

} // namespace

/// libosinfo's database behind OsDatabase (create/OsDatabase.h).
class OsinfoBackend final : public OsDatabaseBackend
{
public:
    ~OsinfoBackend() override
    {
        if (m_loader)
            g_object_unref(m_loader);
    }

    bool load(QString *error) override
    {
        if (m_db)
            return true;
        m_loader = osinfo_loader_new();
        GError *err = nullptr;
        osinfo_loader_process_default_path(m_loader, &err);
        if (err) {
            if (error)
                *error = OsDatabaseText::tr("Could not read the OS database (osinfo-db): %1")
                             .arg(str(err->message));
            g_error_free(err);
            g_object_unref(m_loader);
            m_loader = nullptr;
            return false;
        }
        m_db = osinfo_loader_get_db(m_loader);
        return true;
    }

    std::optional<OsInfo> detect(const QString &isoPath, QString *error) const override
    {
        GError *err = nullptr;
        // Bootability is not required: the identifiers are what tells the OS.
        OsinfoMedia *media = osinfo_media_create_from_location_with_flags(
            isoPath.toUtf8().constData(), nullptr, OsinfoMediaDetectFlags(0), &err);
        if (!media) {
            *error = OsDatabaseText::tr("%1 is not an install image (ISO 9660): %2")
                         .arg(QFileInfo(isoPath).fileName(), err ? str(err->message) : QString());
            if (err)
                g_error_free(err);
            return std::nullopt;
        }
        std::optional<OsInfo> found;
        if (m_db && osinfo_db_identify_media(m_db, media)) {
            if (OsinfoOs *os = osinfo_media_get_os(media)) {
                found = describe(os);
                g_object_unref(os);
            }
        }
        g_object_unref(media);
        return found;
    }

    std::optional<OsInfo> byShortId(const QString &shortId) const override
    {
        if (!m_db)
            return std::nullopt;
        OsinfoOsList *list = osinfo_db_get_os_list(m_db);
        std::optional<OsInfo> found;
        const int n = osinfo_list_get_length(OSINFO_LIST(list));
        for (int i = 0; i < n && !found; ++i) {
            auto *os = OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(list), i));
            GList *ids = osinfo_product_get_short_id_list(OSINFO_PRODUCT(os));
            for (GList *l = ids; l && !found; l = l->next) {
                if (str(static_cast<const gchar *>(l->data)) == shortId)
                    found = describe(os);
            }
            g_list_free(ids);
        }
        g_object_unref(list);
        return found;
    }

    std::optional<OsInfo> byId(const QString &id) const override
    {
        if (!m_db)
            return std::nullopt;
        OsinfoOs *os = osinfo_db_get_os(m_db, id.toUtf8().constData());
        return os ? std::optional<OsInfo>(describe(os)) : std::nullopt;
    }

    QList<OsInfo> all() const override
    {
        QList<OsInfo> result;
        if (!m_db)
            return result;
        OsinfoOsList *list = osinfo_db_get_os_list(m_db);
        const int n = osinfo_list_get_length(OSINFO_LIST(list));
        for (int i = 0; i < n; ++i) {
            auto *os = OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(list), i));
            OsInfo info;
            info.id = str(osinfo_entity_get_id(OSINFO_ENTITY(os)));
            info.shortId = str(osinfo_product_get_short_id(OSINFO_PRODUCT(os)));
            info.name = str(osinfo_product_get_name(OSINFO_PRODUCT(os)));
            info.family = str(osinfo_os_get_family(os));
            if (!info.name.isEmpty())
                result << info;
        }
        g_object_unref(list);
        std::sort(result.begin(), result.end(), [](const OsInfo &a, const OsInfo &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        return result;
    }

private:
    OsinfoLoader *m_loader = nullptr;
    OsinfoDb *m_db = nullptr; // owned by the loader
};

/// The plugin's root: libvireo-osinfo.so.
class OsinfoPlugin : public QObject, public OsDatabasePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VireoOsDatabasePlugin_iid)
    Q_INTERFACES(Vireo::OsDatabasePlugin)
public:
    std::unique_ptr<OsDatabaseBackend> createBackend() override
    {
        return std::make_unique<OsinfoBackend>();
    }
};

} // namespace Vireo

#include "OsinfoPlugin.moc"
