#include "xml/DomainDocument.h"

#include "xml/DomainXml.h"

namespace Vireo {

namespace {

const QString kOsinfoNs = QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0");

int intOf(const QString &text, int fallback = 0)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? v : fallback;
}

/// The source of a disk as one string: a path, a device, or pool/volume.
QString diskSource(const XmlElement *source)
{
    if (!source)
        return {};
    for (const char *attribute : {"file", "dev", "dir", "name"})
        if (source->hasAttribute(QLatin1String(attribute)))
            return source->attribute(QLatin1String(attribute));
    if (source->hasAttribute(QStringLiteral("volume")))
        return source->attribute(QStringLiteral("pool")) + QLatin1Char('/')
               + source->attribute(QStringLiteral("volume"));
    return {};
}

} // namespace

bool DomainDocument::read(const QString &xml, QString *error)
{
    if (!m_tree.read(xml, error))
        return false;
    if (root()->name() != QLatin1String("domain")) {
        if (error)
            *error = QStringLiteral("not a <domain> but a <%1>").arg(root()->name());
        m_tree.read(QString());
        return false;
    }
    return true;
}

QString DomainDocument::type() const
{
    return root() ? root()->attribute(QStringLiteral("type")) : QString();
}

QString DomainDocument::name() const
{
    const XmlElement *e = root() ? root()->child(QStringLiteral("name")) : nullptr;
    return e ? e->text() : QString();
}

QString DomainDocument::uuid() const
{
    const XmlElement *e = root() ? root()->child(QStringLiteral("uuid")) : nullptr;
    return e ? e->text().trimmed() : QString();
}

QString DomainDocument::title() const
{
    const XmlElement *e = root() ? root()->child(QStringLiteral("title")) : nullptr;
    return e ? e->text() : QString();
}

void DomainDocument::setTitle(const QString &title)
{
    XmlElement *e = root()->child(QStringLiteral("title"));
    if (title.isEmpty()) {
        if (e)
            root()->removeChild(e);
        return;
    }
    if (!e)
        e = root()->appendChild(QStringLiteral("title"), QStringLiteral("uuid"));
    e->setText(title);
}

QString DomainDocument::description() const
{
    const XmlElement *e = root() ? root()->child(QStringLiteral("description")) : nullptr;
    return e ? e->text() : QString();
}

void DomainDocument::setDescription(const QString &description)
{
    XmlElement *e = root()->child(QStringLiteral("description"));
    if (description.isEmpty()) {
        if (e)
            root()->removeChild(e);
        return;
    }
    if (!e)
        e = root()->appendChild(QStringLiteral("description"),
                                root()->child(QStringLiteral("title")) ? QStringLiteral("title")
                                                                       : QStringLiteral("uuid"));
    e->setText(description);
}

QString DomainDocument::osId() const
{
    const XmlElement *metadata = root() ? root()->child(QStringLiteral("metadata")) : nullptr;
    if (!metadata)
        return {};
    // The prefix is the writer's choice: find the element by its namespace declaration.
    for (const XmlElement *e : metadata->children()) {
        for (const auto &[name, value] : e->attributes()) {
            if (value != kOsinfoNs || !name.startsWith(QLatin1String("xmlns")))
                continue;
            const QString prefix = name.section(QLatin1Char(':'), 1);
            const QString os
                = prefix.isEmpty() ? QStringLiteral("os") : prefix + QStringLiteral(":os");
            if (const XmlElement *o = e->child(os))
                return o->attribute(QStringLiteral("id"));
        }
    }
    return {};
}

void DomainDocument::setOsId(const QString &osId)
{
    XmlElement *metadata = root()->child(QStringLiteral("metadata"));
    if (!metadata)
        metadata = root()->appendChild(QStringLiteral("metadata"), QStringLiteral("description"));
    for (XmlElement *e : metadata->children()) {
        for (const auto &[name, value] : e->attributes()) {
            if (value != kOsinfoNs || !name.startsWith(QLatin1String("xmlns")))
                continue;
            const QString prefix = name.section(QLatin1Char(':'), 1);
            e->ensureChild(prefix.isEmpty() ? QStringLiteral("os") : prefix + QStringLiteral(":os"))
                ->setAttribute(QStringLiteral("id"), osId);
            return;
        }
    }
    XmlElement *info = metadata->appendChild(QStringLiteral("libosinfo:libosinfo"));
    info->setAttribute(QStringLiteral("xmlns:libosinfo"), kOsinfoNs);
    info->appendChild(QStringLiteral("libosinfo:os"))->setAttribute(QStringLiteral("id"), osId);
}

quint64 DomainDocument::kibOf(const QString &element) const
{
    const XmlElement *e = root() ? root()->child(element) : nullptr;
    if (!e)
        return 0;
    return toKiB(e->text().trimmed().toULongLong(), e->attribute(QStringLiteral("unit")));
}

void DomainDocument::setKib(const QString &element, quint64 kib)
{
    XmlElement *e = root()->child(element);
    if (!e)
        e = root()->appendChild(element, QStringLiteral("memory"));
    if (kibOf(element) == kib && e->hasAttribute(QStringLiteral("unit")))
        return;
    e->setAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
    e->setText(QString::number(kib));
}

quint64 DomainDocument::memoryKiB() const
{
    return kibOf(QStringLiteral("memory"));
}

void DomainDocument::setMemoryKiB(quint64 kib)
{
    setKib(QStringLiteral("memory"), kib);
}

quint64 DomainDocument::currentMemoryKiB() const
{
    const quint64 current = kibOf(QStringLiteral("currentMemory"));
    return current ? current : memoryKiB();
}

void DomainDocument::setCurrentMemoryKiB(quint64 kib)
{
    setKib(QStringLiteral("currentMemory"), kib);
}

quint64 DomainDocument::maxMemoryKiB() const
{
    return kibOf(QStringLiteral("maxMemory"));
}

int DomainDocument::maxMemorySlots() const
{
    const XmlElement *e = root() ? root()->child(QStringLiteral("maxMemory")) : nullptr;
    return e ? intOf(e->attribute(QStringLiteral("slots"))) : 0;
}

int DomainDocument::maxVcpus() const
{
    const XmlElement *e = root() ? root()->child(QStringLiteral("vcpu")) : nullptr;
    return e ? intOf(e->text(), 1) : 1;
}

int DomainDocument::currentVcpus() const
{
    const XmlElement *e = root() ? root()->child(QStringLiteral("vcpu")) : nullptr;
    return e && e->hasAttribute(QStringLiteral("current"))
               ? intOf(e->attribute(QStringLiteral("current")), maxVcpus())
               : maxVcpus();
}

void DomainDocument::setVcpus(int current, int maximum)
{
    XmlElement *e = root()->child(QStringLiteral("vcpu"));
    if (!e)
        e = root()->appendChild(QStringLiteral("vcpu"), QStringLiteral("currentMemory"));
    if (maxVcpus() != maximum || e->text().trimmed().isEmpty())
        e->setText(QString::number(maximum));
    if (current < maximum)
        e->setAttribute(QStringLiteral("current"), QString::number(current));
    else
        e->removeAttribute(QStringLiteral("current"));
}

QString DomainDocument::cpuMode() const
{
    const XmlElement *cpu = root() ? root()->child(QStringLiteral("cpu")) : nullptr;
    return cpu ? cpu->attribute(QStringLiteral("mode")) : QString();
}

QString DomainDocument::cpuModel() const
{
    const XmlElement *model = root() ? root()->find(QStringLiteral("cpu/model")) : nullptr;
    return model ? model->text().trimmed() : QString();
}

void DomainDocument::setCpuMode(const QString &mode, const QString &model)
{
    XmlElement *cpu = root()->ensureChild(QStringLiteral("cpu"));
    cpu->setAttribute(QStringLiteral("mode"), mode);
    XmlElement *m = cpu->child(QStringLiteral("model"));
    if (model.isEmpty()) {
        if (m)
            cpu->removeChild(m);
        return;
    }
    if (!m)
        m = cpu->appendChild(QStringLiteral("model"));
    m->setText(model);
}

DomainDocument::CpuTopology DomainDocument::cpuTopology() const
{
    const XmlElement *t = root() ? root()->find(QStringLiteral("cpu/topology")) : nullptr;
    if (!t)
        return {};
    return {intOf(t->attribute(QStringLiteral("sockets"))),
            intOf(t->attribute(QStringLiteral("cores"))),
            intOf(t->attribute(QStringLiteral("threads")))};
}

void DomainDocument::setCpuTopology(const CpuTopology &topology)
{
    XmlElement *cpu = root()->ensureChild(QStringLiteral("cpu"));
    XmlElement *t = cpu->ensureChild(QStringLiteral("topology"));
    t->setAttribute(QStringLiteral("sockets"), QString::number(topology.sockets));
    t->setAttribute(QStringLiteral("cores"), QString::number(topology.cores));
    t->setAttribute(QStringLiteral("threads"), QString::number(topology.threads));
}

QString DomainDocument::arch() const
{
    const XmlElement *t = root() ? root()->find(QStringLiteral("os/type")) : nullptr;
    return t ? t->attribute(QStringLiteral("arch")) : QString();
}

QString DomainDocument::machine() const
{
    const XmlElement *t = root() ? root()->find(QStringLiteral("os/type")) : nullptr;
    return t ? t->attribute(QStringLiteral("machine")) : QString();
}

QString DomainDocument::firmware() const
{
    const XmlElement *os = root() ? root()->child(QStringLiteral("os")) : nullptr;
    if (!os)
        return {};
    if (os->hasAttribute(QStringLiteral("firmware")))
        return os->attribute(QStringLiteral("firmware"));
    if (const XmlElement *loader = os->child(QStringLiteral("loader")))
        return loader->attribute(QStringLiteral("type")) == QLatin1String("pflash")
                   ? QStringLiteral("efi")
                   : QStringLiteral("bios");
    return {};
}

QStringList DomainDocument::bootOrder() const
{
    QStringList order;
    const XmlElement *os = root() ? root()->child(QStringLiteral("os")) : nullptr;
    if (os)
        for (const XmlElement *b : os->children(QStringLiteral("boot")))
            order << b->attribute(QStringLiteral("dev"));
    return order;
}

void DomainDocument::setBootOrder(const QStringList &devices)
{
    if (bootOrder() == devices)
        return;
    XmlElement *os = root()->ensureChild(QStringLiteral("os"));
    for (XmlElement *b : os->children(QStringLiteral("boot")))
        os->removeChild(b);
    for (const QString &dev : devices) {
        XmlElement *after = os->children(QStringLiteral("boot")).isEmpty()
                                ? nullptr
                                : os->children(QStringLiteral("boot")).last();
        XmlElement *b = os->appendChild(QStringLiteral("boot"),
                                        after ? QStringLiteral("boot") : QStringLiteral("type"));
        b->setAttribute(QStringLiteral("dev"), dev);
    }
}

bool DomainDocument::bootMenu() const
{
    const XmlElement *menu = root() ? root()->find(QStringLiteral("os/bootmenu")) : nullptr;
    return menu && menu->attribute(QStringLiteral("enable")) == QLatin1String("yes");
}

void DomainDocument::setBootMenu(bool enabled)
{
    if (bootMenu() == enabled)
        return;
    XmlElement *os = root()->ensureChild(QStringLiteral("os"));
    XmlElement *menu = os->child(QStringLiteral("bootmenu"));
    if (!menu)
        menu = os->appendChild(QStringLiteral("bootmenu"));
    menu->setAttribute(QStringLiteral("enable"),
                       enabled ? QStringLiteral("yes") : QStringLiteral("no"));
}

XmlElement *DomainDocument::devices() const
{
    return root() ? root()->child(QStringLiteral("devices")) : nullptr;
}

QList<DomainDocument::Disk> DomainDocument::disks() const
{
    QList<Disk> list;
    if (!devices())
        return list;
    for (const XmlElement *e : devices()->children(QStringLiteral("disk"))) {
        Disk d;
        d.type = e->attribute(QStringLiteral("type"));
        d.device = e->attribute(QStringLiteral("device"), QStringLiteral("disk"));
        d.source = diskSource(e->child(QStringLiteral("source")));
        if (const XmlElement *t = e->child(QStringLiteral("target"))) {
            d.target = t->attribute(QStringLiteral("dev"));
            d.bus = t->attribute(QStringLiteral("bus"));
        }
        if (const XmlElement *driver = e->child(QStringLiteral("driver"))) {
            d.format = driver->attribute(QStringLiteral("type"));
            d.cache = driver->attribute(QStringLiteral("cache"));
            d.discard = driver->attribute(QStringLiteral("discard"));
        }
        d.readOnly = e->child(QStringLiteral("readonly")) != nullptr;
        d.shareable = e->child(QStringLiteral("shareable")) != nullptr;
        list << d;
    }
    return list;
}

XmlElement *DomainDocument::diskByTarget(const QString &target) const
{
    if (!devices())
        return nullptr;
    for (XmlElement *e : devices()->children(QStringLiteral("disk"))) {
        const XmlElement *t = e->child(QStringLiteral("target"));
        if (t && t->attribute(QStringLiteral("dev")) == target)
            return e;
    }
    return nullptr;
}

bool DomainDocument::setMedia(const QString &target, const QString &path)
{
    XmlElement *disk = diskByTarget(target);
    const QString device = disk ? disk->attribute(QStringLiteral("device")) : QString();
    if (!disk || (device != QLatin1String("cdrom") && device != QLatin1String("floppy")))
        return false;
    XmlElement *source = disk->child(QStringLiteral("source"));
    if (path.isEmpty()) {
        if (source)
            disk->removeChild(source);
        return true;
    }
    if (!source)
        source = disk->appendChild(QStringLiteral("source"), QStringLiteral("driver"));
    disk->setAttribute(QStringLiteral("type"), QStringLiteral("file"));
    source->setAttribute(QStringLiteral("file"), path);
    return true;
}

QString DomainDocument::diskXml(const QString &target) const
{
    const XmlElement *disk = diskByTarget(target);
    return disk ? disk->toString() : QString();
}

bool DomainDocument::setDiskCache(const QString &target, const QString &cache)
{
    XmlElement *disk = diskByTarget(target);
    if (!disk)
        return false;
    XmlElement *driver = disk->child(QStringLiteral("driver"));
    if (!driver) {
        driver = disk->appendChild(QStringLiteral("driver"));
        driver->setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    }
    if (cache.isEmpty())
        driver->removeAttribute(QStringLiteral("cache"));
    else
        driver->setAttribute(QStringLiteral("cache"), cache);
    return true;
}

bool DomainDocument::setDiskReadOnly(const QString &target, bool readOnly)
{
    XmlElement *disk = diskByTarget(target);
    if (!disk)
        return false;
    XmlElement *flag = disk->child(QStringLiteral("readonly"));
    if (readOnly && !flag)
        disk->appendChild(QStringLiteral("readonly"), QStringLiteral("target"));
    else if (!readOnly && flag)
        disk->removeChild(flag);
    return true;
}

QList<DomainDocument::Interface> DomainDocument::interfaces() const
{
    QList<Interface> list;
    if (!devices())
        return list;
    for (const XmlElement *e : devices()->children(QStringLiteral("interface"))) {
        Interface i;
        i.type = e->attribute(QStringLiteral("type"));
        if (const XmlElement *s = e->child(QStringLiteral("source")))
            i.source = s->attribute(
                QStringLiteral("network"),
                s->attribute(QStringLiteral("bridge"), s->attribute(QStringLiteral("dev"))));
        if (const XmlElement *m = e->child(QStringLiteral("mac")))
            i.mac = m->attribute(QStringLiteral("address"));
        if (const XmlElement *m = e->child(QStringLiteral("model")))
            i.model = m->attribute(QStringLiteral("type"));
        if (const XmlElement *l = e->child(QStringLiteral("link")))
            i.linkUp = l->attribute(QStringLiteral("state")) != QLatin1String("down");
        list << i;
    }
    return list;
}

XmlElement *DomainDocument::interfaceByMac(const QString &mac) const
{
    if (!devices())
        return nullptr;
    for (XmlElement *e : devices()->children(QStringLiteral("interface"))) {
        const XmlElement *m = e->child(QStringLiteral("mac"));
        if (m && m->attribute(QStringLiteral("address")).compare(mac, Qt::CaseInsensitive) == 0)
            return e;
    }
    return nullptr;
}

bool DomainDocument::setLinkUp(const QString &mac, bool up)
{
    XmlElement *nic = interfaceByMac(mac);
    if (!nic)
        return false;
    XmlElement *link = nic->child(QStringLiteral("link"));
    if (!link)
        link = nic->appendChild(QStringLiteral("link"));
    link->setAttribute(QStringLiteral("state"), up ? QStringLiteral("up") : QStringLiteral("down"));
    return true;
}

bool DomainDocument::setInterfaceModel(const QString &mac, const QString &model)
{
    XmlElement *nic = interfaceByMac(mac);
    if (!nic)
        return false;
    XmlElement *m = nic->child(QStringLiteral("model"));
    if (!m)
        m = nic->appendChild(QStringLiteral("model"), QStringLiteral("source"));
    m->setAttribute(QStringLiteral("type"), model);
    return true;
}

QList<DomainDocument::Graphics> DomainDocument::graphics() const
{
    QList<Graphics> list;
    if (!devices())
        return list;
    for (const XmlElement *e : devices()->children(QStringLiteral("graphics"))) {
        Graphics g;
        g.type = e->attribute(QStringLiteral("type"));
        g.port = intOf(e->attribute(QStringLiteral("port")), -1);
        g.listen = e->attribute(QStringLiteral("listen"));
        g.socket = e->attribute(QStringLiteral("socket"));
        if (const XmlElement *l = e->child(QStringLiteral("listen"))) {
            if (g.listen.isEmpty())
                g.listen = l->attribute(QStringLiteral("address"));
            if (g.socket.isEmpty())
                g.socket = l->attribute(QStringLiteral("socket"));
        }
        list << g;
    }
    return list;
}

QStringList DomainDocument::deviceKinds() const
{
    QStringList kinds;
    if (devices())
        for (const XmlElement *e : devices()->children())
            if (!kinds.contains(e->name()))
                kinds << e->name();
    return kinds;
}

} // namespace Vireo
