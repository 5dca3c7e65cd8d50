#include "app/commands/MigrateCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "migration/Migration.h"

#include <QCoreApplication>
#include <QPointer>

#include <cstdio>

namespace Vireo::App {

namespace {

struct MigrateText
{
    Q_DECLARE_TR_FUNCTIONS(MigrateText)
};

} // namespace

int runMigrateCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("migrate"),
        MigrateText::tr("Moves a VM to another host: live while it runs (the default), or "
                        "offline. The checks come first; nothing starts while one fails. "
                        "Ctrl+C cancels: the VM stays on this host."),
        QStringLiteral("VM DEST-URI"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"), MigrateText::tr("The VM (name or UUID)."));
    p.addPositionalArgument(QStringLiteral("dest-uri"),
                            MigrateText::tr("The destination host, e.g. "
                                            "qemu+ssh://root@host2/system."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     MigrateText::tr("Move a shut-off VM's definition."));
    const QCommandLineOption copy(QStringLiteral("copy-storage"),
                                  MigrateText::tr("Copy the disks: all, or inc (what their "
                                                  "backing images lack); default: they are "
                                                  "shared."),
                                  QStringLiteral("all|inc"));
    const QCommandLineOption keep(QStringLiteral("keep-source"),
                                  MigrateText::tr("Keep the VM defined on this host too."));
    const QCommandLineOption downtime(QStringLiteral("max-downtime"),
                                      MigrateText::tr("The longest pause at the switch-over."),
                                      QStringLiteral("MS"));
    const QCommandLineOption bandwidth(QStringLiteral("bandwidth"),
                                       MigrateText::tr("A cap on the transfer, in MiB/s."),
                                       QStringLiteral("MIB/S"));
    const QCommandLineOption converge(QStringLiteral("auto-converge"),
                                      MigrateText::tr("Slow the guest down when it changes "
                                                      "memory faster than it can be sent."));
    const QCommandLineOption postcopy(
        QStringLiteral("postcopy"),
        MigrateText::tr("Allow post-copy, and switch to it when the migration does not converge "
                        "(it then always ends; a failure meanwhile loses the VM)."));
    const QCommandLineOption unsafe(QStringLiteral("unsafe"),
                                    MigrateText::tr("Shared disks without a cluster file "
                                                    "system: you know both hosts never write "
                                                    "them at once."));
    const QCommandLineOption migrateUri(QStringLiteral("migrate-uri"),
                                        MigrateText::tr("Where QEMU sends the data, e.g. "
                                                        "tcp://10.0.0.2."),
                                        QStringLiteral("URI"));
    const QCommandLineOption copyPool(QStringLiteral("copy-pool"),
                                      MigrateText::tr("With --copy-storage: the pool on the "
                                                      "destination to copy disks into when no "
                                                      "pool there holds their folder."),
                                      QStringLiteral("POOL"));
    const QCommandLineOption checkOnly(QStringLiteral("check-only"),
                                       MigrateText::tr("Print the checks and stop."));
    command.addOptions({offline, copy, copyPool, keep, downtime, bandwidth, converge, postcopy,
                        unsafe, migrateUri, checkOnly});
    if (!command.parse(arguments))
        return 2;
    if (command.positional().size() != 2)
        return command.fail(MigrateText::tr("name the VM and the destination (see --help)"), 2);
    MigrationOptions o;
    o.plan.live = !p.isSet(offline);
    o.plan.keepSource = p.isSet(keep);
    if (p.isSet(copy)) {
        if (p.value(copy) == QLatin1String("all"))
            o.plan.storage = MigrationPlan::Storage::CopyAll;
        else if (p.value(copy) == QLatin1String("inc"))
            o.plan.storage = MigrationPlan::Storage::CopyChanged;
        else
            return command.fail(
                MigrateText::tr("--copy-storage: '%1' is neither all nor inc").arg(p.value(copy)),
                2);
    }
    if (p.isSet(copyPool)) {
        if (!p.isSet(copy))
            return command.fail(MigrateText::tr("--copy-pool goes with --copy-storage"), 2);
        o.plan.copyPool = p.value(copyPool);
    }
    bool ok = true;
    for (const auto &[option, target] :
         {std::pair{&downtime, &o.maxDowntimeMs}, std::pair{&bandwidth, &o.bandwidthMiBs}}) {
        if (!p.isSet(*option))
            continue;
        *target = p.value(*option).toInt(&ok);
        if (!ok || *target <= 0)
            return command.fail(MigrateText::tr("--%1: '%2' is not a positive number")
                                    .arg(option->names().first(), p.value(*option)),
                                2);
    }
    o.autoConverge = p.isSet(converge);
    o.postCopy = p.isSet(postcopy);
    o.unsafe = p.isSet(unsafe);
    o.migrationUri = p.value(migrateUri);
    const QString destination = command.positional()[1];
    if (const QString bad = validateConnectionUri(destination); !bad.isEmpty())
        return command.fail(bad, 2);

    Connection connection(command.uri(), command.readOnly());
    const std::optional<DomainInfo> vm = command.openAndFind(connection, command.positional()[0]);
    if (!vm)
        return 1;
    const CommandOutcome checked
        = awaitWithProgress(Preflight::check(&connection, vm->uuid, destination, o.plan));
    if (!checked.ok)
        return command.fail(checked.why.text(), checked.exitCode());
    const auto checks = checked.value.value<QList<MigrationCheck>>();
    std::printf("%s\n", qPrintable(Preflight::describe(checks)));
    if (Preflight::blocks(checks))
        return command.fail(MigrateText::tr("%1 was not moved: a check failed.").arg(vm->name));
    if (p.isSet(checkOnly))
        return 0;
    std::fflush(stdout);
    Operation *op = Migration::start(&connection, vm->uuid, destination, o);
    const QPointer<Operation> running(op);
    StopSignals stop([running] {
        if (running)
            running->cancel();
    });
    // Not converging: said once; with --postcopy, switched to post-copy so that it ends.
    bool told = false;
    QObject::connect(op, &Operation::detail, op,
                     [&told, &connection, &o, uuid = vm->uuid](const QVariant &detail) {
                         if (told || detail.value<MigrationProgress>().converging)
                             return;
                         told = true;
                         std::fprintf(stderr, "\n%s\n",
                                      qPrintable(o.postCopy
                                                     ? MigrateText::tr("Not converging: the guest "
                                                                       "changes its memory as "
                                                                       "fast as it is sent. "
                                                                       "Switching to post-copy.")
                                                     : MigrateText::tr("Not converging: the guest "
                                                                       "changes its memory as "
                                                                       "fast as it is sent. "
                                                                       "Ctrl+C cancels; try "
                                                                       "--auto-converge or "
                                                                       "--postcopy.")));
                         if (o.postCopy)
                             Migration::switchToPostCopy(&connection, uuid);
                     });
    const CommandOutcome moved = awaitWithProgress(op);
    if (stop.stopped() && !moved.ok)
        return command.fail(moved.why.text(), 130);
    const MigrationProgress last = moved.value.value<MigrationProgress>();
    return command.finish(moved,
                          last.downtimeMs > 0
                              ? MigrateText::tr("%1 runs on %2 now (downtime %3 ms).")
                                    .arg(vm->name, destination)
                                    .arg(last.downtimeMs)
                              : MigrateText::tr("%1 is on %2 now.").arg(vm->name, destination));
}

} // namespace Vireo::App
