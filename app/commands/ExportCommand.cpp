#include "app/commands/ExportCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "create/Import.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace Vireo::App {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

} // namespace

int runExportCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("export"),
        ExportText::tr("Write a virtual machine as an OVA (OVF descriptor, streamOptimized VMDK "
                       "disks, SHA-256 manifest), for Vireo, VirtualBox or VMware."),
        QStringLiteral("VM FILE.ova"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"), ExportText::tr("Name or UUID of the VM."));
    p.addPositionalArgument(QStringLiteral("file"), ExportText::tr("The OVA to write."));
    if (!command.parse(arguments))
        return 2;
    const QStringList args = command.positional();
    if (args.size() != 2)
        return command.fail(ExportText::tr("Name the VM and the OVA file to write."), 2);
    const QFileInfo target(args.at(1));
    if (target.suffix().toLower() != QLatin1String("ova"))
        return command.fail(ExportText::tr("The file to write ends in .ova."), 2);
    if (target.exists())
        return command.fail(ExportText::tr("%1 exists already.").arg(target.filePath()), 2);
    if (!QFileInfo(target.absolutePath()).isWritable())
        return command.fail(ExportText::tr("%1 cannot be written to.").arg(target.absolutePath()),
                            2);
    Connection connection(command.uri(), command.readOnly());
    const auto domain = command.openAndFind(connection, args.at(0));
    if (!domain)
        return 1;
    QVariant value;
    QString error;
    if (!await(Import::exportOva(&connection, domain->uuid, target.absoluteFilePath()), &value,
               &error))
        return command.fail(error);
    std::printf("%s\n", qPrintable(value.toString()));
    return 0;
}

} // namespace Vireo::App
