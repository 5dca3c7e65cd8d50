// The security view at scale: `vireo security --all` over a libvirt test-driver file of N
// domains (a third running, every tenth with a VNC display on 0.0.0.0 without a password),
// beside the floor: a program that only opens the same file through libvirt and lists its
// domains (libvirt's test driver parses the whole file in the client, which is most of the
// time). Target (ISSUE-NOTES, issue 17): at most the floor + 50 ms.
//
//   bench_security [DOMAINS] [--runs N]
//   bench_security --floor URI     (the floor itself, run as its own process)

#include "support/TestDriverXml.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <libvirt/libvirt.h>

#include <cstdio>
#include <cstring>

namespace {

/// Milliseconds a program takes from start to exit, and its exit code.
std::pair<double, int> timed(const QString &program, const QStringList &args,
                             const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, -1};
    }
    return {t.nsecsElapsed() / 1e6, p.exitCode()};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--floor") == 0) {
        virConnectPtr conn = virConnectOpen(argv[2]);
        if (!conn)
            return 1;
        virDomainPtr *doms = nullptr;
        const int n = virConnectListAllDomains(conn, &doms, 0);
        for (int i = 0; i < n; ++i)
            virDomainFree(doms[i]);
        free(doms);
        virConnectClose(conn);
        return n > 0 ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    int domains = 1000;
    int runs = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else
            domains = args[i].toInt();
    }
    QTemporaryDir home;
    QString xml = Vireo::Test::testDriverXml(domains, 3);
    // Every tenth domain shows its screen to the network: what the view exists to flag.
    int exposed = 0;
    for (qsizetype at = xml.indexOf(QLatin1String("</devices>")); at >= 0;
         at = xml.indexOf(QLatin1String("</devices>"), at + 12)) {
        if (exposed++ % 10 == 0) {
            const QString vnc = QStringLiteral("<graphics type='vnc' port='5900' "
                                               "listen='0.0.0.0'/>");
            xml.insert(at, vnc);
            at += vnc.size();
        }
    }
    const QString file = home.filePath(QStringLiteral("node.xml"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(xml.toUtf8());
    }
    const QString uri = QStringLiteral("test://") + file;
    QList<double> floor, vireo;
    int code = 0;
    for (int r = 0; r < runs; ++r) {
        floor << timed(app.applicationFilePath(), {QStringLiteral("--floor"), uri}, home).first;
        const auto [ms, exit] = timed(
            QStringLiteral(VIREO_BINARY),
            {QStringLiteral("security"), QStringLiteral("--all"), QStringLiteral("-c"), uri}, home);
        vireo << ms;
        code = exit;
    }
    const double f = Vireo::Bench::median(floor);
    const double v = Vireo::Bench::median(vireo);
    std::printf("domains                      %d (%d running, every tenth display exposed)\n",
                domains, (domains + 2) / 3);
    std::printf("floor: open + list (libvirt) %.0f ms (median of %d)\n", f, runs);
    std::printf("vireo security --all         %.0f ms (median of %d), exit code %d (1: flagged)\n",
                v, runs, code);
    std::printf("over the floor               %+.0f ms (target <= 50 ms)\n", v - f);
    return v - f <= 50 && code == 1 ? 0 : 1;
}
