#include "ui/migration/MigrateDialog.h"

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "host/HostObjects.h"
#include "ui/migration/MigrationRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

QIcon statusIcon(const QStyle *style, MigrationCheck::Status status)
{
    switch (status) {
    case MigrationCheck::Status::Passed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case MigrationCheck::Status::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case MigrationCheck::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case MigrationCheck::Status::Unknown:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

QString statusText(MigrationCheck::Status status)
{
    switch (status) {
    case MigrationCheck::Status::Passed:
        return MigrateDialog::tr("passed");
    case MigrationCheck::Status::Warning:
        return MigrateDialog::tr("warning");
    case MigrationCheck::Status::Failed:
        return MigrateDialog::tr("failed");
    case MigrationCheck::Status::Unknown:
        break;
    }
    return MigrateDialog::tr("unknown");
}

QString nameOf(Connection *c, const QString &uuid)
{
    const auto d = c ? c->domain(uuid) : std::nullopt;
    return d ? d->name : uuid;
}

} // namespace

MigrateDialog::MigrateDialog(ConnectionRegistry *registry,
                             const QList<QPair<Connection *, QString>> &vms, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_pages(new QStackedWidget(this))
    , m_destination(new QComboBox(this))
    , m_uri(new QLineEdit(this))
    , m_live(new QCheckBox(tr("Keep it running while it moves (live)"), this))
    , m_storage(new QComboBox(this))
    , m_copyPool(new QComboBox(this))
    , m_keepSource(new QCheckBox(tr("Keep its definition here too (a copy, not a move)"), this))
    , m_unsafe(new QCheckBox(tr("Trust the shared storage (needed for NFS and other storage "
                                "that is no cluster file system)"),
                             this))
    , m_downtime(new QSpinBox(this))
    , m_bandwidth(new QSpinBox(this))
    , m_autoConverge(new QCheckBox(tr("Auto-converge: slow the guest down if it changes its "
                                      "memory faster than it can be sent"),
                                   this))
    , m_compress(new QCheckBox(tr("Compress memory on the way (for slow links; costs CPU)"), this))
    , m_postCopy(new QCheckBox(tr("Allow post-copy: if it does not converge, run the VM there "
                                  "at once and fetch the rest"),
                               this))
    , m_address(new QLineEdit(this))
    , m_checklist(new QTreeWidget(this))
    , m_checkStatus(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_migrate(new QPushButton(tr("&Migrate"), this))
{
    for (const auto &[c, uuid] : vms)
        m_vms.append({c, uuid});
    setObjectName(QStringLiteral("migrateDialog"));
    const QString first
        = m_vms.isEmpty() ? QString() : nameOf(m_vms.first().first, m_vms.first().second);
    setWindowTitle(m_vms.size() == 1 ? tr("Migrate %1").arg(first)
                                     : tr("Migrate %n Machines", nullptr, int(m_vms.size())));
    resize(720, 640);

    // Where to: the other open connections that can take VMs, or a URI.
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setAccessibleName(tr("Destination host"));
    QSet<Connection *> sources;
    for (const auto &vm : std::as_const(m_vms))
        sources.insert(vm.first);
    for (Connection *c : registry->connections())
        if (!sources.contains(c) && !c->isReadOnly())
            m_destination->addItem(tr("%1 (%2)").arg(c->displayName(), c->uri()), c->uri());
    m_destination->addItem(tr("Another host..."), QString());
    m_uri->setObjectName(QStringLiteral("destinationUri"));
    m_uri->setPlaceholderText(QStringLiteral("qemu+ssh://user@host/system"));
    m_uri->setAccessibleName(tr("Destination URI"));
    m_uri->setToolTip(tr("The other host's libvirt address: qemu+ssh://user@host/system (SSH "
                         "keys), qemu+tls://host/system (certificates) or qemu+tcp://host/system"));

    bool anyRunning = false;
    for (const auto &[c, uuid] : std::as_const(m_vms))
        if (const auto d = c ? c->domain(uuid) : std::nullopt)
            anyRunning = anyRunning || d->isActive();
    m_live->setChecked(anyRunning);
    m_live->setEnabled(false); // follows the VMs: running ones move live, shut-off ones offline
    m_live->setToolTip(anyRunning ? tr("A running VM moves while it runs: it pauses only for a "
                                       "moment at the end.")
                                  : tr("A shut-off VM moves as its definition (and disks, if "
                                       "they are on shared storage)."));
    m_storage->setObjectName(QStringLiteral("storage"));
    m_storage->setAccessibleName(tr("Disks"));
    m_storage->addItem(tr("Disks are on storage both hosts see (NFS, a cluster file system)"),
                       int(MigrationPlan::Storage::Shared));
    m_storage->addItem(tr("Copy the disks to the other host while it runs"),
                       int(MigrationPlan::Storage::CopyAll));
    m_storage->addItem(tr("Copy only what the disks' backing images lack there"),
                       int(MigrationPlan::Storage::CopyChanged));
    m_storage->setToolTip(tr("Shared: nothing is copied, both hosts must see the same files. "
                             "Copy: the disks go along; the other host needs a storage pool at "
                             "the same folder with room for them."));
    m_copyPool->setObjectName(QStringLiteral("copyPool"));
    m_copyPool->setAccessibleName(tr("Copy into"));
    m_copyPool->setToolTip(tr("Where copied disks go on the other host: a pool there whose "
                              "folder is the disk's own folder here, or a pool you choose (the "
                              "disks get new paths in it)"));
    m_keepSource->setToolTip(tr("Off (a move): the VM is defined only on the other host "
                                "afterwards. On: this host keeps its definition, shut off."));
    m_unsafe->setObjectName(QStringLiteral("unsafe"));
    m_unsafe->setToolTip(tr("libvirt moves VMs on shared disks only when it knows that both "
                            "hosts cannot write them at once (a cluster file system, or no disk "
                            "cache). Tick this when you know the storage is shared safely."));
    m_downtime->setRange(0, 60000);
    m_downtime->setSuffix(tr(" ms"));
    m_downtime->setSpecialValueText(tr("libvirt's default (300 ms)"));
    m_downtime->setAccessibleName(tr("Longest pause"));
    m_downtime->setToolTip(tr("At the end the VM pauses while the last memory is sent: the "
                              "longest that pause may be. Longer lets busy guests finish sooner."));
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSuffix(tr(" MiB/s"));
    m_bandwidth->setSpecialValueText(tr("no limit"));
    m_bandwidth->setAccessibleName(tr("Bandwidth limit"));
    m_bandwidth->setToolTip(tr("Keep the migration from taking the whole link"));
    m_postCopy->setObjectName(QStringLiteral("postCopy"));
    m_postCopy->setToolTip(tr("Post-copy always finishes, but while it fetches the rest, a "
                              "failure of either host or the link loses the VM. QEMU needs "
                              "userfaultfd on the other host (vm.unprivileged_userfaultfd=1)."));
    m_address->setObjectName(QStringLiteral("migrationAddress"));
    m_address->setPlaceholderText(tr("tcp://HOST (empty: the host's name)"));
    m_address->setAccessibleName(tr("Migration address"));
    m_address->setToolTip(tr("Where QEMU sends the memory and disks, when the other host's name "
                             "is not the address to use (a separate migration network)"));

    auto *where = new QGroupBox(tr("Destination"), this);
    auto *whereForm = new QFormLayout(where);
    whereForm->addRow(tr("&Host:"), m_destination);
    whereForm->addRow(tr("&URI:"), m_uri);
    auto *how = new QGroupBox(tr("How"), this);
    auto *howForm = new QFormLayout(how);
    howForm->addRow(m_live);
    howForm->addRow(tr("&Disks:"), m_storage);
    howForm->addRow(tr("Copy &into:"), m_copyPool);
    howForm->addRow(m_unsafe);
    howForm->addRow(m_keepSource);
    howForm->addRow(tr("Longest &pause:"), m_downtime);
    howForm->addRow(tr("&Bandwidth:"), m_bandwidth);
    howForm->addRow(m_autoConverge);
    howForm->addRow(m_postCopy);
    howForm->addRow(m_compress);
    howForm->addRow(tr("Migration &address:"), m_address);

    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Checks"));
    m_checklist->setColumnCount(2);
    m_checklist->setHeaderLabels({tr("Check"), tr("Why")});
    m_checklist->setWordWrap(true);
    m_checklist->setRootIsDecorated(m_vms.size() > 1);
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checklist->setMinimumHeight(160);
    m_reason->setObjectName(QStringLiteral("checkReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_checklist, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_reason->setText(item && !item->text(1).isEmpty()
                              ? QStringLiteral("%1: %2").arg(item->text(0), item->text(1))
                              : QString());
    });
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setWordWrap(true);

    auto *setup = new QWidget(this);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Vireo checks first that the other host can take %1; nothing "
                                "starts while a check fails.")
                                 .arg(m_vms.size() == 1 ? first : tr("these machines")),
                             setup);
    intro->setWordWrap(true);
    setupLayout->addWidget(intro);
    setupLayout->addWidget(where);
    setupLayout->addWidget(how);
    setupLayout->addWidget(m_checkStatus);
    setupLayout->addWidget(m_checklist, 1);
    setupLayout->addWidget(m_reason);

    auto *progress = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(progress);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    progressLayout->addWidget(m_summary);
    auto *scroll = new QScrollArea(progress);
    scroll->setWidgetResizable(true);
    auto *rowsHolder = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(rowsHolder);
    m_rowsLayout->addStretch(1);
    scroll->setWidget(rowsHolder);
    progressLayout->addWidget(scroll, 1);
    m_pages->addWidget(setup);
    m_pages->addWidget(progress);

    auto *buttons = new QDialogButtonBox(this);
    auto *recheck = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    recheck->setObjectName(QStringLiteral("checkAgain"));
    m_migrate->setObjectName(QStringLiteral("migrate"));
    m_migrate->setDefault(true);
    buttons->addButton(m_migrate, QDialogButtonBox::AcceptRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setToolTip(tr("Close this window; migrations that run go on (see the status bar)"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(recheck, &QPushButton::clicked, this, &MigrateDialog::check);
    connect(m_migrate, &QPushButton::clicked, this, [this, recheck] {
        recheck->setVisible(false);
        m_migrate->setVisible(false);
        start();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    // Any change of where or how checks again, a moment later (typing a URI).
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &MigrateDialog::check);
    const auto changed = [this, debounce] {
        m_uri->setEnabled(m_destination->currentData().toString().isEmpty());
        listPools();
        m_blocked = true;
        updateMigrateButton();
        debounce->start();
    };
    connect(m_destination, &QComboBox::currentIndexChanged, this, changed);
    connect(m_uri, &QLineEdit::textChanged, this, changed);
    connect(m_storage, &QComboBox::currentIndexChanged, this, changed);
    connect(m_keepSource, &QCheckBox::toggled, this, changed);
    connect(m_copyPool, &QComboBox::activated, this, changed);
    connect(m_bandwidth, &QSpinBox::valueChanged, this, changed);
    changed();
}

void MigrateDialog::setDestination(const QString &uri)
{
    const int known = m_destination->findData(uri);
    if (known >= 0) {
        m_destination->setCurrentIndex(known);
    } else {
        m_destination->setCurrentIndex(m_destination->count() - 1);
        m_uri->setText(uri);
    }
}

QString MigrateDialog::destination() const
{
    const QString chosen = m_destination->currentData().toString();
    return chosen.isEmpty() ? m_uri->text().trimmed() : chosen;
}

MigrationOptions MigrateDialog::options() const
{
    MigrationOptions o;
    o.plan.live = m_live->isChecked();
    o.plan.storage = MigrationPlan::Storage(m_storage->currentData().toInt());
    o.plan.keepSource = m_keepSource->isChecked();
    if (o.plan.storage != MigrationPlan::Storage::Shared)
        o.plan.copyPool = m_copyPool->currentData().toString();
    o.plan.linkRate = quint64(m_bandwidth->value()) * 1024 * 1024;
    o.maxDowntimeMs = m_downtime->value();
    o.bandwidthMiBs = m_bandwidth->value();
    o.autoConverge = m_autoConverge->isChecked();
    o.compress = m_compress->isChecked();
    o.postCopy = m_postCopy->isChecked();
    o.unsafe = m_unsafe->isChecked();
    o.migrationUri = m_address->text().trimmed();
    return o;
}

void MigrateDialog::listPools()
{
    // The destination's running pools, when it is a connection of Vireo's; kept when the same.
    const QString chosen = m_copyPool->currentData().toString();
    QStringList pools;
    if (Connection *there = m_registry->find(destination()))
        for (const StoragePoolInfo &p : there->storagePools())
            if (p.state == StoragePoolInfo::State::Running)
                pools << p.name;
    pools.sort();
    QStringList listed;
    for (int i = 1; i < m_copyPool->count(); ++i)
        listed << m_copyPool->itemData(i).toString();
    if (listed != pools || m_copyPool->count() == 0) {
        m_copyPool->clear();
        m_copyPool->addItem(tr("A pool there at each disk's own folder"), QString());
        for (const QString &name : std::as_const(pools))
            m_copyPool->addItem(tr("The pool '%1'").arg(name), name);
        m_copyPool->setCurrentIndex(qMax(0, m_copyPool->findData(chosen)));
    }
    m_copyPool->setEnabled(m_storage->currentData().toInt() != int(MigrationPlan::Storage::Shared));
}

void MigrateDialog::check()
{
    ++m_generation;
    m_checklist->clear();
    m_reason->clear();
    m_blocked = true;
    const QString uri = destination();
    QString why;
    if (uri.isEmpty())
        why = tr("Choose the host to move to, or type its URI.");
    else if (!QUrl(uri).isValid() || QUrl(uri).scheme().isEmpty())
        why = tr("'%1' is not a libvirt URI: it looks like qemu+ssh://user@host/system.").arg(uri);
    else if (!m_address->text().trimmed().isEmpty()
             && !m_address->text().trimmed().startsWith(QLatin1String("tcp://")))
        why = tr("The migration address looks like tcp://HOST or tcp://HOST:PORT.");
    if (!why.isEmpty()) {
        m_checkStatus->setText(why);
        m_pending = 0;
        updateMigrateButton();
        return;
    }
    m_checkStatus->setText(tr("Checking %1...").arg(uri));
    m_pending = int(m_vms.size());
    const int generation = m_generation;
    for (int i = 0; i < m_vms.size(); ++i) {
        Connection *source = m_vms[i].first;
        if (!source) {
            showChecks(i, {}, tr("Its connection is gone."));
            continue;
        }
        MigrationPlan plan = options().plan;
        if (const auto d = source->domain(m_vms[i].second))
            plan.live = d->isActive();
        Operation *op = Preflight::check(source, m_vms[i].second, uri, plan);
        connect(op, &Operation::finished, this,
                [this, op, i, generation](bool ok, const QString &error) {
                    if (generation == m_generation)
                        showChecks(i,
                                   ok ? op->value().value<QList<MigrationCheck>>()
                                      : QList<MigrationCheck>{},
                                   ok ? QString() : error);
                });
    }
}

void MigrateDialog::showChecks(int vm, const QList<MigrationCheck> &checks, const QString &error)
{
    QTreeWidgetItem *parent = nullptr;
    if (m_vms.size() > 1) {
        parent = new QTreeWidgetItem(m_checklist, {nameOf(m_vms[vm].first, m_vms[vm].second)});
        parent->setExpanded(true);
    }
    const auto add = [&](MigrationCheck::Status status, const QString &what, const QString &why) {
        auto *item = parent ? new QTreeWidgetItem(parent, {what, why})
                            : new QTreeWidgetItem(m_checklist, {what, why});
        item->setIcon(0, statusIcon(style(), status));
        item->setToolTip(1, why);
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(what, statusText(status)));
        item->setData(0, Qt::UserRole, int(status));
    };
    if (!error.isEmpty())
        add(MigrationCheck::Status::Failed, tr("The VM"), error);
    for (const MigrationCheck &c : checks)
        add(c.status, c.what, c.reason);
    if (parent)
        parent->setIcon(0, statusIcon(style(), !error.isEmpty() || Preflight::blocks(checks)
                                                   ? MigrationCheck::Status::Failed
                                                   : MigrationCheck::Status::Passed));
    if (--m_pending <= 0) {
        m_pending = 0;
        // The first failed line, whole, below the list (the list cuts long reasons).
        QTreeWidgetItem *firstFailed = nullptr;
        for (QTreeWidgetItemIterator it(m_checklist); *it && !firstFailed; ++it)
            if ((*it)->data(0, Qt::UserRole).toInt() == int(MigrationCheck::Status::Failed))
                firstFailed = *it;
        m_blocked = firstFailed != nullptr;
        m_checkStatus->setText(m_blocked ? tr("A check failed: its line says what to do.")
                                         : tr("Every check passed: ready to migrate."));
        if (firstFailed)
            m_checklist->setCurrentItem(firstFailed);
    }
    updateMigrateButton();
}

void MigrateDialog::updateMigrateButton()
{
    m_migrate->setEnabled(!m_blocked && m_pending == 0 && !destination().isEmpty());
    m_migrate->setToolTip(m_migrate->isEnabled() ? tr("Start moving to %1").arg(destination())
                                                 : m_checkStatus->text());
}

void MigrateDialog::start()
{
    m_pages->setCurrentIndex(1);
    const QString uri = destination();
    const MigrationOptions base = options();
    m_summary->setText(tr("Moving to %1. You may close this window: the migrations go on, and "
                          "the status bar shows them.")
                           .arg(uri));
    for (const auto &[source, uuid] : std::as_const(m_vms)) {
        if (!source)
            continue;
        MigrationOptions o = base;
        if (const auto d = source->domain(uuid))
            o.plan.live = d->isActive();
        Connection *known = m_registry->find(uri);
        auto *row = new MigrationRow(source, uuid, nameOf(source, uuid), uri,
                                     known ? known->displayName() : uri, o, this);
        m_rows.append(row);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
        Q_EMIT started(row->operation());
        connect(row, &MigrationRow::finished, this,
                [this, row, uri, src = QPointer<Connection>(source), uuid](bool ok) {
                    if (ok && src)
                        Q_EMIT moved(src, uuid, uri);
                    int done = 0;
                    int moved = 0;
                    QStringList lines;
                    for (MigrationRow *r : std::as_const(m_rows)) {
                        done += r->isFinished() ? 1 : 0;
                        moved += r->succeeded() ? 1 : 0;
                        if (r->isFinished())
                            lines << r->outcome().toHtmlEscaped();
                    }
                    if (done == m_rows.size())
                        m_summary->setText(tr("%1 of %n moved to %2.", nullptr, int(m_rows.size()))
                                               .arg(moved)
                                               .arg(uri.toHtmlEscaped())
                                           + QStringLiteral("<br>")
                                           + lines.join(QStringLiteral("<br>")));
                });
    }
}

} // namespace Vireo::Ui
