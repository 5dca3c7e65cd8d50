#include "host/HostCheck.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "host/HostOverview.h"
#include "networks/Networks.h"
#include "storage/StoragePools.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <unistd.h>

namespace Vireo::HostCheck {

namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(CheckText)
};

using Item = HostCheckItem;
using Status = HostCheckItem::Status;

QString userName()
{
    const QByteArray user = qgetenv("USER");
    return user.isEmpty() ? QStringLiteral("$USER") : QString::fromLocal8Bit(user);
}

/// How this machine starts services: systemd where it runs, else the init script.
QString startDaemonCommand()
{
    return QFileInfo::exists(QStringLiteral("/run/systemd/system"))
               ? QStringLiteral("sudo systemctl start libvirtd")
               : QStringLiteral("sudo service libvirtd start");
}

/// Which virtualization the CPU offers this machine, from /proc/cpuinfo: "vmx", "svm" or none.
QString cpuVirtualization()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = cpuinfo.readAll();
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("flags"))
            continue;
        const QList<QByteArray> flags = line.split(' ');
        if (flags.contains("vmx"))
            return QStringLiteral("vmx");
        if (flags.contains("svm"))
            return QStringLiteral("svm");
        return {};
    }
    return {};
}

/// KVM on this machine as far as files tell, for a local connection where libvirt offers no
/// KVM (or cannot be asked): why not, and what to run.
Item localKvmItem(bool sessionConnection)
{
    Item item{QStringLiteral("kvm"), Status::Warning, CheckText::tr("KVM acceleration")};
    const QString dev = QStringLiteral("/dev/kvm");
    if (!QFileInfo::exists(dev)) {
        const QString flags = cpuVirtualization();
        if (flags.isEmpty()) {
            item.detail = CheckText::tr(
                "Not usable: there is no /dev/kvm and the processor offers no virtualization to "
                "this machine. Turn on Intel VT-x or AMD-V in the firmware settings; if this "
                "computer is itself a virtual machine, turn on nested virtualization on its "
                "host.");
        } else {
            const QString module = flags == QLatin1String("vmx") ? QStringLiteral("kvm_intel")
                                                                 : QStringLiteral("kvm_amd");
            item.detail = CheckText::tr("Not usable: the processor has virtualization (%1) but "
                                        "there is no /dev/kvm: the %2 module is not loaded.")
                              .arg(flags, module);
            item.command = QStringLiteral("sudo modprobe %1").arg(module);
        }
        return item;
    }
    if (sessionConnection && ::access(dev.toLocal8Bit().constData(), R_OK | W_OK) != 0) {
        item.detail = CheckText::tr("Not usable by you: /dev/kvm exists but you may not open "
                                    "it. Join the kvm group, then log in again.");
        item.command = QStringLiteral("sudo adduser %1 kvm").arg(userName());
        return item;
    }
    item.detail = CheckText::tr("Not offered by the hypervisor although /dev/kvm exists: check "
                                "the daemon's log (/var/log/libvirt/libvirtd.log).");
    return item;
}

struct Found
{
    QString arch;
    bool kvm = false;
    bool qemu = false;
    QString version; // libvirt's
    bool networkExists = false;
    bool networkActive = false;
    bool poolExists = false;
    bool poolActive = false;
};

Found inspect(virConnectPtr conn)
{
    Found f;
    unsigned long lib = 0;
    if (virConnectGetLibVersion(conn, &lib) == 0)
        f.version = versionText(lib);
    char *caps = virConnectGetCapabilities(conn);
    XmlTree tree;
    if (caps && tree.read(QString::fromUtf8(caps))) {
        const XmlElement *host = tree.root()->child(QStringLiteral("host"));
        const XmlElement *cpu = host ? host->child(QStringLiteral("cpu")) : nullptr;
        if (const XmlElement *arch = cpu ? cpu->child(QStringLiteral("arch")) : nullptr)
            f.arch = arch->text();
        for (const XmlElement *guest : tree.root()->children(QStringLiteral("guest"))) {
            const XmlElement *arch = guest->child(QStringLiteral("arch"));
            if (!arch || arch->attribute(QStringLiteral("name")) != f.arch)
                continue;
            for (const XmlElement *d : arch->children(QStringLiteral("domain"))) {
                const QString type = d->attribute(QStringLiteral("type"));
                f.kvm = f.kvm || type == QLatin1String("kvm");
                f.qemu = f.qemu || type == QLatin1String("qemu");
            }
        }
    }
    free(caps);
    if (virNetworkPtr net = virNetworkLookupByName(conn, "default")) {
        f.networkExists = true;
        f.networkActive = virNetworkIsActive(net) == 1;
        virNetworkFree(net);
    }
    if (virStoragePoolPtr pool = virStoragePoolLookupByName(conn, "default")) {
        f.poolExists = true;
        f.poolActive = virStoragePoolIsActive(pool) == 1;
        virStoragePoolFree(pool);
    }
    virResetLastError();
    return f;
}

QList<Item> items(const QString &uri, bool local, const Found &f)
{
    const bool session = isSessionUri(uri);
    QList<Item> list;
    list << Item{QStringLiteral("daemon"), Status::Ok, CheckText::tr("libvirt daemon"),
                 CheckText::tr("libvirt %1 answers at %2.").arg(f.version, uri)};
    if (f.kvm)
        list << Item{QStringLiteral("kvm"), Status::Ok, CheckText::tr("KVM acceleration"),
                     CheckText::tr("Usable: virtual machines run at close to this computer's "
                                   "speed.")};
    else if (local)
        list << localKvmItem(session);
    else
        list << Item{QStringLiteral("kvm"), Status::Warning, CheckText::tr("KVM acceleration"),
                     CheckText::tr("Not offered by %1's hypervisor (no /dev/kvm there, or no "
                                   "virtualization in its processor).")
                         .arg(uri)};
    if (f.qemu)
        list << Item{QStringLiteral("emulation"), f.kvm ? Status::Ok : Status::Warning,
                     CheckText::tr("Software emulation"),
                     f.kvm ? CheckText::tr("Available, for other architectures.")
                           : CheckText::tr("Works, but virtual machines run many times slower "
                                           "than with KVM.")};
    else if (!f.kvm)
        list << Item{QStringLiteral("emulation"), Status::Problem,
                     CheckText::tr("Software emulation"),
                     CheckText::tr("QEMU offers no %1 machines: install QEMU.").arg(f.arch),
                     QStringLiteral("sudo apt install qemu-system-x86")};

    Item network{QStringLiteral("network"), Status::Ok, CheckText::tr("Default network")};
    if (session) {
        network.detail = CheckText::tr("Not needed: a session connection gives its virtual "
                                       "machines user-mode networking.");
    } else if (!f.networkExists) {
        network.status = Status::Problem;
        network.detail = CheckText::tr("There is no network called \"default\": new virtual "
                                       "machines would have no network.");
        network.command = QStringLiteral("virsh -c %1 net-define "
                                         "/usr/share/libvirt/networks/default.xml && virsh -c %1 "
                                         "net-autostart default && virsh -c %1 net-start default")
                              .arg(uri);
    } else if (!f.networkActive) {
        network.status = Status::Problem;
        network.detail = CheckText::tr("The network \"default\" is not running: virtual machines "
                                       "that use it cannot start.");
        network.command = QStringLiteral("virsh -c %1 net-start default").arg(uri);
        network.fix = Item::Fix::StartNetwork;
        network.fixLabel = CheckText::tr("Start It");
    } else {
        network.detail = CheckText::tr("The network \"default\" is running.");
    }
    list << network;

    Item pool{QStringLiteral("pool"), Status::Ok, CheckText::tr("Default storage pool")};
    if (!f.poolExists) {
        pool.status = Status::Problem;
        pool.detail = CheckText::tr("There is no storage pool called \"default\": new disks "
                                    "have nowhere to go.");
        pool.command = QStringLiteral("virsh -c %1 pool-define-as default dir --target %2 && "
                                      "virsh -c %1 pool-build default && virsh -c %1 pool-start "
                                      "default && virsh -c %1 pool-autostart default")
                           .arg(uri, defaultPoolPath(uri));
        pool.fix = Item::Fix::CreatePool;
        pool.fixLabel = CheckText::tr("Create It");
    } else if (!f.poolActive) {
        pool.status = Status::Problem;
        pool.detail = CheckText::tr("The storage pool \"default\" is not running.");
        pool.command = QStringLiteral("virsh -c %1 pool-start default").arg(uri);
        pool.fix = Item::Fix::StartPool;
        pool.fixLabel = CheckText::tr("Start It");
    } else {
        pool.detail = CheckText::tr("The storage pool \"default\" is running.");
    }
    list << pool;
    return list;
}

} // namespace

QString defaultPoolPath(const QString &uri)
{
    return isSessionUri(uri) ? QDir::homePath() + QStringLiteral("/.local/share/libvirt/images")
                             : QStringLiteral("/var/lib/libvirt/images");
}

Operation *run(Connection *connection)
{
    const QString uri = connection->uri();
    const bool local = connection->isLocal();
    return connection->runJob(
        CheckText::tr("Check this host"), [uri, local](virConnectPtr conn, Operation *) {
            return OpResult::success(QVariant::fromValue(items(uri, local, inspect(conn))));
        });
}

QList<HostCheckItem> unreachable(const QString &uri, const QString &failure)
{
    Item daemon{QStringLiteral("daemon"), Status::Problem, CheckText::tr("libvirt daemon")};
    const bool local = isLocalUri(uri);
    if (failure.contains(QLatin1String("Permission denied"))) {
        daemon.detail = CheckText::tr("It runs, but you may not use it (%1). Join the libvirt "
                                      "group, then log in again.")
                            .arg(failure);
        daemon.command = QStringLiteral("sudo adduser %1 libvirt").arg(userName());
    } else if (local && !isSessionUri(uri)) {
        daemon.detail
            = CheckText::tr("No answer at %1: the daemon is not running (%2).").arg(uri, failure);
        daemon.command = QFileInfo::exists(QStringLiteral("/usr/sbin/libvirtd"))
                             ? startDaemonCommand()
                             : QStringLiteral("sudo apt install libvirt-daemon-system");
    } else {
        daemon.detail = CheckText::tr("No answer at %1: %2").arg(uri, failure);
    }
    QList<Item> list{daemon};
    if (local && !QFileInfo::exists(QStringLiteral("/dev/kvm")))
        list << localKvmItem(isSessionUri(uri));
    return list;
}

Operation *fix(Connection *connection, const HostCheckItem &item)
{
    switch (item.fix) {
    case HostCheckItem::Fix::StartNetwork:
        return Networks::start(connection, QStringLiteral("default"));
    case HostCheckItem::Fix::StartPool:
        return StoragePools::start(connection, QStringLiteral("default"));
    case HostCheckItem::Fix::CreatePool: {
        PoolSpec spec;
        spec.name = QStringLiteral("default");
        spec.path = defaultPoolPath(connection->uri());
        return StoragePools::create(connection, spec);
    }
    case HostCheckItem::Fix::None:
        break;
    }
    return connection->runJob(CheckText::tr("Fix"), [](virConnectPtr, Operation *) {
        return OpResult::failure(CheckText::tr("Vireo cannot fix this itself."),
                                 Failure::Kind::InvalidInput);
    });
}

bool hasProblem(const QList<HostCheckItem> &items)
{
    for (const HostCheckItem &i : items)
        if (i.status == HostCheckItem::Status::Problem)
            return true;
    return false;
}

QString statusKey(HostCheckItem::Status status)
{
    switch (status) {
    case HostCheckItem::Status::Ok:
        return QStringLiteral("ok");
    case HostCheckItem::Status::Warning:
        return QStringLiteral("warning");
    case HostCheckItem::Status::Problem:
        break;
    }
    return QStringLiteral("problem");
}

} // namespace Vireo::HostCheck
