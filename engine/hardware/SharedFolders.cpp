#include "hardware/SharedFolders.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "domains/DomainInfo.h"
#include "hardware/HardwareChange.h"
#include "hardware/HardwareEditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>

namespace Vireo::SharedFolders {

namespace {

struct FolderText
{
    Q_DECLARE_TR_FUNCTIONS(FolderText)
};

QMutex g_helperMutex;
QString g_helper;

} // namespace

QString readOnlyHelper()
{
    {
        QMutexLocker lock(&g_helperMutex);
        if (!g_helper.isEmpty())
            return g_helper;
    }
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {dir + QStringLiteral("/vireo-virtiofsd-ro"),
          QDir::cleanPath(dir + QStringLiteral("/../lib/vireo/vireo-virtiofsd-ro"))})
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    return {};
}

void setReadOnlyHelper(const QString &path)
{
    QMutexLocker lock(&g_helperMutex);
    g_helper = path;
}

QString deviceXml(const QString &folder, const QString &tag, bool readOnly)
{
    return QStringLiteral("<filesystem type='mount' accessmode='passthrough'>"
                          "<driver type='virtiofs'/>%3<source dir='%1'/><target dir='%2'/>"
                          "</filesystem>")
        .arg(folder.toHtmlEscaped(), tag.toHtmlEscaped(),
             readOnly ? QStringLiteral("<binary path='%1'/>").arg(readOnlyHelper().toHtmlEscaped())
                      : QString());
}

QString check(const QString &uri, const DomainInfo &domain, const QString &folder,
              const QString &tag, bool readOnly)
{
    if (isSessionUri(uri))
        return FolderText::tr("A session connection (%1) cannot share folders with virtiofs: "
                              "libvirt runs virtiofsd only for the system connection. Share "
                              "it through the console (SPICE) instead, or use qemu:///system.")
            .arg(uri);
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        return FolderText::tr("Name the host folder by its full path (/srv/share).");
    if (folder.contains(QLatin1Char(',')) && readOnly)
        return FolderText::tr("A read-only folder's path cannot contain a comma.");
    if (isLocalUri(uri)) {
        const QString why = validateLocalFolder(folder);
        if (!why.isEmpty())
            return why;
    }
    const QString t = tag.trimmed();
    if (t.isEmpty())
        return FolderText::tr("Give the tag the guest mounts the folder by (e.g. shared).");
    if (t.toUtf8().size() > 36)
        return FolderText::tr("The tag is longer than virtiofs allows (36 bytes).");
    for (const QChar c : t)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return FolderText::tr("The tag cannot contain spaces, commas or quotes.");
    for (const SharedFolderInfo &f : domain.folders)
        if (f.tag == t)
            return FolderText::tr("%1 already shares %2 as \"%3\": choose another tag.")
                .arg(domain.name, f.source, t);
    if (readOnly && readOnlyHelper().isEmpty())
        return FolderText::tr("Vireo's read-only folder helper (vireo-virtiofsd-ro) is not "
                              "installed: share it read-write, or reinstall Vireo.");
    return {};
}

Operation *share(Connection *connection, const QString &uuid, const QString &folder,
                 const QString &tag, bool readOnly)
{
    const auto domain = connection->domain(uuid);
    const QString why = domain ? check(connection->uri(), *domain, folder, tag, readOnly)
                               : FolderText::tr("The machine is not on this connection.");
    if (!why.isEmpty())
        return connection->runJob(FolderText::tr("Share a folder"),
                                  [why](virConnectPtr, Operation *) {
                                      return OpResult::failure(why, Failure::Kind::InvalidInput);
                                  });
    return HardwareEditor::apply(
        connection, uuid,
        {HardwareChange::addDevice(deviceXml(QDir::cleanPath(folder), tag.trimmed(), readOnly))});
}

QString webdavChannelXml()
{
    return QStringLiteral("<channel type='spiceport'>"
                          "<source channel='org.spice-space.webdav.0'/>"
                          "<target type='virtio' name='org.spice-space.webdav.0'/>"
                          "</channel>");
}

QString consoleSharingCheck(const DomainInfo &domain)
{
    for (const GraphicsInfo &g : domain.graphics)
        if (g.type == QLatin1String("spice"))
            return {};
    return FolderText::tr("%1 has no SPICE display: only a SPICE console shares folders this "
                          "way. Switch its display to SPICE (Hardware tab), or use virtiofs.")
        .arg(domain.name);
}

Operation *addConsoleSharing(Connection *connection, const QString &uuid)
{
    const auto domain = connection->domain(uuid);
    const QString why = domain ? consoleSharingCheck(*domain)
                               : FolderText::tr("The machine is not on this connection.");
    if (!why.isEmpty() || (domain && domain->webdavChannel))
        return connection->runJob(
            FolderText::tr("Share a folder"), [why](virConnectPtr, Operation *) {
                if (!why.isEmpty())
                    return OpResult::failure(why, Failure::Kind::InvalidInput);
                return OpResult::success(QVariant::fromValue(ApplyReport()));
            });
    return HardwareEditor::apply(connection, uuid, {HardwareChange::addDevice(webdavChannelXml())});
}

Operation *unshare(Connection *connection, const QString &uuid, const QString &tag)
{
    const auto domain = connection->domain(uuid);
    // Devices are named by kind and place ("filesystem#1"), in the order the definition has.
    int index = -1;
    for (int i = 0; domain && i < domain->folders.size(); ++i)
        if (domain->folders.at(i).tag == tag)
            index = i;
    if (index < 0) {
        const QString why = FolderText::tr("No folder is shared as \"%1\".").arg(tag);
        return connection->runJob(FolderText::tr("Stop sharing a folder"),
                                  [why](virConnectPtr, Operation *) {
                                      return OpResult::failure(why, Failure::Kind::InvalidInput);
                                  });
    }
    return HardwareEditor::apply(
        connection, uuid,
        {HardwareChange::removeDevice(QStringLiteral("filesystem#%1").arg(index))});
}

} // namespace Vireo::SharedFolders
