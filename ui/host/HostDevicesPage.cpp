#include "ui/host/HostDevicesPage.h"

#include "hardware/HostDevices.h"
#include "ui/host/JobRow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

HostDevicesPage::HostDevicesPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_tree(new QTreeWidget(this))
    , m_job(new JobRow(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("The host's devices as libvirt knows them. PCI and USB devices can "
                               "be given to a VM with Add Hardware in its Hardware tab; a device "
                               "a VM has is named here."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_tree->setObjectName(QStringLiteral("nodeDevices"));
    m_tree->setHeaderLabels({tr("Device"), tr("Description"), tr("Used by")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_job, 1);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &HostDevicesPage::reload);
    bottom->addWidget(refresh);
    layout->addLayout(bottom);
}

void HostDevicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void HostDevicesPage::reload()
{
    m_loaded = true;
    m_job->run(listHostDevices(m_connection, true), [this](const QVariant &value) {
        m_job->say({});
        m_tree->clear();
        const std::pair<QString, QString> groups[] = {{QStringLiteral("pci"), tr("PCI devices")},
                                                      {QStringLiteral("usb"), tr("USB devices")},
                                                      {QStringLiteral("storage"), tr("Storage")},
                                                      {QStringLiteral("net"), tr("Network")}};
        const auto devices = value.value<QList<HostDevice>>();
        for (const auto &[bus, title] : groups) {
            auto *group = new QTreeWidgetItem(m_tree, {title});
            group->setFirstColumnSpanned(false);
            for (const HostDevice &d : devices)
                if (d.bus == bus) {
                    // A PCI function by its address, as lspci shows it; the rest by their path
                    // (/dev/sda, eth0) or libvirt's name.
                    const QString shown = d.bus == QLatin1String("pci")
                                              ? QStringLiteral("%1:%2:%3.%4")
                                                    .arg(d.domain, 4, 16, QLatin1Char('0'))
                                                    .arg(d.pciBus, 2, 16, QLatin1Char('0'))
                                                    .arg(d.slot, 2, 16, QLatin1Char('0'))
                                                    .arg(d.function, 1, 16)
                                          : d.path.isEmpty() ? d.name
                                                             : d.path;
                    auto *item = new QTreeWidgetItem(
                        group, {shown, d.description, d.usedBy.isEmpty() ? tr("free") : d.usedBy});
                    item->setToolTip(0, d.name);
                }
            group->setText(0, tr("%1 (%2)").arg(title).arg(group->childCount()));
            group->setExpanded(true);
        }
        Q_EMIT loaded();
    });
}

} // namespace Vireo::Ui
