#include "app/commands/CommandLine.h"

#include "core/Validation.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Vireo::App {

CommandLine::CommandLine()
    : m_connect(QStringList{QStringLiteral("c"), QStringLiteral("connect")},
                QCoreApplication::translate("CommandLine",
                                            "Connect to the libvirt URI (e.g. qemu:///system, "
                                            "qemu+ssh://user@host/system). Repeat for several. "
                                            "Without it, the remembered connections open, else "
                                            "the last URI used, else qemu:///session."),
                QStringLiteral("URI"))
    , m_readOnly(QStringList{QStringLiteral("r"), QStringLiteral("readonly")},
                 QCoreApplication::translate("CommandLine",
                                             "Open the --connect connections read-only: "
                                             "watch machines, change nothing."))
    , m_showConsole(QStringLiteral("show-console"),
                    QCoreApplication::translate("CommandLine",
                                                "Show only the console of the machine NAME (its "
                                                "name or UUID), without the library: this runs "
                                                "vireo-console."),
                    QStringLiteral("NAME"))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Vireo: a desktop virtualization manager for KVM/QEMU through libvirt.\n"
        "Commands: vireo list [--all] (the VMs and their state),\n"
        "          vireo info VM (one VM's state, hardware and IP addresses),\n"
        "          vireo doctor [--fix] (is this host ready: daemon, KVM, network, pool),\n"
        "          vireo create --help (create a VM from an install image or a\n"
        "                                cloud image, or import one),\n"
        "          vireo edit --help (change a VM's hardware, live where possible),\n"
        "          vireo export --help (write a VM as an OVA),\n"
        "          vireo clone|template|flatten --help (copies, templates,\n"
        "                                instances),\n"
        "          vireo run --disposable TEMPLATE (a run that leaves nothing),\n"
        "          vireo migrate --help (move a VM to another host),\n"
        "          vireo firewall --help (a firewall per network card),\n"
        "          vireo isolation VM (what a VM shares: clipboard, USB, folders, agent),\n"
        "          vireo security VM|--all (what protects each VM; exit 1 when\n"
        "                                    something is flagged),\n"
        "          vireo console VM [--serial] (its screen in a window, or its serial\n"
        "                                   console on this terminal),\n"
        "          vireo login (log in to a host that asks for a password and\n"
        "                       remember it in the desktop's keyring),\n"
        "          vireo snapshot --help (list, create, revert, delete snapshots),\n"
        "          vireo stats --help (live figures, history as CSV),\n"
        "          vireo net|pool|vol --help (the host's networks, storage pools\n"
        "                                      and volumes),\n"
        "          vireo start|shutdown|reboot|reset|force-off|destroy|pause|resume|\n"
        "                save|restore|delete VM... (delete --remove-storage: its disks too).\n"
        "They take --connect and --readonly before or after their name\n"
        "(vireo -c qemu:///system snapshot list VM); without --connect, the\n"
        "window's connection: the last URI used, else qemu:///session. --json\n"
        "prints what scripts read. Exit codes: 0 done, 1 failed, 2 bad input\n"
        "or an action the VM's state does not allow (nothing changed)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_connect);
    m_parser.addOption(m_readOnly);
    m_parser.addOption(m_showConsole);
}

Options CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        std::fprintf(stderr, "vireo: %s\nTry 'vireo --help'.\n", qPrintable(m_parser.errorText()));
        std::exit(2);
    }
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(0);
    if (m_parser.isSet(QStringLiteral("version")))
        m_parser.showVersion();
    Options options;
    options.connectUris = m_parser.values(m_connect);
    options.readOnly = m_parser.isSet(m_readOnly);
    options.showConsole = m_parser.value(m_showConsole);
    for (const QString &uri : std::as_const(options.connectUris)) {
        const QString problem = validateConnectionUri(uri);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "vireo: %s\n", qPrintable(problem));
            std::exit(2);
        }
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "vireo: unexpected argument '%s'\nTry 'vireo --help'.\n",
                     qPrintable(m_parser.positionalArguments().first()));
        std::exit(2);
    }
    return options;
}

} // namespace Vireo::App
