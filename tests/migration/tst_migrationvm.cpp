// Migration between two real libvirt hosts on this machine (the daemon and the second host,
// tests/support/SecondHost.h) with the test guest. Guest A keeps its disk in a folder both hosts
// see and a NIC on an isolated network: the checks refuse what cannot work (an unreachable or the
// same host, a missing network, a name taken, a CPU the destination lacks) from the engine and
// the terminal; it then moves live and keeps running (its uptime and a counter in its memory go
// on); a cancelled move and one whose destination daemon dies leave it running where it was,
// still writing to its disk; when the source's daemon dies mid-way, Vireo says so, reconnects
// when it is back and shows the VM running there; a guest that dirties memory faster than the link
// is reported as not converging and finishes with post-copy; shut off, it moves offline or is
// copied (kept on the source). Guest B's disk is in a folder only the first host has: copied while
// it runs, the destination's copy reads back the same to the guest; a destination pool without room
// refuses.
#include "HostHelpers.h"
#include "core/Connection.h"
#include "migration/Migration.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/SecondHost.h"
#include "support/TestGuest.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const int kPort = 16601;

ProcessRun vireo(const QStringList &args)
{
    return runProcess(QStringLiteral(VIREO_BINARY),
                      QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")} + args);
}

MigrationCheck find(const QList<MigrationCheck> &checks, const QString &what)
{
    for (const MigrationCheck &c : checks)
        if (c.what.startsWith(what))
            return c;
    return {QStringLiteral("(missing)"), MigrationCheck::Status::Unknown, {}};
}

} // namespace

class TstMigrationVm : public QObject
{
    Q_OBJECT
    SecondHost m_host{kPort};
    std::unique_ptr<Connection> m_main;
    std::unique_ptr<Connection> m_second;
    virConnectPtr m_other = nullptr; // the second host, for set-up and checks
    QString m_shared;                // a folder both hosts see
    QString m_local;                 // a folder only the first host has
    std::unique_ptr<TestGuest> m_a;
    std::unique_ptr<TestGuest> m_b;
    /// Guest A's control shell: connected anew after each move, kept across one that did not
    /// happen (the other host's QEMU took the socket's path for the while it was there).
    std::unique_ptr<GuestControl> m_shell;
    QString m_oldUserfaultfd;

    QString mainUri() const { return QStringLiteral("qemu:///system"); }

    /// The second host with what guest A needs there: the shared folder as a pool.
    bool setUpSecondHost()
    {
        if (m_other)
            virConnectClose(m_other);
        m_other = nullptr;
        if (!m_host.start()) {
            qWarning("%s", qPrintable(m_host.error()));
            return false;
        }
        m_other = virConnectOpen(m_host.uri().toUtf8().constData());
        if (!m_other || !addPool(m_other, QStringLiteral("vireo-mig-shared"), m_shared))
            return false;
        m_second = std::make_unique<Connection>(m_host.uri());
        m_second->open();
        return QTest::qWaitFor([this] { return m_second->state() == Connection::State::Connected; },
                               15000);
    }

    bool addNetworkThere()
    {
        // A second host that crashed leaves its network's bridge behind.
        runProcess(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("delete"),
                                          QStringLiteral("virbr-vmig")});
        const QByteArray xml = QStringLiteral("<network><name>%1</name><bridge name='virbr-vmig' "
                                              "stp='off'/></network>")
                                   .arg(TestGuest::isolatedNetwork())
                                   .toUtf8();
        virNetworkPtr net = virNetworkCreateXML(m_other, xml.constData());
        if (net)
            virNetworkFree(net);
        return net != nullptr;
    }

    MigrationOptions liveShared() const
    {
        MigrationOptions o;
        o.unsafe = true; // the folder both see is no cluster file system
        o.migrationUri = QStringLiteral("tcp://127.0.0.1");
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shared = QStringLiteral("/var/tmp/vireo-mig-shared-%1")
                       .arg(QCoreApplication::applicationPid());
        m_local = QStringLiteral("/var/lib/libvirt/images/vireo-mig-%1")
                      .arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(m_shared) && QDir().mkpath(m_local));
        for (const char *name : {"vireo-mig-a", "vireo-mig-b", "vireo-mig-cpu"})
            TestGuest::removeDomainAndVolumes(QLatin1String(name));
        QVERIFY(setUpSecondHost());
        QVERIFY(
            addPool(TestGuest::helperConnection(), QStringLiteral("vireo-mig-shared"), m_shared));
        m_main = std::make_unique<Connection>(mainUri());
        m_main->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_main->state(), Connection::State::Connected, 15000);

        m_a = std::make_unique<TestGuest>(
            QStringLiteral("vireo-mig-a"),
            GuestOptions{.withDisk = true,
                         .diskDir = m_shared,
                         .network = TestGuest::isolatedNetwork(),
                         .controlSocket = localSocket(QStringLiteral("vireo-mig-a"))});
        QVERIFY2(m_a->define(), qPrintable(m_a->error()));
        QVERIFY2(m_a->start(), qPrintable(m_a->error()));
    }

    void cleanupTestCase()
    {
        QFile f(QStringLiteral("/proc/sys/vm/unprivileged_userfaultfd"));
        if (!m_oldUserfaultfd.isEmpty() && f.open(QIODevice::WriteOnly))
            f.write(m_oldUserfaultfd.toLatin1());
        m_second.reset();
        if (m_other)
            virConnectClose(m_other);
        m_host.stop();
        m_a.reset();
        m_b.reset();
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-mig-cpu"));
        removePool(TestGuest::helperConnection(), QStringLiteral("vireo-mig-shared"));
        QDir(m_shared).removeRecursively();
        QDir(m_local).removeRecursively();
    }

    void refusedAtTheChecks()
    {
        const QString uuid = m_a->uuid();
        const auto checksFor = [&](const QString &uri, const MigrationPlan &plan = {}) {
            return valueOf(Preflight::check(m_main.get(), uuid, uri, plan))
                .value<QList<MigrationCheck>>();
        };
        // Nothing listens there.
        const QString nowhere = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(kPort + 97);
        QList<MigrationCheck> checks = checksFor(nowhere);
        QCOMPARE(find(checks, QStringLiteral("Another host")).status,
                 MigrationCheck::Status::Failed);
        QVERIFY(find(checks, QStringLiteral("Another host")).reason.contains(nowhere));
        ProcessRun t = vireo(
            {QStringLiteral("migrate"), m_a->name(), nowhere, QStringLiteral("--check-only")});
        QCOMPARE(t.code, 1);
        QVERIFY2(t.out.contains(QStringLiteral("cannot reach")), qPrintable(t.out + t.err));

        // The same host under another name.
        checks = checksFor(mainUri());
        QVERIFY2(find(checks, QStringLiteral("Another host"))
                     .reason.contains(QStringLiteral("this same host")),
                 qPrintable(Preflight::describe(checks)));
        t = vireo(
            {QStringLiteral("migrate"), m_a->name(), mainUri(), QStringLiteral("--check-only")});
        QCOMPARE(t.code, 1);
        QVERIFY(t.out.contains(QStringLiteral("same host")));

        // The second host lacks the network; the shared disk is found there.
        checks = checksFor(m_host.uri());
        QCOMPARE(find(checks, QStringLiteral("Network of")).status, MigrationCheck::Status::Failed);
        QVERIFY(find(checks, QStringLiteral("Network of"))
                    .reason.contains(TestGuest::isolatedNetwork()));
        QCOMPARE(find(checks, QStringLiteral("Disk vda")).status, MigrationCheck::Status::Passed);
        QCOMPARE(find(checks, QStringLiteral("Memory")).status, MigrationCheck::Status::Passed);
        // A first move to there: its time is not known yet, the dirty rate is.
        const MigrationCheck estimate = find(checks, QStringLiteral("Estimated time"));
        QCOMPARE(estimate.status, MigrationCheck::Status::Unknown);
        QVERIFY2(estimate.reason.contains(QStringLiteral("changes")), qPrintable(estimate.reason));
        t = vireo(
            {QStringLiteral("migrate"), m_a->name(), m_host.uri(), QStringLiteral("--check-only")});
        QCOMPARE(t.code, 1);
        QVERIFY(t.out.contains(QStringLiteral("FAIL Network of")));
        // Nothing was started: the VM runs here only.
        QCOMPARE(stateOn(m_other, m_a->name()), -1);
        QCOMPARE(stateOn(TestGuest::helperConnection(), m_a->name()), int(VIR_DOMAIN_RUNNING));
        QVERIFY(addNetworkThere());

        // A VM of that name there.
        virDomainPtr clash = virDomainDefineXML(
            m_other, "<domain type='qemu'><name>vireo-mig-a</name><memory unit='MiB'>32</memory>"
                     "<os><type arch='x86_64'>hvm</type></os></domain>");
        QVERIFY(clash);
        checks = checksFor(m_host.uri());
        QCOMPARE(find(checks, QStringLiteral("Name")).status, MigrationCheck::Status::Failed);
        t = vireo({QStringLiteral("migrate"), m_a->name(), m_host.uri()});
        QCOMPARE(t.code, 1);
        QVERIFY2(t.out.contains(QStringLiteral("FAIL Name")), qPrintable(t.out + t.err));
        virDomainUndefine(clash);
        virDomainFree(clash);

        // A CPU the destination cannot give (AVX-512 under emulation).
        virDomainPtr cpu = virDomainDefineXML(
            TestGuest::helperConnection(),
            "<domain type='qemu'><name>vireo-mig-cpu</name><memory unit='MiB'>32</memory>"
            "<os><type arch='x86_64' machine='pc'>hvm</type></os><cpu mode='custom' "
            "match='exact'><model fallback='forbid'>Skylake-Server</model></cpu></domain>");
        QVERIFY(cpu);
        char cpuUuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(cpu, cpuUuid);
        virDomainFree(cpu);
        QTRY_VERIFY(m_main->domain(QLatin1String(cpuUuid)).has_value());
        MigrationPlan offline;
        offline.live = false;
        checks
            = valueOf(Preflight::check(m_main.get(), QLatin1String(cpuUuid), m_host.uri(), offline))
                  .value<QList<MigrationCheck>>();
        QCOMPARE(find(checks, QStringLiteral("CPU")).status, MigrationCheck::Status::Failed);
        // What to choose instead: host-model, or the model both hosts have (their baseline).
        QVERIFY2(find(checks, QStringLiteral("CPU"))
                     .reason.contains(QStringLiteral("a model both hosts have")),
                 qPrintable(find(checks, QStringLiteral("CPU")).reason));
        QVERIFY(find(checks, QStringLiteral("CPU")).reason.contains(QStringLiteral("host-model")));
        t = vireo({QStringLiteral("migrate"), QStringLiteral("vireo-mig-cpu"), m_host.uri(),
                   QStringLiteral("--offline")});
        QCOMPARE(t.code, 1);
        QVERIFY(t.out.contains(QStringLiteral("FAIL CPU")));
        QCOMPARE(stateOn(m_other, QStringLiteral("vireo-mig-cpu")), -1);
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-mig-cpu"));

        // Now it can go.
        checks = checksFor(m_host.uri());
        QVERIFY2(!Preflight::blocks(checks), qPrintable(Preflight::describe(checks)));
    }

    /// A guest's control socket, at the host-local path of the host it runs on.
    QString controlSocketOf(const TestGuest &guest) const
    {
        if (stateOn(m_other, guest.name()) == VIR_DOMAIN_RUNNING)
            return m_host.libDir()
                   + guest.controlSocketPath().mid(QStringLiteral("/var/lib/libvirt").size());
        return guest.controlSocketPath();
    }

    static QString localSocket(const QString &name)
    {
        return QStringLiteral("/var/lib/libvirt/qemu/%1-%2.control")
            .arg(name)
            .arg(QCoreApplication::applicationPid());
    }

    /// Guest A moving live from `source` to `destination` at `mibs` MiB/s, so that it lasts:
    /// returned once memory is on its way (null when it never got going).
    Operation *startedSlowly(Connection *source, const QString &destination, int mibs)
    {
        MigrationOptions o = liveShared();
        o.bandwidthMiBs = mibs;
        Operation *op = Migration::start(source, m_a->uuid(), destination, o);
        QSignalSpy details(op, &Operation::detail);
        const bool going = QTest::qWaitFor(
            [&] {
                return !details.isEmpty()
                       && details.last().at(0).value<MigrationProgress>().memoryProcessed > 0;
            },
            30000);
        return going ? op : nullptr;
    }

    bool reconnect()
    {
        m_shell = std::make_unique<GuestControl>(controlSocketOf(*m_a));
        return m_shell->connectToGuest();
    }

    void liveWithSharedStorage()
    {
        QVERIFY(reconnect());
        GuestControl &shell = *m_shell;
        shell.run(QStringLiteral("(n=0; while :; do n=$((n+1)); echo $n > /tmp/count; sleep 0.1; "
                                 "done) >/dev/null 2>&1 & true"));
        QTRY_VERIFY(uptimeAndCount(shell).second > 0);
        const auto [uptimeBefore, countBefore] = uptimeAndCount(shell);

        // Shared disks libvirt cannot tell are safe (a disk cache, no cluster file system) are
        // refused unless trusted, with what to do.
        MigrationOptions untrusted = liveShared();
        untrusted.unsafe = false;
        const Outcome refused
            = complete(Migration::start(m_main.get(), m_a->uuid(), m_host.uri(), untrusted));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("trust it")), qPrintable(refused.error));
        QCOMPARE(stateOn(m_other, m_a->name()), -1);

        Operation *op = Migration::start(m_main.get(), m_a->uuid(), m_host.uri(), liveShared());
        const Outcome r = complete(op, 120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        const MigrationProgress done = r.value.value<MigrationProgress>();
        QVERIFY(done.memoryTotal > 0);
        // Moved: running there and defined there, gone from here; each host's list says so.
        QCOMPARE(stateOn(m_other, m_a->name()), int(VIR_DOMAIN_RUNNING));
        QVERIFY(persistentOn(m_other, m_a->name()));
        QCOMPARE(stateOn(TestGuest::helperConnection(), m_a->name()), -1);
        QTRY_VERIFY(m_second->domain(m_a->uuid()).has_value());
        QTRY_VERIFY(!m_main->domain(m_a->uuid()).has_value());

        // The same guest, not a new boot: its uptime and its counter went on.
        QVERIFY(reconnect());
        GuestControl &there = *m_shell;
        const auto [uptimeAfter, countAfter] = uptimeAndCount(there);
        QVERIFY2(uptimeAfter > uptimeBefore, qPrintable(QString::number(uptimeAfter)));
        QVERIFY2(countAfter > countBefore,
                 qPrintable(QStringLiteral("%1 then %2").arg(countBefore).arg(countAfter)));
        QCOMPARE(writeAndRead(there, QStringLiteral("MOVED-1")), QStringLiteral("MOVED-1"));
    }

    void cancelLeavesItWhereItWas()
    {
        GuestControl &shell = *m_shell;
        Operation *op = startedSlowly(m_second.get(), mainUri(), 1); // long enough to cancel
        QVERIFY(op && op->isCancellable());
        op->cancel();
        const Outcome r = complete(op, 60000);
        QVERIFY(!r.ok);
        QCOMPARE(r.why.kind, Failure::Kind::Cancelled);
        QVERIFY2(r.error.contains(QStringLiteral("runs on")), qPrintable(r.error));
        // Where it was, running; nothing left on the other host.
        QCOMPARE(stateOn(m_other, m_a->name()), int(VIR_DOMAIN_RUNNING));
        QTRY_COMPARE(stateOn(TestGuest::helperConnection(), m_a->name()), -1);
        QCOMPARE(writeAndRead(shell, QStringLiteral("STAYED-2")), QStringLiteral("STAYED-2"));
    }

    void notConvergingThenPostCopy()
    {
        // Post-copy needs userfaultfd for QEMU, which runs unprivileged.
        QFile uffd(QStringLiteral("/proc/sys/vm/unprivileged_userfaultfd"));
        QVERIFY(uffd.open(QIODevice::ReadOnly));
        m_oldUserfaultfd = QString::fromLatin1(uffd.readAll()).trimmed();
        uffd.close();
        QVERIFY(uffd.open(QIODevice::WriteOnly) && uffd.write("1") == 1);
        uffd.close();

        GuestControl &shell = *m_shell;
        // 24 MiB of non-zero memory rewritten over and over (zero pages would go for free).
        shell.run(
            QStringLiteral(
                "yes vireo | head -c 25165824 > /tmp/pattern; rm -f /tmp/calm /tmp/calmed; "
                "(while [ ! -e /tmp/calm ]; do dd if=/tmp/pattern of=/tmp/dirty "
                "bs=1M conv=notrunc 2>/dev/null; done; touch /tmp/calmed) >/dev/null 2>&1 & true"),
            60000);
        MigrationOptions o = liveShared();
        o.bandwidthMiBs = 8;
        o.postCopy = true;
        Operation *op = Migration::start(m_second.get(), m_a->uuid(), mainUri(), o);
        QSignalSpy details(op, &Operation::detail);
        QSignalSpy finished(op, &Operation::finished);
        // Reported as not converging, with what is left no longer shrinking.
        QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty()
                                     && !details.last().at(0).value<MigrationProgress>().converging,
                                 90000);
        const MigrationProgress stuck = details.last().at(0).value<MigrationProgress>();
        QVERIFY(stuck.iteration >= 2);
        QVERIFY2(finished.isEmpty(), "it ended without post-copy");
        const Outcome switched = complete(Migration::switchToPostCopy(m_second.get(), m_a->uuid()));
        QVERIFY2(switched.ok, qPrintable(switched.error));
        const Outcome r = complete(op, 120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(stateOn(TestGuest::helperConnection(), m_a->name()), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(stateOn(m_other, m_a->name()), -1);
        QVERIFY(reconnect());
        GuestControl &back = *m_shell;
        // The load stops at its next round (rewriting 24 MiB takes a while under emulation).
        back.run(QStringLiteral("touch /tmp/calm; while [ ! -e /tmp/calmed ]; do sleep 0.2; done"),
                 60000);
        QCOMPARE(writeAndRead(back, QStringLiteral("POSTCOPY-3")), QStringLiteral("POSTCOPY-3"));
        QVERIFY(uptimeAndCount(back).second > 0);
    }

    void destinationDaemonDies()
    {
        GuestControl &shell = *m_shell;
        Operation *op = startedSlowly(m_main.get(), m_host.uri(), 2);
        QVERIFY(op);
        QVERIFY(m_host.crashDaemon());
        const Outcome r = complete(op, 120000);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("the destination stopped answering")),
                 qPrintable(r.error));
        QCOMPARE(stateOn(TestGuest::helperConnection(), m_a->name()), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(writeAndRead(shell, QStringLiteral("SURVIVED-4")), QStringLiteral("SURVIVED-4"));
        // A new second host for what follows (the old one's guests stopped, its folder gone).
        m_second.reset();
        m_host.stop();
        QVERIFY(setUpSecondHost());
        QVERIFY(addNetworkThere());
    }

    void sourceDaemonDies()
    {
        // The second host is the source here: its daemon can die without touching this one's.
        const Outcome there = complete(
            Migration::start(m_main.get(), m_a->uuid(), m_host.uri(), liveShared()), 120000);
        QVERIFY2(there.ok, qPrintable(there.error));
        QVERIFY(reconnect());
        Operation *op = startedSlowly(m_second.get(), mainUri(), 2);
        QVERIFY(op);
        QVERIFY(m_host.crashDaemon());
        const Outcome r = complete(op, 120000);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("the connection to its host was lost")),
                 qPrintable(r.error));
        // The half on this host was dropped when the migration was called off.
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(TestGuest::helperConnection(), m_a->name()), -1, 30000);

        // The daemon comes back: Vireo reconnects by itself and shows the VM where it is,
        // running on the second host, whole and writing to its disk.
        QVERIFY2(m_host.restartDaemon(), qPrintable(m_host.error()));
        virConnectClose(m_other);
        m_other = virConnectOpen(m_host.uri().toUtf8().constData());
        QVERIFY(m_other);
        QTRY_VERIFY_WITH_TIMEOUT(m_second->state() == Connection::State::Connected, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_second->domain(m_a->uuid()).has_value()
                                     && m_second->domain(m_a->uuid())->state
                                            == DomainState::Running,
                                 30000);
        QCOMPARE(stateOn(m_other, m_a->name()), int(VIR_DOMAIN_RUNNING));
        QVERIFY(!m_main->domain(m_a->uuid()).has_value());
        QCOMPARE(writeAndRead(*m_shell, QStringLiteral("RECOVERED-5")),
                 QStringLiteral("RECOVERED-5"));

        // Back to this host for what follows.
        const Outcome back = complete(
            Migration::start(m_second.get(), m_a->uuid(), mainUri(), liveShared()), 120000);
        QVERIFY2(back.ok, qPrintable(back.error));
        QVERIFY(reconnect());
    }

    void offlineMoveAndCopy()
    {
        virDomainPtr a = virDomainLookupByName(TestGuest::helperConnection(), "vireo-mig-a");
        QVERIFY(a && virDomainDestroy(a) == 0);
        virDomainFree(a);
        QTRY_VERIFY(m_main->domain(m_a->uuid())
                    && m_main->domain(m_a->uuid())->state == DomainState::ShutOff);
        // From the terminal, as a move.
        ProcessRun t = vireo(
            {QStringLiteral("migrate"), m_a->name(), m_host.uri(), QStringLiteral("--offline")});
        QVERIFY2(t.code == 0, qPrintable(t.out + t.err));
        QCOMPARE(stateOn(m_other, m_a->name()), int(VIR_DOMAIN_SHUTOFF));
        QCOMPARE(stateOn(TestGuest::helperConnection(), m_a->name()), -1);
        // Back as a copy: defined on both.
        MigrationOptions o;
        o.plan.live = false;
        o.plan.keepSource = true;
        QTRY_VERIFY(m_second->domain(m_a->uuid()).has_value());
        const Outcome r = complete(Migration::start(m_second.get(), m_a->uuid(), mainUri(), o));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(stateOn(m_other, m_a->name()), int(VIR_DOMAIN_SHUTOFF));
        QCOMPARE(stateOn(TestGuest::helperConnection(), m_a->name()), int(VIR_DOMAIN_SHUTOFF));
        QVERIFY(persistentOn(TestGuest::helperConnection(), m_a->name()));
        virDomainPtr copy = virDomainLookupByName(m_other, "vireo-mig-a");
        QVERIFY(copy && virDomainUndefine(copy) == 0);
        virDomainFree(copy);
    }

    void liveWithStorageCopied()
    {
        m_b = std::make_unique<TestGuest>(
            QStringLiteral("vireo-mig-b"),
            GuestOptions{.withDisk = true,
                         .diskDir = m_local,
                         .controlSocket = localSocket(QStringLiteral("vireo-mig-b"))});
        QVERIFY2(m_b->define(), qPrintable(m_b->error()));
        QVERIFY2(m_b->start(), qPrintable(m_b->error()));
        GuestControl shell(m_b->controlSocketPath());
        QVERIFY(shell.connectToGuest());
        QCOMPARE(writeAndRead(shell, QStringLiteral("MARKER-B")), QStringLiteral("MARKER-B"));
        const QString sum = shell.run(QStringLiteral("md5sum /dev/vda | cut -d' ' -f1")).trimmed();
        QCOMPARE(sum.size(), 32);

        MigrationPlan copy;
        copy.storage = MigrationPlan::Storage::CopyAll;
        // The second host has no pool for that folder yet, then one without room.
        QList<MigrationCheck> checks
            = valueOf(Preflight::check(m_main.get(), m_b->uuid(), m_host.uri(), copy))
                  .value<QList<MigrationCheck>>();
        QVERIFY(find(checks, QStringLiteral("Disk vda"))
                    .reason.contains(QStringLiteral("No storage pool")));
        // The folder as the second host sees it (its /var/lib/libvirt is a folder of its own),
        // first with a 64 KiB file system mounted there, in its mount namespace only.
        const QString there
            = m_host.libDir() + m_local.mid(QStringLiteral("/var/lib/libvirt").size());
        QVERIFY(QDir().mkpath(there));
        const QStringList inThere{QStringLiteral("-t"), QString::number(m_host.daemonPid()),
                                  QStringLiteral("-m")};
        const ProcessRun small
            = runProcess(QStringLiteral("nsenter"),
                         inThere
                             + QStringList{QStringLiteral("mount"), QStringLiteral("-t"),
                                           QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                           QStringLiteral("size=64k"),
                                           QStringLiteral("vireo-mig-small"), m_local});
        QVERIFY2(small.code == 0, qPrintable(small.err));
        QVERIFY(addPool(m_other, QStringLiteral("vireo-mig-local"), m_local));
        checks = valueOf(Preflight::check(m_main.get(), m_b->uuid(), m_host.uri(), copy))
                     .value<QList<MigrationCheck>>();
        QCOMPARE(find(checks, QStringLiteral("Disk vda")).status, MigrationCheck::Status::Failed);
        QVERIFY2(find(checks, QStringLiteral("Disk vda")).reason.contains(QStringLiteral("free")),
                 qPrintable(Preflight::describe(checks)));
        const ProcessRun t = vireo({QStringLiteral("migrate"), m_b->name(), m_host.uri(),
                                    QStringLiteral("--copy-storage"), QStringLiteral("all")});
        QCOMPARE(t.code, 1);
        QVERIFY2(t.out.contains(QStringLiteral("FAIL Disk vda")), qPrintable(t.out + t.err));
        QCOMPARE(stateOn(m_other, m_b->name()), -1);
        removePool(m_other, QStringLiteral("vireo-mig-local"));
        QCOMPARE(runProcess(QStringLiteral("nsenter"),
                            inThere + QStringList{QStringLiteral("umount"), m_local})
                     .code,
                 0);
        QVERIFY(addPool(m_other, QStringLiteral("vireo-mig-local"), m_local));

        MigrationOptions o;
        o.plan = copy;
        o.migrationUri = QStringLiteral("tcp://127.0.0.1");
        const Outcome r
            = complete(Migration::start(m_main.get(), m_b->uuid(), m_host.uri(), o), 120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(stateOn(m_other, m_b->name()), int(VIR_DOMAIN_RUNNING));
        // Its disk there is a copy of its own (the first host's folder is not the second's),
        // and the guest reads back what it had.
        QVERIFY(QFile::exists(there + QLatin1Char('/') + QFileInfo(m_b->diskPath()).fileName()));
        GuestControl moved(controlSocketOf(*m_b));
        QVERIFY(moved.connectToGuest());
        QCOMPARE(moved.run(QStringLiteral("md5sum /dev/vda | cut -d' ' -f1")).trimmed(), sum);
        QCOMPARE(writeAndRead(moved, QStringLiteral("COPIED-5")), QStringLiteral("COPIED-5"));
        const QString written
            = moved.run(QStringLiteral("md5sum /dev/vda | cut -d' ' -f1")).trimmed();

        // Back, into a pool chosen here (no pool here holds the disk's folder): a new path.
        const QString back = QStringLiteral("/var/lib/libvirt/images/vireo-mig-back-%1")
                                 .arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(back));
        QVERIFY(addPool(TestGuest::helperConnection(), QStringLiteral("vireo-mig-back"), back));
        MigrationPlan into = copy;
        into.copyPool = QStringLiteral("vireo-mig-back");
        checks = valueOf(Preflight::check(m_second.get(), m_b->uuid(), mainUri(), into))
                     .value<QList<MigrationCheck>>();
        QVERIFY2(find(checks, QStringLiteral("Disk vda"))
                     .reason.contains(QStringLiteral("Copied into the pool 'vireo-mig-back'")),
                 qPrintable(Preflight::describe(checks)));
        const ProcessRun t2 = runProcess(
            QStringLiteral(VIREO_BINARY),
            {QStringLiteral("-c"), m_host.uri(), QStringLiteral("migrate"), m_b->name(), mainUri(),
             QStringLiteral("--copy-storage"), QStringLiteral("all"), QStringLiteral("--copy-pool"),
             QStringLiteral("vireo-mig-back"), QStringLiteral("--check-only")});
        QVERIFY2(t2.code == 0 && t2.out.contains(QStringLiteral("vireo-mig-back")),
                 qPrintable(t2.out + t2.err));
        o.plan = into;
        const Outcome r2
            = complete(Migration::start(m_second.get(), m_b->uuid(), mainUri(), o), 120000);
        QVERIFY2(r2.ok, qPrintable(r2.error));
        QCOMPARE(stateOn(TestGuest::helperConnection(), m_b->name()), int(VIR_DOMAIN_RUNNING));
        const QString newPath = back + QLatin1Char('/') + QFileInfo(m_b->diskPath()).fileName();
        QVERIFY(QFile::exists(newPath));
        virDomainPtr dom = virDomainLookupByName(TestGuest::helperConnection(), "vireo-mig-b");
        char *liveXml = dom ? virDomainGetXMLDesc(dom, 0) : nullptr;
        char *keptXml = dom ? virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE) : nullptr;
        QVERIFY(liveXml && QString::fromUtf8(liveXml).contains(newPath));
        QVERIFY(keptXml && QString::fromUtf8(keptXml).contains(newPath));
        free(liveXml);
        free(keptXml);
        virDomainFree(dom);
        GuestControl home(controlSocketOf(*m_b));
        QVERIFY(home.connectToGuest());
        QCOMPARE(home.run(QStringLiteral("md5sum /dev/vda | cut -d' ' -f1")).trimmed(), written);
        TestGuest::removeDomainAndVolumes(m_b->name());
        removePool(TestGuest::helperConnection(), QStringLiteral("vireo-mig-back"));
        QDir(back).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TstMigrationVm)
#include "tst_migrationvm.moc"
