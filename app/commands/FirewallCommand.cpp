#include "app/commands/FirewallCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "security/Firewall.h"

#include <QCoreApplication>

#include <cstdio>

namespace Vireo::App {

namespace {

struct FirewallCommandText
{
    Q_DECLARE_TR_FUNCTIONS(FirewallCommandText)
};

} // namespace

int runFirewallCommand(const QStringList &arguments)
{
    QStringList presets;
    for (FirewallPreset p : {FirewallPreset::NoSpoofing, FirewallPreset::Isolated,
                             FirewallPreset::HostOnly, FirewallPreset::NoInbound})
        presets << QStringLiteral("%1 (%2)").arg(Firewall::presetName(p),
                                                 Firewall::presetDescription(p));
    CommandParser command(
        QStringLiteral("firewall"),
        FirewallCommandText::tr("Gives a VM's network card a firewall (libvirt's network "
                                "filters), in effect at once while it runs. Presets:\n  %1")
            .arg(presets.join(QStringLiteral("\n  "))),
        QStringLiteral("VM [MAC] --preset NAME|--filter NAME|--none, or --list"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"),
                            FirewallCommandText::tr("The VM (name or UUID)."));
    p.addPositionalArgument(QStringLiteral("mac"),
                            FirewallCommandText::tr("The card's MAC address; all cards when "
                                                    "left out."));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    FirewallCommandText::tr("One of the presets above."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption ports(QStringLiteral("ports"),
                                   FirewallCommandText::tr("With --preset no-inbound: the TCP "
                                                           "ports let in, e.g. 22,80."),
                                   QStringLiteral("P,..."));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    FirewallCommandText::tr("A filter of libvirt's by name (see "
                                                            "--list)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption none(QStringLiteral("none"),
                                  FirewallCommandText::tr("No firewall: take the filter away."));
    const QCommandLineOption list(QStringLiteral("list"),
                                  FirewallCommandText::tr("List libvirt's filters and the VMs "
                                                          "using each."));
    command.addOptions({preset, ports, filter, none, list});
    if (!command.parse(arguments))
        return 2;

    Connection connection(command.uri(), command.readOnly());
    if (p.isSet(list)) {
        if (!command.positional().isEmpty())
            return command.fail(FirewallCommandText::tr("--list takes no VM"), 2);
        if (!openAndWait(connection))
            return command.fail(connection.stateDetail());
        QVariant value;
        QString error;
        if (!await(Firewall::listFilters(&connection), &value, &error))
            return command.fail(error);
        for (const FilterUse &f : value.value<QList<FilterUse>>())
            std::printf("%-28s %s\n", qPrintable(f.name),
                        qPrintable(f.vms.isEmpty() ? QStringLiteral("-")
                                                   : f.vms.join(QStringLiteral(", "))));
        return 0;
    }
    const int chosen = int(p.isSet(preset)) + int(p.isSet(filter)) + int(p.isSet(none));
    if (chosen != 1)
        return command.fail(FirewallCommandText::tr("give one of --preset, --filter, --none"), 2);
    if (command.positional().isEmpty() || command.positional().size() > 2)
        return command.fail(FirewallCommandText::tr("name the VM (and optionally the card's "
                                                    "MAC)"),
                            2);
    FirewallChoice choice;
    if (p.isSet(preset)) {
        const auto named = Firewall::presetFromName(p.value(preset));
        if (!named || *named == FirewallPreset::None)
            return command.fail(FirewallCommandText::tr("--preset: '%1' is none of "
                                                        "no-spoofing, isolated, host-only, "
                                                        "no-inbound")
                                    .arg(p.value(preset)),
                                2);
        choice.preset = *named;
    } else if (p.isSet(filter)) {
        choice.preset = FirewallPreset::Custom;
        choice.filter = p.value(filter);
    }
    if (p.isSet(ports)) {
        if (choice.preset != FirewallPreset::NoInbound)
            return command.fail(FirewallCommandText::tr("--ports goes with --preset no-inbound"),
                                2);
        for (const QString &part : p.value(ports).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int port = part.trimmed().toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return command.fail(
                    FirewallCommandText::tr("--ports: '%1' is not a port (1 to 65535)").arg(part),
                    2);
            choice.ports << port;
        }
    }
    const auto vm = command.openAndFind(connection, command.positional().first());
    if (!vm)
        return 1;
    const QString mac = command.positional().size() > 1 ? command.positional()[1] : QString();
    QVariant value;
    QString error;
    Failure why;
    if (!await(Firewall::apply(&connection, vm->uuid, mac, choice), &value, &error, &why))
        return command.fail(error, why.kind == Failure::Kind::InvalidInput ? 2 : 1);
    std::printf("%s\n", qPrintable(value.toString()));
    return 0;
}

} // namespace Vireo::App
