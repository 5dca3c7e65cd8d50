#include "ui/hardware/HardwareForms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

using Kind = HardwareChange::Kind;

/// The pending edit of a kind and target, or null.
const HardwareChange *pending(const FormContext &ctx, Kind kind, const QString &target = {},
                              int count = -1)
{
    HardwareChange probe;
    probe.kind = kind;
    probe.target = target;
    probe.count = count < 0 ? 0 : count;
    auto it = ctx.edits->constFind(editKey(probe));
    return it == ctx.edits->cend() ? nullptr : &it.value();
}

QWidget *page(QFormLayout **form, const QString &heading)
{
    auto *w = new QWidget;
    auto *outer = new QVBoxLayout(w);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), w);
    outer->addWidget(title);
    *form = new QFormLayout;
    // In a narrow pane a long label puts its field on the next line rather than off the edge.
    (*form)->setRowWrapPolicy(QFormLayout::WrapLongRows);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(*form);
    outer->addStretch(1);
    return w;
}

/// A label's text with the next-boot mark when the VM runs and the field has no live call.
QString label(const FormContext &ctx, const QString &text, bool live)
{
    if (ctx.state->running && !live)
        return QObject::tr("%1 (next boot)").arg(text);
    return text;
}

void disableIfNeeded(const FormContext &ctx, QWidget *w)
{
    if (!ctx.editable) {
        w->setEnabled(false);
        w->setToolTip(ctx.disabledReason);
    }
}

QSpinBox *spin(const FormContext &ctx, int min, int max, int value, const QString &suffix = {})
{
    auto *s = new QSpinBox;
    s->setRange(min, max);
    s->setValue(value);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    disableIfNeeded(ctx, s);
    return s;
}

/// A value or note in a form: wraps rather than widening the pane.
QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString hostLine(const HardwareState &s)
{
    return QObject::tr("Host: %1 CPUs, %2 NUMA node(s), %3 memory (%4 free)")
        .arg(s.hostCpus)
        .arg(qMax(1, s.hostNumaNodes))
        .arg(kibText(s.hostMemoryKiB), kibText(s.hostFreeKiB));
}

} // namespace

QString editKey(const HardwareChange &c)
{
    QString key = QString::number(int(c.kind)) + QLatin1Char(':') + c.target.toLower();
    if (c.kind == Kind::PinVcpu)
        key += QLatin1Char(':') + QString::number(c.count);
    return key;
}

QWidget *overviewForm(const FormContext &ctx)
{
    const Hardware &hw = ctx.state->config;
    QFormLayout *form = nullptr;
    QWidget *w = page(&form, QObject::tr("Overview"));
    w->setObjectName(QStringLiteral("overviewForm"));
    form->addRow(QObject::tr("Name:"), wrapped(hw.name));
    // A UUID cannot wrap: in a narrow pane it is cut (whole in its tooltip and when copied)
    // rather than pushing the fields below out of view.
    QLabel *uuid = wrapped(hw.uuid);
    uuid->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    uuid->setToolTip(hw.uuid);
    form->addRow(QObject::tr("UUID:"), uuid);

    auto *title
        = new QLineEdit(pending(ctx, Kind::Title) ? pending(ctx, Kind::Title)->text : hw.title);
    title->setObjectName(QStringLiteral("title"));
    disableIfNeeded(ctx, title);
    QObject::connect(title, &QLineEdit::textEdited, title,
                     [ctx](const QString &text) { ctx.edit(HardwareChange::titleOf(text)); });
    form->addRow(QObject::tr("&Title:"), title);

    auto *description = new QPlainTextEdit(
        pending(ctx, Kind::Description) ? pending(ctx, Kind::Description)->text : hw.description);
    description->setObjectName(QStringLiteral("description"));
    description->setMaximumHeight(90);
    description->setTabChangesFocus(true); // Tab leaves the field: no keyboard trap
    disableIfNeeded(ctx, description);
    QObject::connect(description, &QPlainTextEdit::textChanged, description, [ctx, description] {
        ctx.edit(HardwareChange::descriptionOf(description->toPlainText()));
    });
    form->addRow(QObject::tr("&Description:"), description);

    auto *autostart = new QCheckBox(QObject::tr("Start this VM when the host boots"));
    autostart->setObjectName(QStringLiteral("autostart"));
    autostart->setChecked(pending(ctx, Kind::Autostart) ? pending(ctx, Kind::Autostart)->flag
                                                        : ctx.state->autostart);
    disableIfNeeded(ctx, autostart);
    QObject::connect(autostart, &QCheckBox::toggled, autostart,
                     [ctx](bool on) { ctx.edit(HardwareChange::autostart(on)); });
    form->addRow(QString(), autostart);

    form->addRow(QObject::tr("Hypervisor:"), wrapped(hw.type));
    form->addRow(QObject::tr("Architecture:"), wrapped(hw.boot.arch));
    form->addRow(QObject::tr("Machine type:"), wrapped(hw.boot.machine));
    form->addRow(QObject::tr("Firmware:"),
                 wrapped(hw.boot.firmware == QLatin1String("efi") ? QObject::tr("UEFI")
                         : hw.boot.firmware == QLatin1String("bios")
                             ? QObject::tr("BIOS")
                             : QObject::tr("default (BIOS)")));
    form->addRow(QObject::tr("Emulator:"), wrapped(hw.boot.emulator));
    return w;
}

QWidget *cpuForm(const FormContext &ctx)
{
    const HardwareState &s = *ctx.state;
    const Hardware &hw = s.config;
    QFormLayout *form = nullptr;
    QWidget *w = page(&form, QObject::tr("CPUs"));
    w->setObjectName(QStringLiteral("cpuForm"));
    const int limit = s.maxVcpus > 0 ? s.maxVcpus : 255;
    const int maximum
        = pending(ctx, Kind::MaxVcpus) ? pending(ctx, Kind::MaxVcpus)->count : hw.cpu.maximum;

    auto *current
        = spin(ctx, 1, maximum,
               pending(ctx, Kind::Vcpus) ? pending(ctx, Kind::Vcpus)->count : hw.cpu.current);
    current->setObjectName(QStringLiteral("vcpus"));
    QObject::connect(current, &QSpinBox::valueChanged, current,
                     [ctx](int n) { ctx.edit(HardwareChange::vcpus(n)); });
    form->addRow(label(ctx, QObject::tr("&vCPUs:"), true), current);
    if (s.running)
        form->addRow(QString(), wrapped(QObject::tr("Running now with %1 of %2.")
                                            .arg(s.live.cpu.current)
                                            .arg(s.live.cpu.maximum)));

    auto *max = spin(ctx, 1, limit, maximum);
    max->setObjectName(QStringLiteral("maxVcpus"));
    max->setToolTip(QObject::tr("How many vCPUs can be added while it runs; this machine type "
                                "takes at most %1.")
                        .arg(limit));
    QObject::connect(max, &QSpinBox::valueChanged, max, [ctx, current](int n) {
        current->setMaximum(n);
        ctx.edit(HardwareChange::maxVcpus(n));
    });
    form->addRow(label(ctx, QObject::tr("&Maximum vCPUs:"), false), max);

    auto *model = new QComboBox;
    model->setObjectName(QStringLiteral("cpuModel"));
    model->setEditable(true);
    model->addItem(QObject::tr("host-passthrough (fastest, not migratable)"),
                   QStringLiteral("host-passthrough"));
    model->addItem(QObject::tr("host-model (like the host, migratable)"),
                   QStringLiteral("host-model"));
    for (const QString &m : s.cpuModels)
        model->addItem(m, m);
    const QString currentModel
        = pending(ctx, Kind::CpuModel)
              ? pending(ctx, Kind::CpuModel)->text
              : (hw.cpu.mode == QLatin1String("custom") ? hw.cpu.model : hw.cpu.mode);
    const int at = model->findData(currentModel);
    if (at >= 0)
        model->setCurrentIndex(at);
    else
        model->setEditText(currentModel.isEmpty() ? QObject::tr("hypervisor default")
                                                  : currentModel);
    disableIfNeeded(ctx, model);
    QObject::connect(model, &QComboBox::textActivated, model, [ctx, model](const QString &text) {
        const QString data = model->currentData().toString();
        ctx.edit(
            HardwareChange::cpuModel(data.isEmpty() || model->currentText() != text ? text : data));
    });
    form->addRow(label(ctx, QObject::tr("CPU m&odel:"), false), model);

    // Topology: sockets x cores x threads must make the maximum; unset, one socket per vCPU.
    const HardwareChange *pt = pending(ctx, Kind::CpuTopology);
    const DomainDocument::CpuTopology t = pt ? pt->topology : hw.cpu.topology;
    auto *topology = new QWidget;
    auto *th = new QHBoxLayout(topology);
    th->setContentsMargins(0, 0, 0, 0);
    QSpinBox *sockets = spin(ctx, 1, 64, t.sockets ? t.sockets : maximum);
    QSpinBox *cores = spin(ctx, 1, 64, t.cores ? t.cores : 1);
    QSpinBox *threads = spin(ctx, 1, 8, t.threads ? t.threads : 1);
    sockets->setObjectName(QStringLiteral("sockets"));
    cores->setObjectName(QStringLiteral("cores"));
    threads->setObjectName(QStringLiteral("threads"));
    sockets->setSuffix(QObject::tr(" sockets"));
    cores->setSuffix(QObject::tr(" cores"));
    threads->setSuffix(QObject::tr(" threads"));
    for (QSpinBox *x : {sockets, cores, threads}) {
        th->addWidget(x);
        QObject::connect(x, &QSpinBox::valueChanged, x, [ctx, sockets, cores, threads] {
            ctx.edit(
                HardwareChange::cpuTopology({sockets->value(), cores->value(), threads->value()}));
        });
    }
    topology->setToolTip(QObject::tr("Sockets x cores x threads must equal the maximum of vCPUs."));
    form->addRow(label(ctx, QObject::tr("Topology:"), false), topology);

    form->addRow(wrapped(QStringLiteral("<b>%1</b>").arg(QObject::tr("Pinning"))));
    form->addRow(QString(), wrapped(hostLine(s)));
    for (int vcpu = 0; vcpu < hw.cpu.maximum && vcpu < 64; ++vcpu) {
        const HardwareChange *p = pending(ctx, Kind::PinVcpu, {}, vcpu);
        auto *pin = new QLineEdit(p ? p->text : hw.cpu.vcpuPins.value(vcpu));
        pin->setObjectName(QStringLiteral("pin%1").arg(vcpu));
        pin->setPlaceholderText(QObject::tr("any host CPU (e.g. 0-1,3)"));
        disableIfNeeded(ctx, pin);
        QObject::connect(pin, &QLineEdit::editingFinished, pin, [ctx, pin, vcpu] {
            ctx.edit(HardwareChange::pinVcpu(vcpu, pin->text().trimmed()));
        });
        form->addRow(QObject::tr("vCPU %1 on host CPUs:").arg(vcpu), pin);
    }
    auto *emulator
        = new QLineEdit(pending(ctx, Kind::PinEmulator) ? pending(ctx, Kind::PinEmulator)->text
                                                        : hw.cpu.emulatorPin);
    emulator->setObjectName(QStringLiteral("emulatorPin"));
    emulator->setPlaceholderText(QObject::tr("any host CPU"));
    disableIfNeeded(ctx, emulator);
    QObject::connect(emulator, &QLineEdit::editingFinished, emulator, [ctx, emulator] {
        ctx.edit(HardwareChange::pinEmulator(emulator->text().trimmed()));
    });
    form->addRow(QObject::tr("Emulator threads on:"), emulator);
    auto *shares = spin(
        ctx, 0, 262144,
        int(pending(ctx, Kind::CpuShares) ? pending(ctx, Kind::CpuShares)->number : hw.cpu.shares));
    shares->setObjectName(QStringLiteral("cpuShares"));
    shares->setSpecialValueText(QObject::tr("default"));
    QObject::connect(shares, &QSpinBox::valueChanged, shares,
                     [ctx](int n) { ctx.edit(HardwareChange::cpuShares(quint64(n))); });
    form->addRow(QObject::tr("CPU &shares:"), shares);
    return w;
}

QWidget *memoryForm(const FormContext &ctx)
{
    const HardwareState &s = *ctx.state;
    const Hardware &hw = s.config;
    QFormLayout *form = nullptr;
    QWidget *w = page(&form, QObject::tr("Memory"));
    w->setObjectName(QStringLiteral("memoryForm"));
    const int hostMiB = int(qMin<quint64>(s.hostMemoryKiB / 1024, 16 * 1024 * 1024));
    const quint64 maxKiB = pending(ctx, Kind::MaxMemory) ? pending(ctx, Kind::MaxMemory)->number
                                                         : hw.memory.maximumKiB;
    auto *current = spin(
        ctx, 64, int(maxKiB / 1024),
        int((pending(ctx, Kind::Memory) ? pending(ctx, Kind::Memory)->number : hw.memory.currentKiB)
            / 1024),
        QObject::tr(" MiB"));
    current->setObjectName(QStringLiteral("memory"));
    current->setSingleStep(64);
    QObject::connect(current, &QSpinBox::valueChanged, current,
                     [ctx](int mib) { ctx.edit(HardwareChange::memory(quint64(mib) * 1024)); });
    form->addRow(label(ctx, QObject::tr("&Memory:"), true), current);
    if (s.running)
        form->addRow(QString(), wrapped(QObject::tr("The guest has %1 now (its balloon).")
                                            .arg(kibText(s.live.memory.currentKiB))));
    auto *max
        = spin(ctx, 64, qMax(hostMiB, int(maxKiB / 1024)), int(maxKiB / 1024), QObject::tr(" MiB"));
    max->setObjectName(QStringLiteral("maxMemory"));
    max->setSingleStep(64);
    QObject::connect(max, &QSpinBox::valueChanged, max, [ctx, current](int mib) {
        current->setMaximum(mib);
        ctx.edit(HardwareChange::maxMemory(quint64(mib) * 1024));
    });
    form->addRow(label(ctx, QObject::tr("Ma&ximum memory:"), false), max);
    form->addRow(QString(), wrapped(QObject::tr("Host: %1, of which %2 free.")
                                        .arg(kibText(s.hostMemoryKiB), kibText(s.hostFreeKiB))));
    if (hw.memory.hotplugMaxKiB)
        form->addRow(QObject::tr("Memory hot-plug:"),
                     wrapped(QObject::tr("up to %1 in %2 slots")
                                 .arg(kibText(hw.memory.hotplugMaxKiB))
                                 .arg(hw.memory.slots)));
    form->addRow(QObject::tr("Huge pages:"),
                 wrapped(hw.memory.hugepages ? QObject::tr("yes") : QObject::tr("no")));
    if (!hw.devicesOf(HardwareDevice::Kind::MemBalloon).isEmpty()
        && hw.devicesOf(HardwareDevice::Kind::MemBalloon).first().model == QLatin1String("none"))
        form->addRow(QString(), wrapped(QObject::tr("This VM has no balloon device: memory "
                                                    "changes apply at the next boot.")));
    return w;
}

QWidget *bootForm(const FormContext &ctx)
{
    const Hardware &hw = ctx.state->config;
    QFormLayout *form = nullptr;
    QWidget *w = page(&form, QObject::tr("Boot"));
    w->setObjectName(QStringLiteral("bootForm"));
    if (hw.boot.directKernel) {
        form->addRow(wrapped(QObject::tr("This VM boots a kernel file directly; the boot order "
                                         "applies once it does not.")));
    }
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("bootOrder"));
    list->setDragDropMode(QAbstractItemView::InternalMove);
    list->setToolTip(QObject::tr("Drag to reorder; tick the devices to boot from."));
    const QStringList order
        = pending(ctx, Kind::BootOrder) ? pending(ctx, Kind::BootOrder)->list : hw.boot.order;
    const QList<QPair<QString, QString>> devices{
        {QStringLiteral("hd"), QObject::tr("Hard disk")},
        {QStringLiteral("cdrom"), QObject::tr("CD-ROM")},
        {QStringLiteral("network"), QObject::tr("Network (PXE)")}};
    QStringList shown = order;
    for (const auto &d : devices)
        if (!shown.contains(d.first))
            shown << d.first;
    for (const QString &dev : shown) {
        QString text = dev;
        for (const auto &d : devices)
            if (d.first == dev)
                text = d.second;
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, dev);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(order.contains(dev) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(90);
    disableIfNeeded(ctx, list);
    auto changed = [ctx, list] {
        QStringList now;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                now << list->item(i)->data(Qt::UserRole).toString();
        ctx.edit(HardwareChange::bootOrder(now));
    };
    QObject::connect(list, &QListWidget::itemChanged, list, changed);
    QObject::connect(list->model(), &QAbstractItemModel::rowsMoved, list, changed);
    form->addRow(label(ctx, QObject::tr("Boot &order:"), false), list);

    auto *menu = new QCheckBox(QObject::tr("Show the boot menu"));
    menu->setObjectName(QStringLiteral("bootMenu"));
    menu->setChecked(pending(ctx, Kind::BootMenu) ? pending(ctx, Kind::BootMenu)->flag
                                                  : hw.boot.menu);
    disableIfNeeded(ctx, menu);
    QObject::connect(menu, &QCheckBox::toggled, menu,
                     [ctx](bool on) { ctx.edit(HardwareChange::bootMenu(on)); });
    form->addRow(label(ctx, QString(), false), menu);
    form->addRow(QObject::tr("Firmware:"),
                 wrapped(hw.boot.firmware.isEmpty() ? QObject::tr("default") : hw.boot.firmware));
    form->addRow(QObject::tr("Machine type:"), wrapped(hw.boot.machine));
    return w;
}

/// A button that opens the Host window on what a device uses (its network, its volume).
QPushButton *hostLink(const FormContext &ctx, const QString &text, const QString &kind,
                      const QString &what)
{
    auto *b = new QPushButton(text);
    b->setObjectName(kind == QLatin1String("network") ? QStringLiteral("showNetwork")
                                                      : QStringLiteral("showVolume"));
    b->setToolTip(QObject::tr("Open the Host window on %1: who else uses it, its addresses or "
                              "pool, its leases or size")
                      .arg(what));
    const auto show = ctx.showOnHost;
    QObject::connect(b, &QPushButton::clicked, b, [show, kind, what] { show(kind, what); });
    return b;
}

QWidget *deviceForm(const FormContext &ctx, const HardwareDevice &d)
{
    using DK = HardwareDevice::Kind;
    QFormLayout *form = nullptr;
    QWidget *w = page(&form, d.title);
    w->setObjectName(QStringLiteral("deviceForm"));
    if (d.kind == DK::Disk || d.kind == DK::Cdrom || d.kind == DK::Floppy) {
        form->addRow(QObject::tr("Bus:"), wrapped(d.disk.bus));
        form->addRow(QObject::tr("Format:"), wrapped(d.disk.format));
        if (d.kind == DK::Cdrom) {
            const HardwareChange *p = pending(ctx, Kind::Media, d.key);
            auto *row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *media = new QLineEdit(p ? p->text : d.disk.source);
            media->setObjectName(QStringLiteral("media"));
            media->setPlaceholderText(QObject::tr("no media"));
            auto *browse = new QPushButton(QObject::tr("&Browse..."));
            auto *eject = new QPushButton(QObject::tr("&Eject"));
            eject->setObjectName(QStringLiteral("eject"));
            h->addWidget(media, 1);
            h->addWidget(browse);
            h->addWidget(eject);
            for (QWidget *x : {static_cast<QWidget *>(media), static_cast<QWidget *>(browse),
                               static_cast<QWidget *>(eject)})
                disableIfNeeded(ctx, x);
            const QString key = d.key;
            QObject::connect(media, &QLineEdit::editingFinished, media, [ctx, media, key] {
                ctx.edit(HardwareChange::media(key, media->text().trimmed()));
            });
            QObject::connect(eject, &QPushButton::clicked, eject, [ctx, media, key] {
                media->clear();
                ctx.edit(HardwareChange::media(key, {}));
            });
            QObject::connect(browse, &QPushButton::clicked, browse, [ctx, media, key] {
                const QString file = QFileDialog::getOpenFileName(
                    media, QObject::tr("Choose a disc image"), media->text(),
                    QObject::tr("Disc images (*.iso *.img);;All files (*)"));
                if (!file.isEmpty()) {
                    media->setText(file);
                    ctx.edit(HardwareChange::media(key, file));
                }
            });
            form->addRow(QObject::tr("&Media:"), row);
        } else {
            form->addRow(QObject::tr("Source:"), wrapped(d.disk.source));
            if (ctx.showOnHost && !d.disk.source.isEmpty())
                form->addRow(QString(), hostLink(ctx, QObject::tr("Show in the Host's &Storage"),
                                                 QStringLiteral("volume"), d.disk.source));
            auto *cache = new QComboBox;
            cache->setObjectName(QStringLiteral("cache"));
            for (const char *mode :
                 {"", "none", "writeback", "writethrough", "directsync", "unsafe"})
                cache->addItem(*mode ? QString::fromLatin1(mode)
                                     : QObject::tr("hypervisor default"),
                               QString::fromLatin1(mode));
            const HardwareChange *p = pending(ctx, Kind::DiskCache, d.key);
            cache->setCurrentIndex(qMax(0, cache->findData(p ? p->text : d.disk.cache)));
            disableIfNeeded(ctx, cache);
            const QString key = d.key;
            QObject::connect(cache, &QComboBox::activated, cache, [ctx, cache, key] {
                ctx.edit(HardwareChange::diskCache(key, cache->currentData().toString()));
            });
            form->addRow(label(ctx, QObject::tr("&Cache:"), false), cache);
            form->addRow(QObject::tr("Read-only:"),
                         wrapped(d.disk.readOnly ? QObject::tr("yes") : QObject::tr("no")));
            form->addRow(QObject::tr("Shareable:"),
                         wrapped(d.disk.shareable ? QObject::tr("yes") : QObject::tr("no")));
            const HardwareChange *io = pending(ctx, Kind::IoTune, d.key);
            const IoTune limits = io ? io->iotune : d.iotune;
            auto *read = spin(ctx, 0, 100000, int(limits.readBytes / (1024 * 1024)),
                              QObject::tr(" MiB/s"));
            auto *write = spin(ctx, 0, 100000, int(limits.writeBytes / (1024 * 1024)),
                               QObject::tr(" MiB/s"));
            read->setObjectName(QStringLiteral("readLimit"));
            write->setObjectName(QStringLiteral("writeLimit"));
            for (QSpinBox *s : {read, write}) {
                s->setSpecialValueText(QObject::tr("no limit"));
                QObject::connect(s, &QSpinBox::valueChanged, s, [ctx, key, read, write, limits] {
                    IoTune t = limits;
                    t.totalBytes = 0;
                    t.readBytes = quint64(read->value()) * 1024 * 1024;
                    t.writeBytes = quint64(write->value()) * 1024 * 1024;
                    ctx.edit(HardwareChange::ioTune(key, t));
                });
            }
            form->addRow(QObject::tr("&Read limit:"), read);
            form->addRow(QObject::tr("&Write limit:"), write);
        }
    } else if (d.kind == DK::Interface) {
        form->addRow(QObject::tr("Source:"),
                     wrapped(QStringLiteral("%1 %2").arg(d.nic.type, d.nic.source)));
        if (ctx.showOnHost && d.nic.type == QLatin1String("network"))
            form->addRow(QString(), hostLink(ctx, QObject::tr("Show the &Network on the Host"),
                                             QStringLiteral("network"), d.nic.source));
        form->addRow(QObject::tr("MAC address:"), wrapped(d.nic.mac));
        const QString key = d.key;
        auto *model = new QComboBox;
        model->setObjectName(QStringLiteral("nicModel"));
        model->addItems({QStringLiteral("virtio"), QStringLiteral("e1000e"),
                         QStringLiteral("e1000"), QStringLiteral("rtl8139")});
        const HardwareChange *pm = pending(ctx, Kind::NicModel, key);
        model->setCurrentText(pm ? pm->text : d.nic.model);
        disableIfNeeded(ctx, model);
        QObject::connect(model, &QComboBox::textActivated, model, [ctx, key](const QString &m) {
            ctx.edit(HardwareChange::nicModel(key, m));
        });
        form->addRow(label(ctx, QObject::tr("&Model:"), false), model);
        auto *link = new QCheckBox(QObject::tr("Link up (cable plugged in)"));
        link->setObjectName(QStringLiteral("linkUp"));
        const HardwareChange *pl = pending(ctx, Kind::LinkState, key);
        link->setChecked(pl ? pl->flag : d.nic.linkUp);
        disableIfNeeded(ctx, link);
        QObject::connect(link, &QCheckBox::toggled, link,
                         [ctx, key](bool up) { ctx.edit(HardwareChange::linkState(key, up)); });
        form->addRow(QString(), link);
        const HardwareChange *pb = pending(ctx, Kind::Bandwidth, key);
        const Bandwidth bw = pb ? pb->bandwidth : d.bandwidth;
        auto *in = spin(ctx, 0, 10000000, int(bw.inboundKiBs), QObject::tr(" KiB/s"));
        auto *out = spin(ctx, 0, 10000000, int(bw.outboundKiBs), QObject::tr(" KiB/s"));
        in->setObjectName(QStringLiteral("inbound"));
        out->setObjectName(QStringLiteral("outbound"));
        for (QSpinBox *s : {in, out}) {
            s->setSpecialValueText(QObject::tr("no limit"));
            QObject::connect(s, &QSpinBox::valueChanged, s, [ctx, key, in, out] {
                ctx.edit(HardwareChange::bandwidthOf(
                    key, {quint64(in->value()), quint64(out->value())}));
            });
        }
        form->addRow(QObject::tr("&Inbound limit:"), in);
        form->addRow(QObject::tr("&Outbound limit:"), out);
    } else if (!d.summary.isEmpty()) {
        form->addRow(QObject::tr("What:"), wrapped(d.summary));
    }
    auto *xml = new QPlainTextEdit(d.xml.trimmed());
    xml->setObjectName(QStringLiteral("deviceXml"));
    xml->setReadOnly(true);
    xml->setMaximumHeight(140);
    xml->setToolTip(QObject::tr("This device's XML; edit it on the XML page."));
    form->addRow(QObject::tr("XML:"), xml);
    return w;
}

} // namespace Vireo::Ui
