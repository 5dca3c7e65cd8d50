#include "hardware/Hardware.h"

#include "xml/DomainXml.h"

#include <QCoreApplication>
#include <QSet>

namespace Vireo {

namespace {

struct HardwareText
{
    Q_DECLARE_TR_FUNCTIONS(HardwareText)
};

quint64 numberOf(const XmlElement *e)
{
    return e ? e->text().trimmed().toULongLong() : 0;
}

HardwareDevice::Kind kindOf(const XmlElement *e)
{
    using K = HardwareDevice::Kind;
    const QString name = e->name();
    if (name == QLatin1String("disk")) {
        const QString device = e->attribute(QStringLiteral("device"), QStringLiteral("disk"));
        return device == QLatin1String("cdrom")    ? K::Cdrom
               : device == QLatin1String("floppy") ? K::Floppy
                                                   : K::Disk;
    }
    static const QMap<QString, K> kinds{
        {QStringLiteral("interface"), K::Interface},
        {QStringLiteral("graphics"), K::Graphics},
        {QStringLiteral("video"), K::Video},
        {QStringLiteral("sound"), K::Sound},
        {QStringLiteral("input"), K::Input},
        {QStringLiteral("serial"), K::Serial},
        {QStringLiteral("console"), K::Console},
        {QStringLiteral("channel"), K::Channel},
        {QStringLiteral("tpm"), K::Tpm},
        {QStringLiteral("rng"), K::Rng},
        {QStringLiteral("watchdog"), K::Watchdog},
        {QStringLiteral("hostdev"), K::HostDevice},
        {QStringLiteral("filesystem"), K::Filesystem},
        {QStringLiteral("controller"), K::Controller},
        {QStringLiteral("memballoon"), K::MemBalloon},
    };
    return kinds.value(name, K::Other);
}

IoTune ioTuneOf(const XmlElement *disk)
{
    IoTune t;
    const XmlElement *io = disk->child(QStringLiteral("iotune"));
    if (!io)
        return t;
    t.readBytes = numberOf(io->child(QStringLiteral("read_bytes_sec")));
    t.writeBytes = numberOf(io->child(QStringLiteral("write_bytes_sec")));
    t.totalBytes = numberOf(io->child(QStringLiteral("total_bytes_sec")));
    t.readIops = numberOf(io->child(QStringLiteral("read_iops_sec")));
    t.writeIops = numberOf(io->child(QStringLiteral("write_iops_sec")));
    t.totalIops = numberOf(io->child(QStringLiteral("total_iops_sec")));
    return t;
}

Bandwidth bandwidthOf(const XmlElement *nic)
{
    Bandwidth b;
    if (const XmlElement *bw = nic->child(QStringLiteral("bandwidth"))) {
        if (const XmlElement *in = bw->child(QStringLiteral("inbound")))
            b.inboundKiBs = in->attribute(QStringLiteral("average")).toULongLong();
        if (const XmlElement *out = bw->child(QStringLiteral("outbound")))
            b.outboundKiBs = out->attribute(QStringLiteral("average")).toULongLong();
    }
    return b;
}

QString modelOf(const XmlElement *e)
{
    if (const XmlElement *m = e->child(QStringLiteral("model")))
        return m->attribute(QStringLiteral("type"), m->attribute(QStringLiteral("name")));
    return e->attribute(QStringLiteral("model"), e->attribute(QStringLiteral("type")));
}

void describe(HardwareDevice &d, const XmlElement *e)
{
    using K = HardwareDevice::Kind;
    const QString type = e->attribute(QStringLiteral("type"));
    switch (d.kind) {
    case K::Disk:
    case K::Floppy:
        d.title = (d.kind == K::Disk ? HardwareText::tr("Disk %1") : HardwareText::tr("Floppy %1"))
                      .arg(d.disk.target);
        d.summary = QStringList{d.disk.bus, d.disk.format, d.disk.source}.join(QLatin1String(", "));
        break;
    case K::Cdrom:
        d.title = HardwareText::tr("CD-ROM %1").arg(d.disk.target);
        d.summary = d.disk.source.isEmpty() ? HardwareText::tr("%1, no media").arg(d.disk.bus)
                                            : d.disk.bus + QLatin1String(", ") + d.disk.source;
        break;
    case K::Interface:
        d.title = HardwareText::tr("NIC %1").arg(d.nic.mac);
        d.summary = QStringLiteral("%1 %2, %3").arg(d.nic.type, d.nic.source, d.nic.model);
        break;
    case K::Graphics:
        d.title = HardwareText::tr("Display %1").arg(type.toUpper());
        d.summary = e->attribute(QStringLiteral("listen"));
        break;
    case K::Video:
        d.title = HardwareText::tr("Video %1").arg(d.model.toUpper());
        break;
    case K::Sound:
        d.title = HardwareText::tr("Sound %1").arg(d.model);
        break;
    case K::Input:
        d.title = HardwareText::tr("Input %1").arg(type);
        d.summary = e->attribute(QStringLiteral("bus"));
        break;
    case K::Serial:
    case K::Console:
    case K::Channel: {
        const XmlElement *t = e->child(QStringLiteral("target"));
        const QString target
            = t ? t->attribute(QStringLiteral("name"), t->attribute(QStringLiteral("type")))
                : QString();
        d.title = (d.kind == K::Serial    ? HardwareText::tr("Serial %1")
                   : d.kind == K::Console ? HardwareText::tr("Console %1")
                                          : HardwareText::tr("Channel %1"))
                      .arg(target.isEmpty() ? type : target);
        d.summary = type;
        break;
    }
    case K::Tpm:
        d.title = HardwareText::tr("TPM %1").arg(d.model);
        break;
    case K::Rng:
        d.title = HardwareText::tr("Random number generator");
        d.summary = d.model;
        break;
    case K::Watchdog:
        d.title = HardwareText::tr("Watchdog %1").arg(d.model);
        d.summary = e->attribute(QStringLiteral("action"));
        break;
    case K::HostDevice:
        d.title = HardwareText::tr("Host %1 device").arg(type.toUpper());
        break;
    case K::Filesystem: {
        const XmlElement *t = e->child(QStringLiteral("target"));
        const XmlElement *s = e->child(QStringLiteral("source"));
        d.title = HardwareText::tr("Shared folder %1")
                      .arg(t ? t->attribute(QStringLiteral("dir")) : QString());
        d.summary = s ? s->attribute(QStringLiteral("dir")) : QString();
        break;
    }
    case K::Controller:
        d.title
            = HardwareText::tr("Controller %1 %2").arg(type, e->attribute(QStringLiteral("index")));
        d.summary = e->attribute(QStringLiteral("model"));
        break;
    case K::MemBalloon:
        d.title = HardwareText::tr("Memory balloon");
        d.summary = d.model;
        break;
    case K::Other:
        d.title = e->name();
        break;
    }
}

} // namespace

bool HardwareDevice::isRemovable() const
{
    // What a guest cannot do without, or libvirt adds back by itself.
    return kind != Kind::Controller && kind != Kind::MemBalloon
           && element != QLatin1String("emulator");
}

const HardwareDevice *Hardware::device(const QString &key) const
{
    for (const HardwareDevice &d : devices)
        if (d.key.compare(key, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

QList<HardwareDevice> Hardware::devicesOf(HardwareDevice::Kind kind) const
{
    QList<HardwareDevice> list;
    for (const HardwareDevice &d : devices)
        if (d.kind == kind)
            list << d;
    return list;
}

QString Hardware::freeTarget(const QString &bus) const
{
    const QString prefix = bus == QLatin1String("virtio") ? QStringLiteral("vd")
                           : bus == QLatin1String("ide")  ? QStringLiteral("hd")
                           : bus == QLatin1String("fdc")  ? QStringLiteral("fd")
                                                          : QStringLiteral("sd");
    QSet<QString> taken;
    for (const HardwareDevice &d : devices)
        if (!d.disk.target.isEmpty())
            taken.insert(d.disk.target);
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString name = prefix + QLatin1Char(c);
        if (!taken.contains(name))
            return name;
    }
    return {};
}

int Hardware::freeRootPorts() const
{
    // A root port's index is the bus number of what plugs into it (ports without an index,
    // not yet defined, hold nothing).
    QList<int> ports;
    QSet<int> used;
    for (const HardwareDevice &d : devices) {
        if (d.kind == HardwareDevice::Kind::Controller
            && d.model == QLatin1String("pcie-root-port"))
            ports << d.controllerIndex;
        if (d.pciBus > 0)
            used.insert(d.pciBus);
    }
    if (ports.isEmpty())
        return -1;
    int free = 0;
    for (int index : ports)
        if (index < 0 || !used.contains(index))
            ++free;
    return free;
}

Hardware Hardware::read(const DomainDocument &doc)
{
    Hardware hw;
    const XmlElement *root = doc.rootElement();
    if (!root)
        return hw;
    hw.name = doc.name();
    hw.uuid = doc.uuid();
    hw.type = doc.type();
    hw.title = doc.title();
    hw.description = doc.description();

    hw.cpu.current = doc.currentVcpus();
    hw.cpu.maximum = doc.maxVcpus();
    hw.cpu.mode = doc.cpuMode();
    hw.cpu.model = doc.cpuModel();
    hw.cpu.topology = doc.cpuTopology();
    if (const XmlElement *tune = root->child(QStringLiteral("cputune"))) {
        for (const XmlElement *pin : tune->children(QStringLiteral("vcpupin")))
            hw.cpu.vcpuPins.insert(pin->attribute(QStringLiteral("vcpu")).toInt(),
                                   pin->attribute(QStringLiteral("cpuset")));
        if (const XmlElement *pin = tune->child(QStringLiteral("emulatorpin")))
            hw.cpu.emulatorPin = pin->attribute(QStringLiteral("cpuset"));
        hw.cpu.shares = numberOf(tune->child(QStringLiteral("shares")));
        hw.cpu.period = numberOf(tune->child(QStringLiteral("period")));
        if (const XmlElement *q = tune->child(QStringLiteral("quota")))
            hw.cpu.quota = q->text().trimmed().toLongLong();
    }

    hw.memory.currentKiB = doc.currentMemoryKiB();
    hw.memory.maximumKiB = doc.memoryKiB();
    hw.memory.hotplugMaxKiB = doc.maxMemoryKiB();
    hw.memory.slots = doc.maxMemorySlots();
    hw.memory.hugepages = root->find(QStringLiteral("memoryBacking/hugepages")) != nullptr;

    hw.boot.order = doc.bootOrder();
    hw.boot.menu = doc.bootMenu();
    hw.boot.firmware = doc.firmware();
    hw.boot.machine = doc.machine();
    hw.boot.arch = doc.arch();
    hw.boot.directKernel = root->find(QStringLiteral("os/kernel")) != nullptr;

    const XmlElement *devices = doc.devicesElement();
    if (!devices)
        return hw;
    const QList<DomainDocument::Disk> disks = doc.disks();
    const QList<DomainDocument::Interface> nics = doc.interfaces();
    int diskIndex = 0;
    int nicIndex = 0;
    QMap<QString, int> counts;
    for (const XmlElement *e : devices->children()) {
        if (e->name() == QLatin1String("emulator")) {
            hw.boot.emulator = e->text().trimmed();
            continue;
        }
        HardwareDevice d;
        d.kind = kindOf(e);
        d.element = e->name();
        d.key = QStringLiteral("%1#%2").arg(e->name()).arg(counts[e->name()]++);
        d.xml = e->toString();
        if (const XmlElement *alias = e->child(QStringLiteral("alias")))
            d.alias = alias->attribute(QStringLiteral("name"));
        if (const XmlElement *address = e->child(QStringLiteral("address"));
            address && address->attribute(QStringLiteral("type")) == QLatin1String("pci"))
            d.pciBus = address->attribute(QStringLiteral("bus")).toInt(nullptr, 0);
        d.model = modelOf(e);
        if (e->name() == QLatin1String("disk") && diskIndex < disks.size()) {
            d.disk = disks.at(diskIndex++);
            d.iotune = ioTuneOf(e);
            if (!d.disk.target.isEmpty())
                d.key = d.disk.target;
        } else if (e->name() == QLatin1String("interface") && nicIndex < nics.size()) {
            d.nic = nics.at(nicIndex++);
            d.bandwidth = bandwidthOf(e);
            if (!d.nic.mac.isEmpty())
                d.key = d.nic.mac;
        }
        if (d.kind == HardwareDevice::Kind::Controller) {
            d.model = e->attribute(QStringLiteral("model"));
            if (e->hasAttribute(QStringLiteral("index")))
                d.controllerIndex = e->attribute(QStringLiteral("index")).toInt();
        }
        describe(d, e);
        hw.devices << d;
    }
    return hw;
}

QString kibText(quint64 kib)
{
    if (kib >= 1024 * 1024 && kib % (1024 * 1024) == 0)
        return QStringLiteral("%1 GiB").arg(kib / (1024 * 1024));
    if (kib >= 1024 * 1024)
        return QStringLiteral("%1 GiB").arg(double(kib) / (1024 * 1024), 0, 'f', 1);
    if (kib % 1024 == 0)
        return QStringLiteral("%1 MiB").arg(kib / 1024);
    return QStringLiteral("%1 KiB").arg(kib);
}

QStringList pendingUntilRestart(const Hardware &live, const Hardware &next)
{
    QStringList lines;
    auto differs = [&lines](const QString &what, const QString &now, const QString &then) {
        if (now != then)
            lines << HardwareText::tr("%1: %2 -> %3").arg(what, now, then);
    };
    differs(HardwareText::tr("Maximum memory"), kibText(live.memory.maximumKiB),
            kibText(next.memory.maximumKiB));
    differs(HardwareText::tr("vCPUs"), QString::number(live.cpu.current),
            QString::number(next.cpu.current));
    differs(HardwareText::tr("Maximum vCPUs"), QString::number(live.cpu.maximum),
            QString::number(next.cpu.maximum));
    // A host-model CPU is expanded to a named model while it runs: only a changed mode counts.
    if (next.cpu.mode != QLatin1String("host-model")
        || live.cpu.mode == QLatin1String("host-model"))
        differs(HardwareText::tr("CPU model"),
                (live.cpu.mode + QLatin1Char(' ') + live.cpu.model).trimmed(),
                (next.cpu.mode + QLatin1Char(' ') + next.cpu.model).trimmed());
    auto topology = [](const DomainDocument::CpuTopology &t) {
        return t.sockets ? QStringLiteral("%1x%2x%3").arg(t.sockets).arg(t.cores).arg(t.threads)
                         : QString();
    };
    if (next.cpu.topology.sockets || !live.cpu.topology.sockets) // live XML may add one
        differs(HardwareText::tr("CPU topology"), topology(live.cpu.topology),
                topology(next.cpu.topology));
    differs(HardwareText::tr("Boot order"), live.boot.order.join(QLatin1String(", ")),
            next.boot.order.join(QLatin1String(", ")));
    differs(HardwareText::tr("Machine type"), live.boot.machine, next.boot.machine);

    // Devices that would come or go, by the key a user sees; and disk and NIC settings.
    using K = HardwareDevice::Kind;
    const QSet<K> compared{K::Disk,     K::Cdrom, K::Floppy,     K::Interface,  K::Tpm,   K::Rng,
                           K::Watchdog, K::Sound, K::HostDevice, K::Filesystem, K::Serial};
    auto keys = [&compared](const Hardware &hw) {
        QMap<QString, const HardwareDevice *> map;
        for (const HardwareDevice &d : hw.devices)
            if (compared.contains(d.kind))
                map.insert(d.key.toLower(), &d);
        return map;
    };
    const auto before = keys(live);
    const auto after = keys(next);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const HardwareDevice *now = before.value(it.key());
        if (!now) {
            lines << HardwareText::tr("%1 will be added").arg(it.value()->title);
            continue;
        }
        const HardwareDevice *then = it.value();
        if (then->kind == K::Disk
            && (now->disk.source != then->disk.source || now->disk.bus != then->disk.bus
                || now->disk.cache != then->disk.cache
                || now->disk.readOnly != then->disk.readOnly))
            lines << HardwareText::tr("%1 settings change").arg(then->title);
        if (then->kind == K::Interface
            && (now->nic.model != then->nic.model || now->nic.source != then->nic.source))
            lines << HardwareText::tr("%1 settings change").arg(then->title);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            lines << HardwareText::tr("%1 will be removed").arg(it.value()->title);
    return lines;
}

} // namespace Vireo
