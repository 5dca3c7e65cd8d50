#include "ui/templates/LineageDialog.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "templates/Templates.h"
#include "ui/library/StateIcons.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

enum Column { NameColumn, WhatColumn, SpaceColumn, ImageColumn };

QString space(const ChainLink &link)
{
    return link.known ? sizeText(link.allocation) : QStringLiteral("?");
}

/// A disk's row, its own image's space, and a row for each image it stands on.
void addDisk(QTreeWidgetItem *parent, const DiskChain &disk)
{
    if (disk.chain.isEmpty())
        return;
    QStringList names;
    for (const ChainLink &l : disk.chain)
        names << QFileInfo(l.path).fileName();
    auto *item = new QTreeWidgetItem(
        parent, {disk.target,
                 disk.chain.size() > 1
                     ? LineageDialog::tr("overlay: %1").arg(names.join(QStringLiteral(" \u2192 ")))
                     : LineageDialog::tr("own image"),
                 space(disk.chain.first()), disk.chain.first().path});
    item->setToolTip(SpaceColumn,
                     LineageDialog::tr("What this disk's own image takes on the host"));
    for (int i = 1; i < disk.chain.size(); ++i) {
        const ChainLink &l = disk.chain.at(i);
        new QTreeWidgetItem(item, {LineageDialog::tr("backing image %1").arg(i),
                                   l.format.isEmpty() ? QString() : l.format, space(l), l.path});
    }
}

} // namespace

LineageDialog::LineageDialog(Connection *connection, const QString &templateUuid, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_uuid(templateUuid)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("lineageDialog"));
    setWindowTitle(tr("Lineage"));
    resize(820, 460);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("lineageSummary"));
    m_tree->setObjectName(QStringLiteral("lineageTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("What"), tr("On disk"), tr("Image")});
    m_tree->headerItem()->setToolTip(SpaceColumn, tr("Space the image takes on the host"));
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SpaceColumn, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, &LineageDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    refresh();
}

void LineageDialog::refresh()
{
    if (!m_connection)
        return;
    m_summary->setText(tr("Reading the lineage..."));
    Operation *op = Templates::lineage(m_connection, m_uuid);
    connect(op, &Operation::finished, this, [this, op](bool ok, const QString &error) {
        if (!ok) {
            m_summary->setText(tr("Could not read the lineage: %1").arg(error));
            return;
        }
        fill(op->value().value<LineageTree>());
        Q_EMIT loaded();
    });
}

void LineageDialog::fill(const LineageTree &t)
{
    m_tree->clear();
    setWindowTitle(tr("Lineage of %1").arg(t.templateVm.name));
    int linked = 0;
    quint64 overlays = 0;
    quint64 base = 0;
    for (const DiskChain &d : t.disks)
        base += d.chain.isEmpty() ? 0 : d.chain.first().allocation;
    auto *root = new QTreeWidgetItem(
        m_tree, {t.templateVm.name,
                 t.origin.isEmpty() ? tr("template") : tr("template, made from %1").arg(t.origin),
                 sizeText(base), QString()});
    root->setIcon(NameColumn, templateIcon());
    for (const DiskChain &d : t.disks)
        addDisk(root, d);
    for (const LineageTree::Instance &i : t.instances) {
        QString what
            = i.info.kind == QLatin1String("linked") ? tr("linked instance") : tr("full instance");
        what += i.info.vm.running ? tr(", running") : tr(", shut off");
        if (!i.info.snapshot.isEmpty())
            what += tr(", from snapshot %1").arg(i.info.snapshot);
        if (i.info.fromBackingChain)
            what += tr(" (found by its backing file)");
        quint64 own = 0;
        for (const DiskChain &d : i.disks)
            own += d.chain.isEmpty() ? 0 : d.chain.first().allocation;
        auto *item = new QTreeWidgetItem(root, {i.info.vm.name, what, sizeText(own), QString()});
        item->setIcon(
            NameColumn,
            domainStateIcon(i.info.vm.running ? DomainState::Running : DomainState::ShutOff, 0));
        for (const DiskChain &d : i.disks)
            addDisk(item, d);
        if (i.info.kind == QLatin1String("linked")) {
            ++linked;
            overlays += own;
        }
    }
    m_tree->expandToDepth(1);
    const QString warning = t.baseChanges.isEmpty()
                                ? QString()
                                : QStringLiteral("\u26a0 ") + t.baseChanges + QLatin1Char('\n');
    m_summary->setText(warning
                       + (t.instances.isEmpty()
                              ? tr("%1 has no instances yet: Machine > New Instances makes some.")
                                    .arg(t.templateVm.name)
                              : tr("%1 takes %2. Instances: %3, of which %4 linked, taking %5 of "
                                   "their own in all.")
                                    .arg(t.templateVm.name, sizeText(base))
                                    .arg(t.instances.size())
                                    .arg(linked)
                                    .arg(sizeText(overlays))));
}

} // namespace Vireo::Ui
