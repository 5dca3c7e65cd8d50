// The checks a hardware change set passes before it is applied (see HardwareResolve.h).

#include "hardware/HardwareResolve.h"
#include "security/Isolation.h"
#include "storage/EncryptedVolumes.h"

#include "core/LibvirtError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <libvirt/virterror.h>

namespace Vireo::HardwareEditor::detail {

namespace {

struct ApplyText
{
    Q_DECLARE_TR_FUNCTIONS(ApplyText)
};

using Kind = HardwareChange::Kind;

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

QString randomMac()
{
    const quint32 r = QRandomGenerator::global()->generate();
    return QStringLiteral("52:54:00:%1:%2:%3")
        .arg((r >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((r >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(r & 0xff, 2, 16, QLatin1Char('0'));
}

} // namespace

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

const OtherDomains &Resolver::other()
{
    if (!others)
        others = otherDomains(conn, selfUuid);
    return *others;
}

bool Resolver::resolve(HardwareChange &c, QString *why)
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
            || c.text == QLatin1String("host-passthrough") || c.text == QLatin1String("maximum"))
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
            return no(
                ApplyText::tr("'%1' is not a MAC address (like 52:54:00:12:34:56).").arg(r.mac));
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
        // Kept in the keyring too when asked; if it cannot be, nothing is made.
        if (r.rememberPassphrase
            && !EncryptedVolumes::rememberPassphrase(r.secret, r.passphrase, why)) {
            virStorageVolDelete(*made, 0);
            virStorageVolFree(*made);
            *made = nullptr;
            EncryptedVolumes::removeSecret(conn, r.secret);
            r.secret.clear();
            *why = ApplyText::tr("The passphrase could not be kept in the keyring: %1").arg(*why);
            return {};
        }
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

} // namespace Vireo::HardwareEditor::detail
