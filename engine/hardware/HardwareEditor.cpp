#include "hardware/HardwareEditor.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct EditorText
{
    Q_DECLARE_TR_FUNCTIONS(EditorText)
};

QString takeString(char *text)
{
    QString s = text ? QString::fromUtf8(text) : QString();
    free(text);
    return s;
}

int attributeNumber(const QString &xml, const QString &element, const QString &attribute)
{
    const QRegularExpression re(
        QStringLiteral("<%1\\b[^>]*\\b%2='(\\d+)'").arg(element, attribute));
    const auto m = re.match(xml);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// Looks the domain up on the worker and runs fn with it.
OpResult withDomain(virConnectPtr conn, const QString &uuid, const QString &what,
                    const std::function<OpResult(virDomainPtr)> &fn)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom)
        return OpResult::failure(takeLibvirtError(what));
    OpResult result = fn(dom);
    virDomainFree(dom);
    return result;
}

} // namespace

QString outcomeText(ChangeResult::Outcome outcome)
{
    switch (outcome) {
    case ChangeResult::Outcome::Applied:
        return EditorText::tr("applied now");
    case ChangeResult::Outcome::NextBoot:
        return EditorText::tr("applies at next boot");
    case ChangeResult::Outcome::LiveOnly:
        return EditorText::tr("applied now, until the VM stops");
    case ChangeResult::Outcome::Refused:
        return EditorText::tr("refused");
    }
    return {};
}

QStringList ApplyReport::lines() const
{
    QStringList out;
    for (const ChangeResult &r : results) {
        QString line = QStringLiteral("%1: %2").arg(r.change.describe(), outcomeText(r.outcome));
        if (!r.reason.isEmpty())
            line += QStringLiteral(" (%1)").arg(r.reason);
        out << line;
    }
    for (const QString &w : warnings)
        out << EditorText::tr("Warning: %1").arg(w);
    return out;
}

bool ApplyReport::anyNextBoot() const
{
    for (const ChangeResult &r : results)
        if (r.outcome == ChangeResult::Outcome::NextBoot)
            return true;
    return false;
}

namespace HardwareEditor {

HardwareState readNow(virConnectPtr conn, virDomainPtr dom, bool secure, bool hostContext)
{
    HardwareState s;
    const unsigned secureFlag = secure ? VIR_DOMAIN_XML_SECURE : 0;
    int state = VIR_DOMAIN_NOSTATE;
    virDomainGetState(dom, &state, nullptr, 0);
    s.running = state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_PAUSED
                || state == VIR_DOMAIN_BLOCKED || state == VIR_DOMAIN_PMSUSPENDED;
    s.persistent = virDomainIsPersistent(dom) == 1;
    int autostart = 0;
    if (virDomainGetAutostart(dom, &autostart) == 0)
        s.autostart = autostart != 0;
    s.inactiveXml = takeString(
        virDomainGetXMLDesc(dom, (s.persistent ? VIR_DOMAIN_XML_INACTIVE : 0) | secureFlag));
    DomainDocument config;
    config.read(s.inactiveXml);
    s.config = Hardware::read(config);
    if (s.running) {
        s.liveXml = takeString(virDomainGetXMLDesc(dom, secureFlag));
        DomainDocument live;
        live.read(s.liveXml);
        s.live = Hardware::read(live);
        if (s.persistent)
            s.pending = pendingUntilRestart(s.live, s.config);
    }

    virNodeInfo node{};
    if (virNodeGetInfo(conn, &node) == 0) {
        s.hostCpus = int(node.cpus);
        s.hostMemoryKiB = node.memory;
        s.hostNumaNodes = int(node.nodes);
    }
    if (!hostContext) {
        virResetLastError();
        return s;
    }
    s.hostFreeKiB = virNodeGetFreeMemory(conn) / 1024;
    // The limit of this machine type under this hypervisor (q35 takes more than pc).
    const QString caps = takeString(virConnectGetDomainCapabilities(
        conn,
        s.config.boot.emulator.isEmpty() ? nullptr : s.config.boot.emulator.toUtf8().constData(),
        s.config.boot.arch.isEmpty() ? nullptr : s.config.boot.arch.toUtf8().constData(),
        s.config.boot.machine.isEmpty() ? nullptr : s.config.boot.machine.toUtf8().constData(),
        s.config.type.isEmpty() ? nullptr : s.config.type.toUtf8().constData(), 0));
    s.maxVcpus = attributeNumber(caps, QStringLiteral("vcpu"), QStringLiteral("max"));
    if (!s.maxVcpus)
        s.maxVcpus = qMax(0, virConnectGetMaxVcpus(conn, s.config.type.toUtf8().constData()));
    // The named models the hypervisor can run, as domain capabilities list them.
    static const QRegularExpression model(
        QStringLiteral("<model usable='yes'[^>]*>([^<]+)</model>"));
    for (auto it = model.globalMatch(caps); it.hasNext();) {
        const QString name = it.next().captured(1).trimmed();
        if (!s.cpuModels.contains(name))
            s.cpuModels << name;
    }
    virResetLastError();
    return s;
}

OpResult defineXmlNow(virConnectPtr conn, virDomainPtr dom, const QString &xml)
{
    const QString what = EditorText::tr("Could not apply the edited XML.");
    DomainDocument doc;
    QString error;
    if (!doc.read(xml, &error))
        return OpResult::failure(
            Failure::of(Failure::Kind::InvalidInput, what,
                        EditorText::tr("It is not well-formed: %1").arg(error)));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    const QString name = QString::fromUtf8(virDomainGetName(dom));
    if ((!doc.uuid().isEmpty() && doc.uuid().compare(QLatin1String(uuid), Qt::CaseInsensitive) != 0)
        || doc.name() != name)
        return OpResult::failure(Failure::of(
            Failure::Kind::InvalidInput, what,
            EditorText::tr("The XML must keep the VM's name (%1) and UUID; rename the VM with "
                           "Rename instead.")
                .arg(name)));
    virDomainPtr defined
        = virDomainDefineXMLFlags(conn, xml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE);
    if (!defined)
        return OpResult::failure(takeLibvirtError(what));
    virDomainFree(defined);
    return OpResult::success();
}

Operation *read(Connection *connection, const QString &uuid)
{
    const bool secure = !connection->isReadOnly();
    return connection->runJob(EditorText::tr("Reading hardware"), [uuid, secure](virConnectPtr conn,
                                                                                 Operation *) {
        return withDomain(
            conn, uuid, EditorText::tr("Could not read the VM's hardware."), [&](virDomainPtr dom) {
                return OpResult::success(QVariant::fromValue(readNow(conn, dom, secure)));
            });
    });
}

Operation *apply(Connection *connection, const QString &uuid, const QList<HardwareChange> &changes,
                 ApplyScope scope)
{
    if (connection->isReadOnly()) {
        auto *op = new Operation(EditorText::tr("Changing hardware"));
        QMetaObject::invokeMethod(
            op,
            [op] {
                op->finish(OpResult::failure(Failure::of(
                    Failure::Kind::ReadOnly, EditorText::tr("Could not change the hardware."),
                    EditorText::tr("The connection is read-only."))));
            },
            Qt::QueuedConnection);
        return op;
    }
    return connection->runJob(
        EditorText::tr("Changing hardware"),
        [uuid, changes, scope](virConnectPtr conn, Operation *) {
            return withDomain(
                conn, uuid, EditorText::tr("Could not change the hardware."),
                [&](virDomainPtr dom) { return applyNow(conn, dom, changes, scope); });
        },
        {uuid});
}

Operation *defineXml(Connection *connection, const QString &uuid, const QString &xml)
{
    return connection->runJob(
        EditorText::tr("Applying XML"),
        [uuid, xml](virConnectPtr conn, Operation *) {
            return withDomain(conn, uuid, EditorText::tr("Could not apply the edited XML."),
                              [&](virDomainPtr dom) { return defineXmlNow(conn, dom, xml); });
        },
        {uuid});
}

} // namespace HardwareEditor

QString lineDiff(const QString &before, const QString &after, int context)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    if (a == b)
        return {};
    // Longest common subsequence over lines (domain XML is a few hundred lines).
    const int n = int(a.size());
    const int m = int(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    struct Line
    {
        QChar mark;
        QString text;
    };
    QList<Line> lines;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            lines.append({QLatin1Char(' '), a[i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            lines.append({QLatin1Char('-'), a[i++]});
        } else {
            lines.append({QLatin1Char('+'), b[j++]});
        }
    }
    // Keep the changed lines and `context` lines around them; "..." where lines are left out.
    QList<bool> keep(lines.size(), false);
    for (int k = 0; k < lines.size(); ++k)
        if (lines[k].mark != QLatin1Char(' '))
            for (int c = qMax(0, k - context); c <= qMin(int(lines.size()) - 1, k + context); ++c)
                keep[c] = true;
    QString out;
    bool skipped = false;
    for (int k = 0; k < lines.size(); ++k) {
        if (!keep[k]) {
            skipped = true;
            continue;
        }
        if (skipped)
            out += QStringLiteral("...\n");
        skipped = false;
        out += lines[k].mark + lines[k].text + QLatin1Char('\n');
    }
    return out;
}

} // namespace Vireo
