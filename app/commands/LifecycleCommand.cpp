#include "app/commands/LifecycleCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainLifecycle.h"

#include <QCoreApplication>

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

const Verb kVerbs[] = {
    {"start", DomainAction::Start, QT_TRANSLATE_NOOP("LifecycleText", "Starts a virtual machine.")},
    {"shutdown", DomainAction::Shutdown,
     QT_TRANSLATE_NOOP("LifecycleText", "Asks a virtual machine's guest to shut down (ACPI).")},
    {"reboot", DomainAction::Reboot,
     QT_TRANSLATE_NOOP("LifecycleText", "Asks a virtual machine's guest to reboot (ACPI).")},
    {"reset", DomainAction::Reset,
     QT_TRANSLATE_NOOP(
         "LifecycleText",
         "Force Reset: the machine's reset button, at once; the guest's unsaved work is lost.")},
    {"force-off", DomainAction::ForceOff,
     QT_TRANSLATE_NOOP("LifecycleText",
                       "Force Off: pulls the plug; the guest's unsaved work is lost.")},
    {"pause", DomainAction::Pause, QT_TRANSLATE_NOOP("LifecycleText", "Pauses a virtual machine.")},
    {"resume", DomainAction::Resume,
     QT_TRANSLATE_NOOP("LifecycleText", "Resumes a paused virtual machine.")},
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
    CommandParser command(verb, LifecycleText::tr(chosen->what), QStringLiteral("VM"));
    command.options().addPositionalArgument(QStringLiteral("vm"),
                                            LifecycleText::tr("Name or UUID of the VM."));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        LifecycleText::tr("Do not ask before an action that loses the guest's unsaved work."));
    command.addOption(yes);
    if (!command.parse(arguments))
        return 2;
    if (command.positional().size() != 1)
        return command.fail(LifecycleText::tr("name one VM (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    const std::optional<DomainInfo> vm
        = command.openAndFind(connection, command.positional().first());
    if (!vm)
        return 1;
    const ActionAvailability can = actionAvailability(chosen->action, *vm, connection.isReadOnly());
    if (!can.enabled)
        return command.fail(can.reason, 2);
    if (isDestructive(chosen->action) && !command.options().isSet(yes)) {
        if (!askYesNo(
                LifecycleText::tr("%1 '%2'? The guest's unsaved work is lost.")
                    .arg(actionLabel(chosen->action, &*vm).remove(QLatin1Char('&')), vm->name))) {
            std::printf("%s\n", qPrintable(LifecycleText::tr("Nothing done.")));
            return 0;
        }
    }
    QVariant value;
    QString error;
    if (!await(Lifecycle::perform(&connection, chosen->action, vm->uuid), &value, &error))
        return command.fail(error);
    std::printf("%s\n", qPrintable(LifecycleText::tr("%1: done.").arg(vm->name)));
    return 0;
}

} // namespace Vireo::App
