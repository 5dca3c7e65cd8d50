// Snapshot costs.
//
// 1. Listing: a domain with 100 snapshots (libvirt's test:/// driver, in process) shown in the
//    snapshot panel: from asking to the tree filled, median of 15.
// 2. A running test guest under QEMU (the libvirt daemon, software emulation): taking a snapshot
//    with memory and reverting to it, through Vireo's engine and with virsh, alternately on the
//    same guest; Vireo's overhead against virsh.
//
// Run: build/bench/bench_snapshots [--rounds N]   (part 2 needs the daemon; the test guest is
// built when missing)

#include "BenchGuest.h"
#include "BenchStats.h"

#include "core/Connection.h"
#include "domains/DomainLifecycle.h"
#include "snapshots/Snapshots.h"
#include "support/LibraryWait.h"
#include "support/TestDriverXml.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/snapshots/SnapshotsPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

double listing(int snapshots)
{
    QTemporaryDir dir;
    QFile node(dir.filePath(QStringLiteral("node.xml")));
    if (!node.open(QIODevice::WriteOnly))
        return -1;
    node.write(testDriverXml(1).toUtf8());
    node.close();
    Connection conn(QStringLiteral("test://") + node.fileName());
    conn.open();
    if (!QTest::qWaitFor([&] { return conn.state() == Connection::State::Connected; }, 10000))
        return -1;
    const QString uuid = conn.domainByName(QStringLiteral("vm-0000"))->uuid;
    // A tree: mostly a chain, with a branch every tenth snapshot.
    for (int i = 0; i < snapshots; ++i) {
        if (i % 10 == 9)
            finish(Snapshots::revert(&conn, uuid, QStringLiteral("snapshot %1").arg(i - 5)));
        if (!finish(Snapshots::create(&conn, uuid, QStringLiteral("snapshot %1").arg(i),
                                      QStringLiteral("description of snapshot %1").arg(i)))
                 .first)
            return -1;
    }
    Ui::SnapshotsPanel panel;
    panel.resize(900, 600);
    panel.show();
    QList<double> times;
    for (int run = 0; run < 15; ++run) {
        panel.setDomain(nullptr, {});
        QSignalSpy loaded(&panel, &Ui::SnapshotsPanel::loaded);
        QElapsedTimer t;
        t.start();
        panel.setDomain(&conn, uuid);
        if (!loaded.wait(10000) || panel.tree()->topLevelItemCount() == 0)
            return -1;
        times << t.nsecsElapsed() / 1e6;
    }
    return Bench::median(times);
}

double seconds(const std::function<bool()> &action)
{
    QElapsedTimer t;
    t.start();
    return action() ? t.nsecsElapsed() / 1e9 : -1;
}

bool virsh(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("virsh"), QStringList{QStringLiteral("-q"), QStringLiteral("-c"),
                                                 QStringLiteral("qemu:///system")}
                                         + args);
    return p.waitForFinished(300000) && p.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::offscreenUnlessDisplay();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of part 2."),
                      QStringLiteral("N"), QStringLiteral("6")});
    parser.process(app);
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());

    const double list100 = listing(100);
    printf("Listing 100 snapshots into the panel (test:/// driver), median of 15: %.1f ms "
           "(target <= 100 ms)\n",
           list100);
    fflush(stdout);

    if (!Bench::prepareDaemonAndGuest("bench_snapshots"))
        return 1;
    Connection conn(QStringLiteral("qemu:///system"));
    conn.open();
    if (!QTest::qWaitFor([&] { return conn.state() == Connection::State::Connected; }, 15000))
        return 1;
    TestGuest guest(QStringLiteral("vireo-bench-snapshots"), GuestOptions{.withDisk = true});
    if (!guest.define()
        || !QTest::qWaitFor([&] { return conn.domain(guest.uuid()).has_value(); }, 10000)
        || !finish(Lifecycle::perform(&conn, DomainAction::Start, guest.uuid())).first
        || !guest.waitForSerial(QStringLiteral("VIREO-GUEST READY"))) {
        fprintf(stderr, "bench_snapshots: the test guest did not start\n");
        return 1;
    }
    QList<double> vireoCreate, virshCreate, vireoRevert, virshRevert;
    for (int r = 0; r < rounds; ++r) {
        const QString mine = QStringLiteral("vireo-%1").arg(r);
        const QString theirs = QStringLiteral("virsh-%1").arg(r);
        auto vireoTakes = [&] {
            vireoCreate << seconds([&] {
                return finish(Snapshots::create(&conn, guest.uuid(), mine, {},
                                                Snapshots::Kind::WithMemory),
                              300000)
                    .first;
            });
        };
        auto virshTakes = [&] {
            virshCreate << seconds([&] {
                return virsh({QStringLiteral("snapshot-create-as"), guest.name(), theirs,
                              QStringLiteral("--memspec"), QStringLiteral("snapshot=internal")});
            });
        };
        auto vireoReverts = [&] {
            vireoRevert << seconds(
                [&] { return finish(Snapshots::revert(&conn, guest.uuid(), mine), 300000).first; });
        };
        auto virshReverts = [&] {
            virshRevert << seconds([&] {
                return virsh({QStringLiteral("snapshot-revert"), guest.name(), theirs});
            });
        };
        // Who goes first alternates: what came just before (a revert, a save) weighs on the
        // next operation's time.
        if (r % 2 == 0) {
            vireoTakes();
            virshTakes();
            vireoReverts();
            virshReverts();
        } else {
            virshTakes();
            vireoTakes();
            virshReverts();
            vireoReverts();
        }
    }
    const double vc = Bench::median(vireoCreate), sc = Bench::median(virshCreate);
    const double vr = Bench::median(vireoRevert), sr = Bench::median(virshRevert);
    printf("\nRunning test guest (160 MiB, software emulation), memory snapshot, median of %d:\n\n",
           rounds);
    printf("| | Vireo engine | virsh | Vireo overhead (target <= 10%%) |\n|---|---|---|---|\n");
    printf("| create | %.2f s | %.2f s | %+.0f%% |\n", vc, sc, sc > 0 ? (vc - sc) * 100 / sc : 0);
    printf("| revert | %.2f s | %.2f s | %+.0f%% |\n", vr, sr, sr > 0 ? (vr - sr) * 100 / sr : 0);
    return 0;
}
