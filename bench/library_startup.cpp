// Library start-up benchmark: Vireo against a libvirt test-driver file with 1000 domains.
// Prints, per run and as medians, the time from process start to the library window painted
// with all rows, and the peak RSS. Targets (issue 2): at most 0.5 s and 80 MiB.
//
//   bench_library_startup [--runs N] [--domains N]
//
// Runs offscreen unless DISPLAY is set (then on that X server).

#include "support/TestDriverXml.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    int domains = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--domains"))
            domains = args[i + 1].toInt();
    }

    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("node.xml"));
    QFile f(node);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(Vireo::Test::testDriverXml(domains).toUtf8());
    f.close();

    std::printf("library start-up: %d domains (test:///%s), %d runs, platform %s\n", domains,
                qPrintable(node), runs, qEnvironmentVariableIsSet("DISPLAY") ? "xcb" : "offscreen");
    QList<double> times;
    QList<double> rss;
    static const QRegularExpression line(
        QStringLiteral("rows=(\\d+) startup_ms=([\\d.]+) peak_rss_mib=([\\d.]+)"));
    for (int r = 0; r < runs; ++r) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("VIREO_BENCH_ROWS"), QString::number(domains));
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        env.insert(QStringLiteral("VIREO_BENCH_T0_NS"),
                   QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
        QProcess vireo;
        vireo.setProcessEnvironment(env);
        vireo.start(QStringLiteral(VIREO_BINARY),
                    {QStringLiteral("--connect"), QStringLiteral("test://") + node});
        if (!vireo.waitForFinished(60000)) {
            std::fprintf(stderr, "vireo did not finish\n");
            vireo.kill();
            return 1;
        }
        const QString out = QString::fromUtf8(vireo.readAllStandardOutput());
        const auto m = line.match(out);
        if (!m.hasMatch()) {
            std::fprintf(stderr, "no figures from vireo: %s %s\n", qPrintable(out),
                         vireo.readAllStandardError().constData());
            return 1;
        }
        times << m.captured(2).toDouble();
        rss << m.captured(3).toDouble();
        std::printf("  run %d: rows=%s window painted after %.1f ms, peak RSS %.1f MiB\n", r + 1,
                    qPrintable(m.captured(1)), times.last(), rss.last());
    }
    std::printf("median: start-up %.1f ms (target <= 500), peak RSS %.1f MiB (target <= 80)\n",
                Vireo::Bench::median(times), Vireo::Bench::median(rss));
    return 0;
}
