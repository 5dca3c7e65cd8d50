#include "stats/Stats.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Stats {

namespace {

/// A per-second rate of a counter, or NaN when either reading is missing or it went down.
double perSecond(qint64 before, qint64 now, double seconds)
{
    if (before < 0 || now < 0 || now < before || seconds <= 0)
        return kNoValue;
    return double(now - before) / seconds;
}

/// Adds a rate into a sum that starts as NaN ("nothing known yet").
void addTo(double &sum, double value)
{
    if (std::isnan(value))
        return;
    sum = std::isnan(sum) ? value : sum + value;
}

/// The device of the same name in an earlier reading, or null (it was hot-plugged since).
template<typename Device> const Device *sameDevice(const QList<Device> &before, const QString &name)
{
    const auto it = std::find_if(before.cbegin(), before.cend(),
                                 [&name](const Device &b) { return b.name == name; });
    return it == before.cend() ? nullptr : &*it;
}

double clampPercent(double value)
{
    return std::isnan(value) ? value : std::clamp(value, 0.0, 100.0);
}

} // namespace

VmSample rates(const DomainCounters &before, qint64 beforeMs, const DomainCounters &now,
               qint64 nowMs, int hostCpus)
{
    VmSample s;
    s.timeMs = nowMs;
    // Memory is a level, not a counter: known even without an earlier reading.
    if (now.memoryKiB >= 0) {
        s.memoryTotalMiB = double(now.memoryKiB) / 1024.0;
        // What the guest itself says it uses, when its balloon driver reports; else what it has.
        const qint64 free = now.availableKiB >= 0 && now.unusedKiB >= 0 ? now.unusedKiB : -1;
        s.memoryUsedMiB = free >= 0 ? double(now.memoryKiB - qMin(free, now.memoryKiB)) / 1024.0
                                    : s.memoryTotalMiB;
    }
    const double seconds = double(nowMs - beforeMs) / 1000.0;
    if (seconds <= 0) // the clock went backwards, or the same tick twice: no rates
        return s;
    const double cpuNsPerSecond = perSecond(before.cpuTimeNs, now.cpuTimeNs, seconds);
    if (!std::isnan(cpuNsPerSecond)) {
        if (now.vcpus > 0)
            s.cpuPercent = clampPercent(cpuNsPerSecond / 1e9 / now.vcpus * 100.0);
        if (hostCpus > 0)
            s.hostCpuPercent = clampPercent(cpuNsPerSecond / 1e9 / hostCpus * 100.0);
    }
    for (const DomainCounters::Disk &d : now.disks) {
        const DomainCounters::Disk *old = sameDevice(before.disks, d.name);
        if (!old)
            continue;
        VmSample::Device device{perSecond(old->readBytes, d.readBytes, seconds),
                                perSecond(old->writeBytes, d.writeBytes, seconds),
                                perSecond(old->readOps, d.readOps, seconds),
                                perSecond(old->writeOps, d.writeOps, seconds)};
        s.disks.insert(d.name, device);
        addTo(s.diskReadBps, device.readBps);
        addTo(s.diskWriteBps, device.writeBps);
        addTo(s.diskReadOps, device.readOps);
        addTo(s.diskWriteOps, device.writeOps);
    }
    for (const DomainCounters::Interface &i : now.interfaces) {
        const DomainCounters::Interface *old = sameDevice(before.interfaces, i.name);
        if (!old)
            continue;
        VmSample::Device device{perSecond(old->rxBytes, i.rxBytes, seconds),
                                perSecond(old->txBytes, i.txBytes, seconds), kNoValue, kNoValue};
        s.interfaces.insert(i.name, device);
        addTo(s.netRxBps, device.readBps);
        addTo(s.netTxBps, device.writeBps);
    }
    return s;
}

HostSample hostRates(const HostCounters &before, qint64 beforeMs, const HostCounters &now,
                     qint64 nowMs)
{
    HostSample s;
    s.timeMs = nowMs;
    if (now.memoryTotalKiB > 0) {
        s.memoryTotalMiB = double(now.memoryTotalKiB) / 1024.0;
        if (now.memoryUsedKiB >= 0)
            s.memoryUsedMiB = double(now.memoryUsedKiB) / 1024.0;
    }
    if (nowMs <= beforeMs)
        return s;
    const qint64 busy = now.cpuBusyNs - before.cpuBusyNs;
    const qint64 total = now.cpuTotalNs - before.cpuTotalNs;
    if (before.cpuBusyNs >= 0 && now.cpuBusyNs >= 0 && busy >= 0 && total > 0)
        s.cpuPercent = clampPercent(100.0 * double(busy) / double(total));
    return s;
}

const QList<Metric> &metrics()
{
    static const QList<Metric> list{
        {"cpu", "cpu_percent (% of its vCPUs)", &VmSample::cpuPercent},
        {"host_cpu", "host_cpu_percent (% of the host)", &VmSample::hostCpuPercent},
        {"mem_used", "memory_used (MiB)", &VmSample::memoryUsedMiB},
        {"mem_total", "memory_total (MiB)", &VmSample::memoryTotalMiB},
        {"disk_rd", "disk_read (bytes/s)", &VmSample::diskReadBps},
        {"disk_wr", "disk_write (bytes/s)", &VmSample::diskWriteBps},
        {"disk_rd_ops", "disk_read_ops (ops/s)", &VmSample::diskReadOps},
        {"disk_wr_ops", "disk_write_ops (ops/s)", &VmSample::diskWriteOps},
        {"net_rx", "net_receive (bytes/s)", &VmSample::netRxBps},
        {"net_tx", "net_transmit (bytes/s)", &VmSample::netTxBps},
    };
    return list;
}

VmSample average(const QList<VmSample> &samples, qint64 timeMs)
{
    VmSample out;
    out.timeMs = timeMs;
    for (const Metric &m : metrics()) {
        double sum = 0;
        int count = 0;
        for (const VmSample &s : samples) {
            if (!std::isnan(s.*m.field)) {
                sum += s.*m.field;
                ++count;
            }
        }
        out.*m.field = count ? sum / count : kNoValue;
    }
    return out;
}

QString toCsv(const QList<VmSample> &samples)
{
    QString csv = QStringLiteral("timestamp (UTC ISO 8601)");
    for (const Metric &m : metrics())
        csv += QLatin1Char(',') + QLatin1String(m.heading);
    csv += QLatin1Char('\n');
    for (const VmSample &s : samples) {
        csv += QDateTime::fromMSecsSinceEpoch(s.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        for (const Metric &m : metrics()) {
            csv += QLatin1Char(',');
            const double v = s.*m.field;
            if (!std::isnan(v))
                csv += QString::number(v, 'f', 2);
        }
        csv += QLatin1Char('\n');
    }
    return csv;
}

namespace {

qint64 ullong(virTypedParameterPtr params, int count, const QByteArray &name)
{
    unsigned long long value = 0;
    return virTypedParamsGetULLong(params, count, name.constData(), &value) == 1 ? qint64(value)
                                                                                 : -1;
}

} // namespace

namespace {

/// 8-4-4-4-12 lowercase hex, as virUUIDFormat writes it.
QString uuidText(const unsigned char *raw)
{
    static const char hex[] = "0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 0; i < VIR_UUID_BUFLEN; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = QLatin1Char('-');
        *out++ = QLatin1Char(hex[raw[i] >> 4]);
        *out++ = QLatin1Char(hex[raw[i] & 0xf]);
    }
    return text;
}

} // namespace

StatsSnapshot read(virConnectPtr conn, int groups)
{
    StatsSnapshot snap;
    snap.timeMs = QDateTime::currentMSecsSinceEpoch();
    // The host: CPU time of all CPUs, and memory.
    virNodeInfo node;
    if (virNodeGetInfo(conn, &node) == 0)
        snap.host.cpus = int(node.cpus);
    int n = 0;
    if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &n, 0) == 0 && n > 0) {
        QList<virNodeCPUStats> cpu(n);
        if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, cpu.data(), &n, 0) == 0) {
            qint64 busy = 0, idle = 0;
            for (const virNodeCPUStats &f : cpu) {
                const QByteArray field(f.field);
                if (field == VIR_NODE_CPU_STATS_KERNEL || field == VIR_NODE_CPU_STATS_USER)
                    busy += qint64(f.value);
                else if (field == VIR_NODE_CPU_STATS_IDLE || field == VIR_NODE_CPU_STATS_IOWAIT)
                    idle += qint64(f.value);
            }
            snap.host.cpuBusyNs = busy;
            snap.host.cpuTotalNs = busy + idle;
        }
    }
    n = 0;
    if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &n, 0) == 0
        && n > 0) {
        QList<virNodeMemoryStats> mem(n);
        if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, mem.data(), &n, 0) == 0) {
            QHash<QByteArray, qint64> v;
            for (const virNodeMemoryStats &f : mem)
                v.insert(QByteArray(f.field), qint64(f.value));
            snap.host.memoryTotalKiB = v.value(VIR_NODE_MEMORY_STATS_TOTAL, -1);
            if (snap.host.memoryTotalKiB > 0)
                snap.host.memoryUsedKiB = snap.host.memoryTotalKiB
                                          - v.value(VIR_NODE_MEMORY_STATS_FREE, 0)
                                          - v.value(VIR_NODE_MEMORY_STATS_BUFFERS, 0)
                                          - v.value(VIR_NODE_MEMORY_STATS_CACHED, 0);
        }
    }
    virResetLastError();

    // Every running domain in one call.
    virDomainStatsRecordPtr *records = nullptr;
    // No per-vCPU group: it formats four figures per vCPU per domain, and only their count is
    // used, which the connection's cache has (the sampler fills it in).
    const unsigned int stats = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL
                               | VIR_DOMAIN_STATS_BALLOON
                               | ((groups & Network) ? VIR_DOMAIN_STATS_INTERFACE : 0)
                               | ((groups & Disks) ? VIR_DOMAIN_STATS_BLOCK : 0);
    int count = virConnectGetAllDomainStats(conn, stats, &records,
                                            VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE
                                                | VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    if (count < 0) {
        // Older drivers (or test:///) may not know the no-wait flag.
        virResetLastError();
        count = virConnectGetAllDomainStats(conn, stats, &records,
                                            VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
    }
    for (int i = 0; i < count; ++i) {
        const virDomainStatsRecordPtr r = records[i];
        DomainCounters d;
        // The raw bytes, formatted here: libvirt formats a domain's UUID once for its debug log
        // on every call, and virDomainGetUUIDString would format it a second time.
        unsigned char raw[VIR_UUID_BUFLEN];
        if (virDomainGetUUID(r->dom, raw) == 0)
            d.uuid = uuidText(raw);
        int state = 0;
        virTypedParamsGetInt(r->params, r->nparams, "state.state", &state);
        d.state = state;
        d.cpuTimeNs = ullong(r->params, r->nparams, "cpu.time");
        d.memoryKiB = ullong(r->params, r->nparams, "balloon.current");
        d.maximumKiB = ullong(r->params, r->nparams, "balloon.maximum");
        d.unusedKiB = ullong(r->params, r->nparams, "balloon.unused");
        d.availableKiB = ullong(r->params, r->nparams, "balloon.available");
        unsigned int blocks = 0;
        virTypedParamsGetUInt(r->params, r->nparams, "block.count", &blocks);
        for (unsigned int b = 0; b < blocks; ++b) {
            const QByteArray p = "block." + QByteArray::number(b) + '.';
            const char *name = nullptr;
            virTypedParamsGetString(r->params, r->nparams, p + "name", &name);
            d.disks << DomainCounters::Disk{QString::fromUtf8(name),
                                            ullong(r->params, r->nparams, p + "rd.bytes"),
                                            ullong(r->params, r->nparams, p + "wr.bytes"),
                                            ullong(r->params, r->nparams, p + "rd.reqs"),
                                            ullong(r->params, r->nparams, p + "wr.reqs")};
        }
        unsigned int nets = 0;
        virTypedParamsGetUInt(r->params, r->nparams, "net.count", &nets);
        for (unsigned int k = 0; k < nets; ++k) {
            const QByteArray p = "net." + QByteArray::number(k) + '.';
            const char *name = nullptr;
            virTypedParamsGetString(r->params, r->nparams, p + "name", &name);
            d.interfaces << DomainCounters::Interface{
                QString::fromUtf8(name), ullong(r->params, r->nparams, p + "rx.bytes"),
                ullong(r->params, r->nparams, p + "tx.bytes")};
        }
        snap.domains << d;
    }
    if (records)
        virDomainStatsRecordListFree(records);
    virResetLastError();
    return snap;
}

} // namespace Vireo::Stats
