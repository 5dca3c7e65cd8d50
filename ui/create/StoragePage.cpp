#include "ui/create/StoragePage.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "core/Validation.h"
#include "create/VmCreator.h"
#include "storage/EncryptedVolumes.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Vireo::Ui {

StoragePage::StoragePage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_pool(new QComboBox(this))
    , m_size(new QSpinBox(this))
    , m_free(new QLabel(this))
    , m_beyond(new QCheckBox(tr("Create it anyway (it only grows as the guest writes)"), this))
    , m_encrypt(new QCheckBox(tr("&Encrypt the disk (LUKS)"), this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("Also &keep the passphrase in my keyring"), this))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Storage"));
    setSubTitle(tr("A new qcow2 disk in a storage pool of the host (\"default\" is created when "
                   "missing)."));
    m_pool->setObjectName(QStringLiteral("pool"));
    m_size->setObjectName(QStringLiteral("diskSize"));
    m_free->setObjectName(QStringLiteral("freeSpace"));
    m_size->setRange(0, 1024 * 1024);
    m_size->setSuffix(tr(" GiB"));
    m_beyond->setObjectName(QStringLiteral("beyondFreeSpace"));
    m_beyond->hide();
    m_encrypt->setObjectName(QStringLiteral("encryptDisk"));
    m_encrypt->setToolTip(tr("The disk image is encrypted: whoever copies the file reads nothing "
                             "of the guest's data. The passphrase is kept by libvirt as a "
                             "private secret (never shown again); the VM starts only on a host "
                             "that has it."));
    for (QLineEdit *field : {m_passphrase, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setEnabled(false);
        connect(field, &QLineEdit::textChanged, this, &StoragePage::check);
    }
    m_passphrase->setObjectName(QStringLiteral("diskPassphrase"));
    m_repeat->setObjectName(QStringLiteral("diskPassphraseAgain"));
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters").arg(EncryptedVolumes::kMinimumPassphrase));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Storage &pool:"), m_pool);
    form->addRow(tr("Disk &size:"), m_size);
    form->addRow(QString(), m_free);
    form->addRow(QString(), m_beyond);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_repeat);
    m_keep->setObjectName(QStringLiteral("keepPassphrase"));
    m_keep->setEnabled(false);
    m_keep->setToolTip(tr("A copy in the desktop's keyring (GNOME Keyring, KWallet): should "
                          "libvirt's secret ever be lost, Vireo puts it back from there when the "
                          "VM starts. Without a keyring nothing is created and Vireo says so."));
    form->addRow(QString(), m_keep);
    form->addRow(QString(), m_problem);
    connect(m_encrypt, &QCheckBox::toggled, this, [this](bool on) {
        m_passphrase->setEnabled(on);
        m_repeat->setEnabled(on);
        m_keep->setEnabled(on);
        if (on)
            m_passphrase->setFocus();
        check();
    });
    connect(m_size, &QSpinBox::valueChanged, this, &StoragePage::check);
    connect(m_beyond, &QCheckBox::toggled, this, &StoragePage::check);
    connect(m_pool, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            readFreeSpace();
    });
}

void StoragePage::initializePage()
{
    m_size->setValue(int(m_wizard->choices().request.newDiskGiB));
    // Only a new empty disk can be encrypted: not a cloud image's copy-on-write layer.
    const bool layered = !m_wizard->choices().request.linkedFrom.isEmpty();
    m_encrypt->setEnabled(!layered);
    if (layered)
        m_encrypt->setChecked(false);
    // The connection's running pools (its cache, kept by their events), "default" first; made
    // when it is missing.
    const QString chosen = m_wizard->choices().request.pool;
    QSignalBlocker quiet(m_pool);
    m_pool->clear();
    m_pool->addItem(QStringLiteral("default"));
    for (const StoragePoolInfo &p : m_wizard->connection()->storagePools()) {
        if (p.state == StoragePoolInfo::State::Running && p.name != QLatin1String("default")
            && !p.path.isEmpty())
            m_pool->addItem(p.name);
    }
    m_pool->setCurrentIndex(qMax(0, m_pool->findText(chosen)));
    readFreeSpace();
}

void StoragePage::readFreeSpace()
{
    NewVmChoices &choices = m_wizard->choices();
    choices.freeSpaceKnown = false;
    m_free->setText(tr("Reading the free space..."));
    const QString pool = m_pool->currentText();
    // The pool's free space comes from the daemon: asked on the worker.
    Operation *op = Creation::readPoolFreeSpace(m_wizard->connection(), pool);
    connect(op, &Operation::finished, this, [this, op, pool](bool) {
        if (pool != m_pool->currentText())
            return; // another pool was chosen meanwhile
        NewVmChoices &c = m_wizard->choices();
        c.freeSpaceKnown = op->value().isValid();
        c.freeSpaceGiB = op->value().toULongLong() / (1024ull * 1024 * 1024);
        m_free->setText(c.freeSpaceKnown ? tr("%1 GiB free in the pool.").arg(c.freeSpaceGiB)
                                         : tr("The pool %1 will be created.").arg(pool));
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
    if (m_encrypt->isChecked())
        return EncryptedVolumes::checkPassphrase(m_passphrase->text(), m_repeat->text());
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
    c.request.pool = m_pool->currentText();
    c.request.allowBeyondFreeSpace = m_beyond->isChecked();
    c.request.diskPassphrase = m_encrypt->isChecked() ? m_passphrase->text() : QString();
    c.request.rememberPassphrase = m_encrypt->isChecked() && m_keep->isChecked();
    return isComplete();
}

} // namespace Vireo::Ui
