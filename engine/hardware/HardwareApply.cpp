// HardwareEditor::applyNow: a change set checked against the host, applied to the definition all
// at once, then made live change by change.

#include "hardware/HardwareEditor.h"
#include "hardware/HardwareResolve.h"
#include "storage/EncryptedVolumes.h"

#include "core/LibvirtError.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
using detail::createVolume;
using detail::Resolver;

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

/// Order within a set: maxima before what they bound.
int rank(Kind kind)
{
    return kind == Kind::MaxMemory || kind == Kind::MaxVcpus ? 0 : 1;
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
