#include "app/commands/LifecycleCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainLifecycle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace Vireo::App {

namespace {

struct LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleText)
};

struct Verb
{
    const char *name;
    DomainAction action;
    const char *what;
};

// Restore is Start on a machine with a saved state; destroy is virsh's word for Force Off;
// delete removes the definition (Lifecycle::remove), with its disks when asked.
const Verb kVerbs[] = {
    {"start", DomainAction::Start, QT_TRANSLATE_NOOP("LifecycleText", "Starts virtual machines.")},
    {"shutdown", DomainAction::Shutdown,
     QT_TRANSLATE_NOOP("LifecycleText", "Asks virtual machines' guests to shut down (ACPI).")},
    {"reboot", DomainAction::Reboot,
     QT_TRANSLATE_NOOP("LifecycleText", "Asks virtual machines' guests to reboot (ACPI).")},
    {"reset", DomainAction::Reset,
     QT_TRANSLATE_NOOP(
         "LifecycleText",
         "Force Reset: the machine's reset button, at once; the guest's unsaved work is lost.")},
    {"force-off", DomainAction::ForceOff,
     QT_TRANSLATE_NOOP("LifecycleText",
                       "Force Off: pulls the plug; the guest's unsaved work is lost.")},
    {"destroy", DomainAction::ForceOff,
     QT_TRANSLATE_NOOP("LifecycleText",
                       "Force Off (virsh's destroy): pulls the plug; the guest's unsaved work is "
                       "lost. The machine stays defined.")},
    {"pause", DomainAction::Pause, QT_TRANSLATE_NOOP("LifecycleText", "Pauses virtual machines.")},
    {"resume", DomainAction::Resume,
     QT_TRANSLATE_NOOP("LifecycleText", "Resumes paused virtual machines.")},
    {"save", DomainAction::Save,
     QT_TRANSLATE_NOOP("LifecycleText",
                       "Saves running machines' memory to disk and stops them; start or "
                       "restore brings them back where they were.")},
    {"restore", DomainAction::Start,
     QT_TRANSLATE_NOOP("LifecycleText", "Restores saved machines where they were.")},
    {"delete", DomainAction::Delete,
     QT_TRANSLATE_NOOP("LifecycleText",
                       "Deletes virtual machines' definitions (a running one is forced off "
                       "first); their disks too with --remove-storage.")},
};

struct Done
{
    QString name;
    QString uuid;
    bool ok = false;
    QString message;
};

} // namespace

QStringList lifecycleVerbs()
{
    QStringList verbs;
    for (const Verb &v : kVerbs)
        verbs << QLatin1String(v.name);
    return verbs;
}

int runLifecycleCommand(const QString &verb, const QStringList &arguments)
{
    const Verb *chosen = nullptr;
    for (const Verb &v : kVerbs)
        if (verb == QLatin1String(v.name))
            chosen = &v;
    if (!chosen)
        return 2;
    CommandParser command(verb, LifecycleText::tr(chosen->what), QStringLiteral("VM..."));
    command.options().addPositionalArgument(QStringLiteral("vm"),
                                            LifecycleText::tr("Names or UUIDs of the VMs."),
                                            QStringLiteral("VM..."));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        LifecycleText::tr("Do not ask before an action that loses the guest's unsaved work."));
    const QCommandLineOption storage(
        QStringLiteral("remove-storage"),
        LifecycleText::tr("delete: remove the VM's disks too (not its CD-ROMs)."));
    command.addOption(yes);
    if (chosen->action == DomainAction::Delete)
        command.addOption(storage);
    command.addJsonOption(LifecycleText::tr("What was done to each VM, as JSON."));
    if (!command.parse(arguments))
        return 2;
    if (command.positional().isEmpty())
        return command.fail(LifecycleText::tr("name a VM (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    if (!openAndWait(connection))
        return command.fail(connection.stateDetail());
    const bool restore = verb == QLatin1String("restore");
    const bool removeStorage
        = chosen->action == DomainAction::Delete && command.options().isSet(storage);

    // Every VM is checked before any is touched: a name that is not there changes nothing.
    QList<DomainInfo> vms;
    for (const QString &name : command.positional()) {
        const std::optional<DomainInfo> vm = connection.findDomain(name);
        if (!vm)
            return command.fail(
                LifecycleText::tr("There is no VM \"%1\" on %2.").arg(name, connection.uri()), 2);
        ActionAvailability can = actionAvailability(chosen->action, *vm, connection.isReadOnly());
        if (restore && can.enabled && !vm->hasManagedSave)
            can = {false, LifecycleText::tr("%1 has no saved state to restore.").arg(vm->name)};
        if (!can.enabled)
            return command.fail(QStringLiteral("%1: %2").arg(vm->name, can.reason), 2);
        vms << *vm;
    }
    const bool destructive
        = isDestructive(chosen->action) || chosen->action == DomainAction::Delete;
    if (destructive && !command.options().isSet(yes)) {
        QStringList names;
        for (const DomainInfo &vm : std::as_const(vms))
            names << vm.name;
        const QString question
            = chosen->action == DomainAction::Delete
                  ? (removeStorage
                         ? LifecycleText::tr("Delete %1 and its disks? This cannot be undone.")
                         : LifecycleText::tr("Delete %1? Its disks stay."))
                        .arg(names.join(QLatin1String(", ")))
                  : LifecycleText::tr("%1 %2? The guest's unsaved work is lost.")
                        .arg(actionLabel(chosen->action, &vms.first()).remove(QLatin1Char('&')),
                             names.join(QLatin1String(", ")));
        if (!askYesNo(question)) {
            std::printf("%s\n", qPrintable(LifecycleText::tr("Nothing done.")));
            return 0;
        }
    }

    QList<Done> results;
    int code = 0;
    for (const DomainInfo &vm : std::as_const(vms)) {
        Operation *op = chosen->action == DomainAction::Delete
                            ? Lifecycle::remove(&connection, vm.uuid,
                                                removeStorage ? Lifecycle::deletableStorage(vm)
                                                              : QStringList())
                            : Lifecycle::perform(&connection, chosen->action, vm.uuid);
        QVariant value;
        QString error;
        Failure why;
        Done done{vm.name, vm.uuid, await(op, &value, &error, &why), error};
        if (!done.ok)
            code = std::max(code, why.kind == Failure::Kind::InvalidInput ? 2 : 1);
        results << done;
    }
    if (command.json()) {
        QJsonArray list;
        for (const Done &d : std::as_const(results)) {
            QJsonObject o{{QStringLiteral("name"), d.name},
                          {QStringLiteral("uuid"), d.uuid},
                          {QStringLiteral("action"), verb},
                          {QStringLiteral("ok"), d.ok}};
            if (!d.ok)
                o.insert(QStringLiteral("error"), d.message);
            list.append(o);
        }
        printJson(list);
        return code;
    }
    for (const Done &d : std::as_const(results)) {
        if (d.ok)
            std::printf("%s\n", qPrintable(LifecycleText::tr("%1: done.").arg(d.name)));
        else
            std::fprintf(stderr, "vireo %s: %s: %s\n", qPrintable(verb), qPrintable(d.name),
                         qPrintable(d.message));
    }
    return code;
}

} // namespace Vireo::App
