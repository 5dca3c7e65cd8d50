#include "create/OsDatabase.h"

#include "core/Plugins.h"
#include "create/CloudInit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Vireo {

namespace {

struct OsDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(OsDatabaseText)
};

} // namespace

QString UnattendedConfig::hostLanguage()
{
    const QString name = QLocale::system().name();
    return name == QLatin1String("C") || name == QLatin1String("POSIX") ? QStringLiteral("en_US")
                                                                        : name;
}

/// Rewrites the clear passwords libosinfo's templates write as SHA-512 crypt hashes, where the
/// format has a way to say so: Debian's and Ubuntu's preseed (passwd/*-password-crypted), Fedora's
/// and RHEL's kickstart (--iscrypted). Windows' answer files have none: they stay plain.
static void hashPasswords(UnattendedScript &script, const UnattendedConfig &c)
{
    QStringList lines = script.text.split(QLatin1Char('\n'));
    bool changed = false;
    const QString user = CloudInit::hashPassword(c.password);
    const QString admin = CloudInit::hashPassword(c.adminPassword);
    for (QString &line : lines) {
        const QString t = line.trimmed();
        // preseed
        if (t.startsWith(QLatin1String("d-i passwd/username "))
            && !t.startsWith(QLatin1String("d-i passwd/username string "))) {
            // osinfo-db 20221130 leaves out the question's type, and the installer then takes
            // the user name for the type and an empty name (its account is never made).
            line = QStringLiteral("d-i passwd/username string ")
                   + t.mid(int(qstrlen("d-i passwd/username ")));
            changed = true;
        } else if (t.startsWith(QLatin1String("d-i passwd/user-password password "))) {
            line = QStringLiteral("d-i passwd/user-password-crypted password ") + user;
            changed = true;
        } else if (t.startsWith(QLatin1String("d-i passwd/root-password password "))) {
            line = QStringLiteral("d-i passwd/root-password-crypted password ") + admin;
            changed = true;
        } else if (t.startsWith(QLatin1String("d-i passwd/user-password-again "))
                   || t.startsWith(QLatin1String("d-i passwd/root-password-again "))) {
            line.clear(); // a crypted password is not asked twice
            changed = true;
        }
        // kickstart
        else if (t.startsWith(QLatin1String("rootpw "))) {
            line = QStringLiteral("rootpw --iscrypted ") + admin;
            changed = true;
        } else if (t.contains(QLatin1String("passwd --stdin "))
                   && (t.contains(c.password) || t.contains(c.adminPassword))) {
            // Fedora's %post: echo 'clear' |passwd --stdin NAME
            static const QRegularExpression stdinPasswd(
                QStringLiteral("echo\\s+'([^']*)'\\s*\\|\\s*passwd --stdin (\\S+)"));
            const auto m = stdinPasswd.match(t);
            if (m.hasMatch()) {
                const QString hash
                    = m.captured(1) == c.password && m.captured(2) != QLatin1String("root") ? user
                                                                                            : admin;
                line = QStringLiteral("    usermod -p '%1' %2").arg(hash, m.captured(2));
                changed = true;
            }
        } else if (t.startsWith(QLatin1String("if test -z '"))
                   && (t.contains(c.password) || t.contains(c.adminPassword))) {
            line = QStringLiteral("if false; then # a password was given (set as a hash below)");
            changed = true;
        } else if (t.startsWith(QLatin1String("user "))
                   && t.contains(QLatin1String("--password"))) {
            static const QRegularExpression password(
                QStringLiteral("--password[= ](\"[^\"]*\"|\\S+)"));
            line.replace(password, QStringLiteral("--password=") + user);
            line.remove(QStringLiteral(" --plaintext"));
            if (!line.contains(QLatin1String("--iscrypted")))
                line += QStringLiteral(" --iscrypted");
            changed = true;
        }
    }
    if (changed) {
        script.text = lines.join(QLatin1Char('\n'));
        script.passwordsHashed
            = !script.text.contains(c.password) && !script.text.contains(c.adminPassword);
    }
}

struct OsDatabase::Private
{
    std::unique_ptr<OsDatabaseBackend> backend;
};

OsDatabase::OsDatabase()
    : d(std::make_unique<Private>())
{
}

OsDatabase::~OsDatabase() = default;

bool OsDatabase::load(QString *error)
{
    if (d->backend)
        return true;
    QString why;
    auto *plugin = Plugins::load<OsDatabasePlugin>(QStringLiteral("osinfo"),
                                                   OsDatabaseText::tr("OS detection"), &why);
    if (!plugin) {
        if (error)
            *error = why;
        return false;
    }
    auto backend = plugin->createBackend();
    if (!backend->load(error))
        return false;
    d->backend = std::move(backend);
    return true;
}

bool OsDatabase::isLoaded() const
{
    return d->backend != nullptr;
}

std::optional<OsInfo> OsDatabase::detect(const QString &isoPath, QString *error) const
{
    error->clear();
    const QFileInfo file(isoPath);
    if (!file.exists()) {
        *error = OsDatabaseText::tr("The file %1 does not exist.").arg(isoPath);
        return std::nullopt;
    }
    if (!file.isFile() || !file.isReadable()) {
        *error = OsDatabaseText::tr("The file %1 cannot be read.").arg(isoPath);
        return std::nullopt;
    }
    return d->backend ? d->backend->detect(isoPath, error) : std::nullopt;
}

std::optional<OsInfo> OsDatabase::byShortId(const QString &shortId) const
{
    return d->backend ? d->backend->byShortId(shortId) : std::nullopt;
}

std::optional<OsInfo> OsDatabase::byId(const QString &id) const
{
    return d->backend ? d->backend->byId(id) : std::nullopt;
}

QList<OsInfo> OsDatabase::all() const
{
    return d->backend ? d->backend->all() : QList<OsInfo>();
}

bool OsDatabase::hasInstallScript(const QString &osId) const
{
    return d->backend && d->backend->hasInstallScript(osId);
}

std::optional<UnattendedScript> OsDatabase::unattendedScript(const QString &osId,
                                                             const UnattendedConfig &config,
                                                             QString *error) const
{
    if (!d->backend) {
        *error = OsDatabaseText::tr("The OS database is not loaded.");
        return std::nullopt;
    }
    UnattendedConfig c = config;
    if (c.timezone.isEmpty())
        c.timezone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (c.language.isEmpty())
        c.language = UnattendedConfig::hostLanguage();
    if (c.adminPassword.isEmpty())
        c.adminPassword = c.password;
    if (c.user.isEmpty()) {
        *error = OsDatabaseText::tr("An express install needs a user name.");
        return std::nullopt;
    }
    if (c.password.isEmpty()) {
        *error = OsDatabaseText::tr("An express install needs a password.");
        return std::nullopt;
    }
    auto script = d->backend->unattendedScript(osId, c, error);
    if (script)
        hashPasswords(*script, c);
    return script;
}

} // namespace Vireo
