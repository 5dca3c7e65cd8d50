// Per-VM firewalls on the real daemon, with two test guests on an isolated network of their own
// (DHCP, no forwarding: nothing talks out): they ping each other; "isolated from other VMs" on one
// stops that while it runs, and taking it away brings it back, both live; with "no spoofing" a
// guest that changes its address no longer reaches the other; a filter of the user's that drops
// ICMP stops ping and nothing else (a TCP connection through busybox nc still goes through). The
// security view reads what libvirt applied (its filter bindings), and `vireo firewall` does the
// same from a terminal. "Host only" reaches the host and not the other VM; "no inbound" lets
// replies in and nothing else.
#include "core/Connection.h"
#include "networks/Networks.h"
#include "security/Firewall.h"
#include "security/SecurityAudit.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kLab = QStringLiteral("vireo-fw-lab");

void dropFilter(const QString &name)
{
    if (virNWFilterPtr f
        = virNWFilterLookupByName(TestGuest::helperConnection(), name.toUtf8().constData())) {
        virNWFilterUndefine(f);
        virNWFilterFree(f);
    }
    virResetLastError();
}

} // namespace

class TstFirewallVm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_a;
    std::unique_ptr<TestGuest> m_b;
    std::unique_ptr<GuestControl> m_shellA;
    std::unique_ptr<GuestControl> m_shellB;
    QString m_ipA;
    QString m_ipB;

    QString lease(TestGuest &guest, GuestControl &shell)
    {
        const int before = guest.serialCount(QStringLiteral("VIREO-LEASE eth0"));
        shell.run(QStringLiteral("udhcpc -i eth0 -n -q -t 10 -T 2 -s /lib/vireo/udhcpc.sh"), 60000);
        if (!guest.waitForSerial(QStringLiteral("VIREO-LEASE eth0"), 30000, before + 1))
            return {};
        return guest.serialLines(QStringLiteral("VIREO-LEASE eth0")).last().section(' ', 2);
    }

    /// Whether `from` gets answers to two pings of `to`.
    static bool pings(GuestControl &from, const QString &to)
    {
        return from.run(QStringLiteral("ping -c 2 -W 3 %1").arg(to), 30000)
            .contains(QStringLiteral(" 0% packet loss"));
    }

    void apply(const QString &uuid, const FirewallChoice &choice)
    {
        const Outcome r = complete(Firewall::apply(m_conn.get(), uuid, {}, choice));
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    QString firewallLine(const QString &uuid)
    {
        const SecurityReport r
            = valueOf(SecurityAudit::audit(m_conn.get(), uuid)).value<SecurityReport>();
        for (const SecurityFinding &f : r.findings)
            if (f.area.startsWith(QStringLiteral("Firewall")))
                return f.text;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-fw-a"));
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-fw-b"));
        TestGuest::removeNetwork(kLab);
        dropFilter(QStringLiteral("test-no-icmp"));
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        QSignalSpy up(m_conn.get(), &Connection::domainsReset);
        m_conn->open();
        QVERIFY(up.wait(15000));

        const Outcome proposal = complete(Networks::proposeSubnet(m_conn.get()));
        QVERIFY2(proposal.ok, qPrintable(proposal.error));
        NetworkSpec spec;
        spec.name = kLab;
        spec.mode = NetworkSpec::Mode::Isolated;
        spec.ipv4 = proposal.value.toString();
        const Outcome made = complete(Networks::create(m_conn.get(), spec));
        QVERIFY2(made.ok, qPrintable(made.error));

        m_a = std::make_unique<TestGuest>(QStringLiteral("vireo-fw-a"),
                                          GuestOptions{.network = kLab});
        m_b = std::make_unique<TestGuest>(QStringLiteral("vireo-fw-b"),
                                          GuestOptions{.network = kLab});
        QVERIFY2(m_a->define(), qPrintable(m_a->error()));
        QVERIFY2(m_b->define(), qPrintable(m_b->error()));
        QVERIFY2(m_a->start(), qPrintable(m_a->error()));
        QVERIFY2(m_b->start(), qPrintable(m_b->error()));
        m_shellA = std::make_unique<GuestControl>(m_a->controlSocketPath());
        m_shellB = std::make_unique<GuestControl>(m_b->controlSocketPath());
        QVERIFY(m_shellA->connectToGuest(20000));
        QVERIFY(m_shellB->connectToGuest(20000));
        m_ipA = lease(*m_a, *m_shellA);
        m_ipB = lease(*m_b, *m_shellB);
        QVERIFY2(!m_ipA.isEmpty() && !m_ipB.isEmpty(), "no DHCP lease");
        QVERIFY(pings(*m_shellA, m_ipB));
    }

    void isolatedFromOtherVmsLive()
    {
        apply(m_a->uuid(), {FirewallPreset::Isolated});
        QVERIFY2(!pings(*m_shellA, m_ipB), "A still reaches B while isolated");
        QVERIFY(
            firewallLine(m_a->uuid()).contains(QStringLiteral("clean-traffic-gateway applied")));
        // Off again, without a restart.
        apply(m_a->uuid(), {FirewallPreset::None});
        QVERIFY2(pings(*m_shellA, m_ipB), "A does not reach B once the filter is gone");
        QVERIFY(firewallLine(m_a->uuid()).startsWith(QStringLiteral("None")));
    }

    void noSpoofingStopsAChangedAddress()
    {
        apply(m_b->uuid(), {FirewallPreset::NoSpoofing});
        QVERIFY(pings(*m_shellB, m_ipA)); // its own address: fine (and learnt by libvirt)
        // The guest takes another address in the same network.
        const QString other = m_ipB.section('.', 0, 2) + QStringLiteral(".")
                              + QString::number(m_ipB.section('.', 3).toInt() % 200 + 50);
        m_shellB->run(QStringLiteral("ip addr flush dev eth0 && ip addr add %1/24 dev eth0 && "
                                     "ip neigh flush all")
                          .arg(other));
        QVERIFY2(!pings(*m_shellB, m_ipA), "a spoofed address still reaches the other VM");
        // Its own address back, the filter off: all is as before.
        m_shellB->run(
            QStringLiteral("ip addr flush dev eth0 && ip addr add %1/24 dev eth0").arg(m_ipB));
        apply(m_b->uuid(), {FirewallPreset::None});
        QVERIFY(pings(*m_shellB, m_ipA));
    }

    void hostOnlyAndNoInbound()
    {
        // Host only: the host's address on the network answers, the other VM does not.
        virNetworkPtr net
            = virNetworkLookupByName(TestGuest::helperConnection(), kLab.toUtf8().constData());
        char *xml = virNetworkGetXMLDesc(net, 0);
        const QString host = QRegularExpression(QStringLiteral("<ip address='([\\d.]+)'"))
                                 .match(QString::fromUtf8(xml))
                                 .captured(1);
        free(xml);
        virNetworkFree(net);
        QVERIFY(!host.isEmpty());
        apply(m_a->uuid(), {FirewallPreset::HostOnly});
        QVERIFY2(pings(*m_shellA, host), "host only: the host does not answer");
        QVERIFY2(!pings(*m_shellA, m_ipB), "host only: the other VM still answers");
        // No inbound: A reaches out (the replies come back), nothing starts a connection to A.
        apply(m_a->uuid(), {FirewallPreset::NoInbound});
        QVERIFY2(pings(*m_shellA, m_ipB), "no inbound: the replies to A's own pings are dropped");
        QVERIFY2(!pings(*m_shellB, m_ipA), "no inbound: B still reaches A");
        apply(m_a->uuid(), {FirewallPreset::None});
        QVERIFY(pings(*m_shellB, m_ipA));
    }

    void aRuleOfOneselfDropsIcmpOnly()
    {
        FilterDefinition filter{QStringLiteral("test-no-icmp"), {}};
        FilterRule drop;
        drop.protocol = QStringLiteral("icmp");
        drop.action = QStringLiteral("drop");
        filter.rules << drop;
        Outcome r = complete(Firewall::defineFilter(m_conn.get(), filter));
        QVERIFY2(r.ok, qPrintable(r.error));
        // Through the terminal, as a script would.
        const ProcessRun set
            = runProcess(QStringLiteral(VIREO_BINARY),
                         {QStringLiteral("firewall"), m_a->name(), QStringLiteral("--filter"),
                          QStringLiteral("test-no-icmp"), QStringLiteral("-c"),
                          QStringLiteral("qemu:///system")});
        QVERIFY2(set.code == 0, qPrintable(set.out + set.err));
        QVERIFY(set.out.contains(QStringLiteral("in effect now")));
        QVERIFY2(!pings(*m_shellA, m_ipB), "ICMP still goes through");
        // TCP does: B listens, A sends.
        m_shellB->run(QStringLiteral("rm -f /tmp/got; (nc -l -p 5000 > /tmp/got &) ; true"));
        m_shellA->run(QStringLiteral("echo through-the-filter | nc -w 3 %1 5000; true").arg(m_ipB),
                      30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_shellB->run(QStringLiteral("cat /tmp/got"))
                                     .contains(QStringLiteral("through-the-filter")),
                                 15000);
        // In use: not deleted; listed with its user.
        r = complete(Firewall::removeFilter(m_conn.get(), QStringLiteral("test-no-icmp")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(m_a->name()), qPrintable(r.error));
        const ProcessRun list = runProcess(
            QStringLiteral(VIREO_BINARY), {QStringLiteral("firewall"), QStringLiteral("--list"),
                                           QStringLiteral("-c"), QStringLiteral("qemu:///system")});
        QVERIFY2(
            list.out.contains(QRegularExpression(QStringLiteral("test-no-icmp\\s+vireo-fw-a"))),
            qPrintable(list.out));
        apply(m_a->uuid(), {FirewallPreset::None});
        QVERIFY(pings(*m_shellA, m_ipB));
        QVERIFY(complete(Firewall::removeFilter(m_conn.get(), QStringLiteral("test-no-icmp"))).ok);
    }

    void refusalsChangeNothing()
    {
        // A port that is none, and a preset the card's network cannot give: said, not applied.
        Outcome r = complete(Firewall::apply(m_conn.get(), m_a->uuid(), {},
                                             {FirewallPreset::NoInbound, {}, {70000}}));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("70000")), qPrintable(r.error));
        const ProcessRun bad = runProcess(QStringLiteral(VIREO_BINARY),
                                          {QStringLiteral("firewall"), m_a->name(),
                                           QStringLiteral("--preset"), QStringLiteral("nosuch"),
                                           QStringLiteral("-c"), QStringLiteral("qemu:///system")});
        QCOMPARE(bad.code, 2);
        QVERIFY(firewallLine(m_a->uuid()).startsWith(QStringLiteral("None")));
    }

    void cleanupTestCase()
    {
        m_shellA.reset();
        m_shellB.reset();
        m_a.reset();
        m_b.reset();
        dropFilter(QStringLiteral("test-no-icmp"));
        TestGuest::removeNetwork(kLab);
    }
};

QTEST_MAIN(TstFirewallVm)
#include "tst_firewallvm.moc"
