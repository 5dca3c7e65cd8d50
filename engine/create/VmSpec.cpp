#include "create/VmSpec.h"

#include "xml/DomainXml.h"

#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Vireo {

namespace {

const QString kOsinfoNs = QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0");

QString targetPrefix(const QString &bus)
{
    if (bus == QLatin1String("virtio"))
        return QStringLiteral("vd");
    if (bus == QLatin1String("ide"))
        return QStringLiteral("hd");
    return QStringLiteral("sd");
}

void element(QXmlStreamWriter &w, const QString &name, const QString &text)
{
    w.writeTextElement(name, text);
}

void emptyWith(QXmlStreamWriter &w, const QString &name,
               std::initializer_list<std::pair<QString, QString>> attributes)
{
    w.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        w.writeAttribute(key, value);
}

void writeOs(QXmlStreamWriter &w, const VmSpec &s)
{
    w.writeStartElement(QStringLiteral("os"));
    if (s.firmware != Firmware::Bios)
        w.writeAttribute(QStringLiteral("firmware"), QStringLiteral("efi"));
    w.writeStartElement(QStringLiteral("type"));
    w.writeAttribute(QStringLiteral("arch"), s.arch);
    w.writeAttribute(QStringLiteral("machine"), s.machine);
    w.writeCharacters(QStringLiteral("hvm"));
    w.writeEndElement();
    if (s.firmware != Firmware::Bios) {
        // libvirt picks the OVMF build that has (or has not) these features.
        const QString on
            = s.firmware == Firmware::UefiSecureBoot ? QStringLiteral("yes") : QStringLiteral("no");
        w.writeStartElement(QStringLiteral("firmware"));
        emptyWith(w, QStringLiteral("feature"),
                  {{QStringLiteral("enabled"), on},
                   {QStringLiteral("name"), QStringLiteral("enrolled-keys")}});
        emptyWith(w, QStringLiteral("feature"),
                  {{QStringLiteral("enabled"), on},
                   {QStringLiteral("name"), QStringLiteral("secure-boot")}});
        w.writeEndElement();
    }
    if (!s.kernel.isEmpty()) {
        element(w, QStringLiteral("kernel"), s.kernel);
        if (!s.initrd.isEmpty())
            element(w, QStringLiteral("initrd"), s.initrd);
        if (!s.kernelArgs.isEmpty())
            element(w, QStringLiteral("cmdline"), s.kernelArgs);
    }
    // The disk first, always: while it is empty the firmware falls through to the install media
    // (or the network), and once the installer has made it bootable the installed system starts,
    // also when the installer reboots inside the same QEMU process.
    emptyWith(w, QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("hd")}});
    if (s.bootFromCdrom)
        emptyWith(w, QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("cdrom")}});
    if (s.bootFromNetwork)
        emptyWith(w, QStringLiteral("boot"), {{QStringLiteral("dev"), QStringLiteral("network")}});
    w.writeEndElement();
}

void writeDisks(QXmlStreamWriter &w, const VmSpec &s)
{
    QHash<QString, int> used;
    for (const VmDisk &d : s.disks) {
        const bool cdrom = d.device == VmDisk::Device::Cdrom;
        QString target = d.target;
        if (target.isEmpty()) {
            const QString prefix = targetPrefix(d.bus);
            target = prefix + QChar(u'a' + used[prefix]++);
        }
        w.writeStartElement(QStringLiteral("disk"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
        w.writeAttribute(QStringLiteral("device"),
                         cdrom ? QStringLiteral("cdrom") : QStringLiteral("disk"));
        emptyWith(
            w, QStringLiteral("driver"),
            {{QStringLiteral("name"), QStringLiteral("qemu")}, {QStringLiteral("type"), d.format}});
        if (!d.path.isEmpty() && d.encryptionSecret.isEmpty()) {
            emptyWith(w, QStringLiteral("source"), {{QStringLiteral("file"), d.path}});
        } else if (!d.path.isEmpty()) {
            w.writeStartElement(QStringLiteral("source"));
            w.writeAttribute(QStringLiteral("file"), d.path);
            w.writeStartElement(QStringLiteral("encryption"));
            w.writeAttribute(QStringLiteral("format"), QStringLiteral("luks"));
            emptyWith(w, QStringLiteral("secret"),
                      {{QStringLiteral("type"), QStringLiteral("passphrase")},
                       {QStringLiteral("uuid"), d.encryptionSecret}});
            w.writeEndElement();
            w.writeEndElement();
        }
        emptyWith(w, QStringLiteral("target"),
                  {{QStringLiteral("dev"), target}, {QStringLiteral("bus"), d.bus}});
        if (cdrom || d.readOnly)
            w.writeEmptyElement(QStringLiteral("readonly"));
        w.writeEndElement();
    }
}

void writeNics(QXmlStreamWriter &w, const VmSpec &s)
{
    for (const VmNic &n : s.nics) {
        w.writeStartElement(QStringLiteral("interface"));
        switch (n.kind) {
        case VmNic::Kind::User:
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("user"));
            break;
        case VmNic::Kind::Network:
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
            emptyWith(w, QStringLiteral("source"), {{QStringLiteral("network"), n.source}});
            break;
        case VmNic::Kind::Bridge:
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("bridge"));
            emptyWith(w, QStringLiteral("source"), {{QStringLiteral("bridge"), n.source}});
            break;
        }
        if (!n.mac.isEmpty())
            emptyWith(w, QStringLiteral("mac"), {{QStringLiteral("address"), n.mac}});
        emptyWith(w, QStringLiteral("model"), {{QStringLiteral("type"), n.model}});
        w.writeEndElement();
    }
}

void writeGraphics(QXmlStreamWriter &w, const VmSpec &s)
{
    if (s.graphics.type == VmGraphics::Type::None)
        return;
    const bool spice = s.graphics.type == VmGraphics::Type::Spice;
    w.writeStartElement(QStringLiteral("graphics"));
    w.writeAttribute(QStringLiteral("type"),
                     spice ? QStringLiteral("spice") : QStringLiteral("vnc"));
    if (!s.graphics.unixSocket)
        w.writeAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
    // Only this machine may reach the console: loopback or a unix socket, never the network.
    if (s.graphics.unixSocket)
        emptyWith(w, QStringLiteral("listen"),
                  {{QStringLiteral("type"), QStringLiteral("socket")}});
    else
        emptyWith(w, QStringLiteral("listen"),
                  {{QStringLiteral("type"), QStringLiteral("address")},
                   {QStringLiteral("address"), QStringLiteral("127.0.0.1")}});
    w.writeEndElement();
    if (spice) {
        w.writeStartElement(QStringLiteral("channel"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("spicevmc"));
        emptyWith(w, QStringLiteral("target"),
                  {{QStringLiteral("type"), QStringLiteral("virtio")},
                   {QStringLiteral("name"), QStringLiteral("com.redhat.spice.0")}});
        w.writeEndElement();
    }
    if (spice && s.webdavChannel) {
        const QString port = QStringLiteral("org.spice-space.webdav.0");
        w.writeStartElement(QStringLiteral("channel"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("spiceport"));
        emptyWith(w, QStringLiteral("source"), {{QStringLiteral("channel"), port}});
        emptyWith(
            w, QStringLiteral("target"),
            {{QStringLiteral("type"), QStringLiteral("virtio")}, {QStringLiteral("name"), port}});
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("video"));
    emptyWith(w, QStringLiteral("model"),
              {{QStringLiteral("type"),
                s.virtioDevices ? QStringLiteral("virtio") : QStringLiteral("vga")}});
    w.writeEndElement();
    if (!s.sound.isEmpty())
        emptyWith(w, QStringLiteral("sound"), {{QStringLiteral("model"), s.sound}});
    for (int i = 0; spice && i < s.usbRedirChannels; ++i)
        emptyWith(w, QStringLiteral("redirdev"),
                  {{QStringLiteral("bus"), QStringLiteral("usb")},
                   {QStringLiteral("type"), QStringLiteral("spicevmc")}});
}

} // namespace

constexpr int kPcieRootPorts = 14;

QString writeDomainXml(const VmSpec &s)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("domain"));
    w.writeAttribute(QStringLiteral("type"),
                     s.emulated ? QStringLiteral("qemu") : QStringLiteral("kvm"));
    w.writeNamespace(kOsinfoNs, QStringLiteral("libosinfo"));
    element(w, QStringLiteral("name"), s.name);
    if (!s.uuid.isEmpty())
        element(w, QStringLiteral("uuid"), s.uuid);
    if (!s.description.isEmpty())
        element(w, QStringLiteral("description"), s.description);
    if (!s.osId.isEmpty()) {
        w.writeStartElement(QStringLiteral("metadata"));
        w.writeStartElement(kOsinfoNs, QStringLiteral("libosinfo"));
        w.writeEmptyElement(kOsinfoNs, QStringLiteral("os"));
        w.writeAttribute(QStringLiteral("id"), s.osId);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("memory"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    w.writeCharacters(QString::number(s.memoryMiB));
    w.writeEndElement();
    element(w, QStringLiteral("vcpu"), QString::number(s.vcpus));
    writeOs(w, s);
    w.writeStartElement(QStringLiteral("features"));
    const bool arm = s.arch == QLatin1String("aarch64");
    w.writeEmptyElement(QStringLiteral("acpi"));
    if (!arm) // ARM's virt has a GIC, which libvirt picks
        w.writeEmptyElement(QStringLiteral("apic"));
    if (s.firmware == Firmware::UefiSecureBoot && !arm) // OVMF's secure boot needs SMM
        emptyWith(w, QStringLiteral("smm"), {{QStringLiteral("state"), QStringLiteral("on")}});
    w.writeEndElement();
    if (!s.emulated)
        emptyWith(w, QStringLiteral("cpu"),
                  {{QStringLiteral("mode"), QStringLiteral("host-passthrough")}});
    else if (arm) // QEMU's virt would start a 32-bit Cortex-A15; -cpu max is every feature TCG has
        emptyWith(w, QStringLiteral("cpu"),
                  {{QStringLiteral("mode"), QStringLiteral("maximum")},
                   {QStringLiteral("check"), QStringLiteral("none")}});
    emptyWith(w, QStringLiteral("clock"),
              {{QStringLiteral("offset"),
                s.localtimeClock ? QStringLiteral("localtime") : QStringLiteral("utc")}});
    element(w, QStringLiteral("on_poweroff"), QStringLiteral("destroy"));
    element(w, QStringLiteral("on_reboot"),
            s.stopOnReboot ? QStringLiteral("destroy") : QStringLiteral("restart"));
    element(w, QStringLiteral("on_crash"), QStringLiteral("destroy"));

    w.writeStartElement(QStringLiteral("devices"));
    writeDisks(w, s);
    writeNics(w, s);
    w.writeStartElement(QStringLiteral("serial"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    if (!s.serialLogPath.isEmpty())
        emptyWith(w, QStringLiteral("log"),
                  {{QStringLiteral("file"), s.serialLogPath},
                   {QStringLiteral("append"), QStringLiteral("off")}});
    w.writeEndElement();
    if (s.guestAgent) {
        w.writeStartElement(QStringLiteral("channel"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("unix"));
        emptyWith(w, QStringLiteral("target"),
                  {{QStringLiteral("type"), QStringLiteral("virtio")},
                   {QStringLiteral("name"), QStringLiteral("org.qemu.guest_agent.0")}});
        w.writeEndElement();
    }
    writeGraphics(w, s);
    emptyWith(w, QStringLiteral("input"),
              {{QStringLiteral("type"), QStringLiteral("tablet")},
               {QStringLiteral("bus"), QStringLiteral("usb")}});
    if (arm) // no PS/2 on virt
        emptyWith(w, QStringLiteral("input"),
                  {{QStringLiteral("type"), QStringLiteral("keyboard")},
                   {QStringLiteral("bus"), QStringLiteral("usb")}});
    if (std::any_of(s.disks.begin(), s.disks.end(),
                    [](const VmDisk &d) { return d.bus == QLatin1String("scsi"); }))
        emptyWith(w, QStringLiteral("controller"),
                  {{QStringLiteral("type"), QStringLiteral("scsi")},
                   {QStringLiteral("model"), QStringLiteral("virtio-scsi")}});
    emptyWith(w, QStringLiteral("controller"),
              {{QStringLiteral("type"), QStringLiteral("usb")},
               {QStringLiteral("model"), QStringLiteral("qemu-xhci")}});
    // On PCI Express machines every device sits behind a root port, and a hot-plugged one needs
    // a free port: libvirt adds only as many as the devices at definition take. 14 in all, as
    // virt-install gives: the devices' and room for several hot-plugged disks and NICs.
    if (s.machine == QLatin1String("q35") || s.machine == QLatin1String("virt")) {
        emptyWith(w, QStringLiteral("controller"), // index 0: the root complex they hang off
                  {{QStringLiteral("type"), QStringLiteral("pci")},
                   {QStringLiteral("index"), QStringLiteral("0")},
                   {QStringLiteral("model"), QStringLiteral("pcie-root")}});
        for (int i = 0; i < kPcieRootPorts; ++i)
            emptyWith(w, QStringLiteral("controller"),
                      {{QStringLiteral("type"), QStringLiteral("pci")},
                       {QStringLiteral("model"), QStringLiteral("pcie-root-port")}});
    }
    if (s.tpm) {
        w.writeStartElement(QStringLiteral("tpm"));
        w.writeAttribute(QStringLiteral("model"), QStringLiteral("tpm-crb"));
        emptyWith(w, QStringLiteral("backend"),
                  {{QStringLiteral("type"), QStringLiteral("emulator")},
                   {QStringLiteral("version"), QStringLiteral("2.0")}});
        w.writeEndElement();
    }
    if (s.virtioDevices) {
        w.writeStartElement(QStringLiteral("rng"));
        w.writeAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
        w.writeStartElement(QStringLiteral("backend"));
        w.writeAttribute(QStringLiteral("model"), QStringLiteral("random"));
        w.writeCharacters(QStringLiteral("/dev/urandom"));
        w.writeEndElement();
        w.writeEndElement();
    }
    emptyWith(w, QStringLiteral("memballoon"),
              {{QStringLiteral("model"),
                s.virtioDevices ? QStringLiteral("virtio") : QStringLiteral("none")}});
    w.writeEndElement(); // devices
    w.writeEndElement(); // domain
    w.writeEndDocument();
    return out;
}

VmSpec readVmSpec(const QString &xml)
{
    VmSpec s;
    s.disks.clear();
    s.nics.clear();
    s.graphics.type = VmGraphics::Type::None;
    s.virtioDevices = false;
    s.guestAgent = false;
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement() || r.name() != QLatin1String("domain"))
        return s;
    s.emulated = r.attributes().value(QLatin1String("type")) == QLatin1String("qemu");
    bool secureBoot = false;
    bool efi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto name = r.name();
        const auto a = r.attributes();
        if (name == QLatin1String("name") && s.name.isEmpty()) {
            s.name = r.readElementText();
        } else if (name == QLatin1String("uuid")) {
            s.uuid = r.readElementText();
        } else if (name == QLatin1String("description")) {
            s.description = r.readElementText();
        } else if (name == QLatin1String("os") && r.namespaceUri() == kOsinfoNs) {
            s.osId = a.value(QLatin1String("id")).toString();
        } else if (name == QLatin1String("os")) {
            efi = a.value(QLatin1String("firmware")) == QLatin1String("efi");
        } else if (name == QLatin1String("type") && a.hasAttribute(QLatin1String("machine"))) {
            s.machine = a.value(QLatin1String("machine")).toString();
            if (a.hasAttribute(QLatin1String("arch")))
                s.arch = a.value(QLatin1String("arch")).toString();
        } else if (name == QLatin1String("feature")) {
            if (a.value(QLatin1String("name")) == QLatin1String("secure-boot"))
                secureBoot = a.value(QLatin1String("enabled")) == QLatin1String("yes");
        } else if (name == QLatin1String("kernel")) {
            s.kernel = r.readElementText();
        } else if (name == QLatin1String("initrd")) {
            s.initrd = r.readElementText();
        } else if (name == QLatin1String("cmdline")) {
            s.kernelArgs = r.readElementText();
        } else if (name == QLatin1String("on_reboot")) {
            s.stopOnReboot = r.readElementText() == QLatin1String("destroy");
        } else if (name == QLatin1String("boot")) {
            const auto dev = a.value(QLatin1String("dev"));
            s.bootFromCdrom |= dev == QLatin1String("cdrom");
            s.bootFromNetwork |= dev == QLatin1String("network");
        } else if (name == QLatin1String("memory")) {
            s.memoryMiB = toKiB(r.readElementText().toULongLong(),
                                a.value(QLatin1String("unit")).toString())
                          / 1024;
        } else if (name == QLatin1String("vcpu")) {
            s.vcpus = r.readElementText().toInt();
        } else if (name == QLatin1String("clock")) {
            s.localtimeClock = a.value(QLatin1String("offset")) == QLatin1String("localtime");
        } else if (name == QLatin1String("disk")) {
            VmDisk d;
            d.device = a.value(QLatin1String("device")) == QLatin1String("cdrom")
                           ? VmDisk::Device::Cdrom
                           : VmDisk::Device::Disk;
            while (r.readNextStartElement()) {
                const auto da = r.attributes();
                if (r.name() == QLatin1String("driver"))
                    d.format = da.value(QLatin1String("type")).toString();
                else if (r.name() == QLatin1String("source")) {
                    d.path = da.value(QLatin1String("file")).toString();
                    // <encryption><secret uuid/></encryption> inside
                    while (r.readNextStartElement()) {
                        if (r.name() != QLatin1String("encryption")) {
                            r.skipCurrentElement();
                            continue;
                        }
                        while (r.readNextStartElement()) {
                            if (r.name() == QLatin1String("secret"))
                                d.encryptionSecret
                                    = r.attributes().value(QLatin1String("uuid")).toString();
                            r.skipCurrentElement();
                        }
                    }
                    continue; // at </source> already
                } else if (r.name() == QLatin1String("target")) {
                    d.target = da.value(QLatin1String("dev")).toString();
                    d.bus = da.value(QLatin1String("bus")).toString();
                } else if (r.name() == QLatin1String("readonly"))
                    d.readOnly = d.device == VmDisk::Device::Disk;
                r.skipCurrentElement();
            }
            s.disks << d;
        } else if (name == QLatin1String("interface")) {
            VmNic n;
            const auto type = a.value(QLatin1String("type"));
            n.kind = type == QLatin1String("network")  ? VmNic::Kind::Network
                     : type == QLatin1String("bridge") ? VmNic::Kind::Bridge
                                                       : VmNic::Kind::User;
            while (r.readNextStartElement()) {
                const auto na = r.attributes();
                if (r.name() == QLatin1String("source"))
                    n.source = na.hasAttribute(QLatin1String("network"))
                                   ? na.value(QLatin1String("network")).toString()
                                   : na.value(QLatin1String("bridge")).toString();
                else if (r.name() == QLatin1String("mac"))
                    n.mac = na.value(QLatin1String("address")).toString();
                else if (r.name() == QLatin1String("model"))
                    n.model = na.value(QLatin1String("type")).toString();
                r.skipCurrentElement();
            }
            s.nics << n;
        } else if (name == QLatin1String("graphics")) {
            s.graphics.type = a.value(QLatin1String("type")) == QLatin1String("vnc")
                                  ? VmGraphics::Type::Vnc
                                  : VmGraphics::Type::Spice;
        } else if (name == QLatin1String("listen")) {
            s.graphics.unixSocket = a.value(QLatin1String("type")) == QLatin1String("socket");
        } else if (name == QLatin1String("log")) {
            s.serialLogPath = a.value(QLatin1String("file")).toString();
        } else if (name == QLatin1String("tpm")) {
            s.tpm = true;
        } else if (name == QLatin1String("target")
                   && a.value(QLatin1String("name")) == QLatin1String("org.qemu.guest_agent.0")) {
            s.guestAgent = true;
        } else if (name == QLatin1String("sound")) {
            s.sound = a.value(QLatin1String("model")).toString();
        } else if (name == QLatin1String("redirdev")) {
            ++s.usbRedirChannels;
        } else if (name == QLatin1String("source")
                   && a.value(QLatin1String("channel"))
                          == QLatin1String("org.spice-space.webdav.0")) {
            s.webdavChannel = true;
        } else if (name == QLatin1String("rng")) {
            s.virtioDevices = a.value(QLatin1String("model")) == QLatin1String("virtio");
        }
    }
    s.firmware = !efi ? Firmware::Bios : secureBoot ? Firmware::UefiSecureBoot : Firmware::Uefi;
    return s;
}

QString soundModelFor(const QString &machine)
{
    if (machine == QLatin1String("q35"))
        return QStringLiteral("ich9");
    if (machine == QLatin1String("pc") || machine.startsWith(QLatin1String("pc-i440fx")))
        return QStringLiteral("ich6");
    return {};
}

QString cdromBus(const VmSpec &spec)
{
    if (spec.arch == QLatin1String("aarch64"))
        return QStringLiteral("scsi");
    return spec.machine == QLatin1String("q35") ? QStringLiteral("sata") : QStringLiteral("ide");
}

void makeArm(VmSpec &spec)
{
    spec.arch = QStringLiteral("aarch64");
    spec.machine = QStringLiteral("virt");
    spec.emulated = true;
    spec.firmware = Firmware::Uefi; // ARM machines boot UEFI (AAVMF); no Secure Boot keys here
    spec.tpm = false;
    spec.sound.clear(); // as virt-manager: no sound card on ARM's virt machine
    spec.virtioDevices = true;
    spec.localtimeClock = false;
    for (VmDisk &d : spec.disks)
        d.bus
            = d.device == VmDisk::Device::Cdrom ? QStringLiteral("scsi") : QStringLiteral("virtio");
    for (VmNic &n : spec.nics)
        n.model = QStringLiteral("virtio");
}

} // namespace Vireo
