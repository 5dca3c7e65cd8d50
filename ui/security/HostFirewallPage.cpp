#include "ui/security/HostFirewallPage.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "ui/common/Confirm.h"
#include "ui/common/Feedback.h"
#include "ui/security/FilterEditorDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

enum Role { EditableRole = Qt::UserRole + 1, UsedRole };

} // namespace

HostFirewallPage::HostFirewallPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_new(new QPushButton(tr("&New Filter..."), this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("hostFirewall"));
    m_list->setObjectName(QStringLiteral("filters"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Filter"), tr("Whose"), tr("Used by")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 220);
    m_list->setColumnWidth(1, 150);
    m_message->setObjectName(QStringLiteral("firewallPageMessage"));
    m_message->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newFilter"));
    m_edit->setObjectName(QStringLiteral("editFilter"));
    m_delete->setObjectName(QStringLiteral("deleteFilter"));
    auto *about = new QLabel(tr("A VM's network card gets its firewall in the VM's Security tab "
                                "(Choose Firewall...): a preset, or one of your filters below. "
                                "Changing a filter's rules applies them at once to every "
                                "running VM using it."),
                             this);
    about->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HostFirewallPage::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            openEditor(m_list->currentItem()->text(0));
    });
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem())
            openEditor(m_list->currentItem()->text(0));
    });
    connect(m_delete, &QPushButton::clicked, this, &HostFirewallPage::askDelete);
    updateButtons();
}

void HostFirewallPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void HostFirewallPage::reload()
{
    if (!m_connection)
        return;
    Operation *op = Firewall::listFilters(m_connection);
    connect(op, &Operation::finished, this, [this, op](bool ok) {
        const QString selected = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
        m_list->clear();
        m_new->setEnabled(ok && !m_connection->isReadOnly());
        if (!ok) {
            Feedback::show(m_message, op->failure());
            updateButtons();
            return;
        }
        for (const FilterUse &f : op->value().value<QList<FilterUse>>()) {
            auto *item = new QTreeWidgetItem(
                m_list, {f.name,
                         f.editable ? tr("Yours")
                         : f.vireo  ? tr("Vireo's preset")
                                    : tr("libvirt's"),
                         f.vms.isEmpty() ? tr("no VM") : f.vms.join(QStringLiteral(", "))});
            item->setData(0, EditableRole, f.editable);
            item->setData(0, UsedRole, !f.vms.isEmpty());
            item->setToolTip(2, item->text(2));
            if (f.name == selected)
                m_list->setCurrentItem(item);
        }
        updateButtons();
        Q_EMIT loaded();
    });
}

bool HostFirewallPage::select(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly, 0);
    if (items.isEmpty())
        return false;
    m_list->setCurrentItem(items.first());
    return true;
}

void HostFirewallPage::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool writable = m_connection && !m_connection->isReadOnly();
    const bool editable = item && item->data(0, EditableRole).toBool() && writable;
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
    const QString whyNot = !item       ? tr("Select one of your filters.")
                           : !writable ? tr("The connection is read-only.")
                           : !item->data(0, EditableRole).toBool()
                               ? tr("%1 is libvirt's or Vireo's own: it holds more than rules "
                                    "the editor shows.")
                                     .arg(item->text(0))
                               : QString();
    m_edit->setToolTip(whyNot);
    m_delete->setToolTip(whyNot);
}

FilterEditorDialog *HostFirewallPage::openEditor(const QString &name)
{
    auto *dialog = new FilterEditorDialog(m_connection, FilterDefinition{name, {}}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FilterEditorDialog::saved, this, [this](const QString &saved) {
        m_message->setText(
            tr("Saved %1; libvirt applies it to every running VM using it.").arg(saved));
        reload();
    });
    if (!name.isEmpty() && m_connection) {
        dialog->saveButton()->setEnabled(false);
        Operation *op = Firewall::readFilter(m_connection, name);
        connect(op, &Operation::finished, dialog, [dialog, op](bool ok) {
            if (!ok) {
                Feedback::show(dialog->message(), op->failure());
                return;
            }
            dialog->setFilter(op->value().value<FilterDefinition>());
            dialog->saveButton()->setEnabled(true);
        });
    }
    dialog->open();
    return dialog;
}

void HostFirewallPage::askDelete()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_connection)
        return;
    const QString name = item->text(0);
    Confirm::ask(this, QStringLiteral("deleteFilter"),
                 {tr("Delete Filter"), tr("Delete the filter %1?").arg(name),
                  item->data(0, UsedRole).toBool()
                      ? tr("VMs use it: Vireo refuses until their cards have another firewall.")
                      : QString(),
                  tr("Delete Filter"), QStringLiteral("confirm")},
                 [this, name] {
                     Operation *op = Firewall::removeFilter(m_connection, name);
                     connect(op, &Operation::finished, this, [this, op, name](bool ok) {
                         if (ok)
                             m_message->setText(tr("Deleted %1.").arg(name));
                         else
                             Feedback::show(m_message, op->failure());
                         reload();
                     });
                 });
}

} // namespace Vireo::Ui
