#include "support/TestGuest.h"

#include "storage/EncryptedVolumes.h"
#include "support/TestPaths.h"
#include "xml/DomainDocument.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <sys/stat.h>

namespace Vireo::Test {

namespace {

const char kPoolName[] = "vireo-tests";
const char kPoolDir[] = "/var/tmp/vireo-test-pool";

QString lastError()
{
    virErrorPtr e = virGetLastError();
    const QString text
        = e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown");
    virResetLastError();
    return text;
}

/// Per test process: a folder the unprivileged QEMU user can traverse, holding the kernel and
/// initrd (the build tree may sit in a private folder).
QString processDir()
{
    static const QString dir = [] {
        const QString d
            = QStringLiteral("/var/tmp/vireo-test-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(d);
        chmod(qPrintable(d), 0755);
        for (const char *file :
             {"vmlinuz", "initrd.img", "vmlinuz-desktop", "initrd-desktop.img",
              "vireo-test-guest.iso", "vireo-test-installer.iso", "vireo-test-cloud.qcow2"}) {
            const QString target = d + QLatin1Char('/') + QLatin1String(file);
            QFile::remove(target);
            QFile::copy(guestImageDir() + QLatin1Char('/') + QLatin1String(file), target);
            chmod(qPrintable(target), 0644);
        }
        qAddPostRoutine([] {
            QDir(QStringLiteral("/var/tmp/vireo-test-%1").arg(QCoreApplication::applicationPid()))
                .removeRecursively();
        });
        return d;
    }();
    return dir;
}

virStoragePoolPtr testPool(virConnectPtr conn)
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(conn, kPoolName);
    if (pool) {
        if (virStoragePoolIsActive(pool) != 1)
            virStoragePoolCreate(pool, 0);
        virStoragePoolRefresh(pool, 0);
        return pool;
    }
    virResetLastError();
    QDir().mkpath(QLatin1String(kPoolDir));
    chmod(kPoolDir, 0755);
    const QByteArray xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path>"
                                          "</target></pool>")
                               .arg(QLatin1String(kPoolName), QLatin1String(kPoolDir))
                               .toUtf8();
    return virStoragePoolCreateXML(conn, xml.constData(), 0); // transient: gone with the daemon
}

} // namespace

QString TestGuest::diskStart(const QString &qcow2Path)
{
    QProcess p;
    p.start(QStringLiteral("qemu-io"),
            {QStringLiteral("-r"), QStringLiteral("-U"), QStringLiteral("-f"),
             QStringLiteral("qcow2"), QStringLiteral("-c"), QStringLiteral("read -v 0 32"),
             qcow2Path});
    p.waitForFinished(20000);
    return QString::fromLatin1(p.readAllStandardOutput());
}

void TestGuest::removeNetwork(const QString &name)
{
    if (virNetworkPtr net = virNetworkLookupByName(helperConnection(), name.toUtf8().constData())) {
        virNetworkDestroy(net);
        virNetworkUndefine(net);
        virNetworkFree(net);
    }
    virResetLastError();
}

void TestGuest::removeDomainAndVolumes(const QString &name)
{
    virConnectPtr conn = helperConnection();
    virDomainPtr d = virDomainLookupByName(conn, name.toUtf8().constData());
    if (!d) {
        virResetLastError();
        return;
    }
    char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
    DomainDocument doc;
    if (xml)
        doc.read(QString::fromUtf8(xml));
    free(xml);
    if (virDomainIsActive(d) == 1)
        virDomainDestroy(d);
    virDomainUndefineFlags(d, VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                                  | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
    virDomainFree(d);
    for (const DomainDocument::Disk &disk : doc.disks()) {
        if (disk.device != QLatin1String("disk") || disk.source.isEmpty())
            continue;
        if (virStorageVolPtr v
            = virStorageVolLookupByPath(conn, disk.source.toUtf8().constData())) {
            virStorageVolDelete(v, 0);
            virStorageVolFree(v);
        }
    }
    virResetLastError();
}

QStringList TestGuest::defaultPoolVolumes()
{
    QStringList names;
    virStoragePoolPtr pool = virStoragePoolLookupByName(helperConnection(), "default");
    if (!pool) {
        virResetLastError();
        return names;
    }
    virStoragePoolRefresh(pool, 0);
    virStorageVolPtr *vols = nullptr;
    const int n = virStoragePoolListAllVolumes(pool, &vols, 0);
    for (int i = 0; i < n; ++i) {
        names << QString::fromUtf8(virStorageVolGetName(vols[i]));
        virStorageVolFree(vols[i]);
    }
    free(vols);
    virStoragePoolFree(pool);
    return names;
}

QString TestGuest::stagingDir()
{
    return processDir();
}

virConnectPtr TestGuest::helperConnection()
{
    static virConnectPtr conn = nullptr;
    // Lookups that find nothing are expected here; libvirt need not print them.
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    unsigned long version = 0;
    // The daemon may have been killed and restarted since: check with a real call.
    if (conn && virConnectGetLibVersion(conn, &version) == 0)
        return conn;
    virResetLastError();
    if (conn) {
        virConnectClose(conn);
        conn = nullptr;
    }
    conn = virConnectOpen("qemu:///system");
    if (!conn)
        qWarning("helper connection failed: %s", qPrintable(lastError()));
    return conn;
}

TestGuest::TestGuest(const QString &name, const GuestOptions &options)
    : m_name(name)
    , m_options(options)
    , m_uuid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    static int counter = 0;
    m_dir = processDir() + QStringLiteral("/guest%1").arg(++counter);
    QDir().mkpath(m_dir);
    chmod(qPrintable(m_dir), 0777); // QEMU (an unprivileged user) creates the control socket here
}

std::unique_ptr<TestGuest> TestGuest::adopt(const QString &name, const TestGuest &original)
{
    virDomainPtr dom = virDomainLookupByName(helperConnection(), name.toUtf8().constData());
    if (!dom)
        return nullptr;
    auto guest = std::make_unique<TestGuest>(name, original.m_options);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    guest->m_uuid = QString::fromLatin1(uuid);
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    QString text = QString::fromUtf8(xml ? xml : "");
    free(xml);
    virDomainFree(dom);
    text.replace(original.m_dir + QLatin1Char('/'), guest->m_dir + QLatin1Char('/'));
    DomainDocument doc;
    if (doc.read(text)) {
        for (const DomainDocument::Disk &d : doc.disks())
            if (d.device == QLatin1String("disk") && guest->m_diskPath.isEmpty())
                guest->m_diskPath = d.source;
    }
    if (virDomainPtr again = virDomainDefineXML(helperConnection(), text.toUtf8().constData()))
        virDomainFree(again);
    return guest;
}

TestGuest::~TestGuest()
{
    cleanUp();
}

namespace {

QString graphicsXml(const Vireo::Test::GuestOptions &options)
{
    QString xml;
    for (const QString &type : options.graphics) {
        const QString password
            = type == QLatin1String("spice") ? options.spicePassword : options.vncPassword;
        xml += QStringLiteral("<graphics type='%1' autoport='yes' listen='%2'%3/>")
                   .arg(type, options.displayListen.toHtmlEscaped(),
                        password.isEmpty()
                            ? QString()
                            : QStringLiteral(" passwd='%1'").arg(password.toHtmlEscaped()));
    }
    if (options.spiceAgent)
        xml += QStringLiteral("<channel type='spicevmc'>"
                              "<target type='virtio' name='com.redhat.spice.0'/></channel>");
    if (options.virtioConsole)
        xml += QStringLiteral("<console type='pty'><target type='virtio'/></console>");
    return xml;
}

} // namespace

static QString vcpuXml(const GuestOptions &options)
{
    if (options.maxVcpus > options.vcpus)
        return QStringLiteral("<vcpu current='%1'>%2</vcpu>")
            .arg(options.vcpus)
            .arg(options.maxVcpus);
    return QStringLiteral("<vcpu>%1</vcpu>").arg(options.vcpus);
}

QString TestGuest::domainXml() const
{
    QString disk;
    if (!m_diskPath.isEmpty())
        disk = QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='%2'/>"
                              "<source file='%1'>%3</source><target dev='vda' bus='virtio'/>"
                              "</disk>")
                   .arg(m_diskPath.toHtmlEscaped(), m_options.diskFormat,
                        m_diskSecret.isEmpty() ? QString()
                                               : EncryptedVolumes::encryptionXml(m_diskSecret));
    QString boot = QStringLiteral("<kernel>%1/vmlinuz</kernel><initrd>%1/initrd.img</initrd>"
                                  "<cmdline>console=tty0 console=ttyS0,115200 quiet</cmdline>")
                       .arg(processDir());
    if (m_options.desktop) {
        boot.replace(QStringLiteral("/vmlinuz<"), QStringLiteral("/vmlinuz-desktop<"));
        boot.replace(QStringLiteral("/initrd.img<"), QStringLiteral("/initrd-desktop.img<"));
        // Sound as Vireo gives new machines, and USB 3 with two SPICE redirection channels.
        disk += QStringLiteral("<sound model='%1'/><controller type='usb' model='qemu-xhci'/>"
                               "<redirdev bus='usb' type='spicevmc'/>"
                               "<redirdev bus='usb' type='spicevmc'/>")
                    .arg(m_options.machine == QLatin1String("q35") ? QStringLiteral("ich9")
                                                                   : QStringLiteral("ich6"));
    }
    if (m_options.scsiCdrom)
        disk += QStringLiteral("<controller type='scsi' model='virtio-scsi'/>"
                               "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/>"
                               "<target dev='sda' bus='scsi'/><readonly/></disk>");
    if (!m_options.network.isEmpty())
        disk += QStringLiteral("<interface type='network'><source network='%1'/>"
                               "<model type='virtio'/></interface>")
                    .arg(m_options.network.toHtmlEscaped());
    if (m_options.bootFromIso) {
        boot = QStringLiteral("<boot dev='cdrom'/>");
        disk += QStringLiteral(
                    "<disk type='file' device='cdrom'><source file='%1/vireo-test-guest.iso'/>"
                    "<target dev='hdc' bus='ide'/><readonly/></disk>")
                    .arg(processDir());
    }
    return QStringLiteral(
               "<domain type='qemu'>"
               "<name>%1</name><uuid>%2</uuid>"
               "<metadata><libosinfo:libosinfo "
               "xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>"
               "<libosinfo:os id='%3'/></libosinfo:libosinfo></metadata>"
               "<memory unit='MiB'>%4</memory>%9"
               "<os><type arch='x86_64' machine='%11'>hvm</type>"
               "%5</os>"
               "<features><acpi/></features>"
               "<on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot>"
               "<on_crash>destroy</on_crash>"
               "<devices>%6"
               "<serial type='file'><source path='%7/serial0.log'/><target port='0'/></serial>"
               "<channel type='unix'><source mode='bind' path='%12'/>"
               "<target type='virtio' name='org.vireo.control'/></channel>"
               "%8"
               "<video><model type='vga'/></video>"
               "<input type='tablet' bus='virtio'/>"
               "%10"
               "</devices></domain>")
        // One pass: a name may hold '%' followed by digits.
        .arg(m_name.toHtmlEscaped(), m_uuid, m_options.osId, QString::number(m_options.memoryMiB),
             boot, disk, m_dir, graphicsXml(m_options), vcpuXml(m_options),
             m_options.balloon ? QStringLiteral("<memballoon model='virtio'/>")
                               : QStringLiteral("<memballoon model='none'/>"),
             m_options.machine, controlSocketPath().toHtmlEscaped());
}

bool TestGuest::define()
{
    virConnectPtr conn = helperConnection();
    if (!conn) {
        m_error = QStringLiteral("no connection to qemu:///system");
        return false;
    }
    if (m_options.withDisk && m_diskPath.isEmpty() && !m_options.diskDir.isEmpty()) {
        const QString path
            = QStringLiteral("%1/%2.%3").arg(m_options.diskDir, m_uuid, m_options.diskFormat);
        QProcess qemuImg;
        qemuImg.setProcessChannelMode(QProcess::MergedChannels);
        qemuImg.start(QStringLiteral("qemu-img"),
                      {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                       m_options.diskFormat, path, QStringLiteral("%1M").arg(m_options.diskMiB)});
        if (!qemuImg.waitForFinished(30000) || qemuImg.exitCode() != 0) {
            m_error
                = QStringLiteral("qemu-img create: ") + QString::fromLocal8Bit(qemuImg.readAll());
            return false;
        }
        m_diskPath = path;
    }
    if (m_options.withDisk && m_diskPath.isEmpty()) {
        virStoragePoolPtr pool = testPool(conn);
        if (!pool) {
            m_error = QStringLiteral("test pool: ") + lastError();
            return false;
        }
        const QString volName = QStringLiteral("%1.%2").arg(m_uuid, m_options.diskFormat);
        const QByteArray xml
            = QStringLiteral("<volume><name>%1</name><capacity unit='MiB'>%3"
                             "</capacity><target><format type='%2'/>"
                             "</target></volume>")
                  .arg(volName, m_options.diskFormat, QString::number(m_options.diskMiB))
                  .toUtf8();
        QString why;
        virStorageVolPtr vol
            = m_options.diskPassphrase.isEmpty()
                  ? virStorageVolCreateXML(pool, xml.constData(), 0)
                  : EncryptedVolumes::create(conn, pool, volName, quint64(m_options.diskMiB) << 20,
                                             m_options.diskPassphrase, &m_diskSecret, &why);
        virStoragePoolFree(pool);
        if (!vol && !why.isEmpty()) {
            m_error = QStringLiteral("encrypted test volume: ") + why;
            return false;
        }
        if (!vol) {
            m_error = QStringLiteral("test volume: ") + lastError();
            return false;
        }
        char *path = virStorageVolGetPath(vol);
        m_diskPath = QString::fromUtf8(path);
        free(path);
        virStorageVolFree(vol);
    }
    const QByteArray xml = domainXml().toUtf8();
    virDomainPtr dom = virDomainDefineXML(conn, xml.constData());
    if (!dom) {
        m_error = lastError();
        return false;
    }
    virDomainFree(dom);
    return true;
}

int TestGuest::serialCount(const QString &text) const
{
    QFile f(serialLogPath());
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count(text.toUtf8()));
}

QStringList TestGuest::serialLines(const QString &prefix) const
{
    QFile f(serialLogPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.startsWith(prefix))
            lines << text;
    }
    return lines;
}

bool TestGuest::start(int timeoutMs)
{
    virDomainPtr dom
        = virDomainLookupByUUIDString(helperConnection(), m_uuid.toLatin1().constData());
    const bool started = dom && virDomainCreate(dom) == 0;
    if (!started)
        m_error
            = QStringLiteral("start failed: %1").arg(QString::fromUtf8(virGetLastErrorMessage()));
    if (dom)
        virDomainFree(dom);
    // The serial log starts anew with each start of the machine (libvirt truncates it).
    if (started && !waitForSerial(QStringLiteral("VIREO-GUEST READY"), timeoutMs)) {
        QFile log(serialLogPath());
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("no READY; the serial port said: %1")
                      .arg(QString::fromUtf8(log.readAll().right(1500)));
        return false;
    }
    return started;
}

bool TestGuest::waitForSerial(const QString &text, int timeoutMs, int count) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (serialCount(text) < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50); // keeps the event loop running while the guest boots
    }
    return true;
}

qint64 TestGuest::qemuPid() const
{
    const QByteArray needle = QByteArray("-uuid\0", 6) + m_uuid.toLatin1() + '\0';
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            return pid;
    }
    return 0;
}

void TestGuest::cleanUp()
{
    virConnectPtr conn = helperConnection();
    if (conn) {
        if (virDomainPtr dom = virDomainLookupByUUIDString(conn, m_uuid.toLatin1().constData())) {
            if (virDomainIsActive(dom) == 1)
                virDomainDestroy(dom);
            virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                                            | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
                                            | VIR_DOMAIN_UNDEFINE_NVRAM);
            virDomainFree(dom);
        }
        virResetLastError();
        if (!m_diskSecret.isEmpty())
            EncryptedVolumes::removeSecret(conn, m_diskSecret);
        if (!m_diskPath.isEmpty()) {
            // Files made beside the disk for it (external snapshot overlays, a qcow2 copy of
            // a raw disk) carry its UUID-based name: they go too.
            const QFileInfo disk(m_diskPath);
            for (const QFileInfo &f :
                 disk.dir().entryInfoList({m_uuid + QStringLiteral("*")}, QDir::Files))
                if (f.absoluteFilePath() != disk.absoluteFilePath()) {
                    if (virStorageVolPtr vol = virStorageVolLookupByPath(
                            conn, f.absoluteFilePath().toUtf8().constData())) {
                        virStorageVolDelete(vol, 0);
                        virStorageVolFree(vol);
                    }
                    QFile::remove(f.absoluteFilePath());
                }
            virResetLastError();
            if (virStorageVolPtr vol
                = virStorageVolLookupByPath(conn, m_diskPath.toUtf8().constData())) {
                virStorageVolDelete(vol, 0);
                virStorageVolFree(vol);
            }
            virResetLastError();
            QFile::remove(m_diskPath); // a plain file (diskDir)
        }
    }
    QDir(m_dir).removeRecursively();
}

QString TestGuest::isolatedNetwork()
{
    const QString name = QStringLiteral("vireo-hw-isolated");
    virConnectPtr conn = helperConnection();
    if (virNetworkPtr net = virNetworkLookupByName(conn, name.toUtf8().constData())) {
        virNetworkFree(net);
        return name;
    }
    virResetLastError();
    const QByteArray xml
        = QStringLiteral("<network><name>%1</name><bridge name='virbr-vhw' stp='off'/></network>")
              .arg(name)
              .toUtf8();
    if (virNetworkPtr net = virNetworkCreateXML(conn, xml.constData()))
        virNetworkFree(net);
    return name;
}

} // namespace Vireo::Test
