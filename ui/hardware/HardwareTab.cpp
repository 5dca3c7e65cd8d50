#include "ui/hardware/HardwareTab.h"

#include "ui/common/Tint.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/ActionRules.h"
#include "ui/common/Confirm.h"
#include "ui/hardware/AddHardwareDialog.h"
#include "ui/hardware/HardwareForms.h"
#include "ui/hardware/XmlPage.h"
#include "ui/host/HostNetworksPage.h"
#include "ui/host/HostStoragePage.h"
#include "ui/host/HostWindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

enum Role { KeyRole = Qt::UserRole };

QIcon iconFor(const QStyle *style, HardwareDevice::Kind kind)
{
    using K = HardwareDevice::Kind;
    switch (kind) {
    case K::Disk:
    case K::Floppy:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case K::Cdrom:
        return style->standardIcon(QStyle::SP_DriveCDIcon);
    case K::Interface:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case K::Graphics:
    case K::Video:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    default:
        return style->standardIcon(QStyle::SP_FileIcon);
    }
}

} // namespace

HardwareTab::HardwareTab(QWidget *parent)
    : QWidget(parent)
    , m_pending(new QLabel(this))
    , m_message(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_stack(new QStackedWidget(this))
    , m_xml(new XmlPage(this))
    , m_add(new QPushButton(tr("&Add Hardware..."), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_apply(new QPushButton(tr("A&pply"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("hardwareTab"));
    m_pending->setObjectName(QStringLiteral("pendingRestart"));
    m_pending->setWordWrap(true);
    m_pending->setFrameShape(QFrame::StyledPanel);
    m_pending->setMargin(4);
    Tint::apply(m_pending, Tint::Role::Warning);
    m_pending->hide();
    m_message->setObjectName(QStringLiteral("hardwareMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("hardwareList"));
    m_list->setAccessibleName(tr("Devices of the machine"));
    m_list->setMinimumWidth(150);
    m_list->setIconSize(QSize(16, 16));
    m_add->setObjectName(QStringLiteral("addHardware"));
    m_remove->setObjectName(QStringLiteral("removeHardware"));
    m_apply->setObjectName(QStringLiteral("applyHardware"));
    m_revert->setObjectName(QStringLiteral("revertHardware"));
    m_apply->setToolTip(tr("Apply the changes: at once where the running VM can take them, else "
                           "at its next boot"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // forms fit the pane's width
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the editor's own controls
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_xml);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({150, 650}); // the editor takes the room: the list needs little

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pending);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_apply);
    layout->addLayout(bottom);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150); // a burst of events (an attach: added, tunable...) reads once
    connect(&m_reloadTimer, &QTimer::timeout, this, &HardwareTab::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &HardwareTab::showItem);
    connect(m_apply, &QPushButton::clicked, this, [this] { applyChanges(m_edits.values()); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_edits.clear();
        showItem();
        updateButtons();
        m_message->clear();
    });
    connect(m_add, &QPushButton::clicked, this, &HardwareTab::addHardware);
    connect(m_remove, &QPushButton::clicked, this, &HardwareTab::removeSelected);
    connect(m_xml, &XmlPage::applied, this, [this](bool ok, const QString &message) {
        showMessage(message, !ok);
        Q_EMIT applied(ok, message);
        if (ok)
            reload();
    });
    setDomain(nullptr, {});
}

void HardwareTab::setDomain(Connection *connection, const QString &uuid)
{
    if (connection == m_connection && uuid == m_uuid)
        return;
    for (const auto &c : std::as_const(m_connectionSignals))
        disconnect(c);
    m_connectionSignals.clear();
    m_connection = connection;
    m_uuid = uuid;
    m_edits.clear();
    m_loaded = false;
    m_state = {};
    ++m_generation;
    m_list->clear();
    m_message->clear();
    m_pending->hide();
    if (connection) {
        // Devices, memory, tunables and metadata come as domain events; a redefinition by
        // another tool (virsh define, attach-device --config) as a lifecycle "defined" event.
        m_connectionSignals << connect(
            connection, &Connection::domainEvent, this,
            [this](const QString &id, const DomainEvent &) { onDomainEvent(id); });
        m_connectionSignals << connect(connection, &Connection::lifecycleEvent, this,
                                       [this](const QString &id, int, int) { onDomainEvent(id); });
    }
    if (!uuid.isEmpty() && isVisible())
        reload();
    updateButtons();
}

void HardwareTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_uuid.isEmpty())
        reload();
}

void HardwareTab::onDomainEvent(const QString &uuid)
{
    // A hidden tab reads nothing: showing it reads the hardware again anyway.
    if (uuid == m_uuid && !m_busy && isVisible())
        m_reloadTimer.start();
}

void HardwareTab::reload()
{
    if (!m_connection || m_uuid.isEmpty())
        return;
    const quint64 generation = m_generation;
    Operation *op = HardwareEditor::read(m_connection, m_uuid);
    connect(op, &Operation::finished, this, [this, op, generation](bool ok, const QString &error) {
        if (generation != m_generation)
            return;
        if (!ok) {
            showMessage(error, true);
            return;
        }
        onLoaded(op->value().value<HardwareState>());
    });
}

void HardwareTab::onLoaded(const HardwareState &state)
{
    m_state = state;
    m_loaded = true;
    if (state.pending.isEmpty()) {
        m_pending->hide();
    } else {
        m_pending->setText(
            tr("Changes pending until restart: %1").arg(state.pending.join(QLatin1String("; "))));
        m_pending->show();
    }
    fillList();
    m_xml->setXml(m_connection, m_uuid, state.inactiveXml);
    updateButtons();
    Q_EMIT loaded();
}

void HardwareTab::fillList()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(KeyRole).toString()
                                                   : QStringLiteral("overview");
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto add = [this](const QString &key, const QString &text, const QIcon &icon,
                      const QString &tip = {}) {
        auto *item = new QListWidgetItem(icon, text, m_list);
        item->setData(KeyRole, key);
        item->setToolTip(tip.isEmpty() ? text : tip);
    };
    const QStyle *s = style();
    add(QStringLiteral("overview"), tr("Overview"), s->standardIcon(QStyle::SP_FileDialogInfoView));
    add(QStringLiteral("cpu"), tr("CPUs: %1").arg(m_state.config.cpu.current),
        s->standardIcon(QStyle::SP_ComputerIcon));
    add(QStringLiteral("memory"), tr("Memory: %1").arg(kibText(m_state.config.memory.currentKiB)),
        s->standardIcon(QStyle::SP_ComputerIcon));
    add(QStringLiteral("boot"), tr("Boot"), s->standardIcon(QStyle::SP_MediaPlay));
    // What people change most first, as virt-manager lists them; controllers last.
    QList<HardwareDevice> devices = m_state.config.devices;
    std::stable_sort(devices.begin(), devices.end(),
                     [](const HardwareDevice &a, const HardwareDevice &b) {
                         auto rank = [](HardwareDevice::Kind k) {
                             return k == HardwareDevice::Kind::Controller   ? 3
                                    : k == HardwareDevice::Kind::MemBalloon ? 2
                                    : k == HardwareDevice::Kind::Other      ? 1
                                                                            : 0;
                         };
                         return rank(a.kind) < rank(b.kind)
                                || (rank(a.kind) == rank(b.kind) && int(a.kind) < int(b.kind));
                     });
    for (const HardwareDevice &d : devices)
        add(d.key, d.title, iconFor(s, d.kind), d.summary);
    // Devices only the running VM has (plugged in live only, or by another tool).
    for (const HardwareDevice &d : m_state.live.devices)
        if (!m_state.config.device(d.key)
            && (d.kind == HardwareDevice::Kind::Disk || d.kind == HardwareDevice::Kind::Cdrom
                || d.kind == HardwareDevice::Kind::Interface))
            add(d.key, tr("%1 (until it stops)").arg(d.title), iconFor(s, d.kind), d.summary);
    add(QStringLiteral("xml"), tr("XML"), s->standardIcon(QStyle::SP_FileDialogDetailedView));
    if (!selectItem(selected))
        m_list->setCurrentRow(0);
    showItem();
}

bool HardwareTab::selectItem(const QString &key)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(KeyRole).toString().compare(key, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QWidget *HardwareTab::currentForm() const
{
    return m_stack->currentWidget() == m_xml ? static_cast<QWidget *>(m_xml) : m_scroll->widget();
}

void HardwareTab::showItem()
{
    if (!m_loaded || !m_list->currentItem()) {
        m_remove->setEnabled(false);
        return;
    }
    const QString key = m_list->currentItem()->data(KeyRole).toString();
    FormContext ctx;
    ctx.state = &m_state;
    ctx.edits = &m_edits;
    ctx.edit = [this](const HardwareChange &c) { recordEdit(c); };
    if (m_connection)
        ctx.showOnHost
            = [this, connection = m_connection](const QString &kind, const QString &what) {
                  HostWindow *host = HostWindow::showFor(connection, window(),
                                                         kind == QLatin1String("network")
                                                             ? HostWindow::Page::Networks
                                                             : HostWindow::Page::Storage);
                  if (kind == QLatin1String("network"))
                      host->networks()->select(what);
                  else
                      host->storage()->showVolumePath(what);
              };
    if (m_connection) {
        const auto info = m_connection->domain(m_uuid);
        const ActionAvailability can
            = info ? hardwareAvailability(HardwareEdit::Change, *info, m_connection->isReadOnly())
                   : ActionAvailability{};
        ctx.editable = can.enabled;
        ctx.disabledReason = can.reason;
    }
    QWidget *form = nullptr;
    if (key == QLatin1String("xml")) {
        m_stack->setCurrentWidget(m_xml);
    } else {
        if (key == QLatin1String("overview"))
            form = overviewForm(ctx);
        else if (key == QLatin1String("cpu"))
            form = cpuForm(ctx);
        else if (key == QLatin1String("memory"))
            form = memoryForm(ctx);
        else if (key == QLatin1String("boot"))
            form = bootForm(ctx);
        else if (const HardwareDevice *d = m_state.config.device(key))
            form = deviceForm(ctx, *d);
        else if (const HardwareDevice *live = m_state.live.device(key))
            form = deviceForm(ctx, *live);
        if (form) {
            delete m_scroll->takeWidget();
            m_scroll->setWidget(form);
        }
        m_stack->setCurrentWidget(m_scroll);
    }
    const HardwareDevice *d = m_state.config.device(key);
    if (!d)
        d = m_state.live.device(key);
    m_remove->setEnabled(ctx.editable && d && d->isRemovable());
    m_remove->setToolTip(ctx.editable ? tr("Remove the selected device") : ctx.disabledReason);
}

void HardwareTab::recordEdit(const HardwareChange &change)
{
    m_edits.insert(editKey(change), change);
    updateButtons();
    m_message->setText(tr("%n change(s) not applied yet.", nullptr, int(m_edits.size())));
}

void HardwareTab::updateButtons()
{
    bool editable = m_loaded && m_connection;
    QString reason;
    if (editable) {
        const auto info = m_connection->domain(m_uuid);
        const ActionAvailability can
            = info ? hardwareAvailability(HardwareEdit::Change, *info, m_connection->isReadOnly())
                   : ActionAvailability{false, {}};
        editable = can.enabled;
        reason = can.reason;
    }
    m_add->setEnabled(editable && !m_busy);
    m_add->setToolTip(editable ? tr("Add a disk, CD-ROM, network card or other device") : reason);
    m_apply->setEnabled(editable && !m_busy && !m_edits.isEmpty());
    m_revert->setEnabled(!m_busy && !m_edits.isEmpty());
}

void HardwareTab::applyChanges(const QList<HardwareChange> &changes)
{
    if (!m_connection || changes.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_message->setText(tr("Applying..."));
    const quint64 generation = m_generation;
    Operation *op = HardwareEditor::apply(m_connection, m_uuid, changes);
    connect(op, &Operation::finished, this,
            [this, op, generation, changes](bool ok, const QString &error) {
                if (generation != m_generation)
                    return;
                m_busy = false;
                QString message = error;
                if (ok) {
                    const ApplyReport report = op->value().value<ApplyReport>();
                    message = report.lines().join(QLatin1Char('\n'));
                    for (const HardwareChange &c : changes)
                        m_edits.remove(editKey(c));
                }
                showMessage(message, !ok);
                updateButtons();
                reload();
                Q_EMIT applied(ok, message);
            });
}

void HardwareTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    if (error)
        Tint::apply(m_message, Tint::Role::ErrorText);
    else
        Tint::clear(m_message);
}

void HardwareTab::addHardware()
{
    if (!m_connection || !m_loaded)
        return;
    auto *dialog = new AddHardwareDialog(m_connection, m_state, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddHardwareDialog::chosen, this,
            [this](const HardwareChange &change) { applyChanges({change}); });
    dialog->open();
}

void HardwareTab::removeSelected()
{
    if (!m_list->currentItem())
        return;
    const QString key = m_list->currentItem()->data(KeyRole).toString();
    const HardwareDevice *d = m_state.config.device(key);
    if (!d)
        d = m_state.live.device(key);
    if (!d)
        return;
    Confirm::ask(this, QStringLiteral("removeDevice"),
                 {tr("Remove %1?").arg(d->title),
                  m_state.running ? tr("The device is taken out of the running VM (the guest is "
                                       "asked to let it go) and out of its definition. A disk's "
                                       "file is kept.")
                                  : tr("The device is taken out of the VM's definition. A disk's "
                                       "file is kept."),
                  {},
                  tr("Remove"),
                  QStringLiteral("confirmRemove"),
                  QMessageBox::Question},
                 [this, key] { applyChanges({HardwareChange::removeDevice(key)}); });
}

} // namespace Vireo::Ui
