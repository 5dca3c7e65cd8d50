// libosinfo behind OsDatabase, as a plugin: the wizard and `vireo create` load it when they
// first need the OS database, so the library window never maps libosinfo, libsoup and libxslt.

#include "create/OsDatabase.h"

#include <QObject>
#include <QtPlugin>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

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

/// The OS entry `os` derives from (its previous release), or null; owned by the database.
OsinfoOs *derivedFrom(OsinfoOs *os)
{
    OsinfoProductList *parents
        = osinfo_product_get_related(OSINFO_PRODUCT(os), OSINFO_PRODUCT_RELATIONSHIP_DERIVES_FROM);
    OsinfoOs *parent = osinfo_list_get_length(OSINFO_LIST(parents)) > 0
                           ? OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(parents), 0))
                           : nullptr;
    g_object_unref(parents);
    return parent;
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
        if (!found)
            found = closestOlder(str(osinfo_media_get_volume_id(media)));
        g_object_unref(media);
        return found;
    }

    /// An image of a release newer than the database ("Debian 12.1.0 amd64 n" with osinfo-db
    /// knowing Debian 11 at most): the newest older release of the same distribution, marked as
    /// standing in for the one on the image.
    std::optional<OsInfo> closestOlder(const QString &volumeId) const
    {
        static const QRegularExpression named(QStringLiteral("^([A-Za-z]+)[ _-]?(\\d+)"));
        const QRegularExpressionMatch m = named.match(volumeId);
        if (!m_db || !m.hasMatch())
            return std::nullopt;
        const QString distro = m.captured(1).toLower();
        const int release = m.captured(2).toInt();
        OsinfoOs *best = nullptr;
        double bestVersion = -1;
        OsinfoOsList *list = osinfo_db_get_os_list(m_db);
        const int n = osinfo_list_get_length(OSINFO_LIST(list));
        for (int i = 0; i < n; ++i) {
            auto *os = OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(list), i));
            if (str(osinfo_os_get_distro(os)) != distro)
                continue;
            bool numeric = false;
            const double v = str(osinfo_product_get_version(OSINFO_PRODUCT(os))).toDouble(&numeric);
            if (numeric && v < release && v > bestVersion) {
                best = os;
                bestVersion = v;
            }
        }
        std::optional<OsInfo> found;
        if (best && release > bestVersion + 0.999) {
            found = describe(best);
            found->standsInFor = QStringLiteral("%1 %2").arg(m.captured(1)).arg(release);
        }
        g_object_unref(list);
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

    /// The OS's scripts, the desktop profile first; Windows' helper scripts that the answer file
    /// runs (.cmd, .reg) go to `helpers` when given.
    QList<OsinfoInstallScript *> scriptsOf(const QString &osId,
                                           QList<OsinfoInstallScript *> *helpers = nullptr) const
    {
        QList<OsinfoInstallScript *> scripts;
        if (!m_db)
            return scripts;
        OsinfoOs *os = osinfo_db_get_os(m_db, osId.toUtf8().constData());
        // An OS newer than its database entry's scripts (Windows 11 in osinfo-db 20221130): the
        // closest older one of its family it derives from.
        const QString distro = os ? str(osinfo_os_get_distro(os)) : QString();
        for (int depth = 0; os && depth < 5; ++depth) {
            OsinfoInstallScriptList *own = osinfo_os_get_install_script_list(os);
            const bool has = osinfo_list_get_length(OSINFO_LIST(own)) > 0;
            g_object_unref(own);
            if (has)
                break;
            os = derivedFrom(os);
            // Only an older version of the same distribution: not a generic entry's relative.
            if (os && (distro.isEmpty() || str(osinfo_os_get_distro(os)) != distro))
                os = nullptr;
        }
        if (!os)
            return scripts;
        OsinfoInstallScriptList *list = osinfo_os_get_install_script_list(os);
        const int n = osinfo_list_get_length(OSINFO_LIST(list));
        for (int i = 0; i < n; ++i) {
            auto *script = OSINFO_INSTALL_SCRIPT(osinfo_list_get_nth(OSINFO_LIST(list), i));
            // The installer's answer file, not Windows' helper scripts run after it.
            const QString file = str(osinfo_install_script_get_expected_filename(script));
            if (file.endsWith(QLatin1String(".cmd")) || file.endsWith(QLatin1String(".reg"))) {
                if (helpers)
                    helpers->append(script);
                continue;
            }
            if (str(osinfo_install_script_get_profile(script)) == QLatin1String("desktop"))
                scripts.prepend(script);
            else
                scripts.append(script);
        }
        g_object_unref(list); // the scripts belong to the database
        return scripts;
    }

    bool hasInstallScript(const QString &osId) const override { return !scriptsOf(osId).isEmpty(); }

    std::optional<UnattendedScript> unattendedScript(const QString &osId, const UnattendedConfig &c,
                                                     QString *error) const override
    {
        QList<OsinfoInstallScript *> helpers;
        const QList<OsinfoInstallScript *> scripts = scriptsOf(osId, &helpers);
        OsinfoOs *os = m_db ? osinfo_db_get_os(m_db, osId.toUtf8().constData()) : nullptr;
        if (scripts.isEmpty() || !os) {
            *error = OsDatabaseText::tr("libosinfo has no install script for this OS: install it "
                                        "the usual way, answering the installer's questions.");
            return std::nullopt;
        }
        OsinfoInstallScript *script = scripts.first();
        OsinfoInstallConfig *config
            = osinfo_install_config_new("http://vireo.io/install-config/1.0");
        const auto set = [](void (*setter)(OsinfoInstallConfig *, const gchar *),
                            OsinfoInstallConfig *cfg, const QString &value) {
            if (!value.isEmpty())
                setter(cfg, value.toUtf8().constData());
        };
        set(osinfo_install_config_set_user_login, config, c.user);
        set(osinfo_install_config_set_user_realname, config,
            c.realName.isEmpty() ? c.user : c.realName);
        set(osinfo_install_config_set_user_password, config, c.password);
        set(osinfo_install_config_set_admin_password, config, c.adminPassword);
        set(osinfo_install_config_set_l10n_timezone, config, c.timezone);
        set(osinfo_install_config_set_l10n_language, config, c.language);
        set(osinfo_install_config_set_hostname, config, c.hostname);
        set(osinfo_install_config_set_reg_product_key, config, c.productKey);
        osinfo_install_config_set_hardware_arch(config, "x86_64");
        const unsigned methods = osinfo_install_script_get_injection_methods(script);
        QString injection;
        for (const auto &[bit, name] :
             {std::pair{OSINFO_INSTALL_SCRIPT_INJECTION_METHOD_INITRD, "initrd"},
              std::pair{OSINFO_INSTALL_SCRIPT_INJECTION_METHOD_CDROM, "cdrom"},
              std::pair{OSINFO_INSTALL_SCRIPT_INJECTION_METHOD_FLOPPY, "floppy"},
              std::pair{OSINFO_INSTALL_SCRIPT_INJECTION_METHOD_DISK, "disk"}}) {
            if (methods & bit) {
                injection = QLatin1String(name);
                osinfo_install_script_set_preferred_injection_method(script, bit);
                break;
            }
        }
        GError *err = nullptr;
        gchar *text = osinfo_install_script_generate(script, os, config, nullptr, &err);
        if (!text) {
            *error = OsDatabaseText::tr("libosinfo could not write the install script: %1")
                         .arg(err ? str(err->message) : QString());
            if (err)
                g_error_free(err);
            g_object_unref(config);
            return std::nullopt;
        }
        UnattendedScript out;
        if (!osinfo_list_find_by_id(OSINFO_LIST(osinfo_os_get_install_script_list(os)),
                                    osinfo_entity_get_id(OSINFO_ENTITY(script))))
            out.borrowedFrom = OsDatabaseText::tr("the install script of an older version of "
                                                  "this OS (osinfo-db has none of its own)");
        out.fileName = str(osinfo_install_script_get_expected_filename(script));
        out.text = QString::fromUtf8(text);
        out.injection = injection;
        out.profile = str(osinfo_install_script_get_profile(script));
        g_free(text);
        if (gchar *args = osinfo_install_script_generate_command_line(script, os, config)) {
            out.kernelArgs = QString::fromUtf8(args);
            g_free(args);
        }
        // The helper scripts the answer file runs from the same media (Windows' windows.cmd).
        for (OsinfoInstallScript *helper : std::as_const(helpers)) {
            if (str(osinfo_install_script_get_profile(helper)) != out.profile)
                continue;
            osinfo_install_script_set_preferred_injection_method(
                helper, osinfo_install_script_get_preferred_injection_method(script));
            if (gchar *extra
                = osinfo_install_script_generate(helper, os, config, nullptr, nullptr)) {
                out.helperFiles << qMakePair(
                    str(osinfo_install_script_get_expected_filename(helper)),
                    QString::fromUtf8(extra));
                g_free(extra);
            }
        }
        g_object_unref(config);
        out.bootFiles = bootFilesOf(os);
        return out;
    }

    /// Where the OS's x86_64 install images (and those of the versions it derives from) keep the
    /// installer's kernel and initrd.
    static QList<QPair<QString, QString>> bootFilesOf(OsinfoOs *os)
    {
        QList<QPair<QString, QString>> files;
        for (int depth = 0; os && depth < 5; ++depth) {
            OsinfoMediaList *media = osinfo_os_get_media_list(os);
            const int n = osinfo_list_get_length(OSINFO_LIST(media));
            for (int i = 0; i < n; ++i) {
                auto *m = OSINFO_MEDIA(osinfo_list_get_nth(OSINFO_LIST(media), i));
                const QString arch = str(osinfo_media_get_architecture(m));
                const QPair<QString, QString> pair{str(osinfo_media_get_kernel_path(m)),
                                                   str(osinfo_media_get_initrd_path(m))};
                if ((arch == QLatin1String("x86_64") || arch == QLatin1String("all"))
                    && !pair.first.isEmpty() && !pair.second.isEmpty() && !files.contains(pair))
                    files << pair;
            }
            g_object_unref(media);
            os = derivedFrom(os);
        }
        return files;
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
