#include "create/OsDatabase.h"

#include "core/Plugins.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Vireo {

namespace {

struct OsDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(OsDatabaseText)
};

} // namespace

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

} // namespace Vireo
