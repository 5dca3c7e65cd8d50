#include "app/commands/EditCommand.h"

#include "app/commands/CommandParser.h"
#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "domains/ActionRules.h"
#include "hardware/HardwareEditor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace Vireo::App {

namespace {

struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(EditText)
};

/// "512M", "2G", "2GiB", "1024" (MiB): KiB, or 0 when it is not a size.
quint64 parseSizeKiB(const QString &text)
{
    return parseSize(text) / 1024;
}

bool parseOnOff(const QString &text, bool *on)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("on") || t == QLatin1String("up") || t == QLatin1String("yes")) {
        *on = true;
        return true;
    }
    if (t == QLatin1String("off") || t == QLatin1String("down") || t == QLatin1String("no")) {
        *on = false;
        return true;
    }
    return false;
}

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

/// The hardware as `vireo edit VM` (no option) prints it.
void printHardware(const HardwareState &s)
{
    const Hardware &hw = s.config;
    print(EditText::tr("%1 (%2)").arg(hw.name, s.running ? EditText::tr("running")
                                                         : EditText::tr("not running")));
    print(EditText::tr("  vCPUs: %1 of at most %2, model %3")
              .arg(hw.cpu.current)
              .arg(hw.cpu.maximum)
              .arg(hw.cpu.mode.isEmpty()
                       ? EditText::tr("default")
                       : (hw.cpu.mode + QLatin1Char(' ') + hw.cpu.model).trimmed()));
    for (auto it = hw.cpu.vcpuPins.cbegin(); it != hw.cpu.vcpuPins.cend(); ++it)
        print(EditText::tr("  vCPU %1 on host CPUs %2").arg(it.key()).arg(it.value()));
    print(EditText::tr("  Memory: %1 of at most %2")
              .arg(kibText(hw.memory.currentKiB), kibText(hw.memory.maximumKiB)));
    print(EditText::tr("  Boot: %1").arg(hw.boot.order.join(QLatin1String(", "))));
    print(EditText::tr("  Autostart: %1")
              .arg(s.autostart ? EditText::tr("on") : EditText::tr("off")));
    for (const HardwareDevice &d : hw.devices)
        print(QStringLiteral("  %1  %2").arg(d.title, -28).arg(d.summary));
    for (const QString &p : s.pending)
        print(EditText::tr("  Pending until restart: %1").arg(p));
}

} // namespace

int runEditCommand(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("edit"),
        EditText::tr("Changes a virtual machine's hardware: live where the hypervisor allows, "
                     "else at its next boot. Without options, prints the hardware."),
        QStringLiteral("VM [options]"));
    QCommandLineParser &p = command.options();
    p.addPositionalArgument(QStringLiteral("vm"), EditText::tr("Name or UUID of the VM."));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    EditText::tr("Memory (the balloon), e.g. 512M, 2G."),
                                    QStringLiteral("SIZE"));
    const QCommandLineOption maxMemory(QStringLiteral("max-memory"),
                                       EditText::tr("Maximum memory (next boot)."),
                                       QStringLiteral("SIZE"));
    const QCommandLineOption vcpus(QStringLiteral("vcpus"), EditText::tr("vCPUs."),
                                   QStringLiteral("N"));
    const QCommandLineOption maxVcpus(QStringLiteral("max-vcpus"),
                                      EditText::tr("Maximum vCPUs (next boot)."),
                                      QStringLiteral("N"));
    const QCommandLineOption cpuModel(
        QStringLiteral("cpu-model"),
        EditText::tr("host-passthrough, host-model or a model name (next boot)."),
        QStringLiteral("MODEL"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 EditText::tr("Pin a vCPU to host CPUs, e.g. 0:2-3 (repeatable)."),
                                 QStringLiteral("VCPU:HOSTCPUS"));
    const QCommandLineOption addDisk(
        QStringLiteral("add-disk"),
        EditText::tr("A new disk: a size (a new qcow2 volume in pool 'default') or a path, "
                     "optionally followed by ,bus=virtio|sata|scsi ,pool=NAME ,readonly."),
        QStringLiteral("SIZE|PATH[,bus=..]"));
    const QCommandLineOption removeDevice(
        QStringLiteral("remove-device"),
        EditText::tr("Remove a device by its target (vdb), MAC or key (rng#0) (repeatable)."),
        QStringLiteral("TARGET|MAC"));
    const QCommandLineOption cdrom(QStringLiteral("cdrom"),
                                   EditText::tr("Insert a disc image into the first CD-ROM, or "
                                                "'eject'; TARGET=PATH for another drive."),
                                   QStringLiteral("[TARGET=]PATH|eject"));
    const QCommandLineOption addNic(
        QStringLiteral("add-nic"),
        EditText::tr("A new network card on a virtual network, or bridge:DEV."),
        QStringLiteral("NETWORK|bridge:DEV"));
    const QCommandLineOption link(
        QStringLiteral("link"), EditText::tr("A network card's link, by MAC: MAC=up or MAC=down."),
        QStringLiteral("MAC=up|down"));
    const QCommandLineOption boot(QStringLiteral("boot"),
                                  EditText::tr("Boot order, e.g. cdrom,hd (next boot)."),
                                  QStringLiteral("dev1,dev2"));
    const QCommandLineOption iotune(
        QStringLiteral("iotune"),
        EditText::tr("A disk's I/O limits in bytes or operations per second, e.g. "
                     "vda:write_bytes=4194304 (0: no limit)."),
        QStringLiteral("TARGET:key=value,.."));
    const QCommandLineOption autostart(QStringLiteral("autostart"),
                                       EditText::tr("Start the VM when the host boots."),
                                       QStringLiteral("on|off"));
    const QCommandLineOption title(QStringLiteral("title"), EditText::tr("A short title."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         EditText::tr("A description."), QStringLiteral("TEXT"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  EditText::tr("Change the running VM only (gone when it stops)."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        EditText::tr("Change the definition only (the next boot). Default: both where possible."));
    const QCommandLineOption xml(
        QStringLiteral("xml"), EditText::tr("Edit the XML in $EDITOR (else vi); it is checked, the "
                                            "difference shown, and applied after you agree."));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        EditText::tr("Do not ask: --xml applies at once, --add-disk makes a disk larger than the "
                     "pool's free space."));
    command.addOptions({memory,       maxMemory,   vcpus,  maxVcpus, cpuModel, pin,    addDisk,
                        removeDevice, cdrom,       addNic, link,     boot,     iotune, autostart,
                        title,        description, live,   config,   xml,      yes});
    if (!command.parse(arguments))
        return 2;
    const QStringList args = command.positional();
    if (args.size() != 1)
        return command.fail(EditText::tr("name one VM (see --help)"), 2);
    if (p.isSet(live) && p.isSet(config))
        return command.fail(
            EditText::tr("--live and --config together are the default; give one or neither"), 2);

    // Every option into a change, checked before anything is opened.
    QList<HardwareChange> changes;
    auto bad = [&command](const QString &text) { return command.fail(text, 2); };
    if (p.isSet(memory)) {
        const quint64 kib = parseSizeKiB(p.value(memory));
        if (!kib)
            return bad(
                EditText::tr("--memory: '%1' is not a size (e.g. 512M, 2G)").arg(p.value(memory)));
        changes << HardwareChange::memory(kib);
    }
    if (p.isSet(maxMemory)) {
        const quint64 kib = parseSizeKiB(p.value(maxMemory));
        if (!kib)
            return bad(EditText::tr("--max-memory: '%1' is not a size").arg(p.value(maxMemory)));
        changes << HardwareChange::maxMemory(kib);
    }
    for (const auto &[option, isMax] : {std::pair{&vcpus, false}, std::pair{&maxVcpus, true}}) {
        if (!p.isSet(*option))
            continue;
        bool ok = false;
        const int n = p.value(*option).toInt(&ok);
        if (!ok || n < 1)
            return bad(EditText::tr("--%1: '%2' is not a number of vCPUs (1 or more)")
                           .arg(option->names().first(), p.value(*option)));
        changes << (isMax ? HardwareChange::maxVcpus(n) : HardwareChange::vcpus(n));
    }
    if (p.isSet(cpuModel))
        changes << HardwareChange::cpuModel(p.value(cpuModel));
    for (const QString &v : p.values(pin)) {
        const int colon = int(v.indexOf(QLatin1Char(':')));
        bool ok = false;
        const int vcpu = v.left(colon).toInt(&ok);
        if (colon < 1 || !ok || parseCpuList(v.mid(colon + 1)).isEmpty())
            return bad(EditText::tr("--pin: '%1' is not VCPU:HOSTCPUS (e.g. 0:2-3)").arg(v));
        changes << HardwareChange::pinVcpu(vcpu, v.mid(colon + 1));
    }
    if (p.isSet(addDisk)) {
        const QStringList parts = p.value(addDisk).split(QLatin1Char(','));
        DiskRequest r;
        const quint64 kib = parseSizeKiB(parts.first());
        if (kib && !parts.first().contains(QLatin1Char('/'))) {
            r.pool = QStringLiteral("default");
            r.sizeBytes = kib * 1024;
        } else {
            r.path = parts.first();
            r.format = r.path.endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2")
                                                                : QStringLiteral("raw");
        }
        for (const QString &part : parts.mid(1)) {
            if (part.startsWith(QLatin1String("bus=")))
                r.bus = part.mid(4);
            else if (part.startsWith(QLatin1String("pool=")) && !r.pool.isEmpty())
                r.pool = part.mid(5);
            else if (part == QLatin1String("readonly"))
                r.readOnly = true;
            else
                return bad(EditText::tr("--add-disk: unknown part '%1' (bus=, pool=, readonly)")
                               .arg(part));
        }
        r.allowOverCommit = p.isSet(yes);
        changes << HardwareChange::addDisk(r);
    }
    for (const QString &v : p.values(removeDevice))
        changes << HardwareChange::removeDevice(v);
    if (p.isSet(addNic)) {
        NicRequest r;
        const QString v = p.value(addNic);
        if (v.startsWith(QLatin1String("bridge:"))) {
            r.type = QStringLiteral("bridge");
            r.source = v.mid(7);
        } else {
            r.source = v;
        }
        if (r.source.isEmpty())
            return bad(EditText::tr("--add-nic: name a network or bridge:DEVICE"));
        changes << HardwareChange::addNic(r);
    }
    for (const QString &v : p.values(link)) {
        const int eq = int(v.lastIndexOf(QLatin1Char('=')));
        bool up = false;
        if (eq < 1 || !parseOnOff(v.mid(eq + 1), &up))
            return bad(EditText::tr("--link: '%1' is not MAC=up or MAC=down").arg(v));
        changes << HardwareChange::linkState(v.left(eq), up);
    }
    if (p.isSet(boot))
        changes << HardwareChange::bootOrder(
            p.value(boot).split(QLatin1Char(','), Qt::SkipEmptyParts));
    for (const QString &v : p.values(iotune)) {
        const int colon = int(v.indexOf(QLatin1Char(':')));
        if (colon < 1)
            return bad(EditText::tr("--iotune: '%1' is not TARGET:key=value,...").arg(v));
        IoTune t;
        for (const QString &pair : v.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = pair.section(QLatin1Char('='), 0, 0);
            bool ok = false;
            const quint64 value = pair.section(QLatin1Char('='), 1).toULongLong(&ok);
            quint64 *field = key == QLatin1String("read_bytes")    ? &t.readBytes
                             : key == QLatin1String("write_bytes") ? &t.writeBytes
                             : key == QLatin1String("total_bytes") ? &t.totalBytes
                             : key == QLatin1String("read_iops")   ? &t.readIops
                             : key == QLatin1String("write_iops")  ? &t.writeIops
                             : key == QLatin1String("total_iops")  ? &t.totalIops
                                                                   : nullptr;
            if (!field || !ok)
                return bad(EditText::tr(
                               "--iotune: '%1' is not one of read_bytes, write_bytes, total_bytes, "
                               "read_iops, write_iops, total_iops with a number")
                               .arg(pair));
            *field = value;
        }
        changes << HardwareChange::ioTune(v.left(colon), t);
    }
    if (p.isSet(autostart)) {
        bool on = false;
        if (!parseOnOff(p.value(autostart), &on))
            return bad(EditText::tr("--autostart: say on or off"));
        changes << HardwareChange::autostart(on);
    }
    if (p.isSet(title))
        changes << HardwareChange::titleOf(p.value(title));
    if (p.isSet(description))
        changes << HardwareChange::descriptionOf(p.value(description));

    Connection connection(command.uri(), command.readOnly());
    const std::optional<DomainInfo> vm = command.openAndFind(connection, args.first());
    if (!vm)
        return 1;
    QVariant value;
    QString error;
    if (!await(HardwareEditor::read(&connection, vm->uuid), &value, &error))
        return command.fail(error);
    const HardwareState state = value.value<HardwareState>();

    if (p.isSet(cdrom)) {
        QString v = p.value(cdrom);
        QString target;
        if (v.contains(QLatin1Char('=')) && !v.startsWith(QLatin1Char('/'))) {
            target = v.section(QLatin1Char('='), 0, 0);
            v = v.section(QLatin1Char('='), 1);
        } else {
            const Hardware &hw = state.running ? state.live : state.config;
            const QList<HardwareDevice> drives = hw.devicesOf(HardwareDevice::Kind::Cdrom);
            if (drives.isEmpty())
                return bad(EditText::tr(
                               "--cdrom: '%1' has no CD-ROM drive (add one with the Hardware tab)")
                               .arg(vm->name));
            target = drives.first().key;
        }
        changes << HardwareChange::media(target, v == QLatin1String("eject") ? QString() : v);
    }

    if (p.isSet(xml)) {
        if (!changes.isEmpty())
            return bad(EditText::tr("--xml cannot be combined with other changes"));
        const ActionAvailability can
            = hardwareAvailability(HardwareEdit::RawXml, *vm, connection.isReadOnly());
        if (!can.enabled)
            return command.fail(can.reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(vm->name + QStringLiteral(".xml"));
        QFile file(path);
        if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
            return command.fail(EditText::tr("cannot write a temporary file"));
        file.write(state.inactiveXml.toUtf8());
        file.close();
        const QString editor
            = qEnvironmentVariable("VISUAL", qEnvironmentVariable("EDITOR", QStringLiteral("vi")));
        // The editor gets the terminal; a shell splits "$EDITOR" as a user's shell would.
        const int rc
            = QProcess::execute(QStringLiteral("/bin/sh"),
                                {QStringLiteral("-c"), QStringLiteral("$0 \"$1\""), editor, path});
        if (rc != 0)
            return command.fail(
                EditText::tr("the editor (%1) failed; nothing changed").arg(editor));
        if (!file.open(QIODevice::ReadOnly))
            return command.fail(EditText::tr("cannot read the edited file"));
        const QString edited = QString::fromUtf8(file.readAll());
        const QString diff = lineDiff(state.inactiveXml, edited);
        if (diff.isEmpty()) {
            print(EditText::tr("Nothing changed."));
            return 0;
        }
        std::printf("%s", qPrintable(diff));
        if (!p.isSet(yes)) {
            std::printf("%s", qPrintable(EditText::tr("Apply these changes? [y/N] ")));
            std::fflush(stdout);
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
                print(EditText::tr("Nothing changed."));
                return 0;
            }
        }
        if (!await(HardwareEditor::defineXml(&connection, vm->uuid, edited), &value, &error))
            return command.fail(error);
        print(EditText::tr("Applied; a running VM takes it at its next boot."));
        return 0;
    }

    if (changes.isEmpty()) {
        printHardware(state);
        return 0;
    }
    const ActionAvailability can
        = hardwareAvailability(HardwareEdit::Change, *vm, connection.isReadOnly());
    if (!can.enabled)
        return command.fail(can.reason);
    const ApplyScope scope = p.isSet(live)     ? ApplyScope::LiveOnly
                             : p.isSet(config) ? ApplyScope::ConfigOnly
                                               : ApplyScope::Both;
    Operation *op = HardwareEditor::apply(&connection, vm->uuid, changes, scope);
    Failure why;
    if (!await(op, &value, &error, &why)) {
        // A refusal of what was asked (a value out of range, a path that is not there) is bad
        // input; libvirt failing is a failure.
        return command.fail(error, why.kind == Failure::Kind::InvalidInput ? 2 : 1);
    }
    const ApplyReport report = value.value<ApplyReport>();
    for (const QString &line : report.lines())
        print(line);
    for (const ChangeResult &r : report.results)
        if (r.outcome == ChangeResult::Outcome::Refused)
            return 1;
    return 0;
}

} // namespace Vireo::App
