// The security view on libvirt's test driver: a display anyone on the network can use is flagged,
// its one-click fix moves it to 127.0.0.1 (the definition checked) and the flag clears; a password
// or TLS, a socket, a read-only connection; encrypted disks, Secure Boot and TPM; a driver without
// labels says "not reported by this driver". Vireo's own creation defaults pass every line, and
// `vireo security --all` exits 1 while something is flagged, 0 when nothing is.
#include "core/Connection.h"
#include "create/OsDatabase.h"
#include "create/VmCreator.h"
#include "create/VmSpec.h"
#include "hardware/HardwareEditor.h"
#include "security/Firewall.h"
#include "security/SecurityAudit.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;
using Level = SecurityFinding::Level;

namespace {

const char kExposed[]
    = "<domain type='test'><name>%1</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>"
      "<os><type>hvm</type></os><devices>"
      "<disk type='file' device='disk'><source file='/images/%1.qcow2'/>"
      "<target dev='vda' bus='virtio'/></disk>"
      "<interface type='network'><mac address='52:54:00:aa:00:01'/><source network='default'/>"
      "<filterref filter='clean-traffic'/></interface>"
      "<graphics type='vnc' port='-1' %2><listen type='address' address='%3'/></graphics>"
      "</devices></domain>";

SecurityFinding find(const SecurityReport &r, const QString &area)
{
    for (const SecurityFinding &f : r.findings)
        if (f.area.startsWith(area))
            return f;
    return {QStringLiteral("(missing %1)").arg(area), Level::Flagged, {}};
}

QString describe(const SecurityReport &r)
{
    return SecurityAudit::describe({r});
}

} // namespace

class TstSecurity : public QObject
{
    Q_OBJECT
    std::unique_ptr<Connection> m_conn;

    /// Defines a domain from its XML on the connection under test; its UUID.
    QString defineXml(const QByteArray &xml)
    {
        const QString uuid
            = valueOf(m_conn->runJob(QStringLiteral("define"), [xml](virConnectPtr conn,
                                                                     Operation *) {
                  virDomainPtr dom = virDomainDefineXML(conn, xml.constData());
                  char text[VIR_UUID_STRING_BUFLEN] = {};
                  if (dom) {
                      virDomainGetUUIDString(dom, text);
                      virDomainFree(dom);
                  }
                  return OpResult::success(QString::fromLatin1(text));
              })).toString();
        [&] { QVERIFY2(!uuid.isEmpty(), xml.constData()); }();
        return uuid;
    }

    QString define(const QString &name, const QString &passwd, const QString &listen)
    {
        return defineXml(QString::fromLatin1(kExposed).arg(name, passwd, listen).toUtf8());
    }

    SecurityReport report(const QString &uuid)
    {
        return valueOf(SecurityAudit::audit(m_conn.get(), uuid)).value<SecurityReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("test:///default"));
        QSignalSpy up(m_conn.get(), &Connection::domainsReset);
        m_conn->open();
        QVERIFY(up.wait(10000));
    }

    void anExposedDisplayIsFlaggedAndFixed()
    {
        const QString uuid = define(QStringLiteral("exposed"), {}, QStringLiteral("0.0.0.0"));
        SecurityReport r = report(uuid);
        QCOMPARE(r.name, QStringLiteral("exposed"));
        const SecurityFinding display = find(r, QStringLiteral("Display (vnc)"));
        QCOMPARE(display.level, Level::Flagged);
        QVERIFY2(display.text.contains(QStringLiteral("0.0.0.0")), qPrintable(display.text));
        QCOMPARE(display.fix, SecurityFix::DisplayToLoopback);
        QVERIFY(r.flagged());

        QString error;
        const QString said
            = valueOf(SecurityAudit::applyFix(m_conn.get(), uuid, SecurityFix::DisplayToLoopback),
                      &error)
                  .toString();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(said.contains(QStringLiteral("127.0.0.1")));
        // The definition listens on loopback now, and nothing else in it changed.
        const QString xml
            = valueOf(m_conn->runJob(QStringLiteral("read"), [uuid](virConnectPtr conn,
                                                                    Operation *) {
                  virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
                  char *raw = dom ? virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE) : nullptr;
                  const QString text = QString::fromUtf8(raw ? raw : "");
                  free(raw);
                  if (dom)
                      virDomainFree(dom);
                  return OpResult::success(text);
              })).toString();
        QVERIFY2(xml.contains(QStringLiteral("address='127.0.0.1'")), qPrintable(xml));
        QVERIFY(!xml.contains(QStringLiteral("0.0.0.0")));
        QVERIFY(xml.contains(QStringLiteral("clean-traffic")));
        r = report(uuid);
        QCOMPARE(find(r, QStringLiteral("Display (vnc)")).level, Level::Ok);
        QVERIFY2(!r.flagged(), qPrintable(describe(r)));
    }

    void passwordTlsSocketAndReadOnly()
    {
        SecurityAudit::HostFacts host;
        const auto displayOf = [&](const QString &graphics) {
            const QString xml
                = QStringLiteral("<domain><devices>%1</devices></domain>").arg(graphics);
            return find(SecurityAudit::inspectXml(xml, {}, false, host), QStringLiteral("Display"));
        };
        const QString passworded
            = QStringLiteral("<graphics type='vnc' passwd='s3cret' listen='0.0.0.0'/>");
        QCOMPARE(displayOf(passworded).level, Level::Warning);
        QCOMPARE(displayOf(QStringLiteral("<graphics type='spice' defaultMode='secure'>"
                                          "<listen type='address' address='::'/></graphics>"))
                     .level,
                 Level::Ok);
        QCOMPARE(displayOf(QStringLiteral("<graphics type='spice'><listen type='socket'/>"
                                          "</graphics>"))
                     .level,
                 Level::Ok);
        QCOMPARE(displayOf(QStringLiteral("<graphics type='vnc'><listen type='network' "
                                          "network='lan'/></graphics>"))
                     .level,
                 Level::Flagged);
        QCOMPARE(displayOf(QStringLiteral("<graphics type='vnc' listen='127.0.0.1'/>")).level,
                 Level::Ok);
        // Read-only: the password is not shown, so whether one protects it is not known.
        host.secret = false;
        const SecurityFinding unknown
            = displayOf(QStringLiteral("<graphics type='vnc' listen='0.0.0.0'/>"));
        QCOMPARE(unknown.level, Level::Warning);
        QVERIFY(unknown.text.contains(QStringLiteral("read-only")));
    }

    void runningWithTheFixWaitingForItsNextStart()
    {
        SecurityAudit::HostFacts host;
        const QString live = QStringLiteral(
            "<domain><devices><graphics type='vnc' listen='0.0.0.0'/></devices></domain>");
        const QString mended
            = QStringLiteral("<domain><devices><graphics type='vnc'><listen type='address' "
                             "address='127.0.0.1'/></graphics></devices></domain>");
        const SecurityFinding f
            = find(SecurityAudit::inspectXml(live, mended, true, host), QStringLiteral("Display"));
        QCOMPARE(f.level, Level::Flagged); // still exposed while it runs
        QVERIFY(f.text.contains(QStringLiteral("start it again")));
        QCOMPARE(f.fix, SecurityFix::None);
    }

    void disksFirmwareAndUser()
    {
        SecurityAudit::HostFacts host;
        const QString xml = QStringLiteral(
            "<domain><os firmware='efi'><type>hvm</type><firmware><feature enabled='yes' "
            "name='secure-boot'/></firmware></os><seclabel type='dynamic' model='dac' "
            "relabel='yes'><label>+0:+0</label></seclabel><devices>"
            "<disk type='file' device='disk'><source file='/a.qcow2'><encryption "
            "format='luks'><secret type='passphrase' uuid='x'/></encryption></source>"
            "<target dev='vda'/></disk>"
            "<disk type='file' device='disk'><source file='/b.qcow2'/><target dev='vdb'/></disk>"
            "<disk type='file' device='cdrom'><target dev='sda'/></disk>"
            "<tpm model='tpm-crb'><backend type='emulator'/></tpm></devices></domain>");
        const SecurityReport r = SecurityAudit::inspectXml(xml, {}, true, host);
        QCOMPARE(find(r, QStringLiteral("Disk vda")).level, Level::Ok);
        QVERIFY(find(r, QStringLiteral("Disk vda")).text.contains(QStringLiteral("LUKS")));
        QCOMPARE(find(r, QStringLiteral("Disk vdb")).level, Level::Info);
        QVERIFY(find(r, QStringLiteral("Disk sda")).area.startsWith(QStringLiteral("(missing")));
        QCOMPARE(find(r, QStringLiteral("Secure Boot")).level, Level::Ok);
        QCOMPARE(find(r, QStringLiteral("TPM")).level, Level::Ok);
        const SecurityFinding root = find(r, QStringLiteral("Runs as"));
        QCOMPARE(root.level, Level::Warning);
        QVERIFY(root.text.contains(QStringLiteral("root")));
    }

    void theTestDriverReportsNoLabels()
    {
        const SecurityReport r = report(m_conn->domainByName(QStringLiteral("test"))->uuid);
        QVERIFY(r.running);
        QCOMPARE(find(r, QStringLiteral("Confinement")).text,
                 QStringLiteral("Not reported by this driver."));
        QCOMPARE(find(r, QStringLiteral("Runs as")).text,
                 QStringLiteral("Not reported by this driver."));
    }

    void creationDefaultsPassEveryLine()
    {
        OsDatabase db;
        QVERIFY(db.load());
        for (const char *os : {"debian11", "win11", "fedora37"}) {
            const auto info = db.byShortId(QLatin1String(os));
            QVERIFY2(info, os);
            for (bool system : {true, false}) {
                VmSpec spec = recommendedSpec(&*info, HostCapacity{4, 8192, false}, system);
                spec.name = QStringLiteral("new");
                VmDisk disk;
                disk.path = QStringLiteral("/var/lib/libvirt/images/new.qcow2");
                spec.disks = {disk};
                const SecurityReport r
                    = SecurityAudit::inspectXml(writeDomainXml(spec), {}, false, {});
                QVERIFY2(r.worst() <= Level::Info, qPrintable(describe(r)));
                QCOMPARE(find(r, QStringLiteral("Display")).level, Level::Ok);
            }
        }
    }

    void firewallRulesAreCheckedAndRoundTrip()
    {
        FilterRule r;
        QVERIFY(Firewall::validate(r).isEmpty());
        r.source = QStringLiteral("10.0.0.300");
        QVERIFY(Firewall::validate(r).contains(QStringLiteral("Source")));
        r.source = QStringLiteral("10.0.0.0/24");
        r.portFrom = 22;
        QVERIFY(Firewall::validate(r).contains(QStringLiteral("only TCP, UDP and SCTP")));
        r.protocol = QStringLiteral("tcp");
        r.portTo = 10;
        QVERIFY(Firewall::validate(r).contains(QStringLiteral("ends")));
        r.portTo = 80;
        r.direction = QStringLiteral("sideways");
        QVERIFY(Firewall::validate(r).contains(QStringLiteral("Direction")));
        r.direction = QStringLiteral("in");
        r.priority = 2000;
        QVERIFY(Firewall::validate(r).contains(QStringLiteral("Priority")));
        r.priority = 300;
        QVERIFY(Firewall::validate(r).isEmpty());
        FilterDefinition f{QStringLiteral("bad name"), {r}};
        QVERIFY(Firewall::validate(f).contains(QStringLiteral("Name")));
        f.name = QStringLiteral("web-in");
        QVERIFY(Firewall::validate(f).isEmpty());
        const QString xml = Firewall::filterXml(f);
        QVERIFY2(xml.contains(QStringLiteral("<tcp srcipaddr='10.0.0.0' srcipmask='24' "
                                             "dstportstart='22' dstportend='80'/>")),
                 qPrintable(xml));
        const auto back = Firewall::readFilter(xml);
        QVERIFY(back.has_value());
        QCOMPARE(*back, f);
        // libvirt's own filters hold more than rules: not editable.
        QVERIFY(!Firewall::readFilter(QStringLiteral("<filter name='clean-traffic' chain='root'>"
                                                     "<filterref filter='no-mac-spoofing'/>"
                                                     "</filter>"))
                     .has_value());
        QCOMPARE(Firewall::choiceOf(QStringLiteral("clean-traffic-gateway"), {}).preset,
                 FirewallPreset::Isolated);
        const FirewallChoice in
            = Firewall::choiceOf(QStringLiteral("vireo-no-inbound-except"),
                                 {{QStringLiteral("PORTS"), QStringLiteral("22")},
                                  {QStringLiteral("PORTS"), QStringLiteral("80")}});
        QCOMPARE(in.preset, FirewallPreset::NoInbound);
        QCOMPARE(in.ports, (QList<int>{22, 80}));
    }

    void aUserModeCardCannotCarryAFilter()
    {
        const QByteArray xml
            = "<domain type='test'><name>usermode</name><memory>131072</memory><os><type>hvm"
              "</type></os><devices><interface type='user'><mac address='52:54:00:aa:00:09'/>"
              "</interface></devices></domain>";
        const QString uuid = defineXml(xml);
        QVERIFY(!uuid.isEmpty());
        const Outcome r
            = complete(Firewall::apply(m_conn.get(), uuid, {}, {FirewallPreset::NoSpoofing}));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("user-mode networking")), qPrintable(r.error));
        QCOMPARE(r.why.kind, Failure::Kind::InvalidInput);
        const SecurityReport report = this->report(uuid);
        QVERIFY(find(report, QStringLiteral("Firewall"))
                    .text.contains(QStringLiteral("not "
                                                  "filterable")));
    }

    void terminalExitsOneWhileFlagged()
    {
        QTemporaryDir dir;
        const auto fileWith = [&](const QString &listen) {
            const QString path = dir.filePath(listen + QStringLiteral(".xml"));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral("<node>%1</node>")
                        .arg(QString::fromLatin1(kExposed).arg(QStringLiteral("one"), QString(),
                                                               listen))
                        .toUtf8());
            return QStringLiteral("test://") + path;
        };
        const QString vireo = QStringLiteral(VIREO_BINARY);
        ProcessRun run
            = runProcess(vireo, {QStringLiteral("security"), QStringLiteral("--all"),
                                 QStringLiteral("-c"), fileWith(QStringLiteral("0.0.0.0"))});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("FLAG Display (vnc)")), qPrintable(run.out));
        run = runProcess(vireo, {QStringLiteral("security"), QStringLiteral("--all"),
                                 QStringLiteral("--json"), QStringLiteral("-c"),
                                 fileWith(QStringLiteral("127.0.0.1"))});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\"flagged\": false")), qPrintable(run.out));
        run = runProcess(vireo, {QStringLiteral("security"), QStringLiteral("nosuchvm"),
                                 QStringLiteral("-c"), QStringLiteral("test:///default")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("nosuchvm")));
        run = runProcess(vireo, {QStringLiteral("security"), QStringLiteral("-c"),
                                 QStringLiteral("test:///default")});
        QCOMPARE(run.code, 2);
    }

    void aReadOnlyConnectionHidesSecrets()
    {
        const QString secret = QStringLiteral("Display-Secret-9");
        const QString uuid
            = define(QStringLiteral("withpassword"), QStringLiteral("passwd='%1'").arg(secret),
                     QStringLiteral("0.0.0.0"));
        auto hardwareXml = [&](Connection *c) {
            return valueOf(HardwareEditor::read(c, uuid)).value<HardwareState>().inactiveXml;
        };
        // The owner's connection reads it (an edit keeps the password).
        QVERIFY(hardwareXml(m_conn.get()).contains(secret));
        Connection readOnly(QStringLiteral("test:///default"), true);
        QSignalSpy up(&readOnly, &Connection::domainsReset);
        readOnly.open();
        QVERIFY(up.wait(10000));
        const QString seen = hardwareXml(&readOnly);
        QVERIFY(seen.contains(QStringLiteral("withpassword")));
        QVERIFY(!seen.contains(secret));
        // The security view on it cannot see the password and says so rather than guessing.
        const SecurityFinding display
            = find(valueOf(SecurityAudit::audit(&readOnly, uuid)).value<SecurityReport>(),
                   QStringLiteral("Display"));
        QVERIFY2(display.text.contains(QStringLiteral("cannot see whether a password")),
                 qPrintable(display.text));
        QVERIFY(!display.text.contains(secret));
    }
};

QTEST_MAIN(TstSecurity)
#include "tst_security.moc"
