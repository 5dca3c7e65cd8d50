#include "ui/host/HostOverviewPage.h"

#include "core/Connection.h"
#include "core/Validation.h"
#include "host/HostOverview.h"
#include "ui/host/JobRow.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

HostOverviewPage::HostOverviewPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_form(new QFormLayout)
    , m_interfaces(new QTreeWidget(this))
    , m_job(new JobRow(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *hostBox = new QGroupBox(tr("Host"), this);
    hostBox->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[name, label] : {std::pair{"hostname", tr("Hostname:")},
                                      {"uri", tr("Connection:")},
                                      {"cpu", tr("CPU:")},
                                      {"topology", tr("Topology:")},
                                      {"numa", tr("NUMA:")},
                                      {"memory", tr("Memory:")},
                                      {"libvirt", tr("libvirt:")},
                                      {"hypervisor", tr("Hypervisor:")},
                                      {"kvm", tr("KVM:")}})
        row(QLatin1String(name), label);
    layout->addWidget(hostBox);
    auto *ifaceBox = new QGroupBox(tr("Network interfaces (read-only)"), this);
    auto *ifaceLayout = new QVBoxLayout(ifaceBox);
    m_interfaces->setObjectName(QStringLiteral("hostInterfaces"));
    m_interfaces->setHeaderLabels(
        {tr("Interface"), tr("Type"), tr("MAC"), tr("State"), tr("Addresses")});
    m_interfaces->setRootIsDecorated(false);
    m_interfaces->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ifaceLayout->addWidget(m_interfaces);
    layout->addWidget(ifaceBox, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_job, 1);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &HostOverviewPage::reload);
    bottom->addWidget(refresh);
    layout->addLayout(bottom);
}

QLabel *HostOverviewPage::row(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

QString HostOverviewPage::valueOf(const QString &row) const
{
    const auto *label = findChild<QLabel *>(row);
    return label ? label->text() : QString();
}

void HostOverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void HostOverviewPage::reload()
{
    m_loaded = true;
    m_job->run(readHostOverview(m_connection), [this](const QVariant &value) {
        fill(value.value<HostOverview>());
        m_job->say({});
        Q_EMIT loaded();
    });
}

void HostOverviewPage::fill(const HostOverview &o)
{
    const auto set = [this](const char *name, const QString &text) {
        findChild<QLabel *>(QLatin1String(name))->setText(text);
    };
    set("hostname", o.hostname);
    set("uri", o.uri);
    set("cpu", tr("%1 %2 (%3), %n logical CPU(s) at %4 MHz", nullptr, o.cpus)
                   .arg(o.cpuVendor, o.cpuModel, o.arch)
                   .arg(o.mhz)
                   .simplified());
    set("topology", tr("%1 socket(s), %2 core(s) per socket, %3 thread(s) per core")
                        .arg(o.sockets)
                        .arg(o.cores)
                        .arg(o.threads));
    QStringList cells;
    for (const NumaCell &c : o.numa)
        cells << tr("cell %1: CPUs %2, %3").arg(c.id).arg(c.cpus, sizeText(c.memory));
    set("numa", cells.isEmpty() ? tr("not reported") : cells.join(QLatin1Char('\n')));
    set("memory", tr("%1, %2 free").arg(sizeText(o.memory), sizeText(o.freeMemory)));
    set("libvirt", o.libvirtVersion);
    set("hypervisor", o.hypervisor);
    set("kvm", o.kvmReason);
    m_interfaces->clear();
    for (const HostInterface &h : o.interfaces)
        new QTreeWidgetItem(m_interfaces, {h.name, h.type, h.mac, h.active ? tr("up") : tr("down"),
                                           h.addresses.join(QLatin1String(", "))});
    if (o.interfaces.isEmpty())
        new QTreeWidgetItem(m_interfaces, {tr("(this host's libvirt lists no interfaces)")});
}

} // namespace Vireo::Ui
