#include "ui/host/HostNetworksPage.h"

#include "core/Connection.h"
#include "networks/Networks.h"
#include "ui/common/EmptyState.h"
#include "ui/host/JobRow.h"
#include "ui/host/NetworkDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <unistd.h>

namespace Vireo::Ui {

namespace {

const char *const kRows[][2] = {
    {"networkState", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "State:")},
    {"networkMode", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "Kind:")},
    {"networkBridge", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "Bridge:")},
    {"networkIpv4", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "IPv4:")},
    {"networkDhcp", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "DHCP:")},
    {"networkIpv6", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "IPv6:")},
    {"networkDns", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "DNS:")},
    {"networkHosts", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "Fixed addresses:")},
    {"networkUsers", QT_TRANSLATE_NOOP("Vireo::Ui::HostNetworksPage", "Used by:")},
};

} // namespace

HostNetworksPage::HostNetworksPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_list(new QTreeWidget(this))
    , m_form(new QFormLayout)
    , m_leases(new QTreeWidget(this))
    , m_autostart(new QCheckBox(tr("Start with the &host"), this))
    , m_new(new QPushButton(tr("&New Network..."), this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_job(new JobRow(this))
{
    auto *layout = new QVBoxLayout(this);
    // libvirt 9.0 makes no networks on a user's session connection (as root, session is the
    // system daemon): say so, and where they can be made.
    if (connection->uri().endsWith(QLatin1String("/session")) && geteuid() != 0) {
        auto *banner = new QLabel(
            tr("A session connection (%1) cannot make virtual networks: its VMs use user-mode "
               "networking. Networks live on the system connection.")
                .arg(connection->uri()),
            this);
        banner->setWordWrap(true);
        banner->setObjectName(QStringLiteral("sessionNetworksBanner"));
        auto *add = new QPushButton(tr("Add qemu:///system"), this);
        connect(add, &QPushButton::clicked, this, &HostNetworksPage::addSystemConnectionRequested);
        auto *row = new QHBoxLayout;
        row->addWidget(banner, 1);
        row->addWidget(add);
        layout->addLayout(row);
        m_new->setEnabled(false);
    }
    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("networkList"));
    m_list->setHeaderLabels({tr("Network"), tr("State")});
    m_list->setRootIsDecorated(false);
    showWhenEmpty(m_list, tr("No virtual networks on this host. New Network... makes one: NAT "
                             "gives machines this computer's connection, isolated keeps them "
                             "among themselves."));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    m_new->setObjectName(QStringLiteral("newNetwork"));
    m_delete->setObjectName(QStringLiteral("deleteNetwork"));
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *details = new QGroupBox(tr("Network"), right);
    details->setLayout(m_form);
    for (const auto &row : kRows) {
        auto *value = new QLabel(details);
        value->setObjectName(QLatin1String(row[0]));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(tr(row[1]), value);
    }
    m_autostart->setObjectName(QStringLiteral("networkAutostart"));
    auto *stateButtons = new QHBoxLayout;
    m_start->setObjectName(QStringLiteral("startNetwork"));
    m_stop->setObjectName(QStringLiteral("stopNetwork"));
    stateButtons->addWidget(m_start);
    stateButtons->addWidget(m_stop);
    stateButtons->addWidget(m_autostart);
    stateButtons->addStretch();
    m_form->addRow(QString(), stateButtons);
    rightLayout->addWidget(details);
    auto *leaseBox = new QGroupBox(tr("DHCP leases"), right);
    auto *leaseLayout = new QVBoxLayout(leaseBox);
    m_leases->setObjectName(QStringLiteral("leases"));
    m_leases->setHeaderLabels(
        {tr("VM"), tr("MAC"), tr("IP address"), tr("Hostname"), tr("Expires")});
    m_leases->setRootIsDecorated(false);
    m_leases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    leaseLayout->addWidget(m_leases);
    auto *refreshLeases = new QPushButton(tr("Refresh &Leases"), leaseBox);
    connect(refreshLeases, &QPushButton::clicked, this, &HostNetworksPage::readSelected);
    leaseLayout->addWidget(refreshLeases, 0, Qt::AlignRight);
    rightLayout->addWidget(leaseBox, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addWidget(m_job);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &HostNetworksPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &HostNetworksPage::openNewNetworkDialog);
    connect(m_start, &QPushButton::clicked, this,
            [this] { m_job->run(Networks::start(m_connection, selectedName())); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        m_job->run(Networks::stop(m_connection, name), {},
                   [this, name] { return Networks::stop(m_connection, name, true); });
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        m_job->run(Networks::remove(m_connection, name), {},
                   [this, name] { return Networks::remove(m_connection, name, true); });
    });
    connect(m_autostart, &QCheckBox::clicked, this, [this](bool on) {
        m_job->run(Networks::setAutostart(m_connection, selectedName(), on));
    });
    connect(connection, &Connection::networksReset, this, &HostNetworksPage::rebuildList);
    connect(connection, &Connection::networkRemoved, this, &HostNetworksPage::rebuildList);
    connect(connection, &Connection::networkChanged, this, [this](const NetworkInfo &n) {
        rebuildList();
        if (n.name == selectedName())
            readSelected();
    });
    rebuildList();
}

QString HostNetworksPage::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

bool HostNetworksPage::select(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly, 0);
    if (found.isEmpty())
        return false;
    m_list->setCurrentItem(found.first());
    return true;
}

QString HostNetworksPage::valueOf(const QString &row) const
{
    const auto *label = findChild<QLabel *>(row);
    return label ? label->text() : QString();
}

NetworkDialog *HostNetworksPage::openNewNetworkDialog()
{
    auto *dialog = new NetworkDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkDialog::created, this, [this](const QString &name) {
        // The list learns of it by its event; select it once there.
        if (!select(name))
            connect(
                m_connection, &Connection::networkChanged, this,
                [this, name](const NetworkInfo &) { select(name); }, Qt::SingleShotConnection);
        m_job->say(tr("Network %1 created.").arg(name));
    });
    dialog->open();
    return dialog;
}

void HostNetworksPage::rebuildList()
{
    const QString keep = selectedName();
    QList<NetworkInfo> networks = m_connection->networks();
    std::sort(networks.begin(), networks.end(), [](const NetworkInfo &a, const NetworkInfo &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const NetworkInfo &n : networks) {
        auto *item = new QTreeWidgetItem(m_list, {n.name, n.active ? tr("active") : tr("stopped")});
        if (!n.persistent)
            item->setToolTip(0, tr("Transient: it goes away when stopped."));
        if (n.name == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (selectedName() != m_shown)
        selectionChanged();
    updateButtons();
}

void HostNetworksPage::selectionChanged()
{
    m_shown = selectedName();
    for (const auto &row : kRows)
        findChild<QLabel *>(QLatin1String(row[0]))->clear();
    m_leases->clear();
    updateButtons();
    if (!m_shown.isEmpty())
        readSelected();
}

void HostNetworksPage::readSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_job->run(Networks::read(m_connection, name), [this, name](const QVariant &value) {
        m_job->say({});
        if (name == selectedName()) {
            showState(value.value<NetworkState>());
            Q_EMIT detailsShown(name);
        }
    });
}

void HostNetworksPage::showState(const NetworkState &s)
{
    const auto set = [this](const char *row, const QString &text) {
        findChild<QLabel *>(QLatin1String(row))->setText(text);
    };
    const NetworkDetails &d = s.details;
    set("networkState", (s.active ? tr("active") : tr("stopped"))
                            + (s.persistent ? QString() : tr(" (transient)")));
    set("networkMode", d.modeText());
    set("networkBridge", d.bridge);
    QStringList v4, v6, dhcp, hosts;
    for (const NetworkIp &ip : d.ips) {
        (ip.family == QLatin1String("ipv6") ? v6 : v4)
            << tr("%1 (host: %2)").arg(ip.subnet().toString(), ip.address);
        if (!ip.dhcpStart.isEmpty())
            dhcp << tr("%1 to %2").arg(ip.dhcpStart, ip.dhcpEnd);
        for (const DhcpHost &h : ip.hosts)
            hosts << tr("%1 %2 -> %3").arg(h.mac, h.name, h.ip).simplified();
    }
    set("networkIpv4", v4.isEmpty() ? tr("none") : v4.join(QLatin1Char('\n')));
    set("networkIpv6", v6.isEmpty() ? tr("none") : v6.join(QLatin1Char('\n')));
    set("networkDhcp", dhcp.isEmpty() ? tr("off") : dhcp.join(QLatin1Char('\n')));
    QStringList dns;
    if (!d.domainName.isEmpty())
        dns << tr("domain %1").arg(d.domainName);
    for (const DnsHost &h : d.dnsHosts)
        dns << tr("%1 = %2").arg(h.hostnames.join(QLatin1String(", ")), h.ip);
    set("networkDns", dns.isEmpty() ? tr("default") : dns.join(QLatin1Char('\n')));
    set("networkHosts", hosts.isEmpty() ? tr("none") : hosts.join(QLatin1Char('\n')));
    set("networkUsers", s.users.isEmpty() ? tr("no VM") : describeUsers(s.users));
    {
        const QSignalBlocker block(m_autostart);
        m_autostart->setChecked(s.autostart);
        m_autostart->setEnabled(s.persistent && !m_connection->isReadOnly());
    }
    m_leases->clear();
    const QLocale locale;
    for (const NetworkLease &l : s.leases)
        new QTreeWidgetItem(m_leases,
                            {l.vmName.isEmpty() ? tr("(not a VM here)") : l.vmName, l.mac,
                             QStringLiteral("%1/%2").arg(l.ip).arg(l.prefix), l.hostname,
                             locale.toString(l.expiry.toLocalTime(), QLocale::ShortFormat)});
    if (s.leases.isEmpty())
        new QTreeWidgetItem(m_leases, {s.active ? tr("(no leases yet)") : tr("(stopped)")});
}

void HostNetworksPage::updateButtons()
{
    bool active = false;
    for (const NetworkInfo &n : m_connection->networks())
        if (n.name == selectedName())
            active = n.active;
    const bool selected = !selectedName().isEmpty();
    const bool writable = !m_connection->isReadOnly();
    m_start->setEnabled(writable && selected && !active);
    m_stop->setEnabled(writable && selected && active);
    m_delete->setEnabled(writable && selected);
    m_new->setEnabled(m_new->isEnabled() && writable);
}

} // namespace Vireo::Ui
