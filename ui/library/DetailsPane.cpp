#include "ui/library/DetailsPane.h"

#include "core/Connection.h"
#include "domains/GuestAddresses.h"

#include <QLabel>
#include <QMap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Vireo::Ui {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_content(new QLabel(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content->setWordWrap(true);
    m_content->setMargin(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // text only: no Tab stop that shows nothing
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    showNothing();
}

QString DetailsPane::text() const
{
    return m_content->text();
}

void DetailsPane::showNothing()
{
    m_content->setText(
        tr("<p style='color:gray'>Select a virtual machine to see its details.</p>"));
}

void DetailsPane::showMany(const QList<QPair<const Connection *, const DomainInfo *>> &vms)
{
    QMap<QString, int> states;
    QStringList hosts;
    QStringList names;
    for (const auto &[c, d] : vms) {
        if (!c || !d)
            continue;
        ++states[d->stateText()];
        if (!hosts.contains(c->displayName()))
            hosts << c->displayName();
        names << d->name;
    }
    QStringList counts;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        counts << tr("%1: %2").arg(it.key()).arg(it.value());
    setRows(tr("%n machines selected", nullptr, int(names.size())),
            {{tr("Machines"), names.join(QStringLiteral(", "))},
             {tr("States"), counts.join(QStringLiteral(", "))},
             {tr("Hosts"), hosts.join(QStringLiteral(", "))},
             {tr("Together"), tr("Start, Shut Down, Reboot, Force Off, Pause, Resume, Save, Take "
                                 "Snapshots and Migrate apply to each (Machine menu)")}});
}

void DetailsPane::showConnection(const Connection *c)
{
    setRows(c->displayName(), {{tr("Address"), c->uri()},
                               {tr("State"), Connection::stateText(c->state())},
                               {tr("Detail"), c->stateDetail()},
                               {tr("Access"), c->isReadOnly() ? tr("Read-only") : tr("Full")},
                               {tr("Machines"), QString::number(c->domains().size())}});
}

void DetailsPane::showDomain(const Connection *c, const DomainInfo &d)
{
    QString state = d.stateText();
    if (!d.reasonText().isEmpty())
        state += QStringLiteral(" — ") + d.reasonText();
    QStringList disks;
    for (const DiskInfo &disk : d.disks)
        disks << QStringLiteral("%1 (%2%3): %4")
                     .arg(disk.target, disk.device,
                          disk.bus.isEmpty() ? QString() : QStringLiteral(", ") + disk.bus,
                          disk.source.isEmpty() ? tr("empty") : disk.source);
    QStringList nics;
    for (const NicInfo &nic : d.nics)
        nics << QStringLiteral("%1 %2 %3 %4")
                    .arg(nic.type, nic.source, nic.model, nic.mac)
                    .simplified();
    QStringList graphics;
    for (const GraphicsInfo &g : d.graphics) {
        QString where = !g.socket.isEmpty() ? g.socket
                        : g.port > 0        ? QStringLiteral("%1:%2").arg(g.listen).arg(g.port)
                                            : g.listen;
        graphics << (g.type.toUpper()
                     + (where.isEmpty() ? QString() : QStringLiteral(" ") + where));
    }
    // The guest's addresses, as libvirt learns them (GuestAddresses).
    QString addresses;
    if (!d.isActive())
        addresses = tr("None while it is not running");
    else if (d.nics.isEmpty())
        addresses = tr("None (no network card)");
    else {
        const auto *watch = c ? c->findChild<GuestAddresses *>() : nullptr;
        QStringList lines;
        for (const GuestAddress &a : watch ? watch->addresses(d.uuid) : QList<GuestAddress>())
            lines << a.text();
        addresses = lines.isEmpty() ? tr("Not known yet: no DHCP lease, guest agent answer or "
                                         "ARP entry for its network cards")
                                    : lines.join(QLatin1Char('\n'));
    }
    // Lineage: what a template has made, or what an instance was made from.
    QString lineage;
    if (d.isTemplate) {
        int instances = 0;
        for (const DomainInfo &o : c ? c->domains() : QList<DomainInfo>())
            instances += o.templateUuid == d.uuid;
        lineage = tr("A template, with %n instance(s)", nullptr, instances);
    } else if (!d.templateUuid.isEmpty()) {
        lineage = (d.instanceKind == QLatin1String("linked") ? tr("A linked instance of %1")
                                                             : tr("A full instance of %1"))
                      .arg(d.templateName);
    }
    setRows(d.name,
            {{tr("State"), state},
             {tr("Lineage"), lineage.isEmpty() ? tr("An ordinary machine") : lineage},
             {tr("Operating system"), d.osName.isEmpty() ? tr("Unknown") : d.osName},
             {tr("vCPUs"), QString::number(d.vcpus)},
             {tr("Memory"), d.memoryText()},
             {tr("Disks"), disks.isEmpty() ? tr("None") : disks.join(QLatin1Char('\n'))},
             {tr("Network"), nics.isEmpty() ? tr("None") : nics.join(QLatin1Char('\n'))},
             {tr("IP addresses"), addresses},
             {tr("Display"), graphics.isEmpty() ? tr("None") : graphics.join(QLatin1Char('\n'))},
             {tr("Emulation"),
              QStringLiteral("%1 %2 %3").arg(d.virtType, d.arch, d.machine).simplified()},
             {tr("Persistent"), d.persistent ? tr("Yes") : tr("No (transient)")},
             {tr("UUID"), d.uuid},
             {tr("Connection"), c ? c->displayName() : QString()},
             {tr("Description"), d.description}});
}

void DetailsPane::setRows(const QString &heading, const QList<QPair<QString, QString>> &rows)
{
    ++m_fills;
    QString html
        = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(heading.toHtmlEscaped());
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        QString v = value.toHtmlEscaped();
        v.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<tr><td style='color:gray' valign='top'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), v);
    }
    html += QStringLiteral("</table>");
    m_content->setText(html);
}

} // namespace Vireo::Ui
