#include "app/commands/CreateCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "create/ExpressInstall.h"
#include "create/FirstRun.h"
#include "create/Import.h"
#include "create/OsDatabase.h"
#include "create/VmCreator.h"
#include "storage/EncryptedVolumes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

namespace Vireo::App {

namespace {

struct CreateText
{
    Q_DECLARE_TR_FUNCTIONS(CreateText)
};

} // namespace

int runCreateCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("create"),
        CreateText::tr("Create a virtual machine from an install image or a cloud image."),
        QStringLiteral("(--name NAME (--iso PATH | --cloud-image PATH) | --import PATH)"));
    QCommandLineParser &p = command.options();
    const QCommandLineOption name(QStringLiteral("name"), CreateText::tr("Name of the new VM."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption iso(QStringLiteral("iso"),
                                 CreateText::tr("Install image (ISO) to boot from."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption os(
        QStringLiteral("os"),
        CreateText::tr("OS short id (e.g. fedora37, debian11, win11, linux2022); "
                       "detected from the image when left out."),
        QStringLiteral("SHORT-ID"));
    const QCommandLineOption memory(QStringLiteral("memory"), CreateText::tr("Memory in MiB."),
                                    QStringLiteral("MiB"));
    const QCommandLineOption vcpus(QStringLiteral("vcpus"), CreateText::tr("Number of vCPUs."),
                                   QStringLiteral("N"));
    const QCommandLineOption disk(QStringLiteral("disk"),
                                  CreateText::tr("Size of the new qcow2 disk in GiB (0: no disk)."),
                                  QStringLiteral("GiB"));
    const QCommandLineOption firmware(QStringLiteral("firmware"),
                                      CreateText::tr("bios, uefi or uefi-secure."),
                                      QStringLiteral("TYPE"));
    const QCommandLineOption tpm(QStringLiteral("tpm"), CreateText::tr("Add a TPM 2.0 (swtpm)."));
    const QCommandLineOption graphics(QStringLiteral("graphics"),
                                      CreateText::tr("spice or vnc (on 127.0.0.1)."),
                                      QStringLiteral("TYPE"));
    const QCommandLineOption network(
        QStringLiteral("network"),
        CreateText::tr("user, none, a libvirt network name (e.g. default) or "
                       "bridge:DEVICE."),
        QStringLiteral("NET"));
    const QCommandLineOption accel(QStringLiteral("accel"), CreateText::tr("kvm or emulation."),
                                   QStringLiteral("TYPE"));
    const QCommandLineOption noStart(QStringLiteral("no-start"),
                                     CreateText::tr("Define the VM but do not start it."));
    const QCommandLineOption keepMedia(
        QStringLiteral("keep-install-media"),
        CreateText::tr("Keep the install image in the CD-ROM drive after installing (by default "
                       "it is in for the first run only, and the machine boots its disk first)."));
    const QCommandLineOption cloudImage(
        QStringLiteral("cloud-image"),
        CreateText::tr("A cloud image (qcow2 or raw, e.g. Debian's genericcloud) to make the "
                       "VM's disk from, set up at first boot by cloud-init."),
        QStringLiteral("PATH"));
    const QCommandLineOption fullCopy(
        QStringLiteral("full-copy"),
        CreateText::tr("Copy the cloud image into the pool instead of a linked copy (which "
                       "stores only what the VM changes)."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  CreateText::tr("Cloud image: the account to make (default: "
                                                 "your user name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption sshKey(
        QStringLiteral("ssh-key"),
        CreateText::tr("Cloud image: an SSH public key file to log in with (repeatable; "
                       "default: ~/.ssh/id_*.pub)."),
        QStringLiteral("FILE"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        CreateText::tr("Cloud image: a file whose first line is the account's password (stored "
                       "in the VM only as a hash)."),
        QStringLiteral("FILE"));
    const QCommandLineOption encrypt(
        QStringLiteral("encrypt"),
        CreateText::tr("Encrypt the new disk (LUKS); its passphrase is asked at the terminal "
                       "(twice), read from --passphrase-file, or the first line of stdin, and "
                       "kept as a private libvirt secret."));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        CreateText::tr("With --encrypt: a file whose first line is the disk's passphrase."),
        QStringLiteral("FILE"));
    const QCommandLineOption keepPassphrase(
        QStringLiteral("keep-passphrase"),
        CreateText::tr("With --encrypt: also keep the passphrase in the desktop's keyring (Vireo "
                       "puts a lost libvirt secret back from there when the VM starts)."));
    const QCommandLineOption hostname(QStringLiteral("hostname"),
                                      CreateText::tr("Cloud image: the guest's host name "
                                                     "(default: the VM's name)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        CreateText::tr("A VM from elsewhere: an OVA or OVF (VirtualBox, VMware), a VMDK, VDI, "
                       "VHD, VHDX, qcow2 or raw disk (converted to qcow2 in the pool), or a "
                       "libvirt domain XML file."),
        QStringLiteral("PATH"));
    const QCommandLineOption pool(QStringLiteral("pool"),
                                  CreateText::tr("The storage pool for the VM's disk (default: "
                                                 "default)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption serialLog(
        QStringLiteral("serial-log"),
        CreateText::tr("Also log the first serial port to this file."), QStringLiteral("PATH"));
    const QCommandLineOption unattended(
        QStringLiteral("unattended"),
        CreateText::tr("Express install from --iso, no installer questions: "
                       "user=NAME,password-file=FILE[,admin-password-file=FILE,timezone=ZONE,"
                       "lang=LANG,product-key=KEY,hostname=NAME] (time zone and language default "
                       "to this machine's; the password is written only as a hash where the OS "
                       "allows, and only into media removed after the install)."),
        QStringLiteral("SETTINGS"));
    const QCommandLineOption noWait(
        QStringLiteral("no-wait"),
        CreateText::tr("With --unattended: return once the install has started instead of "
                       "waiting for it to end."));
    const QCommandLineOption extraArgs(
        QStringLiteral("extra-args"),
        CreateText::tr("Express install of Linux: more kernel arguments for the installer "
                       "(e.g. console=ttyS0)."),
        QStringLiteral("ARGS"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 CreateText::tr("Answer yes to the questions creation asks (QEMU "
                                                "passing through a private folder to reach a "
                                                "file)."));
    const QCommandLineOption arch(QStringLiteral("arch"),
                                  CreateText::tr("x86_64 (default) or aarch64 (ARM, emulated; "
                                                 "needs qemu-system-arm and qemu-efi-aarch64)."),
                                  QStringLiteral("ARCH"));
    command.addOptions(
        {arch,       name,          iso,        os,        memory,       vcpus,    disk,
         firmware,   tpm,           graphics,   network,   accel,        noStart,  keepMedia,
         cloudImage, fullCopy,      user,       sshKey,    passwordFile, hostname, import,
         pool,       serialLog,     unattended, extraArgs, noWait,       encrypt,  passphraseFile,
         yes,        keepPassphrase});
    if (!command.parse(arguments))
        return 2;
    const auto fail
        = [&command](const QString &message, int code = 1) { return command.fail(message, code); };
    if (!command.positional().isEmpty())
        return fail(CreateText::tr("Unexpected argument '%1'.").arg(command.positional().first()),
                    2);
    QString error;
    const bool importing = p.isSet(import);
    if (importing && (p.isSet(iso) || p.isSet(cloudImage)))
        return fail(CreateText::tr("--import goes without --iso and --cloud-image."), 2);
    if (!importing && !p.isSet(name))
        return fail(CreateText::tr("--name is required."), 2);
    if (!importing && p.isSet(iso) == p.isSet(cloudImage))
        return fail(CreateText::tr("Give either --iso (an install image) or --cloud-image."), 2);
    if (!p.isSet(cloudImage)) {
        for (const QCommandLineOption *o : {&fullCopy, &user, &sshKey, &passwordFile, &hostname})
            if (p.isSet(*o))
                return fail(CreateText::tr("--%1 goes with --cloud-image.").arg(o->names().first()),
                            2);
    }
    if (p.isSet(unattended) && !p.isSet(iso))
        return fail(CreateText::tr("--unattended installs from an install image: give --iso."), 2);
    if ((p.isSet(extraArgs) || p.isSet(noWait)) && !p.isSet(unattended))
        return fail(CreateText::tr("--extra-args and --no-wait go with --unattended."), 2);
    UnattendedConfig express;
    if (p.isSet(unattended) && !ExpressInstall::parseOptions(p.value(unattended), &express, &error))
        return fail(CreateText::tr("--unattended: %1").arg(error), 2);
    const QString uri = command.uri();

    auto number = [&p](const QCommandLineOption &o, qint64 *out) {
        bool ok = false;
        *out = p.value(o).toLongLong(&ok);
        return ok && *out >= 0;
    };

    // The OS: named, or read from the image.
    OsDatabase db;
    if (!db.load(&error))
        return fail(error);
    std::optional<OsInfo> osInfo;
    const QString isoPath = p.isSet(iso) ? QFileInfo(p.value(iso)).absoluteFilePath() : QString();
    const auto detected = isoPath.isEmpty() ? std::nullopt : db.detect(isoPath, &error);
    if (!error.isEmpty())
        return fail(error);
    if (p.isSet(os)) {
        osInfo = db.byShortId(p.value(os));
        if (!osInfo)
            return fail(CreateText::tr("Unknown OS '%1'. `osinfo-query os` lists the short ids.")
                            .arg(p.value(os)),
                        2);
    } else if (detected) {
        osInfo = detected;
        if (!detected->standsInFor.isEmpty())
            command.fail(CreateText::tr("%1 is newer than the OS database: using %2's settings "
                                        "(name another with --os).")
                             .arg(detected->standsInFor, detected->name));
    } else if (!isoPath.isEmpty()) {
        command.fail(CreateText::tr("The OS on %1 was not recognised; using generic defaults "
                                    "(name one with --os).")
                         .arg(QFileInfo(isoPath).fileName()));
    }

    Connection connection(uri, command.readOnly());
    openAndWait(connection);
    if (connection.state() != Connection::State::Connected)
        return fail(connection.stateDetail());

    QVariant value;
    if (!await(Creation::readHostCapacity(&connection), &value, &error))
        return fail(error);
    const HostCapacity host = value.value<HostCapacity>();
    const bool system = !uri.contains(QLatin1String("session"));

    CreateRequest request;
    request.spec = recommendedSpec(osInfo ? &*osInfo : nullptr, host, system);
    request.spec.name = p.value(name);
    request.newDiskGiB = recommendedDiskGiB(osInfo ? &*osInfo : nullptr);
    request.start = !p.isSet(noStart);
    request.keepInstallMedia = p.isSet(keepMedia);
    qint64 n = 0;
    if (p.isSet(memory)) {
        if (!number(memory, &n))
            return fail(CreateText::tr("--memory takes a number of MiB."), 2);
        request.spec.memoryMiB = quint64(n);
    }
    if (p.isSet(vcpus)) {
        if (!number(vcpus, &n))
            return fail(CreateText::tr("--vcpus takes a number."), 2);
        request.spec.vcpus = int(n);
    }
    if (p.isSet(disk)) {
        if (!number(disk, &n))
            return fail(CreateText::tr("--disk takes a number of GiB."), 2);
        request.newDiskGiB = quint64(n);
    }
    if (p.isSet(firmware)) {
        const QString f = p.value(firmware);
        if (f == QLatin1String("bios"))
            request.spec.firmware = Firmware::Bios;
        else if (f == QLatin1String("uefi"))
            request.spec.firmware = Firmware::Uefi;
        else if (f == QLatin1String("uefi-secure"))
            request.spec.firmware = Firmware::UefiSecureBoot;
        else
            return fail(CreateText::tr("--firmware is bios, uefi or uefi-secure."), 2);
    }
    if (p.isSet(tpm))
        request.spec.tpm = true;
    if (p.isSet(graphics)) {
        const QString g = p.value(graphics);
        if (g != QLatin1String("spice") && g != QLatin1String("vnc"))
            return fail(CreateText::tr("--graphics is spice or vnc."), 2);
        request.spec.graphics.type
            = g == QLatin1String("vnc") ? VmGraphics::Type::Vnc : VmGraphics::Type::Spice;
    }
    if (p.isSet(network)) {
        const QString net = p.value(network);
        VmNic nic = request.spec.nics.value(0);
        if (net == QLatin1String("none")) {
            request.spec.nics.clear();
        } else {
            if (net == QLatin1String("user")) {
                nic.kind = VmNic::Kind::User;
                nic.source.clear();
            } else if (net.startsWith(QLatin1String("bridge:"))) {
                nic.kind = VmNic::Kind::Bridge;
                nic.source = net.mid(7);
            } else {
                nic.kind = VmNic::Kind::Network;
                nic.source = net;
            }
            request.spec.nics = {nic};
        }
    }
    if (p.isSet(accel)) {
        const QString a = p.value(accel);
        if (a != QLatin1String("kvm") && a != QLatin1String("emulation"))
            return fail(CreateText::tr("--accel is kvm or emulation."), 2);
        request.spec.emulated = a == QLatin1String("emulation");
    }
    if (p.isSet(arch)) {
        const QString a = p.value(arch);
        if (a != QLatin1String("x86_64") && a != QLatin1String("aarch64"))
            return fail(CreateText::tr("--arch is x86_64 or aarch64."), 2);
        if (!host.architectures.contains(a))
            return fail(host.armMissing.isEmpty()
                            ? CreateText::tr("This host cannot run %1 machines.").arg(a)
                            : host.armMissing,
                        2);
        if (a == QLatin1String("aarch64")) {
            if (p.value(accel) == QLatin1String("kvm"))
                return fail(CreateText::tr("ARM machines are emulated on this host: "
                                           "--accel kvm does not go with --arch aarch64."),
                            2);
            makeArm(request.spec);
        }
    }
    if (p.isSet(serialLog))
        request.spec.serialLogPath = QFileInfo(p.value(serialLog)).absoluteFilePath();
    if (p.isSet(pool))
        request.pool = p.value(pool);
    if (importing) {
        // The VM of another hypervisor: its CPUs, memory, disks and firmware from its OVF (or
        // its disk), the rest (display, network, emulation, serial log) as chosen here.
        ImportRequest in;
        in.path = QFileInfo(p.value(import)).absoluteFilePath();
        in.name = p.isSet(name) ? p.value(name) : QString();
        in.pool = request.pool;
        in.hardware = request.spec;
        in.start = request.start;
        Operation *op = Import::importVm(&connection, in);
        QObject::connect(op, &Operation::progress, op, [](int, const QString &text) {
            static QString last;
            if (text != last && !text.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(text));
            last = text;
        });
        if (!await(op, &value, &error))
            return fail(error);
        const QStringList made = value.toStringList(); // name, UUID, notices
        for (const QString &notice : made.mid(2))
            command.fail(notice);
        std::printf("%s %s\n", qPrintable(made.value(0)), qPrintable(made.value(1)));
        return 0;
    }
    if (!isoPath.isEmpty()) {
        VmDisk cdrom;
        cdrom.device = VmDisk::Device::Cdrom;
        cdrom.path = isoPath;
        cdrom.format = QStringLiteral("raw");
        cdrom.bus = cdromBus(request.spec);
        request.spec.disks.append(cdrom);
        request.spec.bootFromCdrom = true;
        if (p.isSet(unattended)) {
            if (!osInfo)
                return fail(CreateText::tr("An express install needs to know the OS: name it "
                                           "with --os."),
                            2);
            if (express.hostname.isEmpty())
                express.hostname = CloudInit::hostnameFor(request.spec.name);
            if (const QString bad = ExpressInstall::validate(express, osInfo->isWindows());
                !bad.isEmpty())
                return fail(CreateText::tr("--unattended: %1").arg(bad), 2);
            request.unattended = db.unattendedScript(osInfo->id, express, &error);
            if (!request.unattended)
                return fail(error, 2);
            if (!request.unattended->borrowedFrom.isEmpty())
                command.fail(CreateText::tr("%1 has no install script in osinfo-db: using %2.")
                                 .arg(osInfo->name, request.unattended->borrowedFrom));
            request.extraKernelArgs = p.value(extraArgs);
        }
    } else {
        // A cloud image: the VM's disk is made from it, and cloud-init sets it up at first boot.
        const QString image = QFileInfo(p.value(cloudImage)).absoluteFilePath();
        if (!p.isSet(disk))
            request.newDiskGiB = 0; // as large as the image
        if (p.isSet(fullCopy)) {
            QFile f(image);
            VmDisk copy;
            copy.path = image;
            copy.format = f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("QFI\xfb", 4)
                              ? QStringLiteral("qcow2")
                              : QStringLiteral("raw");
            copy.bus
                = request.spec.virtioDevices ? QStringLiteral("virtio") : QStringLiteral("sata");
            request.spec.disks.prepend(copy);
            request.copyDiskFrom = image;
            request.newDiskGiB = 0;
        } else {
            request.linkedFrom = image;
        }
        CloudInitConfig cloud;
        cloud.user
            = p.isSet(user) ? p.value(user) : qEnvironmentVariable("USER", QStringLiteral("user"));
        if (cloud.user == QLatin1String("root"))
            cloud.user = QStringLiteral("user"); // cloud images lock root; a user of its own
        cloud.hostname
            = p.isSet(hostname) ? p.value(hostname) : CloudInit::hostnameFor(request.spec.name);
        if (p.isSet(sshKey)) {
            for (const QString &file : p.values(sshKey)) {
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    return fail(CreateText::tr("Cannot read the SSH key %1.").arg(file), 2);
                cloud.sshKeys << QString::fromUtf8(f.readAll()).trimmed();
            }
        } else {
            cloud.sshKeys = CloudInit::defaultSshKeys();
        }
        if (p.isSet(passwordFile)) {
            QFile f(p.value(passwordFile));
            if (!f.open(QIODevice::ReadOnly))
                return fail(CreateText::tr("Cannot read %1.").arg(p.value(passwordFile)), 2);
            cloud.password = QString::fromUtf8(f.readLine()).trimmed();
        }
        request.cloudInit = cloud;
    }

    if ((p.isSet(passphraseFile) || p.isSet(keepPassphrase)) && !p.isSet(encrypt))
        return fail(CreateText::tr("--passphrase-file and --keep-passphrase go with --encrypt"), 2);
    if (p.isSet(encrypt)) {
        QString passphrase, repeated;
        if (p.isSet(passphraseFile)) {
            QFile f(p.value(passphraseFile));
            if (!f.open(QIODevice::ReadOnly))
                return fail(CreateText::tr("Cannot read %1.").arg(p.value(passphraseFile)), 2);
            passphrase = repeated = QString::fromUtf8(f.readLine()).trimmed();
        } else {
            passphrase = readSecretLine(CreateText::tr("Passphrase of the encrypted disk: "));
            repeated = ::isatty(STDIN_FILENO) == 1
                           ? readSecretLine(CreateText::tr("The same passphrase again: "))
                           : passphrase;
        }
        if (const QString why = EncryptedVolumes::checkPassphrase(passphrase, repeated);
            !why.isEmpty())
            return fail(why, 2);
        request.diskPassphrase = passphrase;
        request.rememberPassphrase = p.isSet(keepPassphrase);
    }

    if (const QString bad = validateCreateRequest(request, host); !bad.isEmpty())
        return fail(bad, 2);

    // Asked on the terminal (or --yes) when QEMU's user must pass through a private folder.
    bool declined = false;
    const CommandOutcome made = runConfirming(
        [&](bool confirmed) {
            CreateRequest asked = request;
            asked.grantQemuAccess = confirmed;
            return Creation::create(&connection, asked);
        },
        p.isSet(yes), &declined);
    if (!made.ok)
        return fail(made.why.text(), declined ? 2 : made.exitCode());
    const QString uuid = made.value.toString();
    std::printf("%s %s\n", qPrintable(request.spec.name), qPrintable(uuid));
    std::fflush(stdout);
    if (request.unattended && !p.isSet(noWait)) {
        // As virt-install does: wait for the install to end, then start the installed system
        // (the Janitor does both, and removes the install's kernel, initrd and script media).
        command.fail(CreateText::tr("installing without questions; the installed system starts "
                                    "when it is done (Ctrl+C leaves the install running: Vireo "
                                    "finishes it the next time it runs)."));
        FirstRun::Janitor janitor(&connection);
        QEventLoop loop;
        bool restarted = false;
        QObject::connect(&janitor, &FirstRun::Janitor::removed, &loop,
                         [&](const QString &which, const QStringList &, bool started) {
                             if (which == uuid) {
                                 restarted = started;
                                 loop.quit();
                             }
                         });
        loop.exec();
        if (!restarted)
            return fail(CreateText::tr("The install run ended without the installer's reboot "
                                       "(stopped from outside?): the machine stays off."));
        command.fail(
            CreateText::tr("installed: %1 runs its installed system.").arg(request.spec.name));
    }
    return 0;
}

} // namespace Vireo::App
