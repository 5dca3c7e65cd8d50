#include "app/commands/SecurityCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Authenticator.h"
#include "core/LibvirtError.h"
#include "security/SecurityAudit.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdio>

namespace Vireo::App {

namespace {

struct SecurityText
{
    Q_DECLARE_TR_FUNCTIONS(SecurityText)
};

/// Applies every one-click fix of the reports; prints what each did. False when one failed.
bool fixAll(virConnectPtr conn, const QList<SecurityReport> &reports)
{
    bool ok = true;
    for (const SecurityReport &r : reports) {
        for (const SecurityFinding &f : r.findings) {
            if (f.fix != SecurityFix::DisplayToLoopback)
                continue;
            if (const QString why = SecurityAudit::fixNow(conn, r.uuid, f.fix); !why.isEmpty()) {
                std::fprintf(stderr, "vireo security: %s: %s\n", qPrintable(r.name),
                             qPrintable(why));
                ok = false;
                continue;
            }
            std::printf("%s\n",
                        qPrintable(SecurityText::tr("%1: %2 now listens on 127.0.0.1%3.")
                                       .arg(r.name, f.area,
                                            r.running ? SecurityText::tr(" from its next start")
                                                      : QString())));
        }
    }
    return ok;
}

} // namespace

int runSecurityCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("security"),
                          SecurityText::tr("Shows what protects a VM, or every VM: who can reach "
                                           "its display, the firewall on each network card, "
                                           "disk encryption, Secure Boot and TPM, the "
                                           "confinement QEMU runs under and its user. Exits 1 "
                                           "when something is flagged."),
                          QStringLiteral("VM|--all"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"), SecurityText::tr("The VM (name or UUID)."));
    const QCommandLineOption all(QStringLiteral("all"), SecurityText::tr("Every VM."));
    const QCommandLineOption fix(QStringLiteral("fix"),
                                 SecurityText::tr("Apply the one-click fixes first (a display "
                                                  "reachable from the network listens on "
                                                  "127.0.0.1)."));
    command.addOptions({all, fix});
    command.addJsonOption();
    if (!command.parse(arguments))
        return 2;
    if (p.isSet(all) == (command.positional().size() == 1) || command.positional().size() > 1)
        return command.fail(SecurityText::tr("name one VM, or --all (see --help)"), 2);
    if (p.isSet(fix) && command.readOnly())
        return command.fail(SecurityText::tr("--fix changes VMs: not on a read-only connection"),
                            2);

    // The audit reads each domain once, straight from libvirt: no library of VMs to fill first
    // (over a thousand VMs that would double the time).
    silenceLibvirtErrorPrinting();
    Failure unreachable;
    virConnectPtr conn = openConnectionWaiting(command.uri(), command.readOnly(), &unreachable);
    if (!conn)
        return command.fail(unreachable.text());
    const auto report = [&] {
        if (p.isSet(all))
            return SecurityAudit::inspectAll(conn, command.readOnly());
        QList<SecurityReport> one;
        if (const auto r
            = SecurityAudit::inspectNamed(conn, command.positional().first(), command.readOnly()))
            one << *r;
        return one;
    };
    QList<SecurityReport> reports = report();
    if (!p.isSet(all) && reports.isEmpty()) {
        closeConnection(conn);
        return command.fail(SecurityText::tr("there is no VM called '%1' on %2")
                                .arg(command.positional().first(), command.uri()));
    }
    bool fixed = true;
    if (p.isSet(fix)) {
        fixed = fixAll(conn, reports);
        reports = report();
    }
    closeConnection(conn);

    if (command.json()) {
        std::fputs(SecurityAudit::toJson(reports).constData(), stdout);
    } else {
        std::printf("%s\n", qPrintable(SecurityAudit::describe(reports)));
        int flagged = 0;
        for (const SecurityReport &r : reports)
            flagged += r.flagged() ? 1 : 0;
        if (flagged > 0)
            std::printf("%s\n",
                        qPrintable(SecurityText::tr("%n VM(s) flagged.", nullptr, flagged)));
    }
    const bool anyFlagged = std::any_of(reports.cbegin(), reports.cend(),
                                        [](const SecurityReport &r) { return r.flagged(); });
    return anyFlagged || !fixed ? 1 : 0;
}

} // namespace Vireo::App
