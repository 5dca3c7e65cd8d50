// HardwareEditor::applyNow: a change set checked against the host, applied to the definition all
// at once, then made live change by change.

#include "hardware/HardwareEditor.h"
#include "security/Isolation.h"
#include "storage/EncryptedVolumes.h"

#include "core/LibvirtError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::HardwareEditor {

namespace {

struct ApplyText
{
    Q_DECLARE_TR_FUNCTIONS(ApplyText)
};

using Kind = HardwareChange::Kind;

/// What other VMs of the connection use: their writable disks and their MACs.
struct OtherDomains
{
    QMap<QString, QString> writableDisks; // path -> VM name
    QMap<QString, QString> macs;          // lower-case MAC -> VM name
};

OtherDomains otherDomains(virConnectPtr conn, const QString &selfUuid)
{
    OtherDomains others;
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(conn, &domains, 0);
    for (int i = 0; i < n; ++i) {
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(domains[i], uuid);
        if (QLatin1String(uuid) != selfUuid) {
            const QString name = QString::fromUtf8(virDomainGetName(domains[i]));
            for (unsigned flags : {0u, unsigned(VIR_DOMAIN_XML_INACTIVE)}) {
                char *xml = virDomainGetXMLDesc(domains[i], flags);
                DomainDocument doc;
                if (xml && doc.read(QString::fromUtf8(xml))) {
                    for (const DomainDocument::Disk &d : doc.disks())
                        if (!d.readOnly && !d.shareable && !d.source.isEmpty())
                            others.writableDisks.insert(d.source, name);
                    for (const DomainDocument::Interface &nic : doc.interfaces())
                        others.macs.insert(nic.mac.toLower(), name);
                }
                free(xml);
            }
        }
        virDomainFree(domains[i]);
    }
    free(domains);
    virResetLastError();
    return others;
}

bool isLocal(virConnectPtr conn)
{
    char *uri = virConnectGetURI(conn);
    const QUrl url(QString::fromUtf8(uri));
    free(uri);
    return url.host().isEmpty() || url.host() == QLatin1String("localhost");
}

/// Whether a path names something on the host: a storage volume, or on a local connection a
/// file.
bool pathExists(virConnectPtr conn, const QString &path)
{
    if (virStorageVolPtr vol = virStorageVolLookupByPath(conn, path.toUtf8().constData())) {
        virStorageVolFree(vol);
        return true;
    }
    virResetLastError();
    return isLocal(conn) && QFileInfo::exists(path);
}

/// Whether a new device takes a PCI(e) slot.
bool needsPciSlot(const QString &xml)
{
    static const QRegularExpression element(QStringLiteral("^\\s*<(\\w+)"));
    const QString name = element.match(xml).captured(1);
    if (name == QLatin1String("disk"))
        return xml.contains(QLatin1String("bus='virtio'"));
    if (name == QLatin1String("hostdev"))
        return xml.contains(QLatin1String("type='pci'"));
    return name == QLatin1String("interface") || name == QLatin1String("rng")
           || name == QLatin1String("filesystem") || name == QLatin1String("controller")
           || name == QLatin1String("sound")
           || (name == QLatin1String("watchdog") && xml.contains(QLatin1String("i6300esb")));
}

QString randomMac()
{
    const quint32 r = QRandomGenerator::global()->generate();
    return QStringLiteral("52:54:00:%1:%2:%3")
        .arg((r >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((r >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(r & 0xff, 2, 16, QLatin1Char('0'));
}

/// Order within a set: maxima before what they bound.
int rank(Kind kind)
{
    return kind == Kind::MaxMemory || kind == Kind::MaxVcpus ? 0 : 1;
}

struct Resolver
{
    virConnectPtr conn;
    const HardwareState &state;
    QString selfUuid;
    std::optional<OtherDomains> others;
    QSet<QString> targets;
    QSet<QString> macs;
    QStringList *warnings;

    const OtherDomains &other()
    {
        if (!others)
            others = otherDomains(conn, selfUuid);
        return *others;
    }

    /// Checks one change against the host and fills in what the editor chooses (a disk's
    /// target and path, a NIC's MAC, the element text). False with the reason.
    bool resolve(HardwareChange &c, QString *why)
    {
        auto no = [why](const QString &text) {
            *why = text;
            return false;
        };
        const int hostCpus = state.hostCpus;
        switch (c.kind) {
        case Kind::Memory:
        case Kind::MaxMemory:
            if (state.hostMemoryKiB && c.number > state.hostMemoryKiB)
                return no(ApplyText::tr("%1 is more than the host has (%2).")
                              .arg(kibText(c.number), kibText(state.hostMemoryKiB)));
            if (c.number < 128 * 1024)
                warnings->append(ApplyText::tr("%1 is less than most operating systems need.")
                                     .arg(kibText(c.number)));
            return true;
        case Kind::Vcpus:
        case Kind::MaxVcpus:
            if (c.count < 1)
                return no(ApplyText::tr("A VM needs at least one vCPU."));
            if (state.maxVcpus && c.count > state.maxVcpus)
                return no(ApplyText::tr("The machine type %1 takes at most %2 vCPUs.")
                              .arg(state.config.boot.machine)
                              .arg(state.maxVcpus));
            return true;
        case Kind::PinVcpu:
        case Kind::PinEmulator:
            for (int cpu : parseCpuList(c.text))
                if (hostCpus && cpu >= hostCpus)
                    return no(ApplyText::tr("The host has no CPU %1 (its CPUs are 0-%2).")
                                  .arg(cpu)
                                  .arg(hostCpus - 1));
            return true;
        case Kind::CpuModel: {
            if (c.text.isEmpty() || c.text == QLatin1String("host-model")
                || c.text == QLatin1String("host-passthrough")
                || c.text == QLatin1String("maximum"))
                return true;
            // What domain capabilities call usable runs; anything else gets libvirt's reason.
            if (state.cpuModels.contains(c.text))
                return true;
            const Hardware &hw = state.config;
            const QByteArray cpu = QStringLiteral("<cpu mode='custom' match='exact'><model "
                                                  "fallback='forbid'>%1</model></cpu>")
                                       .arg(c.text.toHtmlEscaped())
                                       .toUtf8();
            auto opt = [](const QString &s) { return s.isEmpty() ? QByteArray() : s.toUtf8(); };
            const QByteArray emulator = opt(hw.boot.emulator), arch = opt(hw.boot.arch),
                             machine = opt(hw.boot.machine), type = opt(hw.type);
            const int rc = virConnectCompareHypervisorCPU(
                conn, emulator.isEmpty() ? nullptr : emulator.constData(),
                arch.isEmpty() ? nullptr : arch.constData(),
                machine.isEmpty() ? nullptr : machine.constData(),
                type.isEmpty() ? nullptr : type.constData(), cpu.constData(),
                VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE);
            if (rc <= 0)
                return no(
                    takeLibvirtError(ApplyText::tr("The host cannot run CPU model %1.").arg(c.text))
                        .text());
            return true;
        }
        case Kind::BootOrder:
            if (state.config.boot.directKernel && !c.list.isEmpty())
                warnings->append(ApplyText::tr("This VM boots a kernel file directly: with a boot "
                                               "order, its firmware tries those devices first."));
            return true;
        case Kind::Media:
            if (!c.text.isEmpty() && !pathExists(conn, c.text))
                return no(ApplyText::tr("%1 does not exist on the host.").arg(c.text));
            return true;
        case Kind::AddDisk: {
            DiskRequest &r = c.disk;
            if (r.target.isEmpty()) {
                Hardware both = state.config;
                both.devices += state.live.devices;
                for (const QString &t : std::as_const(targets)) {
                    HardwareDevice taken;
                    taken.disk.target = t;
                    both.devices << taken;
                }
                r.target = both.freeTarget(r.bus);
            }
            if (r.target.isEmpty() || targets.contains(r.target) || state.config.device(r.target)
                || state.live.device(r.target))
                return no(ApplyText::tr("The VM already has a disk %1.").arg(r.target));
            targets.insert(r.target);
            if (r.pool.isEmpty()) {
                if (!pathExists(conn, r.path))
                    return no(ApplyText::tr("%1 does not exist on the host.").arg(r.path));
                if (!r.readOnly && other().writableDisks.contains(r.path))
                    return no(ApplyText::tr("%1 is in use, writable, by the VM '%2'.")
                                  .arg(r.path, other().writableDisks.value(r.path)));
                c.text = diskXml(r, r.path);
                return true;
            }
            if (r.sizeBytes == 0)
                return no(ApplyText::tr("A new disk needs a size."));
            virStoragePoolPtr pool = virStoragePoolLookupByName(conn, r.pool.toUtf8().constData());
            if (!pool) {
                virResetLastError();
                return no(ApplyText::tr("There is no storage pool '%1'.").arg(r.pool));
            }
            virStoragePoolInfo info{};
            virStoragePoolGetInfo(pool, &info);
            virStoragePoolFree(pool);
            if (r.sizeBytes > info.available && !r.allowOverCommit)
                return no(
                    ApplyText::tr("%1 is more than the %2 free in pool '%3' (confirm to "
                                  "create it anyway: it grows as the guest writes).")
                        .arg(kibText(r.sizeBytes / 1024), kibText(info.available / 1024), r.pool));
            return true; // the volume is made, and the XML written, once every change is checked
        }
        case Kind::AddNic: {
            NicRequest &r = c.nic;
            if (r.mac.isEmpty()) {
                do
                    r.mac = randomMac();
                while (other().macs.contains(r.mac) || macs.contains(r.mac));
            }
            static const QRegularExpression macRe(
                QStringLiteral("^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$"));
            if (!macRe.match(r.mac).hasMatch())
                return no(ApplyText::tr("'%1' is not a MAC address (like 52:54:00:12:34:56).")
                              .arg(r.mac));
            const QString lower = r.mac.toLower();
            if (state.config.device(lower) || state.live.device(lower) || macs.contains(lower))
                return no(ApplyText::tr("The VM already has a NIC with MAC %1.").arg(r.mac));
            if (other().macs.contains(lower))
                return no(ApplyText::tr("The MAC %1 is used by the VM '%2'.")
                              .arg(r.mac, other().macs.value(lower)));
            macs.insert(lower);
            if (r.type == QLatin1String("network")) {
                virNetworkPtr net = virNetworkLookupByName(conn, r.source.toUtf8().constData());
                if (!net) {
                    virResetLastError();
                    return no(ApplyText::tr("There is no virtual network '%1'.").arg(r.source));
                }
                virNetworkFree(net);
            }
            c.text = nicXml(r);
            return true;
        }
        case Kind::RemoveDevice:
            if (!state.config.device(c.target) && !state.live.device(c.target))
                return no(ApplyText::tr("The VM has no device %1.").arg(c.target));
            return true;
        case Kind::AddDevice:
            // The VM's isolation says what it may share (Security tab).
            if (const QString refused = Isolation::refusalFor(c.text, state.inactiveXml);
                !refused.isEmpty())
                return no(refused);
            return true;
        default:
            return true;
        }
    }
};

/// Makes a new volume for a disk; its path, or empty with the reason.
QString createVolume(virConnectPtr conn, const QString &vmName, DiskRequest &r,
                     virStorageVolPtr *made, QString *why)
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, r.pool.toUtf8().constData());
    if (!pool) {
        *why = takeLibvirtError(ApplyText::tr("No pool %1.").arg(r.pool)).text();
        return {};
    }
    QString name = QStringLiteral("%1-%2.%3").arg(vmName, r.target, r.format);
    for (int n = 2;
         virStorageVolPtr existing = virStorageVolLookupByName(pool, name.toUtf8().constData());
         ++n) {
        virStorageVolFree(existing);
        name = QStringLiteral("%1-%2-%3.%4").arg(vmName, r.target).arg(n).arg(r.format);
    }
    virResetLastError();
    if (!r.passphrase.isEmpty()) {
        if (r.format != QLatin1String("qcow2")) {
            virStoragePoolFree(pool);
            *why = ApplyText::tr("Only qcow2 disks can be encrypted.");
            return {};
        }
        *made
            = EncryptedVolumes::create(conn, pool, name, r.sizeBytes, r.passphrase, &r.secret, why);
        virStoragePoolFree(pool);
        if (!*made)
            return {};
        char *path = virStorageVolGetPath(*made);
        const QString result = QString::fromUtf8(path);
        free(path);
        return result;
    }
    const QByteArray xml
        = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2"
                         "</capacity><target><format type='%3'/></target></volume>")
              .arg(name.toHtmlEscaped())
              .arg(r.sizeBytes)
              .arg(r.format.toHtmlEscaped())
              .toUtf8();
    *made = virStorageVolCreateXML(pool, xml.constData(), 0);
    virStoragePoolFree(pool);
    if (!*made) {
        *why = takeLibvirtError(ApplyText::tr("Could not create the volume %1.").arg(name)).text();
        return {};
    }
    char *path = virStorageVolGetPath(*made);
    const QString result = QString::fromUtf8(path);
    free(path);
    return result;
}

QByteArray cpuMap(const QString &cpus, int hostCpus)
{
    QByteArray map(VIR_CPU_MAPLEN(qMax(1, hostCpus)), '\0');
    const QList<int> list = cpus.isEmpty() ? QList<int>() : parseCpuList(cpus);
    for (int cpu = 0; cpu < hostCpus; ++cpu)
        if (cpus.isEmpty() || list.contains(cpu))
            VIR_USE_CPU(reinterpret_cast<unsigned char *>(map.data()), cpu);
    return map;
}

/// Makes one change on the running VM. False with libvirt's reason.
bool applyLive(virDomainPtr dom, const HardwareState &state, DomainDocument &live,
               const HardwareChange &c, QString *why)
{
    const unsigned flags = VIR_DOMAIN_AFFECT_LIVE;
    int rc = 0;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    int max = 0;
    switch (c.kind) {
    case Kind::Memory:
        rc = virDomainSetMemoryFlags(dom, c.number, flags);
        break;
    case Kind::Vcpus:
        rc = virDomainSetVcpusFlags(dom, unsigned(c.count), flags);
        break;
    case Kind::PinVcpu: {
        QByteArray map = cpuMap(c.text, state.hostCpus);
        rc = virDomainPinVcpuFlags(dom, unsigned(c.count),
                                   reinterpret_cast<unsigned char *>(map.data()), int(map.size()),
                                   flags);
        break;
    }
    case Kind::PinEmulator: {
        QByteArray map = cpuMap(c.text, state.hostCpus);
        rc = virDomainPinEmulator(dom, reinterpret_cast<unsigned char *>(map.data()),
                                  int(map.size()), flags);
        break;
    }
    case Kind::CpuShares:
        virTypedParamsAddULLong(&params, &count, &max, VIR_DOMAIN_SCHEDULER_CPU_SHARES, c.number);
        rc = virDomainSetSchedulerParametersFlags(dom, params, count, flags);
        break;
    case Kind::Media:
    case Kind::LinkState: {
        const bool media = c.kind == Kind::Media;
        if (media ? !live.setMedia(c.target, c.text) : !live.setLinkUp(c.target, c.flag)) {
            *why = ApplyText::tr("The running VM has no device %1.").arg(c.target);
            return false;
        }
        const QByteArray xml = deviceElement(live, c.target)->toString().toUtf8();
        rc = virDomainUpdateDeviceFlags(dom, xml.constData(),
                                        flags | (media ? VIR_DOMAIN_DEVICE_MODIFY_FORCE : 0));
        break;
    }
    case Kind::IoTune:
        virTypedParamsAddULLong(&params, &count, &max, VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC,
                                c.iotune.totalBytes);
        virTypedParamsAddULLong(&params, &count, &max, VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC,
                                c.iotune.readBytes);
        virTypedParamsAddULLong(&params, &count, &max, VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC,
                                c.iotune.writeBytes);
        virTypedParamsAddULLong(&params, &count, &max, VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC,
                                c.iotune.totalIops);
        virTypedParamsAddULLong(&params, &count, &max, VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC,
                                c.iotune.readIops);
        virTypedParamsAddULLong(&params, &count, &max, VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC,
                                c.iotune.writeIops);
        rc = virDomainSetBlockIoTune(dom, c.target.toUtf8().constData(), params, count, flags);
        break;
    case Kind::Bandwidth:
        virTypedParamsAddUInt(&params, &count, &max, VIR_DOMAIN_BANDWIDTH_IN_AVERAGE,
                              unsigned(c.bandwidth.inboundKiBs));
        virTypedParamsAddUInt(&params, &count, &max, VIR_DOMAIN_BANDWIDTH_OUT_AVERAGE,
                              unsigned(c.bandwidth.outboundKiBs));
        rc = virDomainSetInterfaceParameters(dom, c.target.toUtf8().constData(), params, count,
                                             flags);
        break;
    case Kind::AddDisk:
    case Kind::AddNic:
    case Kind::AddDevice:
        rc = virDomainAttachDeviceFlags(dom, c.text.toUtf8().constData(), flags);
        break;
    case Kind::RemoveDevice: {
        const XmlElement *e = deviceElement(live, c.target);
        if (!e)
            return true; // only in the definition: nothing runs that could be removed
        rc = virDomainDetachDeviceFlags(dom, e->toString().toUtf8().constData(), flags);
        break;
    }
    case Kind::Title:
    case Kind::Description:
        rc = virDomainSetMetadata(
            dom,
            c.kind == Kind::Title ? VIR_DOMAIN_METADATA_TITLE : VIR_DOMAIN_METADATA_DESCRIPTION,
            c.text.isEmpty() ? nullptr : c.text.toUtf8().constData(), nullptr, nullptr, flags);
        break;
    default:
        return true;
    }
    virTypedParamsFree(params, count);
    if (rc < 0) {
        *why = takeLibvirtError(QString()).detail;
        return false;
    }
    return true;
}

} // namespace

OpResult applyNow(virConnectPtr conn, virDomainPtr dom, QList<HardwareChange> changes,
                  ApplyScope scope)
{
    const QString vmName = QString::fromUtf8(virDomainGetName(dom));
    const QString what = ApplyText::tr("Could not change the hardware of '%1'.").arg(vmName);
    auto refuse = [&what](const QString &detail, Failure::Kind kind = Failure::Kind::InvalidInput) {
        return OpResult::failure(Failure::of(kind, what, detail));
    };
    if (changes.isEmpty())
        return refuse(ApplyText::tr("No change was given."));
    bool needsHost = false;
    for (const HardwareChange &c : changes)
        needsHost = needsHost || c.kind == Kind::Vcpus || c.kind == Kind::MaxVcpus
                    || c.kind == Kind::CpuModel;
    const HardwareState state = readNow(conn, dom, true, needsHost);
    const bool live = state.running && scope != ApplyScope::ConfigOnly;
    const bool config = state.persistent && scope != ApplyScope::LiveOnly;
    if (!live && !config)
        return refuse(state.running ? ApplyText::tr("The VM has no definition to change.")
                                    : ApplyText::tr("The VM is not running, so nothing can change "
                                                    "in the running VM only."));

    ApplyReport report;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const HardwareChange &a, const HardwareChange &b) {
                         return rank(a.kind) < rank(b.kind);
                     });
    Resolver resolver{conn, state, state.config.uuid, std::nullopt, {}, {}, &report.warnings};
    for (HardwareChange &c : changes) {
        QString why;
        if (!resolver.resolve(c, &why))
            return refuse(QStringLiteral("%1: %2").arg(c.describe(), why));
        if (live && !config && !c.hasLiveCall())
            return refuse(QStringLiteral("%1: %2").arg(
                c.describe(), ApplyText::tr("this can only change when the VM next starts.")));
    }

    // New volumes, then the definition with everything in it; the volumes go again if the
    // definition is refused.
    QList<virStorageVolPtr> made;
    QStringList secrets; // of the encrypted ones
    auto dropVolumes = [&made, &secrets, conn] {
        for (virStorageVolPtr v : made) {
            virStorageVolDelete(v, 0);
            virStorageVolFree(v);
        }
        made.clear();
        for (const QString &s : std::as_const(secrets))
            EncryptedVolumes::removeSecret(conn, s);
        secrets.clear();
    };
    for (HardwareChange &c : changes) {
        if (c.kind != Kind::AddDisk || c.disk.pool.isEmpty())
            continue;
        virStorageVolPtr vol = nullptr;
        QString why;
        const QString path = createVolume(conn, vmName, c.disk, &vol, &why);
        if (path.isEmpty()) {
            dropVolumes();
            return refuse(why, Failure::Kind::Libvirt);
        }
        made << vol;
        if (!c.disk.secret.isEmpty())
            secrets << c.disk.secret;
        c.text = diskXml(c.disk, path);
    }

    QSet<int> noFreeSlot; // indexes of adds that must wait for a new root port
    int freePorts = state.running ? state.live.freeRootPorts() : -1;
    DomainDocument doc;
    doc.read(state.inactiveXml);
    for (int i = 0; i < changes.size(); ++i) {
        const HardwareChange &c = changes.at(i);
        QString why;
        // A device only the running VM has (plugged in live only, or by another tool) is
        // changed or removed there alone.
        const bool liveOnlyDevice = !c.target.isEmpty() && c.kind != Kind::PinVcpu
                                    && !state.config.device(c.target)
                                    && state.live.device(c.target);
        if (config && !liveOnlyDevice && !applyToDocument(doc, c, &why)) {
            dropVolumes();
            return refuse(QStringLiteral("%1: %2").arg(c.describe(), why));
        }
        const bool adds
            = c.kind == Kind::AddDisk || c.kind == Kind::AddNic || c.kind == Kind::AddDevice;
        if (live && adds && freePorts >= 0 && needsPciSlot(c.text)) {
            if (freePorts == 0) {
                noFreeSlot.insert(i);
                if (config)
                    appendElementXml(
                        doc.devicesElement(),
                        QStringLiteral("<controller type='pci' model='pcie-root-port'/>"));
            } else {
                --freePorts;
            }
        }
    }
    if (config && doc.write() != state.inactiveXml) {
        // No schema validation here (it costs more than the live calls): the document is
        // edited element by element, and libvirt's parser still refuses what it cannot use.
        virDomainPtr defined = virDomainDefineXMLFlags(conn, doc.write().toUtf8().constData(), 0);
        if (!defined) {
            const Failure f = takeLibvirtError(what);
            dropVolumes();
            return OpResult::failure(f);
        }
        virDomainFree(defined);
        report.definitionChanged = true;
    }
    for (virStorageVolPtr v : made)
        virStorageVolFree(v);

    DomainDocument liveDoc;
    liveDoc.read(state.liveXml);
    for (int i = 0; i < changes.size(); ++i) {
        const HardwareChange &c = changes.at(i);
        ChangeResult result{c, ChangeResult::Outcome::Applied, {}};
        QString why;
        if (c.kind == Kind::Autostart) {
            if (virDomainSetAutostart(dom, c.flag ? 1 : 0) < 0) {
                result.outcome = ChangeResult::Outcome::Refused;
                result.reason = takeLibvirtError(QString()).detail;
            }
        } else if (!state.running) {
            result.outcome = ChangeResult::Outcome::Applied;
        } else if (!live || !c.hasLiveCall()) {
            result.outcome = ChangeResult::Outcome::NextBoot;
        } else if (noFreeSlot.contains(i)) {
            result.outcome = ChangeResult::Outcome::NextBoot;
            result.reason = ApplyText::tr("the running VM has no free PCIe slot; a slot is added "
                                          "for the next boot");
        } else if (applyLive(dom, state, liveDoc, c, &why)) {
            result.outcome
                = config ? ChangeResult::Outcome::Applied : ChangeResult::Outcome::LiveOnly;
            if (!config && !state.persistent)
                result.outcome = ChangeResult::Outcome::Applied;
        } else {
            result.outcome
                = config ? ChangeResult::Outcome::NextBoot : ChangeResult::Outcome::Refused;
            result.reason
                = config ? ApplyText::tr("the running VM did not take it: %1").arg(why) : why;
        }
        report.results << result;
    }
    return OpResult::success(QVariant::fromValue(report));
}

} // namespace Vireo::HardwareEditor
