#include "app/commands/TemplateCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "templates/Disposable.h"
#include "templates/Templates.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Vireo::App {

namespace {

struct TemplateCommandText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommandText)
};

} // namespace

int runRunCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("run"),
        TemplateCommandText::tr("Runs a template as a disposable VM: a transient VM on fresh "
                                "overlays, removed with them when it shuts down. This command "
                                "waits until then; Ctrl+C stops the VM. Its console: vireo "
                                "--show-console NAME."),
        QStringLiteral("--disposable TEMPLATE"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("template"), TemplateCommandText::tr("The template."));
    const QCommandLineOption disposable(QStringLiteral("disposable"),
                                        TemplateCommandText::tr("A disposable run (required: "
                                                                "the only kind there is)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  TemplateCommandText::tr("The run's name (default "
                                                          "TEMPLATE-disposable-N)."),
                                  QStringLiteral("NAME"));
    command.addOptions({disposable, name});
    if (!command.parse(arguments))
        return 2;
    if (!p.isSet(disposable))
        return command.fail(TemplateCommandText::tr("say --disposable: vireo starts other VMs "
                                                    "with 'vireo start VM'"),
                            2);
    if (command.positional().size() != 1)
        return command.fail(TemplateCommandText::tr("name one template (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    const std::optional<DomainInfo> tmpl = command.openAndFind(connection, command.positional()[0]);
    if (!tmpl)
        return 1;
    DisposableKeeper keeper(&connection);
    const CommandOutcome o
        = awaitWithProgress(Disposables::run(&connection, tmpl->uuid, p.value(name)));
    if (!o.ok)
        return command.fail(o.why.text(), o.exitCode());
    const QString uuid = o.value.toString();
    QEventLoop wait;
    QString runName = connection.domain(uuid) ? connection.domain(uuid)->name : uuid;
    Disposables::watchRun(
        &connection, uuid, &wait,
        [&](const QString &name) {
            runName = name;
            std::printf("%s\n",
                        qPrintable(TemplateCommandText::tr(
                                       "%1 runs (disposable: it goes when it shuts down; Ctrl+C "
                                       "stops it). Its console: vireo --show-console %1")
                                       .arg(runName)));
            std::fflush(stdout);
        },
        [&] { wait.quit(); });
    bool interrupted = false;
    App::StopSignals stop([&] {
        interrupted = true;
        wait.quit();
    });
    wait.exec();
    const CommandOutcome cleaned = awaitWithProgress(Disposables::cleanUp(&connection, true));
    if (!cleaned.ok)
        return command.fail(TemplateCommandText::tr("%1 ended, but its overlays may be left: %2")
                                .arg(runName, cleaned.why.text()));
    std::printf(
        "%s\n",
        qPrintable(interrupted
                       ? TemplateCommandText::tr("%1 stopped and removed.").arg(runName)
                       : TemplateCommandText::tr("%1 shut down and was removed.").arg(runName)));
    return 0;
}

int runCloneCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("clone"),
        TemplateCommandText::tr("Copies a shut-off VM: every writable disk copied through its pool "
                                "(full, the default), or a qcow2 overlay on each (--linked; the "
                                "source becomes a template, since its disks must not change "
                                "under the overlays)."),
        QStringLiteral("VM NAME"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"), TemplateCommandText::tr("The VM to copy."));
    p.addPositionalArgument(QStringLiteral("name"), TemplateCommandText::tr("The copy's name."));
    const QCommandLineOption linked(QStringLiteral("linked"),
                                    TemplateCommandText::tr("A linked clone (qcow2 overlays)."));
    const QCommandLineOption share(QStringLiteral("share"),
                                   TemplateCommandText::tr("Share this disk (its target, e.g. "
                                                           "vdb) instead of copying it; again "
                                                           "for more."),
                                   QStringLiteral("TARGET"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   TemplateCommandText::tr("Start the copy once it is made."));
    command.addOptions({linked, share, start});
    if (!command.parse(arguments))
        return 2;
    if (command.positional().size() != 2)
        return command.fail(TemplateCommandText::tr("name the VM and the copy (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    const std::optional<DomainInfo> vm = command.openAndFind(connection, command.positional()[0]);
    if (!vm)
        return 1;
    const CloneRequest request{vm->uuid, command.positional()[1],
                               p.isSet(linked) ? CloneRequest::Kind::Linked
                                               : CloneRequest::Kind::Full,
                               p.values(share), p.isSet(start)};
    return command.finish(awaitWithProgress(Templates::clone(&connection, request)),
                          TemplateCommandText::tr("%1 made (%2 clone of %3).")
                              .arg(request.name, CloneRequest::kindName(request.kind), vm->name));
}

int runFlattenCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("flatten"),
                          TemplateCommandText::tr("Makes an instance independent of its template: "
                                                  "its disks take in the template's data (while "
                                                  "it runs, or with qemu-img when it is shut "
                                                  "off) and have no backing file afterwards."),
                          QStringLiteral("VM"));
    command.options().addPositionalArgument(QStringLiteral("vm"),
                                            TemplateCommandText::tr("The instance."));
    if (!command.parse(arguments))
        return 2;
    if (command.positional().size() != 1)
        return command.fail(TemplateCommandText::tr("name one VM (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    const std::optional<DomainInfo> vm = command.openAndFind(connection, command.positional()[0]);
    if (!vm)
        return 1;
    const CommandOutcome o = awaitWithProgress(Templates::flatten(&connection, vm->uuid));
    return command.finish(
        o, o.value.toInt() == 0
               ? TemplateCommandText::tr("%1 has no backing files: nothing to do.").arg(vm->name)
               : TemplateCommandText::tr("%1 is independent now (%n disk(s) flattened).", nullptr,
                                         o.value.toInt())
                     .arg(vm->name));
}

int runTemplateCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("template"),
        TemplateCommandText::tr(
            "Templates: read-only VMs that are never started, and the "
            "instances made from them. make and unmake turn a shut-off VM "
            "into a template and back; new makes instances; edit, save and discard "
            "change a template through a writable copy."),
        QStringLiteral(
            "list | make|unmake|instances|new|edit|save|discard TEMPLATE | from-snapshot VM "
            "SNAPSHOT NAME"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("action"),
                            TemplateCommandText::tr("list, make, unmake, instances, new; edit (a "
                                                    "writable TEMPLATE-edit to change and shut "
                                                    "down), then save (into the template) or "
                                                    "discard; from-snapshot (a new template NAME "
                                                    "from the VM as it was in SNAPSHOT; the VM is "
                                                    "not touched)."));
    p.addPositionalArgument(QStringLiteral("template"), TemplateCommandText::tr("The template."),
                            QStringLiteral("[template]"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   TemplateCommandText::tr("new: how many (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption pattern(QStringLiteral("pattern"),
                                     TemplateCommandText::tr("new: their names, {n} a number "
                                                             "(default TEMPLATE-{n})."),
                                     QStringLiteral("P"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  TemplateCommandText::tr("new: full copies instead of linked "
                                                          "ones."));
    const QCommandLineOption start(QStringLiteral("start"),
                                   TemplateCommandText::tr("new, edit: start them."));
    command.addOptions({count, pattern, full, start});
    command.addJsonOption(TemplateCommandText::tr("list, instances: JSON."));
    if (!command.parse(arguments))
        return 2;
    const QStringList args = command.positional();
    const QString action = args.value(0);
    const QStringList actions{
        QStringLiteral("list"),      QStringLiteral("make"),    QStringLiteral("unmake"),
        QStringLiteral("instances"), QStringLiteral("new"),     QStringLiteral("edit"),
        QStringLiteral("save"),      QStringLiteral("discard"), QStringLiteral("from-snapshot")};
    if (!actions.contains(action))
        return command.fail(TemplateCommandText::tr("name an action: %1 (see --help)")
                                .arg(actions.join(QLatin1String(", "))),
                            2);
    const bool fromSnapshot = action == QLatin1String("from-snapshot");
    if (args.size() != (action == QLatin1String("list") ? 1 : fromSnapshot ? 4 : 2))
        return command.fail(
            action == QLatin1String("list") ? TemplateCommandText::tr("'list' takes no name")
            : fromSnapshot                  ? TemplateCommandText::tr("'from-snapshot' takes a VM, "
                                                                                       "its snapshot and a name")
                           : TemplateCommandText::tr("'%1' takes one template").arg(action),
            2);
    bool countOk = false;
    const int n = p.value(count).toInt(&countOk);
    if (action == QLatin1String("new") && (!countOk || n < 1 || n > 100))
        return command.fail(TemplateCommandText::tr("--count: '%1' is not a number from 1 to 100")
                                .arg(p.value(count)),
                            2);
    Connection connection(command.uri(), command.readOnly());
    if (action == QLatin1String("list")) {
        if (!openAndWait(connection))
            return command.fail(connection.stateDetail());
        QList<DomainInfo> templates;
        for (const DomainInfo &d : connection.domains())
            if (d.isTemplate)
                templates << d;
        std::sort(templates.begin(), templates.end(),
                  [](const DomainInfo &a, const DomainInfo &b) { return a.name < b.name; });
        QJsonArray list;
        if (!command.json())
            std::printf("%-30s %s\n", "TEMPLATE", "INSTANCES");
        for (const DomainInfo &t : std::as_const(templates)) {
            const CommandOutcome o = awaitWithProgress(Templates::instances(&connection, t.uuid));
            const auto instances = o.value.value<QList<InstanceInfo>>();
            if (command.json())
                list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                        {QStringLiteral("uuid"), t.uuid},
                                        {QStringLiteral("instances"), int(instances.size())}});
            else
                std::printf("%-30s %lld\n", qPrintable(t.name), qlonglong(instances.size()));
        }
        if (command.json())
            std::printf("%s", QJsonDocument(list).toJson().constData());
        return 0;
    }
    const std::optional<DomainInfo> vm = command.openAndFind(connection, args[1]);
    if (!vm)
        return 1;
    if (fromSnapshot)
        return command.finish(
            awaitWithProgress(Templates::fromSnapshot(&connection, vm->uuid, args[2], args[3])),
            TemplateCommandText::tr("%1 is a template of %2 as it was in '%3'.")
                .arg(args[3], vm->name, args[2]));
    if (action == QLatin1String("edit")) {
        const CommandOutcome o
            = awaitWithProgress(Templates::beginEdit(&connection, vm->uuid, p.isSet(start)));
        const std::optional<DomainInfo> edit = connection.domain(o.value.toString());
        return command.finish(
            o, TemplateCommandText::tr("Change %1 and shut it down; then vireo template "
                                       "save|discard %2.")
                   .arg(edit ? edit->name : vm->name + QStringLiteral("-edit"), vm->name));
    }
    if (action == QLatin1String("save") || action == QLatin1String("discard")) {
        const bool save = action == QLatin1String("save");
        const CommandOutcome o = awaitWithProgress(Templates::endEdit(&connection, vm->uuid, save));
        return command.finish(
            o, save ? TemplateCommandText::tr("%1's changes are in %2 now; %1 is gone.")
                          .arg(o.value.toString(), vm->name)
                    : TemplateCommandText::tr("%1 and its changes are gone; %2 is as it "
                                              "was.")
                          .arg(o.value.toString(), vm->name));
    }
    if (action == QLatin1String("make"))
        return command.finish(awaitWithProgress(Templates::make(&connection, vm->uuid)),
                              TemplateCommandText::tr("%1 is a template now.").arg(vm->name));
    if (action == QLatin1String("unmake"))
        return command.finish(awaitWithProgress(Templates::unmake(&connection, vm->uuid)),
                              TemplateCommandText::tr("%1 is an ordinary VM again.").arg(vm->name));
    if (action == QLatin1String("instances")) {
        const CommandOutcome o = awaitWithProgress(Templates::instances(&connection, vm->uuid));
        if (!o.ok)
            return command.finish(o, {});
        QJsonArray list;
        if (!command.json())
            std::printf("%-30s %-8s %-9s %s\n", "INSTANCE", "KIND", "STATE", "FOUND BY");
        for (const InstanceInfo &i : o.value.value<QList<InstanceInfo>>()) {
            if (command.json())
                list.append(QJsonObject{{QStringLiteral("name"), i.vm.name},
                                        {QStringLiteral("uuid"), i.vm.uuid},
                                        {QStringLiteral("kind"), i.kind},
                                        {QStringLiteral("running"), i.vm.running}});
            else
                std::printf("%-30s %-8s %-9s %s\n", qPrintable(i.vm.name), qPrintable(i.kind),
                            i.vm.running ? "running" : "shut off",
                            i.fromBackingChain ? "backing file" : "metadata");
        }
        if (command.json())
            std::printf("%s", QJsonDocument(list).toJson().constData());
        return 0;
    }
    const QString names = p.isSet(pattern) ? p.value(pattern) : vm->name + QStringLiteral("-{n}");
    const CommandOutcome o = awaitWithProgress(Templates::newInstances(
        &connection, vm->uuid, n, names,
        p.isSet(full) ? CloneRequest::Kind::Full : CloneRequest::Kind::Linked, p.isSet(start)));
    return command.finish(
        o,
        TemplateCommandText::tr("Made: %1.").arg(o.value.toStringList().join(QLatin1String(", "))));
}

} // namespace Vireo::App
