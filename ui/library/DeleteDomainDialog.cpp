#include "ui/library/DeleteDomainDialog.h"

#include "domains/DomainLifecycle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

DeleteDomainDialog::DeleteDomainDialog(const DomainInfo &domain, QWidget *parent)
    : QDialog(parent)
    , m_storage(new QListWidget(this))
{
    setObjectName(QStringLiteral("deleteDomainDialog"));
    setWindowTitle(tr("Delete %1").arg(domain.name));
    auto *layout = new QVBoxLayout(this);
    QString text = tr("Delete the virtual machine <b>%1</b>? Its configuration, saved state and "
                      "snapshot records are removed.")
                       .arg(domain.name.toHtmlEscaped());
    if (domain.isActive())
        text += QStringLiteral("<br>") + tr("It is running and will be forced off first.");
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    const QStringList paths = Lifecycle::deletableStorage(domain);
    if (!paths.isEmpty()) {
        layout->addWidget(
            new QLabel(tr("Also delete these disk files (they cannot be recovered):"), this));
        for (const QString &path : paths) {
            auto *item = new QListWidgetItem(path, m_storage);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_storage->setMaximumHeight(120);
        layout->addWidget(m_storage);
    } else {
        m_storage->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *del = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    del->setObjectName(QStringLiteral("confirmDelete"));
    connect(del, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter must not delete: the safe choice is the default one.
    del->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QStringList DeleteDomainDialog::storageToDelete() const
{
    QStringList paths;
    for (int i = 0; i < m_storage->count(); ++i) {
        if (m_storage->item(i)->checkState() == Qt::Checked)
            paths << m_storage->item(i)->text();
    }
    return paths;
}

void DeleteDomainDialog::setDeleteStorage(bool on)
{
    for (int i = 0; i < m_storage->count(); ++i)
        m_storage->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

} // namespace Vireo::Ui
