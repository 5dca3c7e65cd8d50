#include "app/commands/HostCommands.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "storage/StoragePools.h"
#include "storage/Volumes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Vireo::App {

namespace {

struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(StorageText)
};

QJsonArray usersJson(const QList<ResourceUser> &users)
{
    QJsonArray list;
    for (const ResourceUser &u : users)
        list.append(QJsonObject{{QStringLiteral("name"), u.name},
                                {QStringLiteral("uuid"), u.uuid},
                                {QStringLiteral("running"), u.running}});
    return list;
}

QJsonObject poolJson(const StoragePoolInfo &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("uuid"), p.uuid},
            {QStringLiteral("type"), p.type},
            {QStringLiteral("path"), p.path},
            {QStringLiteral("active"), p.active()},
            {QStringLiteral("autostart"), p.autostart},
            {QStringLiteral("persistent"), p.persistent},
            {QStringLiteral("capacity"), double(p.capacity)},
            {QStringLiteral("allocation"), double(p.allocation)},
            {QStringLiteral("available"), double(p.available)}};
}

std::optional<StoragePoolInfo> findPool(Connection &connection, const QString &name)
{
    for (const StoragePoolInfo &p : connection.storagePools())
        if (p.name == name)
            return p;
    return std::nullopt;
}

QCommandLineOption yesOption()
{
    return {QStringLiteral("yes"), StorageText::tr("Do not ask when VMs use it, or when a size "
                                                   "is more than the pool has free.")};
}

} // namespace

int runPoolCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("pool"),
                          StorageText::tr("Storage pools of the host: list, info, create, start, "
                                          "stop, delete."),
                          QStringLiteral("list|info|create|start|stop|delete [NAME]"));
    command.addJsonOption(StorageText::tr("list, info: JSON."));
    const QCommandLineOption yes = yesOption();
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("action"), StorageText::tr("What to do."));
    p.addPositionalArgument(QStringLiteral("name"), StorageText::tr("The pool."),
                            QStringLiteral("[name]"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  StorageText::tr("create: dir (default), fs, netfs, logical, "
                                                  "disk or iscsi."),
                                  QStringLiteral("TYPE"), QStringLiteral("dir"));
    const QCommandLineOption path(QStringLiteral("path"),
                                  StorageText::tr("create: the folder its volumes appear in."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption device(QStringLiteral("device"),
                                    StorageText::tr("create: the block device (fs, disk, "
                                                    "logical)."),
                                    QStringLiteral("DEV"));
    const QCommandLineOption host(QStringLiteral("source-host"),
                                  StorageText::tr("create: the server (netfs, iscsi)."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption sourcePath(QStringLiteral("source-path"),
                                        StorageText::tr("create: the exported folder (netfs)."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption sourceName(QStringLiteral("source-name"),
                                        StorageText::tr("create: the volume group (logical) or "
                                                        "target IQN (iscsi)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    StorageText::tr("create: ext4, nfs, gpt..."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption noBuild(QStringLiteral("no-build"),
                                     StorageText::tr("create: do not make the folder or file "
                                                     "system."));
    const QCommandLineOption noAutostart(QStringLiteral("no-autostart"),
                                         StorageText::tr("create: do not start it with the host."));
    const QCommandLineOption deleteData(QStringLiteral("delete-data"),
                                        StorageText::tr("delete: remove its (empty) folder too."));
    command.addOptions({type, path, device, host, sourcePath, sourceName, format, noBuild,
                        noAutostart, deleteData, yes});
    if (!command.parse(arguments))
        return 2;
    const QStringList args = command.positional();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("list"),   QStringLiteral("info"),
                              QStringLiteral("create"), QStringLiteral("start"),
                              QStringLiteral("stop"),   QStringLiteral("delete")};
    if (!actions.contains(action))
        return command.fail(StorageText::tr("name an action: %1 (see --help)")
                                .arg(actions.join(QLatin1String(", "))),
                            2);
    if (args.size() != (action == QLatin1String("list") ? 1 : 2))
        return command.fail(action == QLatin1String("list")
                                ? StorageText::tr("'list' takes no name")
                                : StorageText::tr("'%1' takes one pool").arg(action),
                            2);
    const QString name = args.value(1);
    Connection connection(command.uri(), command.readOnly());
    if (!openAndWait(connection))
        return command.fail(connection.stateDetail());
    if (action == QLatin1String("list")) {
        QList<StoragePoolInfo> pools = connection.storagePools();
        std::sort(
            pools.begin(), pools.end(),
            [](const StoragePoolInfo &a, const StoragePoolInfo &b) { return a.name < b.name; });
        if (command.json()) {
            QJsonArray list;
            for (const StoragePoolInfo &pool : std::as_const(pools))
                list.append(poolJson(pool));
            printJson(list);
            return 0;
        }
        std::printf("%-20s %-8s %-8s %-9s %-12s %-12s %s\n", "NAME", "TYPE", "STATE", "AUTOSTART",
                    "CAPACITY", "FREE", "PATH");
        for (const StoragePoolInfo &pool : std::as_const(pools))
            std::printf("%-20s %-8s %-8s %-9s %-12s %-12s %s\n", qPrintable(pool.name),
                        qPrintable(pool.type), pool.active() ? "active" : "stopped",
                        pool.autostart ? "yes" : "no", qPrintable(sizeText(pool.capacity)),
                        qPrintable(sizeText(pool.available)), qPrintable(pool.path));
        return 0;
    }
    if (action == QLatin1String("info")) {
        const std::optional<StoragePoolInfo> pool = findPool(connection, name);
        if (!pool)
            return command.fail(StorageText::tr("There is no storage pool called '%1'.").arg(name),
                                2);
        const CommandOutcome o = awaitWithProgress(StoragePools::read(&connection, name));
        const PoolState state = o.value.value<PoolState>();
        if (command.json()) {
            QJsonObject obj = poolJson(*pool);
            obj.insert(QStringLiteral("source"), state.sourceText);
            obj.insert(QStringLiteral("users"), usersJson(state.users));
            printJson(obj);
            return 0;
        }
        const auto line = [](const QString &label, const QString &value) {
            std::printf("%-12s %s\n", qPrintable(label + QLatin1Char(':')), qPrintable(value));
        };
        line(StorageText::tr("Name"), pool->name);
        line(StorageText::tr("Type"), pool->type);
        line(StorageText::tr("State"),
             pool->active() ? StorageText::tr("active") : StorageText::tr("stopped"));
        line(StorageText::tr("Autostart"),
             pool->autostart ? StorageText::tr("yes") : StorageText::tr("no"));
        line(StorageText::tr("Path"), pool->path);
        if (!state.sourceText.isEmpty())
            line(StorageText::tr("Source"), state.sourceText);
        line(StorageText::tr("Capacity"), sizeText(pool->capacity));
        line(StorageText::tr("Allocation"), sizeText(pool->allocation));
        line(StorageText::tr("Available"), sizeText(pool->available));
        line(StorageText::tr("Used by"),
             state.users.isEmpty() ? StorageText::tr("no VM") : describeUsers(state.users));
        return 0;
    }
    if (action == QLatin1String("create")) {
        PoolSpec spec;
        spec.name = name;
        spec.type = p.value(type);
        spec.path = p.value(path);
        spec.device = p.value(device);
        spec.host = p.value(host);
        spec.sourcePath = p.value(sourcePath);
        spec.sourceName = p.value(sourceName);
        spec.format = p.value(format);
        spec.build = !p.isSet(noBuild);
        spec.autostart = !p.isSet(noAutostart);
        return command.finish(awaitWithProgress(StoragePools::create(&connection, spec)),
                              StorageText::tr("Pool %1 created.").arg(name));
    }
    if (action == QLatin1String("start"))
        return command.finish(awaitWithProgress(StoragePools::start(&connection, name)),
                              StorageText::tr("Pool %1 started.").arg(name));
    if (action == QLatin1String("stop")) {
        bool declined = false;
        const CommandOutcome o = runConfirming(
            [&](bool confirmed) { return StoragePools::stop(&connection, name, confirmed); },
            p.isSet(yes), &declined);
        if (declined) {
            std::printf("%s\n", qPrintable(StorageText::tr("Nothing done.")));
            return 0;
        }
        return command.finish(o, StorageText::tr("Pool %1 stopped.").arg(name));
    }
    return command.finish(
        awaitWithProgress(StoragePools::remove(&connection, name, p.isSet(deleteData))),
        StorageText::tr("Pool %1 deleted.").arg(name));
}

int runVolCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("vol"),
                          StorageText::tr("Volumes of a storage pool: list, create, resize, "
                                          "clone, wipe, upload, download, delete."),
                          QStringLiteral("list POOL | create|resize|wipe|delete POOL NAME [SIZE] "
                                         "| clone POOL NAME NEWNAME | upload|download POOL NAME "
                                         "FILE"));
    command.addJsonOption(StorageText::tr("list, info: JSON."));
    const QCommandLineOption yes = yesOption();
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("action"), StorageText::tr("What to do."));
    p.addPositionalArgument(QStringLiteral("pool"), StorageText::tr("The pool."));
    p.addPositionalArgument(QStringLiteral("name"), StorageText::tr("The volume."),
                            QStringLiteral("[name]"));
    p.addPositionalArgument(QStringLiteral("size|file"),
                            StorageText::tr("resize: the new size; upload, download: the local "
                                            "file."),
                            QStringLiteral("[size|file]"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  StorageText::tr("create: the size, e.g. 20G."),
                                  QStringLiteral("SIZE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    StorageText::tr("create: qcow2 (default) or raw."),
                                    QStringLiteral("FORMAT"), QStringLiteral("qcow2"));
    const QCommandLineOption backing(QStringLiteral("backing"),
                                     StorageText::tr("create: a qcow2 overlay on this image."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  StorageText::tr("upload: write into the existing volume NAME "
                                                  "instead of making it."));
    command.addOptions({size, format, backing, into, yes});
    if (!command.parse(arguments))
        return 2;
    const QStringList args = command.positional();
    const QString action = args.value(0);
    const QMap<QString, int> counts{{QStringLiteral("list"), 2},     {QStringLiteral("create"), 3},
                                    {QStringLiteral("resize"), 4},   {QStringLiteral("upload"), 4},
                                    {QStringLiteral("download"), 4}, {QStringLiteral("delete"), 3},
                                    {QStringLiteral("clone"), 4},    {QStringLiteral("wipe"), 3}};
    if (!counts.contains(action))
        return command.fail(StorageText::tr("name an action: %1 (see --help)")
                                .arg(counts.keys().join(QLatin1String(", "))),
                            2);
    if (args.size() != counts.value(action))
        return command.fail(
            StorageText::tr("'%1' takes: %2 (see --help)")
                .arg(action, action == QLatin1String("list")     ? StorageText::tr("POOL")
                             : counts.value(action) == 3         ? StorageText::tr("POOL NAME")
                             : action == QLatin1String("resize") ? StorageText::tr("POOL NAME SIZE")
                             : action == QLatin1String("clone")
                                 ? StorageText::tr("POOL NAME NEWNAME")
                                 : StorageText::tr("POOL NAME FILE")),
            2);
    const QString pool = args[1];
    const QString name = args.value(2);
    quint64 bytes = 0;
    if (action == QLatin1String("create") || action == QLatin1String("resize")) {
        const QString text = action == QLatin1String("create") ? p.value(size) : args[3];
        bytes = parseSize(text);
        if (bytes == 0 && !(action == QLatin1String("create") && p.isSet(backing)))
            return command.fail(StorageText::tr("'%1' is not a size (e.g. 512M, 20G)").arg(text),
                                2);
    }
    if (action == QLatin1String("upload") && !QFileInfo(args[3]).isFile())
        return command.fail(StorageText::tr("%1 is not a file").arg(args[3]), 2);

    Connection connection(command.uri(), command.readOnly());
    if (!openAndWait(connection))
        return command.fail(connection.stateDetail());
    if (action == QLatin1String("list")) {
        const CommandOutcome o = awaitWithProgress(Volumes::listPool(&connection, pool));
        if (!o.ok)
            return command.finish(o, {});
        const auto volumes = o.value.value<QList<VolumeInfo>>();
        if (command.json()) {
            QJsonArray list;
            for (const VolumeInfo &v : volumes)
                list.append(QJsonObject{{QStringLiteral("name"), v.name},
                                        {QStringLiteral("path"), v.path},
                                        {QStringLiteral("format"), v.format},
                                        {QStringLiteral("capacity"), double(v.capacity)},
                                        {QStringLiteral("allocation"), double(v.allocation)},
                                        {QStringLiteral("backing"), v.backingPath},
                                        {QStringLiteral("users"), usersJson(v.users)}});
            printJson(list);
            return 0;
        }
        std::printf("%-28s %-7s %-10s %-10s %s\n", "NAME", "FORMAT", "SIZE", "ON DISK", "USED BY");
        for (const VolumeInfo &v : volumes)
            std::printf(
                "%-28s %-7s %-10s %-10s %s\n", qPrintable(v.name), qPrintable(v.format),
                qPrintable(sizeText(v.capacity)), qPrintable(sizeText(v.allocation)),
                qPrintable(v.users.isEmpty() ? QStringLiteral("-") : describeUsers(v.users)));
        return 0;
    }
    if (action == QLatin1String("upload")) {
        Operation *op = p.isSet(into) ? Volumes::uploadInto(&connection, args[3], pool, name)
                                      : Volumes::upload(&connection, args[3], pool, name);
        return command.finish(awaitWithProgress(op),
                              StorageText::tr("Uploaded %1 to %2/%3.").arg(args[3], pool, name));
    }
    if (action == QLatin1String("clone"))
        return command.finish(awaitWithProgress(Volumes::clone(&connection, pool, name, args[3])),
                              StorageText::tr("Volume %1 copied to %2.").arg(name, args[3]));
    if (action == QLatin1String("wipe")) {
        if (!p.isSet(yes)
            && !askYesNo(
                StorageText::tr("Overwrite all of %1 with zeros? Its data is lost.").arg(name))) {
            std::printf("%s\n", qPrintable(StorageText::tr("Nothing done.")));
            return 0;
        }
        return command.finish(awaitWithProgress(Volumes::wipe(&connection, pool, name)),
                              StorageText::tr("Volume %1 wiped.").arg(name));
    }
    if (action == QLatin1String("download"))
        return command.finish(
            awaitWithProgress(Volumes::download(&connection, pool, name, args[3])),
            StorageText::tr("Downloaded %1/%2 to %3.").arg(pool, name, args[3]));
    bool declined = false;
    CommandOutcome o;
    QString done;
    if (action == QLatin1String("create")) {
        const VolumeSpec spec{name, p.value(format), bytes, p.value(backing)};
        o = runConfirming([&](bool sure) { return Volumes::create(&connection, pool, spec, sure); },
                          p.isSet(yes), &declined);
        done = StorageText::tr("Volume %1 created: %2").arg(name, o.value.toString());
    } else if (action == QLatin1String("resize")) {
        o = runConfirming(
            [&](bool sure) { return Volumes::resize(&connection, pool, name, bytes, sure); },
            p.isSet(yes), &declined);
        done = StorageText::tr("Volume %1 is now %2.").arg(name, sizeText(bytes));
    } else {
        o = runConfirming([&](bool sure) { return Volumes::remove(&connection, pool, name, sure); },
                          p.isSet(yes), &declined);
        done = StorageText::tr("Volume %1 deleted.").arg(name);
    }
    if (declined) {
        std::printf("%s\n", qPrintable(StorageText::tr("Nothing done.")));
        return 0;
    }
    return command.finish(o, done);
}

} // namespace Vireo::App
