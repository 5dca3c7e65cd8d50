#include "app/commands/StatsCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace Vireo::App {

namespace {

struct StatsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommandText)
};

QString number(double v, int decimals = 1)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

QJsonValue json(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

/// A time given as a duration before now ("1h") or as an ISO date and time.
qint64 parseTime(const QString &text, qint64 now)
{
    const qint64 ago = parseDuration(text);
    if (ago >= 0)
        return now - ago;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

} // namespace

qint64 parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([smhd])$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 factor = unit == QLatin1Char('s')   ? 1000
                          : unit == QLatin1Char('m') ? 60'000
                          : unit == QLatin1Char('h') ? 3'600'000
                                                     : 86'400'000;
    return n * factor;
}

int runStatsCommand(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("stats"),
                          StatsCommandText::tr("Live figures of a running VM, or its stored "
                                               "history as CSV (export)."),
                          QStringLiteral("[export] VM"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"),
                            StatsCommandText::tr("Name or UUID of the VM (after 'export' to "
                                                 "export its history)."),
                            QStringLiteral("[export] VM"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      StatsCommandText::tr("Seconds between lines (default 1)."),
                                      QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   StatsCommandText::tr("Stop after N lines (default: never)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   StatsCommandText::tr("export: from this long ago (1h, 30m, "
                                                        "7d) or this ISO time."),
                                   QStringLiteral("T"), QStringLiteral("1h"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   StatsCommandText::tr("export: up to this time (default now)."),
                                   QStringLiteral("T"));
    command.addOptions({interval, count, since, until});
    command.addJsonOption(StatsCommandText::tr("One JSON object a line."));
    if (!command.parse(arguments))
        return 2;
    const auto fail
        = [&command](const QString &message, int code = 1) { return command.fail(message, code); };
    QStringList args = command.positional();
    const bool exporting = !args.isEmpty() && args.first() == QLatin1String("export");
    if (exporting)
        args.removeFirst();
    if (args.size() != 1)
        return fail(StatsCommandText::tr("Name one VM."), 2);
    bool ok = false;
    const double seconds = p.value(interval).toDouble(&ok);
    if (!ok || seconds < 0.1 || seconds > 3600)
        return fail(StatsCommandText::tr("--interval takes seconds from 0.1 to 3600."), 2);
    const int lines = p.value(count).toInt(&ok);
    if (!ok || lines < 0)
        return fail(StatsCommandText::tr("--count takes a number of lines."), 2);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = parseTime(p.value(since), now);
    const qint64 to = p.isSet(until) ? parseTime(p.value(until), now) : now;
    if (exporting && (from < 0 || to < 0 || to < from))
        return fail(StatsCommandText::tr("--since and --until take 90s, 10m, 1h, 7d or an ISO "
                                         "time, the first before the second."),
                    2);
    Connection connection(command.uri(), command.readOnly());
    const auto domain = command.openAndFind(connection, args.first());
    if (!domain)
        return 1;

    if (exporting) {
        StatsStore store;
        if (!store.error().isEmpty())
            return fail(store.error());
        const QList<VmSample> samples = store.history(domain->uuid, from, to).result();
        std::fputs(Stats::toCsv(samples).toUtf8().constData(), stdout);
        return 0;
    }

    if (!domain->isActive())
        return fail(StatsCommandText::tr("%1 is not running.").arg(domain->name));
    StatsSampler sampler(&connection);
    sampler.setInterval(int(seconds * 1000));
    QEventLoop loop;
    int printed = 0;
    const QString uuid = domain->uuid;
    const bool jsonLines = command.json();
    if (!jsonLines)
        std::printf("%-8s %6s %9s %12s %12s %12s %12s\n", "TIME", "CPU%", "MEM MiB", "DISK RD B/s",
                    "DISK WR B/s", "NET RX B/s", "NET TX B/s");
    QObject::connect(&sampler, &StatsSampler::sampled, &loop, [&](const QStringList &uuids) {
        if (!uuids.contains(uuid) || sampler.recent(uuid).size() < 2)
            return; // the first reading has no rates yet
        const VmSample s = sampler.latest(uuid);
        const QString time
            = QDateTime::fromMSecsSinceEpoch(s.timeMs).toString(QStringLiteral("HH:mm:ss"));
        if (jsonLines) {
            QJsonObject o{
                {QStringLiteral("time"),
                 QDateTime::fromMSecsSinceEpoch(s.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("vm"), domain->name}};
            for (const Stats::Metric &m : Stats::metrics())
                o.insert(QLatin1String(m.key), json(s.*m.field));
            std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        } else {
            std::printf("%-8s %6s %9s %12s %12s %12s %12s\n", qPrintable(time),
                        qPrintable(number(s.cpuPercent)), qPrintable(number(s.memoryUsedMiB, 0)),
                        qPrintable(number(s.diskReadBps, 0)), qPrintable(number(s.diskWriteBps, 0)),
                        qPrintable(number(s.netRxBps, 0)), qPrintable(number(s.netTxBps, 0)));
        }
        std::fflush(stdout);
        if (lines > 0 && ++printed >= lines)
            loop.quit();
    });
    QObject::connect(&connection, &Connection::domainChanged, &loop, [&](const DomainInfo &d) {
        if (d.uuid == uuid && !d.isActive()) {
            command.fail(StatsCommandText::tr("%1 stopped.").arg(d.name));
            loop.exit(1);
        }
    });
    sampler.start();
    return loop.exec();
}

} // namespace Vireo::App
