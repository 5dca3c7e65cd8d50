#include "app/commands/DoctorCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "host/HostCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace Vireo::App {

namespace {

struct DoctorText
{
    Q_DECLARE_TR_FUNCTIONS(DoctorText)
};

QList<HostCheckItem> check(Connection &connection)
{
    if (!openAndWait(connection))
        return HostCheck::unreachable(connection.uri(), connection.stateDetail());
    QVariant value;
    QString error;
    if (!await(HostCheck::run(&connection), &value, &error))
        return HostCheck::unreachable(connection.uri(), error);
    return value.value<QList<HostCheckItem>>();
}

QString mark(HostCheckItem::Status status)
{
    switch (status) {
    case HostCheckItem::Status::Ok:
        return DoctorText::tr("ok");
    case HostCheckItem::Status::Warning:
        return DoctorText::tr("warning");
    case HostCheckItem::Status::Problem:
        break;
    }
    return DoctorText::tr("PROBLEM");
}

} // namespace

int runDoctorCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("doctor"),
                          DoctorText::tr("Checks that this host is ready for virtual machines: "
                                         "the libvirt daemon, KVM, software emulation, the "
                                         "default network and storage pool. Exits 1 when "
                                         "something is a problem."),
                          QString());
    const QCommandLineOption fix(QStringLiteral("fix"),
                                 DoctorText::tr("Make the fixes Vireo can (start the default "
                                                "network, create or start the default pool), "
                                                "then check again."));
    command.addOption(fix);
    command.addJsonOption();
    if (!command.parse(arguments))
        return 2;
    if (!command.positional().isEmpty())
        return command.fail(DoctorText::tr("doctor takes no arguments (see --help)"), 2);
    Connection connection(command.uri(), command.readOnly());
    QList<HostCheckItem> items = check(connection);
    if (command.options().isSet(fix) && connection.state() == Connection::State::Connected) {
        bool fixed = false;
        for (const HostCheckItem &item : std::as_const(items)) {
            if (item.status == HostCheckItem::Status::Ok || item.fix == HostCheckItem::Fix::None)
                continue;
            QVariant value;
            QString error;
            if (await(HostCheck::fix(&connection, item), &value, &error)) {
                fixed = true;
                std::fprintf(stderr, "%s\n",
                             qPrintable(DoctorText::tr("Fixed: %1.").arg(item.title)));
            } else {
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(DoctorText::tr("Could not fix %1: %2").arg(item.title, error)));
            }
        }
        if (fixed)
            items = check(connection);
    }
    if (command.json()) {
        QJsonArray list;
        for (const HostCheckItem &i : std::as_const(items)) {
            QJsonObject o{{QStringLiteral("check"), i.key},
                          {QStringLiteral("status"), HostCheck::statusKey(i.status)},
                          {QStringLiteral("title"), i.title},
                          {QStringLiteral("detail"), i.detail}};
            if (!i.command.isEmpty())
                o.insert(QStringLiteral("command"), i.command);
            if (i.fix != HostCheckItem::Fix::None)
                o.insert(QStringLiteral("vireoCanFix"), true);
            list.append(o);
        }
        printJson(list);
    } else {
        for (const HostCheckItem &i : std::as_const(items)) {
            std::printf("[%s] %s: %s\n", qPrintable(mark(i.status)), qPrintable(i.title),
                        qPrintable(i.detail));
            if (!i.command.isEmpty() && i.status != HostCheckItem::Status::Ok)
                std::printf("        %s %s\n", qPrintable(DoctorText::tr("Run:")),
                            qPrintable(i.command));
            if (i.fix != HostCheckItem::Fix::None)
                std::printf("        %s\n", qPrintable(DoctorText::tr("Or: vireo doctor --fix")));
        }
    }
    return HostCheck::hasProblem(items) ? 1 : 0;
}

} // namespace Vireo::App
