#include "app/commands/SnapshotCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "snapshots/Snapshots.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace Vireo::App {

namespace {

struct SnapshotCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommandText)
};

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("-") : QLocale::c().formattedDataSize(bytes);
}

/// The tree, one snapshot a line, children indented under their parent.
void printTree(const QList<SnapshotInfo> &snapshots)
{
    if (snapshots.isEmpty()) {
        std::printf("%s\n", qPrintable(SnapshotCommandText::tr("No snapshots.")));
        return;
    }
    QHash<QString, int> depth;
    std::printf("%-40s %-19s %-22s %9s  %s\n", "NAME", "TAKEN", "STATE", "SIZE", "DESCRIPTION");
    for (const SnapshotInfo &s : snapshots) {
        const int d = s.parent.isEmpty() ? 0 : depth.value(s.parent) + 1;
        depth.insert(s.name, d);
        QString name = QString(d * 2, QLatin1Char(' ')) + (d ? QStringLiteral("└ ") : QString())
                       + s.name + (s.current ? QStringLiteral(" *") : QString());
        QString state = s.state + (s.hasMemory ? QStringLiteral("+memory") : QString())
                        + (s.external ? QStringLiteral(" external") : QString());
        std::printf("%-40s %-19s %-22s %9s  %s\n", qPrintable(name),
                    qPrintable(s.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                    qPrintable(state), qPrintable(sizeText(s.sizeBytes)),
                    qPrintable(s.description.simplified()));
    }
    std::printf("%s\n", qPrintable(SnapshotCommandText::tr("(* current)")));
}

} // namespace

int runSnapshotCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("snapshot"),
        SnapshotCommandText::tr("Snapshots of a virtual machine: list, create, revert, delete."),
        QStringLiteral("list|create|revert|delete VM [NAME]"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("action"),
                            SnapshotCommandText::tr("list, create, revert or delete."));
    p.addPositionalArgument(QStringLiteral("vm"),
                            SnapshotCommandText::tr("Name or UUID of the VM."));
    p.addPositionalArgument(QStringLiteral("name"),
                            SnapshotCommandText::tr("Snapshot name (create: default, the time)."),
                            QStringLiteral("[name]"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    SnapshotCommandText::tr("create: include the memory state "
                                                            "(the VM must run)."));
    const QCommandLineOption diskOnly(QStringLiteral("disk-only"),
                                      SnapshotCommandText::tr("create: the disks only."));
    const QCommandLineOption description(QStringLiteral("description"),
                                         SnapshotCommandText::tr("create: a description."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption paused(QStringLiteral("paused"),
                                    SnapshotCommandText::tr("revert: leave the VM paused."));
    const QCommandLineOption running(QStringLiteral("running"),
                                     SnapshotCommandText::tr("revert: start the VM running."));
    const QCommandLineOption children(QStringLiteral("children"),
                                      SnapshotCommandText::tr("delete: its descendants too."));
    command.addOptions({memory, diskOnly, description, paused, running, children});
    if (!command.parse(arguments))
        return 2;
    const QStringList args = command.positional();
    const auto fail
        = [&command](const QString &message, int code = 1) { return command.fail(message, code); };
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("create"),
                                     QStringLiteral("revert"), QStringLiteral("delete")};
    if (args.isEmpty() || !actions.contains(args.first()))
        return fail(SnapshotCommandText::tr("Say what to do: list, create, revert or delete."), 2);
    const QString action = args.first();
    if (args.size() < 2)
        return fail(SnapshotCommandText::tr("Name the VM."), 2);
    if ((action == QLatin1String("revert") || action == QLatin1String("delete")) && args.size() < 3)
        return fail(SnapshotCommandText::tr("Name the snapshot to %1.").arg(action), 2);
    if (args.size() > 3)
        return fail(SnapshotCommandText::tr("Too many arguments."), 2);
    if (p.isSet(memory) && p.isSet(diskOnly))
        return fail(SnapshotCommandText::tr("--memory and --disk-only exclude each other."), 2);
    if (p.isSet(paused) && p.isSet(running))
        return fail(SnapshotCommandText::tr("--paused and --running exclude each other."), 2);
    const QString name = args.size() > 2 ? args.at(2) : Snapshots::defaultName();
    if (action == QLatin1String("create"))
        if (const QString bad = Snapshots::validateName(name); !bad.isEmpty())
            return fail(bad, 2);
    Connection connection(command.uri(), command.readOnly());
    const auto domain = command.openAndFind(connection, args.at(1));
    if (!domain)
        return 1;

    QVariant value;
    QString error;
    if (action == QLatin1String("list")) {
        if (!await(Snapshots::list(&connection, domain->uuid), &value, &error))
            return fail(error);
        printTree(value.value<QList<SnapshotInfo>>());
        return 0;
    }
    Operation *op = nullptr;
    QString done;
    if (action == QLatin1String("create")) {
        const Snapshots::Kind kind = p.isSet(memory)     ? Snapshots::Kind::WithMemory
                                     : p.isSet(diskOnly) ? Snapshots::Kind::DiskOnly
                                                         : Snapshots::Kind::Automatic;
        op = Snapshots::create(&connection, domain->uuid, name, p.value(description), kind);
        done = SnapshotCommandText::tr("Snapshot \"%1\" of %2 taken.").arg(name, domain->name);
    } else if (action == QLatin1String("revert")) {
        const Snapshots::RevertTo to = p.isSet(paused)    ? Snapshots::RevertTo::Paused
                                       : p.isSet(running) ? Snapshots::RevertTo::Running
                                                          : Snapshots::RevertTo::AsTaken;
        op = Snapshots::revert(&connection, domain->uuid, name, to);
        done = SnapshotCommandText::tr("%1 reverted to \"%2\".").arg(domain->name, name);
    } else {
        op = Snapshots::remove(&connection, domain->uuid, name, p.isSet(children));
        done = p.isSet(children)
                   ? SnapshotCommandText::tr("Snapshot \"%1\" and its descendants deleted.")
                         .arg(name)
                   : SnapshotCommandText::tr("Snapshot \"%1\" deleted.").arg(name);
    }
    if (!await(op, &value, &error))
        return fail(error);
    std::printf("%s\n", qPrintable(done));
    return 0;
}

} // namespace Vireo::App
