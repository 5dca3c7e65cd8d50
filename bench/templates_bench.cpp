// bench_templates: images and instances (issue 15). A template with a 1 GiB disk (filled, so that
// a copy has 1 GiB to copy): Vireo's time to make 10 linked instances of it, all defined, against
// virt-clone (virtinst) making 10 full clones of the same VM, in one run; and the disk space each
// copy takes. Target: Vireo's 10 in at most 1 s in all.
//
//   bench_templates [COUNT] [MiB]     (default 10 copies of a 1024 MiB disk)
//
// Needs the system daemon with its "default" pool, qemu-img/qemu-io and virt-clone.

#include "core/Connection.h"
#include "core/Operation.h"
#include "storage/Volumes.h"
#include "templates/Templates.h"
#include "xml/DomainDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <cstdio>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;

namespace {

const char kUri[] = "qemu:///system";
const QString kPool = QStringLiteral("/var/lib/libvirt/images/");

int run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    p.waitForFinished(600000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool finish(Operation *op, QString *error = nullptr)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(op, &Operation::finished, &loop, [&](bool success, const QString &why) {
        ok = success;
        if (error)
            *error = why;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

QString domainXml(const QString &name, const QString &disk)
{
    return QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>128</memory>"
                          "<vcpu>1</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os>"
                          "<devices><disk type='file' device='disk'><driver name='qemu' "
                          "type='qcow2'/><source file='%2'/><target dev='vda' bus='virtio'/>"
                          "</disk><interface type='user'/></devices></domain>")
        .arg(name, disk);
}

/// The disk space the first disk of a domain takes on the host (allocation).
quint64 diskSpace(virConnectPtr conn, const QString &name)
{
    virDomainPtr dom = virDomainLookupByName(conn, name.toUtf8().constData());
    if (!dom)
        return 0;
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    DomainDocument doc;
    doc.read(QString::fromUtf8(xml ? xml : ""));
    free(xml);
    virDomainFree(dom);
    if (doc.disks().isEmpty())
        return 0;
    virStorageVolPtr vol
        = virStorageVolLookupByPath(conn, doc.disks().first().source.toUtf8().constData());
    const quint64 bytes = vol ? readVolume(vol, {}).allocation : 0;
    if (vol)
        virStorageVolFree(vol);
    return bytes;
}

void removeAll(virConnectPtr conn, const QString &prefix)
{
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(conn, &doms, 0);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virDomainGetName(doms[i]));
        if (name.startsWith(prefix)) {
            char *xml = virDomainGetXMLDesc(doms[i], VIR_DOMAIN_XML_INACTIVE);
            DomainDocument doc;
            doc.read(QString::fromUtf8(xml ? xml : ""));
            free(xml);
            virDomainUndefineFlags(doms[i], VIR_DOMAIN_UNDEFINE_NVRAM);
            // Its own disks: Vireo's overlays, virt-clone's copies (named after the base), and
            // the base when its last definition goes.
            for (const DomainDocument::Disk &d : doc.disks())
                if (!d.source.isEmpty()
                    && (d.source != kPool + QStringLiteral("bench-tmpl-base.qcow2")
                        || name == QLatin1String("bench-tmpl")))
                    if (virStorageVolPtr v
                        = virStorageVolLookupByPath(conn, d.source.toUtf8().constData())) {
                        virStorageVolDelete(v, 0);
                        virStorageVolFree(v);
                    }
        }
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
}

QString mib(quint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10;
    const int sizeMiB = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 1024;
    virConnectPtr helper = virConnectOpen(kUri);
    if (!helper) {
        std::fprintf(stderr, "bench_templates: cannot open %s\n", kUri);
        return 1;
    }
    removeAll(helper, QStringLiteral("bench-tmpl"));
    removeAll(helper, QStringLiteral("bench-src"));
    const QString base = kPool + QStringLiteral("bench-tmpl-base.qcow2");
    QFile::remove(base);
    std::printf("Making a %d MiB template disk (filled)...\n", sizeMiB);
    std::fflush(stdout);
    if (run(QStringLiteral("qemu-img"),
            {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
             QStringLiteral("qcow2"), base, QStringLiteral("%1M").arg(sizeMiB)})
            != 0
        || run(QStringLiteral("qemu-io"),
               {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                QStringLiteral("write -q -P 0x5a 0 %1M").arg(sizeMiB), base})
               != 0)
        return 1;
    run(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), QLatin1String(kUri),
                                  QStringLiteral("pool-refresh"), QStringLiteral("default")});
    // The same disk behind two definitions: Vireo's template, and an ordinary VM for
    // virt-clone (which shares a template's read-only disks instead of copying them).
    for (const QString &name : {QStringLiteral("bench-tmpl"), QStringLiteral("bench-src")}) {
        virDomainPtr d = virDomainDefineXML(helper, domainXml(name, base).toUtf8().constData());
        if (!d)
            return 1;
        virDomainFree(d);
    }

    Connection conn{QString::fromLatin1(kUri)};
    QEventLoop up;
    QObject::connect(&conn, &Connection::domainsReset, &up, &QEventLoop::quit);
    conn.open();
    up.exec();
    const std::optional<DomainInfo> tmpl = conn.domainByName(QStringLiteral("bench-tmpl"));
    QString error;
    if (!tmpl || !finish(Templates::make(&conn, tmpl->uuid), &error)) {
        std::fprintf(stderr, "bench_templates: make template: %s\n", qPrintable(error));
        return 1;
    }

    QElapsedTimer t;
    t.start();
    const bool made
        = finish(Templates::newInstances(&conn, tmpl->uuid, count, QStringLiteral("bench-tmpl-{n}"),
                                         CloneRequest::Kind::Linked, false),
                 &error);
    const double vireoMs = double(t.nsecsElapsed()) / 1e6;
    if (!made) {
        std::fprintf(stderr, "bench_templates: new instances: %s\n", qPrintable(error));
        return 1;
    }
    quint64 vireoSpace = 0;
    for (int n = 1; n <= count; ++n)
        vireoSpace += diskSpace(helper, QStringLiteral("bench-tmpl-%1").arg(n));

    t.restart();
    for (int n = 1; n <= count; ++n)
        if (run(QStringLiteral("virt-clone"),
                {QStringLiteral("--connect"), QLatin1String(kUri), QStringLiteral("--original"),
                 QStringLiteral("bench-src"), QStringLiteral("--name"),
                 QStringLiteral("bench-src-%1").arg(n), QStringLiteral("--auto-clone"),
                 QStringLiteral("--quiet")})
            != 0) {
            std::fprintf(stderr, "bench_templates: virt-clone failed\n");
            return 1;
        }
    const double virtCloneMs = double(t.nsecsElapsed()) / 1e6;
    quint64 cloneSpace = 0;
    for (int n = 1; n <= count; ++n)
        cloneSpace += diskSpace(helper, QStringLiteral("bench-src-%1").arg(n));

    std::printf("%d copies of a VM with a %d MiB disk (base takes %s):\n", count, sizeMiB,
                qPrintable(mib(diskSpace(helper, QStringLiteral("bench-tmpl")))));
    std::printf("  Vireo, linked instances:  %8.1f ms in all (%5.1f ms each), %s each on disk\n",
                vireoMs, vireoMs / count, qPrintable(mib(vireoSpace / count)));
    std::printf("  virt-clone, full clones:  %8.1f ms in all (%5.1f ms each), %s each on disk\n",
                virtCloneMs, virtCloneMs / count, qPrintable(mib(cloneSpace / count)));
    std::printf("  Vireo is %.0fx faster and takes %.0fx less space per copy (target: all %d "
                "defined in at most 1000 ms: %s)\n",
                virtCloneMs / vireoMs, double(cloneSpace) / qMax<quint64>(vireoSpace, 1), count,
                vireoMs <= 1000 ? "met" : "missed");
    removeAll(helper, QStringLiteral("bench-tmpl-"));
    removeAll(helper, QStringLiteral("bench-src-"));
    removeAll(helper, QStringLiteral("bench-tmpl"));
    removeAll(helper, QStringLiteral("bench-src"));
    QFile::remove(base);
    run(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), QLatin1String(kUri),
                                  QStringLiteral("pool-refresh"), QStringLiteral("default")});
    virConnectClose(helper);
    return 0;
}
