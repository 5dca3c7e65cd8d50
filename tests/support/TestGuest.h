#pragma once

#include <QString>
#include <QStringList>

#include <memory>

typedef struct _virConnect *virConnectPtr;

namespace Vireo::Test {

struct GuestOptions
{
    bool withDisk = false; // a 16 MiB qcow2 volume in the test pool, as virtio disk vda
    int diskMiB = 16;
    /// Set: the disk is a LUKS-encrypted qcow2 made by Vireo's EncryptedVolumes, its passphrase
    /// a libvirt secret (gone with the guest).
    QString diskPassphrase;
    QString diskFormat = QStringLiteral("qcow2"); // or "raw"
    QString diskDir; // when set, the disk is a plain file in this folder instead of a volume
    bool bootFromIso = false; // the GRUB ISO as CD-ROM instead of direct kernel boot
    int memoryMiB = 160;
    /// The guest's displays, in this order: "vnc", "spice" (a VGA card either way).
    QStringList graphics = {QStringLiteral("vnc")};
    QString vncPassword;   // the VNC server asks for it when set
    QString spicePassword; // the SPICE server asks for it when set
    /// Where the displays listen (the security tests define one on 0.0.0.0, never started).
    QString displayListen = QStringLiteral("127.0.0.1");
    /// A SPICE agent channel (com.redhat.spice.0): the guest runs its tiny agent on it, which
    /// reports the client's clipboard and monitor configuration on serial (tests/guest/vdagent.c).
    bool spiceAgent = false;
    /// A virtio console on a pty (hvc0 in the guest, a shell on it), for the text console.
    bool virtioConsole = false;
    /// The desktop variant: Debian's generic kernel with sound and USB drivers, an Intel HD
    /// Audio card (ich6 on pc, ich9 on q35; vireo-tone plays on it), a USB 3 controller and two
    /// SPICE USB redirection channels.
    bool desktop = false;
    QString osId = QStringLiteral("http://debian.org/debian/12");
    /// vCPUs at boot and the most it can take live (maxVcpus 0: as many as vcpus).
    int vcpus = 1;
    int maxVcpus = 0;
    /// A virtio balloon (memballoon), so that memory can change while it runs.
    bool balloon = false;
    /// An empty CD-ROM drive (sda) on a virtio-scsi controller, for media changes while it runs.
    bool scsiCdrom = false;
    /// The machine type: pc (i440fx, PCI hot-plug through ACPI) or q35 (PCIe root ports, only
    /// those libvirt adds).
    QString machine = QStringLiteral("pc");
    /// A virtio NIC (eth0 in the guest) on this libvirt network; none when empty. The guest
    /// asks for an address with `udhcpc -s /lib/vireo/udhcpc.sh`, which reports
    /// "VIREO-LEASE eth0 ADDRESS" on serial.
    QString network;
    /// Where the control channel's socket is made; empty: in the guest's own folder. A guest
    /// that moves between hosts needs a host-local path (the host it leaves removes the path).
    QString controlSocket;
};

/// One test guest defined on the real daemon (qemu:///system): the tiny kernel + busybox guest
/// from tests/guest, booted directly (no boot loader) under software emulation. Its first serial
/// port goes to a log file (READY arrives there), its control shell to a unix socket. Everything
/// it created (domain, managed save, volume, files) goes away with it.
class TestGuest
{
public:
    explicit TestGuest(const QString &name, const GuestOptions &options = {});
    ~TestGuest();

    TestGuest(const TestGuest &) = delete;
    TestGuest &operator=(const TestGuest &) = delete;

    /// Defines the domain; false with error() when it could not.
    bool define();
    /// Takes over a domain made from `original` (a clone or an instance of it): its serial log
    /// and control socket move to a folder of its own, so both can run at once, and it goes
    /// away (with its disk volumes) like any test guest. Null when there is no such domain.
    static std::unique_ptr<TestGuest> adopt(const QString &name, const TestGuest &original);
    QString error() const { return m_error; }
    /// Starts the defined domain and waits for the guest's READY; false with error() (the
    /// serial port's last words) when it did not come.
    bool start(int timeoutMs = 120000);

    QString name() const { return m_name; }
    QString uuid() const { return m_uuid; }
    QString serialLogPath() const { return m_dir + QStringLiteral("/serial0.log"); }
    QString controlSocketPath() const
    {
        return m_options.controlSocket.isEmpty() ? m_dir + QStringLiteral("/control.sock")
                                                 : m_options.controlSocket;
    }
    QString diskPath() const { return m_diskPath; }
    /// The encrypted disk's secret (diskPassphrase), empty otherwise.
    QString diskSecret() const { return m_diskSecret; }
    QString domainXml() const;

    /// Waits until the first serial port has printed text (at least `count` times).
    bool waitForSerial(const QString &text, int timeoutMs = 60000, int count = 1) const;
    int serialCount(const QString &text) const;
    /// The serial port's lines so far that start with a prefix, trimmed.
    QStringList serialLines(const QString &prefix) const;
    /// The QEMU process running this guest, 0 when none.
    qint64 qemuPid() const;

    /// A folder QEMU can read (and write sockets in) holding the guest's kernel, initrd and ISO.
    static QString stagingDir();

    /// The first bytes of a qcow2 disk as QEMU sees them (qemu-io), as its hex dump with text:
    /// where tests look for the guest's VIREO-DISK-MARKER.
    static QString diskStart(const QString &qcow2Path);

    /// The names of the volumes in the "default" storage pool (empty when there is none).
    static QStringList defaultPoolVolumes();

    /// Takes a domain away for good, whatever a test left of it: stopped, undefined (with its
    /// NVRAM), and the storage volumes of its disks deleted. Nothing when there is no such domain.
    static void removeDomainAndVolumes(const QString &name);

    /// Takes a libvirt network away for good (stopped and undefined); nothing when there is none.
    static void removeNetwork(const QString &name);

    /// A transient network with no forwarding and no addresses (nothing in it talks out),
    /// made when missing: where hot-plugged NICs go. Its name.
    static QString isolatedNetwork();

    /// A plain libvirt connection for test set-up and checks (never the one under test).
    static virConnectPtr helperConnection();

private:
    void cleanUp();

    QString m_name;
    GuestOptions m_options;
    QString m_uuid;
    QString m_dir;
    QString m_diskPath;
    QString m_diskSecret;
    QString m_error;
};

} // namespace Vireo::Test
