// Console cost: Vireo against remote-viewer (virt-viewer) on the same guest, in one run.
//
// The test guest scrolls text on its VGA console without pause. For SPICE and then VNC, the bench
// starts the real `vireo --show-console` (which becomes vireo-console) and `virt-viewer --attach`
// in turn (each reaches the display through libvirt), lets it settle, and reads from /proc the CPU
// seconds it used (as seconds per 10 s), its resident memory (RSS, and PSS besides) and whether it
// loaded an OpenGL driver (GTK does on some X servers, and it costs remote-viewer ~45 MiB). It then
// measures Vireo's paint latency in this process: from a frame update arriving from the protocol
// (SPICE's invalidate, the VNC thread's finished update) to the end of the paint that shows it.
//
// Needs the libvirt daemon, the test guest (built here when missing) and an X server: DISPLAY, or
// Xvfb started here. Run: build/bench/bench_console [--rounds N] [--seconds S] (3 rounds of 20 s)
// Then the same guest through an SSH tunnel: this machine's daemon as qemu+ssh:// through an sshd
// of the bench's own (tests/support/ssh-host.sh), Vireo's CPU with its ssh processes and its
// paint latency. Last, it measures bench_floor_probe the same way: a Qt window with one libvirt
// connection.

#include "BenchGuest.h"
#include "BenchStats.h"

#include "core/Connection.h"
#include "display/DisplayProtocols.h"
#include "display/GraphicsChannel.h"
#include "domains/DomainLifecycle.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/console/DisplayView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

#include <deque>
#include <unistd.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

constexpr int kSshPort = 16549; // the bench's own sshd on 127.0.0.1

struct Usage
{
    double cpuSeconds = 0; // user + system over the window
    double rssMiB = 0;     // resident at the end of it
    double pssMiB = 0;     // its proportional share (shared library pages divided among users)
    bool openGl = false;   // a Mesa driver was loaded (GTK does so on some X servers, +45 MiB)
};

/// utime + stime of a process, in seconds.
double cpuOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / sysconf(_SC_CLK_TCK);
}

/// A "Key:   1234 kB" field of a /proc file, in MiB; -1 when it cannot be read.
double mibField(qint64 pid, const char *file, const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double rssMiBOf(qint64 pid)
{
    return mibField(pid, "status", "VmRSS:");
}
double pssMiBOf(qint64 pid)
{
    return mibField(pid, "smaps_rollup", "Pss:");
}

bool loadsOpenGl(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/maps").arg(pid));
    return f.open(QIODevice::ReadOnly) && f.readAll().contains("/dri/");
}

/// CPU seconds of a process and its children (the ssh processes of a tunnelled console).
double cpuOfTree(qint64 pid)
{
    double total = cpuOf(pid);
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 child = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(child));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == pid)
            total += qMax(0.0, cpuOf(child));
    }
    return total;
}

/// Runs a viewer, lets it connect and settle, then measures it for `seconds`.
Usage measure(const QString &program, const QStringList &arguments, int seconds,
              const QProcessEnvironment &env)
{
    QProcess viewer;
    viewer.setProcessEnvironment(env);
    viewer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    viewer.setStandardOutputFile(QProcess::nullDevice());
    viewer.start(program, arguments);
    if (!viewer.waitForStarted(10000))
        return {-1, -1};
    QTest::qWait(5000); // connect, first full frame, window mapped
    const double before = cpuOfTree(viewer.processId());
    QTest::qWait(seconds * 1000);
    const qint64 pid = viewer.processId();
    const Usage usage{cpuOfTree(pid) - before, rssMiBOf(pid), pssMiBOf(pid), loadsOpenGl(pid)};
    viewer.terminate();
    if (!viewer.waitForFinished(5000)) {
        viewer.kill();
        viewer.waitForFinished(5000);
    }
    return usage;
}

/// A DisplayView that notes when each paint ends.
class TimedView : public Ui::DisplayView
{
public:
    std::function<void()> painted;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        Ui::DisplayView::paintEvent(event);
        if (painted)
            painted();
    }
};

/// Paint latency in ms for every frame update in `seconds`, measured in this process.
QList<double> paintLatencies(Connection *conn, const QString &uuid, const QString &protocol,
                             int seconds)
{
    std::unique_ptr<DisplaySession> session(DisplayProtocols::create(protocol));
    TimedView view;
    view.resize(760, 440);
    view.setSession(session.get());
    view.show();

    QElapsedTimer clock;
    clock.start();
    QMutex mutex;
    std::deque<qint64> arrived; // ns, under mutex: VNC's arrive on its own thread
    QList<double> latencies;
    bool measuring = false;
    // Direct: runs where the update is announced (the VNC thread, or here for SPICE).
    QObject::connect(
        session.get(), &DisplaySession::frameUpdated, session.get(),
        [&](const QRect &) {
            QMutexLocker lock(&mutex);
            arrived.push_back(clock.nsecsElapsed());
        },
        Qt::DirectConnection);
    view.painted = [&] {
        const qint64 now = clock.nsecsElapsed();
        QMutexLocker lock(&mutex);
        // Every update that arrived before this paint began is on screen now.
        while (!arrived.empty()) {
            if (measuring)
                latencies << double(now - arrived.front()) / 1e6;
            arrived.pop_front();
        }
    };
    Graphics::attach(conn, uuid, session.get());
    if (!QTest::qWaitFor([&] { return session->state() == DisplaySession::State::Connected; },
                         15000))
        return {};
    QTest::qWait(2000);
    measuring = true;
    QTest::qWait(seconds * 1000);
    measuring = false;
    session->close();
    return latencies;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, int(values.size() * p)));
}

bool prepare(QProcess &xvfb)
{
    if (!Bench::prepareDaemonAndGuest("bench_console"))
        return false;
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral(":77"), QStringLiteral("-screen"),
                                            QStringLiteral("0"), QStringLiteral("1280x1024x24")});
        if (!xvfb.waitForStarted(5000)) {
            fprintf(stderr, "bench_console: needs an X server (set DISPLAY or install xvfb)\n");
            return false;
        }
        qputenv("DISPLAY", ":77");
        // Xvfb accepts connections once its socket is there.
        QDeadlineTimer deadline(10000);
        while (!QFile::exists(QStringLiteral("/tmp/.X11-unix/X77")) && !deadline.hasExpired())
            QThread::msleep(50);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QProcess xvfb;
    {
        QCoreApplication probe(argc, argv); // for the parser and the set-up processes
        if (!prepare(xvfb))
            return 1;
    }
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds per viewer."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds measured per round."),
                      QStringLiteral("S"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("protocols"),
                      QStringLiteral("Protocols to measure, comma-separated (spice,vnc)."),
                      QStringLiteral("LIST"), QStringLiteral("spice,vnc")});
    parser.addOption({QStringLiteral("direct-only"),
                      QStringLiteral("Leave out the consoles through an SSH tunnel.")});
    parser.process(app);
    const bool viaSsh = !parser.isSet(QStringLiteral("direct-only"));
    const QStringList protocols
        = parser.value(QStringLiteral("protocols")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const int seconds = qMax(1, parser.value(QStringLiteral("seconds")).toInt());

    Connection conn(QStringLiteral("qemu:///system"));
    conn.open();
    if (!QTest::qWaitFor([&] { return conn.state() == Connection::State::Connected; }, 15000)) {
        fprintf(stderr, "bench_console: cannot connect to qemu:///system\n");
        return 1;
    }
    // The viewers get a configuration of their own, so nothing of the user's is touched.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));

    // This machine's daemon again, over SSH (an sshd of the bench's own, a key without a
    // passphrase): the consoles of a remote host go through a tunnel of Vireo's.
    QTemporaryDir sshDir;
    const QString sshScript = sourceDir() + QStringLiteral("/tests/support/ssh-host.sh");
    const QString sshHost = sshDir.path() + QStringLiteral("/ssh");
    {
        QProcess start;
        start.start(QStringLiteral("bash"),
                    {sshScript, QStringLiteral("start"), sshHost, QString::number(kSshPort)});
        start.write("\n");
        start.closeWriteChannel();
        if (!start.waitForFinished(30000) || start.exitCode() != 0) {
            fprintf(stderr, "bench_console: the SSH server did not start: %s\n",
                    start.readAllStandardError().constData());
            return 1;
        }
    }
    const QString sshUri
        = QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system?keyfile=%2/client&no_verify=1")
              .arg(kSshPort)
              .arg(sshHost);
    Connection sshConn(sshUri);
    sshConn.open();
    if (!QTest::qWaitFor([&] { return sshConn.state() == Connection::State::Connected; }, 30000)) {
        fprintf(stderr, "bench_console: cannot connect to %s\n", qPrintable(sshUri));
        return 1;
    }
    QStringList tunnelled; // the table's rows for consoles through SSH

    printf("Console cost while the guest scrolls text; %d rounds of %d s per viewer, "
           "median (CPU s per 10 s, RSS MiB)\n\n",
           rounds, seconds);
    printf("| protocol | Vireo CPU | remote-viewer CPU | ratio | Vireo RSS | remote-viewer RSS | "
           "ratio | PSS Vireo / remote-viewer | remote-viewer loaded OpenGL | "
           "Vireo paint latency p50 / p95 / p99 (updates) |\n");
    printf("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const QString &protocol : protocols) {
        TestGuest guest(QStringLiteral("vireo-bench-console"),
                        GuestOptions{.graphics = {protocol}});
        if (!guest.define()) {
            fprintf(stderr, "bench_console: %s\n", qPrintable(guest.error()));
            return 1;
        }
        if (!QTest::qWaitFor([&] { return conn.domain(guest.uuid()).has_value(); }, 10000)
            || !finish(Lifecycle::perform(&conn, DomainAction::Start, guest.uuid())).first
            || !guest.waitForSerial(QStringLiteral("VIREO-GUEST READY"))) {
            fprintf(stderr, "bench_console: the test guest did not start\n");
            return 1;
        }
        GuestControl control(guest.controlSocketPath());
        control.run(QStringLiteral(
            "(i=0; while :; do echo \"scroll $i: the quick brown fox jumps over the lazy dog\"; "
            "i=$((i+1)); done > /dev/tty1 2>&1 &) ; echo started"));

        QList<double> vireoCpu, vireoRss, viewerCpu, viewerRss, vireoPss, viewerPss;
        int viewerGl = 0;
        for (int r = 0; r < rounds; ++r) {
            const Usage v = measure(QStringLiteral(VIREO_BINARY),
                                    {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                                     QStringLiteral("--show-console"), guest.name()},
                                    seconds, env);
            const Usage rv = measure(QStringLiteral("virt-viewer"),
                                     {QStringLiteral("--attach"), QStringLiteral("-c"),
                                      QStringLiteral("qemu:///system"), guest.name()},
                                     seconds, env);
            vireoCpu << v.cpuSeconds * 10.0 / seconds;
            vireoRss << v.rssMiB;
            vireoPss << v.pssMiB;
            viewerPss << rv.pssMiB;
            viewerGl += rv.openGl ? 1 : 0;
            viewerCpu << rv.cpuSeconds * 10.0 / seconds;
            viewerRss << rv.rssMiB;
        }
        const QList<double> latency = paintLatencies(&conn, guest.uuid(), protocol, seconds);
        const double vc = Bench::median(vireoCpu), rc = Bench::median(viewerCpu);
        const double vm = Bench::median(vireoRss), rm = Bench::median(viewerRss);
        printf("| %s | %.2f | %.2f | %.2fx | %.0f | %.0f | %.2fx | %.0f / %.0f | %d of %d rounds | "
               "%.1f / %.1f / %.1f ms (%lld) |\n",
               qPrintable(protocol.toUpper()), vc, rc, rc > 0 ? vc / rc : 0.0, vm, rm,
               rm > 0 ? vm / rm : 0.0, Bench::median(vireoPss), Bench::median(viewerPss), viewerGl,
               rounds, percentile(latency, 0.5), percentile(latency, 0.95),
               percentile(latency, 0.99), qlonglong(latency.size()));
        fflush(stdout);

        // The same console through an SSH tunnel: Vireo's CPU (with its ssh processes) and
        // paint latency, against the direct figures above.
        if (viaSsh
            && QTest::qWaitFor([&] { return sshConn.domain(guest.uuid()).has_value(); }, 10000)) {
            QList<double> sshCpu;
            for (int r = 0; r < rounds; ++r)
                sshCpu << measure(QStringLiteral(VIREO_BINARY),
                                  {QStringLiteral("--connect"), sshUri,
                                   QStringLiteral("--show-console"), guest.name()},
                                  seconds, env)
                                  .cpuSeconds
                              * 10.0 / seconds;
            const QList<double> sshLatency
                = paintLatencies(&sshConn, guest.uuid(), protocol, seconds);
            const double sc = Bench::median(sshCpu);
            tunnelled << QStringLiteral(
                             "| %1 | %2 | %3 | %4x | %5 / %6 / %7 ms (%8) | %9 / %10 ms |")
                             .arg(protocol.toUpper())
                             .arg(sc, 0, 'f', 2)
                             .arg(vc, 0, 'f', 2)
                             .arg(vc > 0 ? sc / vc : 0.0, 0, 'f', 2)
                             .arg(percentile(sshLatency, 0.5), 0, 'f', 1)
                             .arg(percentile(sshLatency, 0.95), 0, 'f', 1)
                             .arg(percentile(sshLatency, 0.99), 0, 'f', 1)
                             .arg(sshLatency.size())
                             .arg(percentile(latency, 0.5), 0, 'f', 1)
                             .arg(percentile(latency, 0.95), 0, 'f', 1);
        } else {
            tunnelled << QStringLiteral("| %1 | the guest is not listed over SSH | | | | |")
                             .arg(protocol.toUpper());
        }
        finish(Lifecycle::perform(&conn, DomainAction::ForceOff, guest.uuid()));
    }
    printf("\nThrough an SSH tunnel (qemu+ssh:// to this machine, an sshd of the bench's own), "
           "median CPU s per 10 s including Vireo's ssh processes:\n\n");
    printf("| protocol | Vireo CPU via SSH | direct | ratio | paint latency p50 / p95 / p99 via "
           "SSH (updates) | direct p50 / p95 |\n");
    printf("|---|---|---|---|---|---|\n");
    for (const QString &row : std::as_const(tunnelled))
        printf("%s\n", qPrintable(row));
    QProcess::execute(QStringLiteral("bash"), {sshScript, QStringLiteral("stop"), sshHost});

    // The floor: what a Qt window with one libvirt connection costs before any console work.
    const Usage floor
        = measure(QStringLiteral(FLOOR_PROBE_BINARY), {QStringLiteral("qemu:///system")}, 1, env);
    printf("\nFloor: a Qt Widgets window with one libvirt connection and nothing else: %.0f MiB "
           "RSS, %.0f MiB PSS.\n",
           floor.rssMiB, floor.pssMiB);
    printf("\nTargets: CPU at most 0.8x remote-viewer's, RSS at most 0.7x, paint latency p95 at "
           "most 20 ms (through SSH at most 25 ms).\n");
    if (xvfb.state() != QProcess::NotRunning) {
        xvfb.terminate();
        xvfb.waitForFinished(3000);
    }
    return 0;
}
