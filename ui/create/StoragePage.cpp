#include "ui/create/StoragePage.h"

#include "core/Operation.h"
#include "core/Validation.h"
#include "create/VmCreator.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Vireo::Ui {

StoragePage::StoragePage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_size(new QSpinBox(this))
    , m_free(new QLabel(this))
    , m_beyond(new QCheckBox(tr("Create it anyway (it only grows as the guest writes)"), this))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Storage"));
    setSubTitle(tr("A new qcow2 disk in the storage pool \"default\" (created when missing)."));
    m_size->setObjectName(QStringLiteral("diskSize"));
    m_free->setObjectName(QStringLiteral("freeSpace"));
    m_size->setRange(0, 1024 * 1024);
    m_size->setSuffix(tr(" GiB"));
    m_beyond->setObjectName(QStringLiteral("beyondFreeSpace"));
    m_beyond->hide();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Disk &size:"), m_size);
    form->addRow(QString(), m_free);
    form->addRow(QString(), m_beyond);
    form->addRow(QString(), m_problem);
    connect(m_size, &QSpinBox::valueChanged, this, &StoragePage::check);
    connect(m_beyond, &QCheckBox::toggled, this, &StoragePage::check);
}

void StoragePage::initializePage()
{
    m_size->setValue(int(m_wizard->choices().request.newDiskGiB));
    m_free->setText(tr("Reading the free space..."));
    // The pool's free space comes from the daemon: asked on the worker.
    Operation *op = Creation::readPoolFreeSpace(m_wizard->connection());
    connect(op, &Operation::finished, this, [this, op](bool) {
        NewVmChoices &c = m_wizard->choices();
        c.freeSpaceKnown = op->value().isValid();
        c.freeSpaceGiB = op->value().toULongLong() / (1024ull * 1024 * 1024);
        m_free->setText(c.freeSpaceKnown ? tr("%1 GiB free in the pool.").arg(c.freeSpaceGiB)
                                         : tr("The default pool will be created."));
        check();
    });
    check();
}

QString StoragePage::problem() const
{
    const NewVmChoices &c = m_wizard->choices();
    if (m_size->value() <= 0)
        return tr("The disk needs a size of at least 1 GiB.");
    if (c.freeSpaceKnown && quint64(m_size->value()) > c.freeSpaceGiB && !m_beyond->isChecked())
        return tr("%1 GiB is more than the %2 GiB free in the pool. Tick the box to create it "
                  "anyway.")
            .arg(m_size->value())
            .arg(c.freeSpaceGiB);
    return {};
}

void StoragePage::check()
{
    const NewVmChoices &c = m_wizard->choices();
    m_beyond->setVisible(c.freeSpaceKnown && quint64(m_size->value()) > c.freeSpaceGiB);
    setProblem(m_problem, problem());
    Q_EMIT completeChanged();
}

bool StoragePage::isComplete() const
{
    return problem().isEmpty();
}

bool StoragePage::validatePage()
{
    NewVmChoices &c = m_wizard->choices();
    c.request.newDiskGiB = quint64(m_size->value());
    c.request.allowBeyondFreeSpace = m_beyond->isChecked();
    return isComplete();
}

} // namespace Vireo::Ui
