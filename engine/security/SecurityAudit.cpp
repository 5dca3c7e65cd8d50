#include "security/SecurityAudit.h"

#include "security/DomainFacts.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <pwd.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <thread>
#include <vector>

namespace Vireo {

SecurityFinding::Level SecurityReport::worst() const
{
    SecurityFinding::Level level = SecurityFinding::Level::Ok;
    for (const SecurityFinding &f : findings)
        level = std::max(level, f.level);
    return level;
}

namespace SecurityAudit {

namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

using Level = SecurityFinding::Level;

SecurityFinding finding(const QString &area, Level level, const QString &text)
{
    SecurityFinding f;
    f.area = area;
    f.level = level;
    f.text = text;
    return f;
}

QByteArray xmlOf(virDomainPtr dom, unsigned flags)
{
    char *raw = virDomainGetXMLDesc(dom, flags);
    const QByteArray text(raw ? raw : "");
    free(raw);
    virResetLastError();
    return text;
}

SecurityFinding displayFinding(const Facts::Display &g, const Facts::Display *configured,
                               bool secret)
{
    SecurityFinding f = finding(AuditText::tr("Display (%1)").arg(g.type), Level::Ok, {});
    const QString &where = g.listen;
    if (where.isEmpty()) {
        f.text = AuditText::tr("Reached through libvirt only (a unix socket): no network port.");
        return f;
    }
    if (where == QLatin1String("default")) {
        f.text = AuditText::tr("The host's default listen address (127.0.0.1 unless qemu.conf "
                               "says otherwise).");
        return f;
    }
    if (isLoopback(where)) {
        f.text = AuditText::tr("Listens on %1: only this computer reaches it.").arg(where);
        return f;
    }
    const bool fixedLater = configured && !exposedAt(configured->listen);
    const QString later = fixedLater ? AuditText::tr(" Its definition already listens on this "
                                                     "computer only: shut it down and start it "
                                                     "again.")
                                     : QString();
    if (g.tls) {
        f.text = AuditText::tr("Listens on %1, encrypted with TLS.").arg(where);
    } else if (g.password) {
        f.level = Level::Warning;
        f.text = AuditText::tr("Listens on %1, a password protects it (sent without encryption "
                               "over the network: prefer 127.0.0.1 and SSH).")
                     .arg(where)
                 + later;
        f.fix = fixedLater ? SecurityFix::None : SecurityFix::DisplayToLoopback;
    } else if (!secret) {
        f.level = Level::Warning;
        f.text = AuditText::tr("Listens on %1; a read-only connection cannot see whether a "
                               "password protects it.")
                     .arg(where);
    } else {
        f.level = Level::Flagged;
        f.text = AuditText::tr("Anyone who reaches %1 sees and controls this VM's screen: no "
                               "password, no TLS.")
                     .arg(where)
                 + later;
        f.fix = fixedLater ? SecurityFix::None : SecurityFix::DisplayToLoopback;
    }
    return f;
}

SecurityFinding firewallFinding(const Facts::Nic &nic, const QString &uuid, bool running,
                                const HostFacts &host)
{
    SecurityFinding f = finding(
        AuditText::tr("Firewall of %1").arg(nic.mac.isEmpty() ? nic.type : nic.mac), Level::Ok, {});
    f.key = nic.mac;
    f.current = QStringList{nic.filter} + nic.ports;
    f.fix = SecurityFix::ChooseFirewall;
    const QString none = AuditText::tr("None: its traffic is not filtered (it can reach other VMs "
                                       "and send with any address).");
    if (nic.type == QLatin1String("user")) {
        f.fix = SecurityFix::None;
        f.level = Level::Info;
        f.text = AuditText::tr("User-mode networking: not filterable; the VM reaches out through "
                               "QEMU only and nothing reaches in.");
        return f;
    }
    if (running && host.bindingsKnown) {
        QString applied;
        for (const auto &[owner, binding] : host.bindings)
            if (owner == uuid && binding.first.compare(nic.mac, Qt::CaseInsensitive) == 0)
                applied = binding.second;
        if (!applied.isEmpty()) {
            f.text = AuditText::tr("%1 applied by libvirt.").arg(applied);
        } else if (!nic.filter.isEmpty()) {
            f.level = Level::Warning;
            f.text = AuditText::tr("%1 is configured but libvirt applies no filter to this card "
                                   "(a card of this kind cannot carry one).")
                         .arg(nic.filter);
        } else {
            f.level = Level::Info;
            f.text = none;
        }
        return f;
    }
    if (!nic.filter.isEmpty()) {
        f.text
            = running
                  ? AuditText::tr("%1 (the host does not report what is applied).").arg(nic.filter)
                  : AuditText::tr("%1, applied when it starts.").arg(nic.filter);
        return f;
    }
    f.level = Level::Info;
    f.text = none;
    return f;
}

QList<SecurityFinding> diskFindings(const Facts &facts)
{
    QList<SecurityFinding> list;
    for (const Facts::Disk &d : facts.disks)
        list << (d.encryption.isEmpty()
                     ? finding(AuditText::tr("Disk %1").arg(d.target), Level::Info,
                               AuditText::tr("Not encrypted: whoever reads the image "
                                             "file reads the guest's data."))
                     : finding(AuditText::tr("Disk %1").arg(d.target), Level::Ok,
                               AuditText::tr("Encrypted (%1), its passphrase a libvirt "
                                             "secret.")
                                   .arg(d.encryption.toUpper())));
    return list;
}

QList<SecurityFinding> firmwareFindings(const Facts &facts)
{
    QList<SecurityFinding> list;
    list << finding(AuditText::tr("Secure Boot"), facts.secureBoot ? Level::Ok : Level::Info,
                    facts.secureBoot ? AuditText::tr("On: the firmware starts signed boot "
                                                     "loaders only.")
                    : facts.efi      ? AuditText::tr("Off: UEFI without Secure Boot.")
                                     : AuditText::tr("Off: BIOS firmware has no Secure "
                                                          "Boot."));
    list << finding(AuditText::tr("TPM"), facts.tpm ? Level::Ok : Level::Info,
                    facts.tpm ? AuditText::tr("A virtual TPM (measured boot, disk keys).")
                              : AuditText::tr("None."));
    return list;
}

QList<SecurityFinding> isolationFindings(const Facts &facts)
{
    QList<SecurityFinding> list;
    const auto line = [&](const QString &area, Level level, const QString &text) {
        SecurityFinding f = finding(area, level, text);
        f.fix = SecurityFix::ChooseIsolation;
        list << f;
    };
    if (facts.clipboard == QLatin1String("off"))
        line(AuditText::tr("Clipboard"), Level::Ok, AuditText::tr("Not shared."));
    else if (facts.clipboard == QLatin1String("to-guest"))
        line(AuditText::tr("Clipboard"), Level::Ok,
             AuditText::tr("From this computer to the guest only: nothing copied in the guest "
                           "reaches this computer."));
    else
        line(AuditText::tr("Clipboard"), Level::Info,
             AuditText::tr("Shared both ways through Vireo's console."));
    if (!facts.usbAllowed)
        line(AuditText::tr("USB redirection"), Level::Ok, AuditText::tr("Not allowed."));
    else
        line(AuditText::tr("USB redirection"), Level::Info,
             facts.redirdevs > 0
                 ? AuditText::tr("Allowed: %n redirection channel(s).", nullptr, facts.redirdevs)
                 : AuditText::tr("Allowed (no redirection channel now)."));
    if (!facts.filesAllowed)
        line(AuditText::tr("File sharing"), Level::Ok, AuditText::tr("Not allowed."));
    else
        line(AuditText::tr("File sharing"), Level::Info,
             facts.sharedFolders > 0 ? AuditText::tr(
                 "Allowed: %n folder(s) of this computer shared.", nullptr, facts.sharedFolders)
                                     : AuditText::tr("Allowed (no folder shared now)."));
    line(AuditText::tr("Guest agent"), facts.agent ? Level::Info : Level::Ok,
         facts.agent ? AuditText::tr("On: the host may ask the guest (its addresses, a clean "
                                     "shutdown, frozen file systems for snapshots).")
                     : AuditText::tr("Off."));
    return list;
}

SecurityFinding labelFinding(virDomainPtr dom, bool running, const HostFacts &host)
{
    SecurityFinding f = finding(AuditText::tr("Confinement"), Level::Ok, {});
    // A driver without a security model has no labels to ask each VM for.
    if (host.model.isEmpty()) {
        f.level = Level::Info;
        f.text = AuditText::tr("Not reported by this driver.");
        return f;
    }
    if (host.model == QLatin1String("none")) {
        f.level = Level::Warning;
        f.text = AuditText::tr("The host runs QEMU without a security driver (no sVirt label): "
                               "a guest escaping QEMU reaches every VM's files. Enable AppArmor "
                               "or SELinux on the host (security_driver in qemu.conf).");
        return f;
    }
    if (!running) {
        f.text = AuditText::tr("%1 confines QEMU when it runs.").arg(host.model);
        return f;
    }
    virSecurityLabelPtr labels = nullptr;
    const int n = virDomainGetSecurityLabelList(dom, &labels);
    if (n < 0) {
        virResetLastError();
        f.level = Level::Info;
        f.text = AuditText::tr("Not reported by this driver.");
        return f;
    }
    QStringList names;
    bool enforcing = n > 0;
    for (int i = 0; i < n; ++i) {
        if (labels[i].label[0])
            names << QString::fromUtf8(labels[i].label);
        enforcing = enforcing && labels[i].enforcing == 1;
    }
    free(labels);
    if (names.isEmpty()) {
        f.level = Level::Warning;
        f.text = AuditText::tr("QEMU runs without a security label: a guest escaping QEMU "
                               "reaches every VM's files.");
    } else if (enforcing) {
        f.text
            = AuditText::tr("%1: %2, enforcing.").arg(host.model, names.join(QStringLiteral(", ")));
    } else {
        f.level = Level::Warning;
        f.text = AuditText::tr("%1: %2, not enforcing (complain mode): violations are only "
                               "logged.")
                     .arg(host.model, names.join(QStringLiteral(", ")));
    }
    return f;
}

SecurityFinding userFinding(const Facts &facts, bool running)
{
    SecurityFinding f = finding(AuditText::tr("Runs as"), Level::Info, {});
    if (!running) {
        f.text = AuditText::tr("Not running.");
        return f;
    }
    bool ok = false;
    const uint uid = QString(facts.dacLabel.section(QLatin1Char(':'), 0, 0))
                         .remove(QLatin1Char('+'))
                         .toUInt(&ok);
    if (!ok) {
        f.text = AuditText::tr("Not reported by this driver.");
        return f;
    }
    if (uid == 0) {
        f.level = Level::Warning;
        f.text = AuditText::tr("QEMU runs as root: a guest escaping QEMU owns the host. Set user "
                               "and group in /etc/libvirt/qemu.conf.");
        return f;
    }
    f.level = Level::Ok;
    passwd entry{};
    passwd *pw = nullptr;
    char buffer[1024];
    getpwuid_r(uid, &entry, buffer, sizeof buffer, &pw); // several threads read at once
    f.text = pw ? AuditText::tr("QEMU runs as %1 (uid %2), not root.")
                      .arg(QString::fromUtf8(pw->pw_name))
                      .arg(uid)
                : AuditText::tr("QEMU runs as uid %1, not root.").arg(uid);
    return f;
}

} // namespace

HostFacts readHost(virConnectPtr conn, bool readOnly)
{
    HostFacts host;
    host.secret = !readOnly;
    virNWFilterBindingPtr *bindings = nullptr;
    const int n = virConnectListAllNWFilterBindings(conn, &bindings, 0);
    host.bindingsKnown = n >= 0;
    for (int i = 0; i < n; ++i) {
        char *raw = virNWFilterBindingGetXMLDesc(bindings[i], 0);
        XmlTree tree;
        if (tree.read(QString::fromUtf8(raw ? raw : ""))) {
            const XmlElement *owner = tree.root()->find(QStringLiteral("owner/uuid"));
            const XmlElement *mac = tree.root()->child(QStringLiteral("mac"));
            const XmlElement *filter = tree.root()->child(QStringLiteral("filterref"));
            if (owner && mac && filter)
                host.bindings.append({owner->text().trimmed(),
                                      {mac->attribute(QStringLiteral("address")),
                                       filter->attribute(QStringLiteral("filter"))}});
        }
        free(raw);
        virNWFilterBindingFree(bindings[i]);
    }
    free(bindings);
    virSecurityModel model{};
    if (virNodeGetSecurityModel(conn, &model) == 0)
        host.model = model.model[0] ? QString::fromUtf8(model.model) : QString();
    virResetLastError();
    return host;
}

namespace {

SecurityReport inspectFacts(const Facts &facts, const Facts &configured, const QString &uuid,
                            bool running, const HostFacts &host)
{
    SecurityReport report;
    report.uuid = uuid;
    report.running = running;
    if (!facts.read) {
        report.findings << finding(AuditText::tr("Definition"), Level::Warning,
                                   AuditText::tr("libvirt did not give its definition."));
        return report;
    }
    for (int i = 0; i < facts.displays.size(); ++i)
        report.findings << displayFinding(
            facts.displays[i], i < configured.displays.size() ? &configured.displays[i] : nullptr,
            host.secret);
    if (facts.displays.isEmpty())
        report.findings << finding(AuditText::tr("Display"), Level::Ok, AuditText::tr("None."));
    for (const Facts::Nic &nic : facts.nics)
        report.findings << firewallFinding(nic, uuid, running, host);
    report.findings << diskFindings(facts);
    report.findings << firmwareFindings(facts);
    report.findings << isolationFindings(facts);
    report.findings << userFinding(facts, running);
    return report;
}

} // namespace

SecurityReport inspectXml(const QString &xml, const QString &inactiveXml, bool running,
                          const HostFacts &host)
{
    return inspectFacts(readFacts(xml.toUtf8()),
                        inactiveXml.isEmpty() ? Facts{} : readFacts(inactiveXml.toUtf8()), {},
                        running, host);
}

SecurityReport inspect(virConnectPtr, virDomainPtr dom, const HostFacts &host)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    const bool running = virDomainIsActive(dom) == 1;
    const unsigned secure = host.secret ? VIR_DOMAIN_XML_SECURE : 0;
    const Facts facts = readFacts(xmlOf(dom, secure));
    // A running VM's display is as it runs; its definition may already be mended (read only
    // when a display is exposed).
    const bool anyExposed
        = running
          && std::any_of(facts.displays.cbegin(), facts.displays.cend(),
                         [](const Facts::Display &d) { return exposedAt(d.listen); });
    SecurityReport report = inspectFacts(
        facts, anyExposed ? readFacts(xmlOf(dom, secure | VIR_DOMAIN_XML_INACTIVE)) : Facts{},
        QString::fromLatin1(uuid), running, host);
    report.name = QString::fromUtf8(virDomainGetName(dom));
    // Confinement before the user line: from the policy to the process.
    if (facts.read)
        report.findings.insert(report.findings.size() - 1, labelFinding(dom, running, host));
    return report;
}

QList<SecurityReport> inspectAll(virConnectPtr conn, bool readOnly)
{
    const HostFacts host = readHost(conn, readOnly);
    virDomainPtr *doms = nullptr;
    const int n = qMax(0, virConnectListAllDomains(conn, &doms, 0));
    // The domains are read on a few threads at once: libvirt's connections take concurrent
    // calls, and over a thousand VMs (or a remote link) waiting for one answer at a time is
    // most of the time.
    QList<SecurityReport> reports(n);
    const int threads = n < 64 ? 1 : qBound(1, QThread::idealThreadCount(), 4);
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (int i = t; i < n; i += threads)
                reports[i] = inspect(conn, doms[i], host);
            virResetLastError();
        });
    for (int i = 0; i < n; i += threads)
        reports[i] = inspect(conn, doms[i], host);
    for (std::thread &w : workers)
        w.join();
    for (int i = 0; i < n; ++i)
        virDomainFree(doms[i]);
    free(doms);
    virResetLastError();
    std::sort(reports.begin(), reports.end(), [](const SecurityReport &a, const SecurityReport &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return reports;
}

std::optional<SecurityReport> inspectNamed(virConnectPtr conn, const QString &nameOrUuid,
                                           bool readOnly)
{
    virDomainPtr dom = virDomainLookupByName(conn, nameOrUuid.toUtf8().constData());
    if (!dom)
        dom = virDomainLookupByUUIDString(conn, nameOrUuid.toLatin1().constData());
    virResetLastError();
    if (!dom)
        return std::nullopt;
    SecurityReport report = inspect(conn, dom, readHost(conn, readOnly));
    virDomainFree(dom);
    return report;
}

QString fixNow(virConnectPtr conn, const QString &uuid, SecurityFix fix)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom)
        return takeLibvirtError(AuditText::tr("The VM is gone.")).text();
    const QString xml = fixedXml(
        QString::fromUtf8(xmlOf(dom, VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE)), fix);
    virDomainFree(dom);
    if (xml.isEmpty())
        return {};
    virDomainPtr defined = virDomainDefineXML(conn, xml.toUtf8().constData());
    if (!defined)
        return takeLibvirtError(AuditText::tr("Could not change the display.")).text();
    virDomainFree(defined);
    return {};
}

Operation *audit(Connection *connection, const QString &uuid)
{
    const bool readOnly = connection->isReadOnly();
    return connection->runJob(
        AuditText::tr("Security view"), [uuid, readOnly](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(AuditText::tr("The VM is gone.")));
            const SecurityReport report = inspect(conn, dom, readHost(conn, readOnly));
            virDomainFree(dom);
            return OpResult::success(QVariant::fromValue(report));
        });
}

Operation *auditAll(Connection *connection)
{
    const bool readOnly = connection->isReadOnly();
    return connection->runJob(
        AuditText::tr("Security view of the host"),
        [readOnly](virConnectPtr conn, Operation *) {
            return OpResult::success(QVariant::fromValue(inspectAll(conn, readOnly)));
        },
        {}, true);
}

QString fixedXml(const QString &inactiveXml, SecurityFix fix)
{
    XmlTree tree;
    if (fix != SecurityFix::DisplayToLoopback || !tree.read(inactiveXml)
        || !tree.root()->child(QStringLiteral("devices")))
        return {};
    bool changed = false;
    for (XmlElement *g :
         tree.root()->child(QStringLiteral("devices"))->children(QStringLiteral("graphics"))) {
        QList<Listen> listens;
        for (const XmlElement *l : g->children(QStringLiteral("listen")))
            listens << Listen{l->attribute(QStringLiteral("type")),
                              l->attribute(QStringLiteral("address")),
                              l->attribute(QStringLiteral("network"))};
        if (!exposedAt(listenOf(g->attribute(QStringLiteral("listen")), listens,
                                g->attribute(QStringLiteral("socket")))))
            continue;
        g->removeAttribute(QStringLiteral("listen"));
        for (XmlElement *l : g->children(QStringLiteral("listen")))
            g->removeChild(l);
        XmlElement *listen = g->appendChild(QStringLiteral("listen"));
        listen->setAttribute(QStringLiteral("type"), QStringLiteral("address"));
        listen->setAttribute(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
        changed = true;
    }
    return changed ? tree.write() : QString();
}

Operation *applyFix(Connection *connection, const QString &uuid, SecurityFix fix)
{
    return connection->runJob(
        AuditText::tr("Listen on this computer only"),
        [uuid, fix](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(AuditText::tr("The VM is gone.")));
            const bool running = virDomainIsActive(dom) == 1;
            const QString xml
                = fixedXml(xmlOf(dom, VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE), fix);
            virDomainFree(dom);
            if (xml.isEmpty())
                return OpResult::success(AuditText::tr("Nothing to change."));
            virDomainPtr defined = virDomainDefineXML(conn, xml.toUtf8().constData());
            if (!defined)
                return OpResult::failure(
                    takeLibvirtError(AuditText::tr("Could not change the display.")));
            virDomainFree(defined);
            return OpResult::success(
                running ? AuditText::tr("From its next start the display listens on 127.0.0.1 "
                                        "only: shut it down and start it again.")
                        : AuditText::tr("The display listens on 127.0.0.1 only."));
        },
        {uuid});
}

QString levelName(SecurityFinding::Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Flagged:
        return QStringLiteral("flagged");
    }
    return {};
}

QString describe(const QList<SecurityReport> &reports)
{
    static const char *const marks[] = {"ok  ", "info", "warn", "FLAG"};
    QStringList lines;
    for (const SecurityReport &r : reports) {
        lines << QStringLiteral("%1%2").arg(r.name,
                                            r.running ? AuditText::tr(" (running)") : QString());
        for (const SecurityFinding &f : r.findings)
            lines << QStringLiteral("  %1 %2: %3")
                         .arg(QLatin1String(marks[int(f.level)]), f.area, f.text);
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray toJson(const QList<SecurityReport> &reports)
{
    QJsonArray vms;
    for (const SecurityReport &r : reports) {
        QJsonArray findings;
        for (const SecurityFinding &f : r.findings)
            findings.append(QJsonObject{{QStringLiteral("area"), f.area},
                                        {QStringLiteral("level"), levelName(f.level)},
                                        {QStringLiteral("text"), f.text}});
        vms.append(QJsonObject{{QStringLiteral("name"), r.name},
                               {QStringLiteral("uuid"), r.uuid},
                               {QStringLiteral("running"), r.running},
                               {QStringLiteral("flagged"), r.flagged()},
                               {QStringLiteral("findings"), findings}});
    }
    return QJsonDocument(vms).toJson(QJsonDocument::Indented);
}

} // namespace SecurityAudit
} // namespace Vireo
