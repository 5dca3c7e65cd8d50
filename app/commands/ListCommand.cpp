#include "app/commands/ListCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/GuestAddresses.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace Vireo::App {

namespace {

struct ListText
{
    Q_DECLARE_TR_FUNCTIONS(ListText)
};

/// A state scripts can compare, whatever the language: running, paused, saved, shut-off...
QString stateKey(const DomainInfo &d)
{
    switch (d.state) {
    case DomainState::Running:
    case DomainState::Blocked:
        return QStringLiteral("running");
    case DomainState::Paused:
        return QStringLiteral("paused");
    case DomainState::ShuttingDown:
        return QStringLiteral("shutting-down");
    case DomainState::ShutOff:
        return d.hasManagedSave ? QStringLiteral("saved") : QStringLiteral("shut-off");
    case DomainState::Crashed:
        return QStringLiteral("crashed");
    case DomainState::PmSuspended:
        return QStringLiteral("suspended");
    case DomainState::NoState:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject summaryJson(const DomainInfo &d)
{
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("uuid"), d.uuid},
            {QStringLiteral("state"), stateKey(d)},
            {QStringLiteral("stateText"), d.stateText()},
            {QStringLiteral("vcpus"), d.vcpus},
            {QStringLiteral("memoryMiB"), qint64(d.memoryKiB / 1024)},
            {QStringLiteral("os"), d.osName},
            {QStringLiteral("template"), d.isTemplate},
            {QStringLiteral("persistent"), d.persistent}};
}

QJsonObject detailJson(const DomainInfo &d, const QList<GuestAddress> &addresses)
{
    QJsonObject o = summaryJson(d);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("description"), d.description);
    o.insert(QStringLiteral("osId"), d.osId);
    o.insert(QStringLiteral("arch"), d.arch);
    o.insert(QStringLiteral("machine"), d.machine);
    o.insert(QStringLiteral("virtType"), d.virtType);
    QJsonArray disks, nics, graphics, folders, ips;
    for (const DiskInfo &disk : d.disks)
        disks.append(QJsonObject{{QStringLiteral("target"), disk.target},
                                 {QStringLiteral("device"), disk.device},
                                 {QStringLiteral("bus"), disk.bus},
                                 {QStringLiteral("source"), disk.source}});
    for (const NicInfo &nic : d.nics)
        nics.append(QJsonObject{{QStringLiteral("mac"), nic.mac},
                                {QStringLiteral("type"), nic.type},
                                {QStringLiteral("source"), nic.source},
                                {QStringLiteral("model"), nic.model}});
    for (const GraphicsInfo &g : d.graphics)
        graphics.append(QJsonObject{{QStringLiteral("type"), g.type}});
    for (const SharedFolderInfo &f : d.folders)
        folders.append(QJsonObject{{QStringLiteral("tag"), f.tag},
                                   {QStringLiteral("source"), f.source},
                                   {QStringLiteral("readOnly"), f.readOnly}});
    for (const GuestAddress &a : addresses)
        ips.append(QJsonObject{{QStringLiteral("address"), a.address},
                               {QStringLiteral("prefix"), a.prefix},
                               {QStringLiteral("mac"), a.mac},
                               {QStringLiteral("interface"), a.interfaceName}});
    o.insert(QStringLiteral("disks"), disks);
    o.insert(QStringLiteral("nics"), nics);
    o.insert(QStringLiteral("graphics"), graphics);
    o.insert(QStringLiteral("sharedFolders"), folders);
    o.insert(QStringLiteral("addresses"), ips);
    if (!d.templateUuid.isEmpty())
        o.insert(QStringLiteral("templateOf"),
                 QJsonObject{{QStringLiteral("name"), d.templateName},
                             {QStringLiteral("uuid"), d.templateUuid},
                             {QStringLiteral("kind"), d.instanceKind}});
    return o;
}

void printLine(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        std::printf("%-16s %s\n", qPrintable(label + QLatin1Char(':')), qPrintable(value));
}

} // namespace

int runListCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("list"),
                          ListText::tr("Lists the running virtual machines (with --all, every "
                                       "one)."),
                          QString());
    const QCommandLineOption all(QStringLiteral("all"),
                                 ListText::tr("Every VM, running or not, templates too."));
    command.addOption(all);
    command.addJsonOption();
    if (!command.parse(arguments))
        return 2;
    if (!command.positional().isEmpty())
        return command.fail(ListText::tr("list takes no VM name (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    if (!openAndWait(connection))
        return command.fail(connection.stateDetail());
    QList<DomainInfo> domains = connection.domains();
    const bool everyOne = command.options().isSet(all);
    domains.erase(std::remove_if(domains.begin(), domains.end(),
                                 [&](const DomainInfo &d) { return !everyOne && !d.isActive(); }),
                  domains.end());
    std::sort(domains.begin(), domains.end(), [](const DomainInfo &a, const DomainInfo &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    if (command.json()) {
        QJsonArray list;
        for (const DomainInfo &d : std::as_const(domains))
            list.append(summaryJson(d));
        printJson(list);
        return 0;
    }
    if (domains.isEmpty()) {
        std::printf(
            "%s\n",
            qPrintable(everyOne ? ListText::tr("No virtual machines on %1.").arg(connection.uri())
                                : ListText::tr("No running virtual machines on "
                                               "%1 (--all lists every one).")
                                      .arg(connection.uri())));
        return 0;
    }
    int width = 4;
    for (const DomainInfo &d : std::as_const(domains))
        width = std::max<int>(width, int(d.name.size()));
    std::printf("%-*s  %-20s %5s %10s\n", width, qPrintable(ListText::tr("NAME")),
                qPrintable(ListText::tr("STATE")), qPrintable(ListText::tr("CPUS")),
                qPrintable(ListText::tr("MEMORY")));
    for (const DomainInfo &d : std::as_const(domains))
        std::printf("%-*s  %-20s %5d %10s\n", width, qPrintable(d.name), qPrintable(d.stateText()),
                    d.vcpus, qPrintable(d.memoryText()));
    return 0;
}

int runInfoCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("info"),
                          ListText::tr("One virtual machine: its state, hardware and IP "
                                       "addresses."),
                          QStringLiteral("VM"));
    command.options().addPositionalArgument(QStringLiteral("vm"),
                                            ListText::tr("Name or UUID of the VM."));
    command.addJsonOption();
    if (!command.parse(arguments))
        return 2;
    if (command.positional().size() != 1)
        return command.fail(ListText::tr("name one VM (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    const std::optional<DomainInfo> vm
        = command.openAndFind(connection, command.positional().first());
    if (!vm)
        return 1;
    QList<GuestAddress> addresses;
    if (vm->isActive() && !vm->nics.isEmpty()) {
        QVariant value;
        QString error;
        if (await(GuestAddresses::readOnce(&connection, vm->uuid), &value, &error))
            addresses = value.value<QList<GuestAddress>>();
    }
    if (command.json()) {
        printJson(detailJson(*vm, addresses));
        return 0;
    }
    printLine(ListText::tr("Name"), vm->name);
    printLine(ListText::tr("UUID"), vm->uuid);
    printLine(ListText::tr("Title"), vm->title);
    printLine(ListText::tr("State"), vm->stateText());
    printLine(ListText::tr("Operating system"), vm->osName);
    printLine(ListText::tr("CPUs"), QString::number(vm->vcpus));
    printLine(ListText::tr("Memory"), vm->memoryText());
    printLine(ListText::tr("Machine"),
              QStringLiteral("%1 %2 (%3)").arg(vm->arch, vm->machine, vm->virtType).simplified());
    for (const DiskInfo &disk : vm->disks)
        printLine(disk.device == QLatin1String("cdrom") ? ListText::tr("CD-ROM %1").arg(disk.target)
                                                        : ListText::tr("Disk %1").arg(disk.target),
                  disk.source.isEmpty() ? ListText::tr("(empty)") : disk.source);
    for (const NicInfo &nic : vm->nics)
        printLine(ListText::tr("Network card"),
                  QStringLiteral("%1 %2 %3").arg(nic.mac, nic.source, nic.model).simplified());
    for (const GraphicsInfo &g : vm->graphics)
        printLine(ListText::tr("Display"), g.type.toUpper());
    for (const SharedFolderInfo &f : vm->folders)
        printLine(ListText::tr("Shared folder"), QStringLiteral("%1 (%2)").arg(f.source, f.tag));
    for (const GuestAddress &a : addresses)
        printLine(ListText::tr("IP address"), a.text());
    if (!vm->templateUuid.isEmpty())
        printLine(ListText::tr("Made from"), vm->templateName);
    return 0;
}

} // namespace Vireo::App
