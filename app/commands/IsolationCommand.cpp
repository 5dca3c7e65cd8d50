#include "app/commands/IsolationCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "security/Isolation.h"

#include <QCoreApplication>

#include <cstdio>

namespace Vireo::App {

namespace {

struct IsolationCommandText
{
    Q_DECLARE_TR_FUNCTIONS(IsolationCommandText)
};

/// "yes"/"no" as a flag; nullopt for anything else.
std::optional<bool> yesNo(const QString &text)
{
    if (text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("no"))
        return false;
    return std::nullopt;
}

} // namespace

int runIsolationCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("isolation"),
                          IsolationCommandText::tr("Shows or sets what a VM shares with this "
                                                   "computer: the clipboard (Vireo's console), "
                                                   "USB redirection, shared folders, the guest "
                                                   "agent's channel."),
                          QStringLiteral("VM [options]"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"),
                            IsolationCommandText::tr("The VM (name or UUID)."));
    const QCommandLineOption clipboard(QStringLiteral("clipboard"),
                                       IsolationCommandText::tr("off, to-guest or both."),
                                       QStringLiteral("MODE"));
    const QCommandLineOption usb(QStringLiteral("usb"),
                                 IsolationCommandText::tr("USB redirection allowed: yes or no."),
                                 QStringLiteral("yes|no"));
    const QCommandLineOption files(QStringLiteral("files"),
                                   IsolationCommandText::tr("File sharing allowed: yes or no."),
                                   QStringLiteral("yes|no"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   IsolationCommandText::tr("The guest agent's channel: yes or "
                                                            "no."),
                                   QStringLiteral("yes|no"));
    command.addOptions({clipboard, usb, files, agent});
    if (!command.parse(arguments))
        return 2;
    if (command.positional().size() != 1)
        return command.fail(IsolationCommandText::tr("name the VM (see --help)"), 2);
    std::optional<IsolationSettings::Clipboard> mode;
    if (p.isSet(clipboard) && !(mode = Isolation::clipboardFromName(p.value(clipboard))))
        return command.fail(IsolationCommandText::tr("--clipboard: '%1' is none of off, "
                                                     "to-guest, both")
                                .arg(p.value(clipboard)),
                            2);
    std::optional<bool> flags[3];
    const QCommandLineOption *options[3] = {&usb, &files, &agent};
    for (int i = 0; i < 3; ++i)
        if (p.isSet(*options[i]) && !(flags[i] = yesNo(p.value(*options[i]))))
            return command.fail(IsolationCommandText::tr("--%1: '%2' is neither yes nor no")
                                    .arg(options[i]->names().first(), p.value(*options[i])),
                                2);

    Connection connection(command.uri(), command.readOnly());
    const auto vm = command.openAndFind(connection, command.positional().first());
    if (!vm)
        return 1;
    QVariant value;
    QString error;
    if (!await(Isolation::readSettings(&connection, vm->uuid), &value, &error))
        return command.fail(error);
    IsolationSettings s = value.value<IsolationSettings>();
    const bool change = mode || flags[0] || flags[1] || flags[2];
    if (change) {
        if (mode)
            s.clipboard = *mode;
        s.usbRedirection = flags[0].value_or(s.usbRedirection);
        s.fileSharing = flags[1].value_or(s.fileSharing);
        s.guestAgent = flags[2].value_or(s.guestAgent);
        if (!await(Isolation::apply(&connection, vm->uuid, s), &value, &error))
            return command.fail(error);
        std::printf("%s\n", qPrintable(value.toString()));
        return 0;
    }
    std::printf("clipboard  %s\nusb        %s\nfiles      %s\nagent      %s\n",
                qPrintable(Isolation::clipboardName(s.clipboard)), s.usbRedirection ? "yes" : "no",
                s.fileSharing ? "yes" : "no", s.guestAgent ? "yes" : "no");
    return 0;
}

} // namespace Vireo::App
