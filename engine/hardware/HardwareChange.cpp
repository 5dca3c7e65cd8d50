#include "hardware/HardwareChange.h"

#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Vireo {

namespace {

struct ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
};

using Kind = HardwareChange::Kind;

HardwareChange make(Kind kind)
{
    HardwareChange c;
    c.kind = kind;
    return c;
}

void copyElement(XmlElement *into, const XmlElement *from)
{
    for (const auto &[name, value] : from->attributes())
        into->setAttribute(name, value);
    const QList<XmlElement *> children = from->children();
    if (children.isEmpty()) {
        if (!from->text().isEmpty())
            into->setText(from->text());
        return;
    }
    for (const XmlElement *child : children)
        copyElement(into->appendChild(child->name(), child->name()), child);
}

XmlElement *elementByKey(XmlElement *devices, const QString &key)
{
    // A disk's target, a NIC's MAC, else "element#n".
    QMap<QString, int> counts;
    for (XmlElement *e : devices->children()) {
        const int n = counts[e->name()]++;
        if (QStringLiteral("%1#%2").arg(e->name()).arg(n) == key)
            return e;
        if (e->name() == QLatin1String("disk")) {
            const XmlElement *t = e->child(QStringLiteral("target"));
            if (t && t->attribute(QStringLiteral("dev")) == key)
                return e;
        } else if (e->name() == QLatin1String("interface")) {
            const XmlElement *m = e->child(QStringLiteral("mac"));
            if (m && m->attribute(QStringLiteral("address")).compare(key, Qt::CaseInsensitive) == 0)
                return e;
        }
    }
    return nullptr;
}

void setNumberChild(XmlElement *parent, const QString &name, quint64 value)
{
    XmlElement *e = parent->child(name);
    if (!value) {
        if (e)
            parent->removeChild(e);
        return;
    }
    if (!e)
        e = parent->appendChild(name);
    e->setText(QString::number(value));
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

XmlElement *deviceElement(const DomainDocument &doc, const QString &key)
{
    return doc.devicesElement() ? elementByKey(doc.devicesElement(), key) : nullptr;
}

QList<int> parseCpuList(const QString &text)
{
    QList<int> cpus;
    static const QRegularExpression part(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
    for (const QString &piece : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = part.match(piece.trimmed());
        if (!m.hasMatch())
            return {};
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        if (last < first || last > 4095)
            return {};
        for (int c = first; c <= last; ++c)
            if (!cpus.contains(c))
                cpus << c;
    }
    return cpus;
}

bool appendElementXml(XmlElement *parent, const QString &xml, QString *error)
{
    XmlTree tree;
    QString why;
    if (!tree.read(xml.trimmed(), &why))
        return fail(error, ChangeText::tr("The device's XML is not well-formed: %1").arg(why));
    copyElement(parent->appendChild(tree.root()->name(), tree.root()->name()), tree.root());
    return true;
}

QString HardwareChange::describe() const
{
    switch (kind) {
    case Kind::Memory:
        return ChangeText::tr("Memory: %1").arg(kibText(number));
    case Kind::MaxMemory:
        return ChangeText::tr("Maximum memory: %1").arg(kibText(number));
    case Kind::Vcpus:
        return ChangeText::tr("vCPUs: %1").arg(count);
    case Kind::MaxVcpus:
        return ChangeText::tr("Maximum vCPUs: %1").arg(count);
    case Kind::CpuModel:
        return ChangeText::tr("CPU model: %1").arg(text);
    case Kind::CpuTopology:
        return ChangeText::tr("CPU topology: %1 sockets, %2 cores, %3 threads")
            .arg(topology.sockets)
            .arg(topology.cores)
            .arg(topology.threads);
    case Kind::PinVcpu:
        return text.isEmpty()
                   ? ChangeText::tr("vCPU %1 unpinned").arg(count)
                   : ChangeText::tr("vCPU %1 pinned to host CPUs %2").arg(count).arg(text);
    case Kind::PinEmulator:
        return ChangeText::tr("Emulator pinned to host CPUs %1").arg(text);
    case Kind::CpuShares:
        return ChangeText::tr("CPU shares: %1").arg(number);
    case Kind::BootOrder:
        return ChangeText::tr("Boot order: %1").arg(list.join(QLatin1String(", ")));
    case Kind::BootMenu:
        return flag ? ChangeText::tr("Boot menu on") : ChangeText::tr("Boot menu off");
    case Kind::Media:
        return text.isEmpty() ? ChangeText::tr("%1: media ejected").arg(target)
                              : ChangeText::tr("%1: media %2").arg(target, text);
    case Kind::LinkState:
        return flag ? ChangeText::tr("NIC %1: link up").arg(target)
                    : ChangeText::tr("NIC %1: link down").arg(target);
    case Kind::IoTune:
        return ChangeText::tr("%1: I/O limits read %2 B/s, write %3 B/s")
            .arg(target)
            .arg(iotune.readBytes ? QString::number(iotune.readBytes) : ChangeText::tr("none"))
            .arg(iotune.writeBytes ? QString::number(iotune.writeBytes) : ChangeText::tr("none"));
    case Kind::Bandwidth:
        return ChangeText::tr("NIC %1: bandwidth in %2 KiB/s, out %3 KiB/s")
            .arg(target)
            .arg(bandwidth.inboundKiBs)
            .arg(bandwidth.outboundKiBs);
    case Kind::DiskCache:
        return ChangeText::tr("%1: cache %2")
            .arg(target, text.isEmpty() ? QStringLiteral("default") : text);
    case Kind::NicModel:
        return ChangeText::tr("NIC %1: model %2").arg(target, text);
    case Kind::AddDisk:
        return disk.pool.isEmpty()
                   ? ChangeText::tr("New disk %1 (%2)").arg(disk.target, disk.path)
                   : ChangeText::tr("New %1disk %2 (%3 in pool %4)")
                         .arg(disk.passphrase.isEmpty() ? QString()
                                                        : ChangeText::tr("encrypted "),
                              disk.target, kibText(disk.sizeBytes / 1024), disk.pool);
    case Kind::AddNic:
        return ChangeText::tr("New NIC on %1 %2").arg(nic.type, nic.source);
    case Kind::AddDevice: {
        XmlTree tree;
        return ChangeText::tr("New %1").arg(tree.read(text.trimmed()) ? tree.root()->name()
                                                                      : ChangeText::tr("device"));
    }
    case Kind::RemoveDevice:
        return ChangeText::tr("Remove %1").arg(target);
    case Kind::Title:
        return ChangeText::tr("Title: %1").arg(text);
    case Kind::Description:
        return ChangeText::tr("Description changed");
    case Kind::Autostart:
        return flag ? ChangeText::tr("Start when the host boots")
                    : ChangeText::tr("Do not start when the host boots");
    }
    return {};
}

bool HardwareChange::hasLiveCall() const
{
    switch (kind) {
    case Kind::Memory:
    case Kind::Vcpus:
    case Kind::PinVcpu:
    case Kind::PinEmulator:
    case Kind::CpuShares:
    case Kind::Media:
    case Kind::LinkState:
    case Kind::IoTune:
    case Kind::Bandwidth:
    case Kind::AddDisk:
    case Kind::AddNic:
    case Kind::AddDevice:
    case Kind::RemoveDevice:
    case Kind::Title:
    case Kind::Description:
    case Kind::Autostart:
        return true;
    default:
        return false;
    }
}

HardwareChange HardwareChange::memory(quint64 kib)
{
    auto c = make(Kind::Memory);
    c.number = kib;
    return c;
}
HardwareChange HardwareChange::maxMemory(quint64 kib)
{
    auto c = make(Kind::MaxMemory);
    c.number = kib;
    return c;
}
HardwareChange HardwareChange::vcpus(int n)
{
    auto c = make(Kind::Vcpus);
    c.count = n;
    return c;
}
HardwareChange HardwareChange::maxVcpus(int n)
{
    auto c = make(Kind::MaxVcpus);
    c.count = n;
    return c;
}
HardwareChange HardwareChange::cpuModel(const QString &m)
{
    auto c = make(Kind::CpuModel);
    c.text = m;
    return c;
}
HardwareChange HardwareChange::cpuTopology(const DomainDocument::CpuTopology &t)
{
    auto c = make(Kind::CpuTopology);
    c.topology = t;
    return c;
}
HardwareChange HardwareChange::pinVcpu(int vcpu, const QString &cpus)
{
    auto c = make(Kind::PinVcpu);
    c.count = vcpu;
    c.text = cpus;
    return c;
}
HardwareChange HardwareChange::pinEmulator(const QString &cpus)
{
    auto c = make(Kind::PinEmulator);
    c.text = cpus;
    return c;
}
HardwareChange HardwareChange::cpuShares(quint64 shares)
{
    auto c = make(Kind::CpuShares);
    c.number = shares;
    return c;
}
HardwareChange HardwareChange::bootOrder(const QStringList &d)
{
    auto c = make(Kind::BootOrder);
    c.list = d;
    return c;
}
HardwareChange HardwareChange::bootMenu(bool on)
{
    auto c = make(Kind::BootMenu);
    c.flag = on;
    return c;
}
HardwareChange HardwareChange::media(const QString &t, const QString &p)
{
    auto c = make(Kind::Media);
    c.target = t;
    c.text = p;
    return c;
}
HardwareChange HardwareChange::linkState(const QString &mac, bool up)
{
    auto c = make(Kind::LinkState);
    c.target = mac;
    c.flag = up;
    return c;
}
HardwareChange HardwareChange::ioTune(const QString &t, const IoTune &l)
{
    auto c = make(Kind::IoTune);
    c.target = t;
    c.iotune = l;
    return c;
}
HardwareChange HardwareChange::bandwidthOf(const QString &mac, const Vireo::Bandwidth &l)
{
    auto c = make(Kind::Bandwidth);
    c.target = mac;
    c.bandwidth = l;
    return c;
}
HardwareChange HardwareChange::diskCache(const QString &t, const QString &cache)
{
    auto c = make(Kind::DiskCache);
    c.target = t;
    c.text = cache;
    return c;
}
HardwareChange HardwareChange::nicModel(const QString &mac, const QString &m)
{
    auto c = make(Kind::NicModel);
    c.target = mac;
    c.text = m;
    return c;
}
HardwareChange HardwareChange::addDisk(const DiskRequest &r)
{
    auto c = make(Kind::AddDisk);
    c.disk = r;
    return c;
}
HardwareChange HardwareChange::addNic(const NicRequest &r)
{
    auto c = make(Kind::AddNic);
    c.nic = r;
    return c;
}
HardwareChange HardwareChange::addDevice(const QString &xml)
{
    auto c = make(Kind::AddDevice);
    c.text = xml;
    return c;
}
HardwareChange HardwareChange::removeDevice(const QString &key)
{
    auto c = make(Kind::RemoveDevice);
    c.target = key;
    return c;
}
HardwareChange HardwareChange::titleOf(const QString &t)
{
    auto c = make(Kind::Title);
    c.text = t;
    return c;
}
HardwareChange HardwareChange::descriptionOf(const QString &d)
{
    auto c = make(Kind::Description);
    c.text = d;
    return c;
}
HardwareChange HardwareChange::autostart(bool on)
{
    auto c = make(Kind::Autostart);
    c.flag = on;
    return c;
}

bool applyToDocument(DomainDocument &doc, const HardwareChange &c, QString *error)
{
    XmlElement *root = doc.rootElement();
    XmlElement *devices = doc.devicesElement();
    if (!root || !devices)
        return fail(error, ChangeText::tr("The VM's definition has no devices."));
    auto needDevice = [&](const QString &key) -> XmlElement * {
        XmlElement *e = elementByKey(devices, key);
        if (!e)
            fail(error, ChangeText::tr("The VM has no device %1.").arg(key));
        return e;
    };
    switch (c.kind) {
    case Kind::Memory:
        if (c.number > doc.memoryKiB())
            return fail(error, ChangeText::tr("Memory %1 is above the maximum, %2.")
                                   .arg(kibText(c.number), kibText(doc.memoryKiB())));
        doc.setCurrentMemoryKiB(c.number);
        return true;
    case Kind::MaxMemory:
        if (c.number < 64 * 1024)
            return fail(error, ChangeText::tr("Maximum memory must be at least 64 MiB."));
        if (doc.currentMemoryKiB() > c.number)
            doc.setCurrentMemoryKiB(c.number);
        doc.setMemoryKiB(c.number);
        return true;
    case Kind::Vcpus:
        if (c.count < 1 || c.count > doc.maxVcpus())
            return fail(
                error,
                ChangeText::tr("vCPUs must be between 1 and the maximum, %1.").arg(doc.maxVcpus()));
        doc.setVcpus(c.count, doc.maxVcpus());
        return true;
    case Kind::MaxVcpus:
        if (c.count < 1)
            return fail(error, ChangeText::tr("The maximum of vCPUs must be at least 1."));
        doc.setVcpus(qMin(doc.currentVcpus(), c.count), c.count);
        return true;
    case Kind::CpuModel:
        if (c.text == QLatin1String("host-passthrough") || c.text == QLatin1String("host-model")
            || c.text == QLatin1String("maximum"))
            doc.setCpuMode(c.text);
        else if (c.text.isEmpty())
            return fail(error, ChangeText::tr("No CPU model given."));
        else
            doc.setCpuMode(QStringLiteral("custom"), c.text);
        return true;
    case Kind::CpuTopology:
        if (c.topology.sockets < 1 || c.topology.cores < 1 || c.topology.threads < 1)
            return fail(error,
                        ChangeText::tr("Sockets, cores and threads must each be at least 1."));
        if (c.topology.sockets * c.topology.cores * c.topology.threads != doc.maxVcpus())
            return fail(error, ChangeText::tr("Sockets x cores x threads (%1) must equal the "
                                              "maximum of vCPUs (%2).")
                                   .arg(c.topology.sockets * c.topology.cores * c.topology.threads)
                                   .arg(doc.maxVcpus()));
        doc.setCpuTopology(c.topology);
        return true;
    case Kind::PinVcpu:
    case Kind::PinEmulator: {
        if (c.kind == Kind::PinVcpu && (c.count < 0 || c.count >= doc.maxVcpus()))
            return fail(error, ChangeText::tr("The VM has no vCPU %1.").arg(c.count));
        if (!c.text.isEmpty() && parseCpuList(c.text).isEmpty())
            return fail(
                error, ChangeText::tr("'%1' is not a list of host CPUs (like 0-1,3).").arg(c.text));
        XmlElement *tune = root->ensureChild(QStringLiteral("cputune"));
        const QString name
            = c.kind == Kind::PinVcpu ? QStringLiteral("vcpupin") : QStringLiteral("emulatorpin");
        XmlElement *pin = nullptr;
        for (XmlElement *p : tune->children(name))
            if (c.kind == Kind::PinEmulator
                || p->attribute(QStringLiteral("vcpu")).toInt() == c.count)
                pin = p;
        if (c.text.isEmpty()) {
            if (pin)
                tune->removeChild(pin);
            if (tune->children().isEmpty())
                root->removeChild(tune);
            return true;
        }
        if (!pin) {
            pin = tune->appendChild(name, name);
            if (c.kind == Kind::PinVcpu)
                pin->setAttribute(QStringLiteral("vcpu"), QString::number(c.count));
        }
        pin->setAttribute(QStringLiteral("cpuset"), c.text);
        return true;
    }
    case Kind::CpuShares:
        setNumberChild(root->ensureChild(QStringLiteral("cputune")), QStringLiteral("shares"),
                       c.number);
        return true;
    case Kind::BootOrder: {
        static const QStringList known{QStringLiteral("hd"), QStringLiteral("cdrom"),
                                       QStringLiteral("network"), QStringLiteral("fd")};
        for (const QString &dev : c.list)
            if (!known.contains(dev))
                return fail(
                    error,
                    ChangeText::tr("'%1' is not a boot device (hd, cdrom, network, fd).").arg(dev));
        // Per-device boot orders and <os><boot> cannot be mixed: the list replaces them.
        for (XmlElement *e : devices->children())
            if (XmlElement *b = e->child(QStringLiteral("boot")))
                e->removeChild(b);
        doc.setBootOrder(c.list);
        return true;
    }
    case Kind::BootMenu:
        doc.setBootMenu(c.flag);
        return true;
    case Kind::Media:
        if (!doc.setMedia(c.target, c.text))
            return fail(error, ChangeText::tr("The VM has no CD-ROM %1.").arg(c.target));
        return true;
    case Kind::LinkState:
        if (!doc.setLinkUp(c.target, c.flag))
            return fail(error, ChangeText::tr("The VM has no NIC %1.").arg(c.target));
        return true;
    case Kind::NicModel:
        if (!doc.setInterfaceModel(c.target, c.text))
            return fail(error, ChangeText::tr("The VM has no NIC %1.").arg(c.target));
        return true;
    case Kind::DiskCache:
        if (!doc.setDiskCache(c.target, c.text))
            return fail(error, ChangeText::tr("The VM has no disk %1.").arg(c.target));
        return true;
    case Kind::IoTune: {
        XmlElement *disk = needDevice(c.target);
        if (!disk || disk->name() != QLatin1String("disk"))
            return disk ? fail(error, ChangeText::tr("%1 is not a disk.").arg(c.target)) : false;
        XmlElement *io = disk->child(QStringLiteral("iotune"));
        if (c.iotune.isEmpty()) {
            if (io)
                disk->removeChild(io);
            return true;
        }
        if (!io)
            io = disk->appendChild(QStringLiteral("iotune"), QStringLiteral("target"));
        setNumberChild(io, QStringLiteral("total_bytes_sec"), c.iotune.totalBytes);
        setNumberChild(io, QStringLiteral("read_bytes_sec"), c.iotune.readBytes);
        setNumberChild(io, QStringLiteral("write_bytes_sec"), c.iotune.writeBytes);
        setNumberChild(io, QStringLiteral("total_iops_sec"), c.iotune.totalIops);
        setNumberChild(io, QStringLiteral("read_iops_sec"), c.iotune.readIops);
        setNumberChild(io, QStringLiteral("write_iops_sec"), c.iotune.writeIops);
        return true;
    }
    case Kind::Bandwidth: {
        XmlElement *nic = needDevice(c.target);
        if (!nic || nic->name() != QLatin1String("interface"))
            return nic ? fail(error, ChangeText::tr("%1 is not a NIC.").arg(c.target)) : false;
        XmlElement *bw = nic->child(QStringLiteral("bandwidth"));
        if (bw)
            nic->removeChild(bw);
        if (!c.bandwidth.inboundKiBs && !c.bandwidth.outboundKiBs)
            return true;
        bw = nic->appendChild(QStringLiteral("bandwidth"));
        if (c.bandwidth.inboundKiBs)
            bw->appendChild(QStringLiteral("inbound"))
                ->setAttribute(QStringLiteral("average"), QString::number(c.bandwidth.inboundKiBs));
        if (c.bandwidth.outboundKiBs)
            bw->appendChild(QStringLiteral("outbound"))
                ->setAttribute(QStringLiteral("average"),
                               QString::number(c.bandwidth.outboundKiBs));
        return true;
    }
    case Kind::AddDisk:
    case Kind::AddNic:
    case Kind::AddDevice:
        // The editor made the element's text (a new volume's path, a chosen target) into text.
        if (!appendElementXml(devices, c.text, error))
            return false;
        // virtiofs needs the guest's memory shared with its daemon.
        if (c.text.contains(QLatin1String("type='virtiofs'"))
            && !root->find(QStringLiteral("memoryBacking/access"))) {
            XmlElement *backing = root->ensureChild(QStringLiteral("memoryBacking"));
            if (!backing->child(QStringLiteral("source")))
                backing->appendChild(QStringLiteral("source"))
                    ->setAttribute(QStringLiteral("type"), QStringLiteral("memfd"));
            backing->appendChild(QStringLiteral("access"))
                ->setAttribute(QStringLiteral("mode"), QStringLiteral("shared"));
        }
        return true;
    case Kind::RemoveDevice: {
        XmlElement *e = needDevice(c.target);
        if (!e)
            return false;
        devices->removeChild(e);
        return true;
    }
    case Kind::Title:
        doc.setTitle(c.text);
        return true;
    case Kind::Description:
        doc.setDescription(c.text);
        return true;
    case Kind::Autostart:
        return true; // not part of the definition
    }
    return fail(error, ChangeText::tr("Unknown change."));
}

} // namespace Vireo
