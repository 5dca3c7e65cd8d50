#include "ui/create/OsPage.h"

#include "core/Background.h"
#include "core/Connection.h"
#include "core/Validation.h"
#include "ui/common/Preferences.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

OsPage::OsPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_result(new QLabel(this))
    , m_other(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setTitle(tr("Which operating system?"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("osResult"));
    m_other->setText(tr("Choose another..."));
    m_search->setObjectName(QStringLiteral("osSearch"));
    m_search->setPlaceholderText(tr("Search, e.g. Fedora, Windows 11, debian11"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("osList"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_other, 0, Qt::AlignLeft);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_other, &QToolButton::clicked, this, [this] { showPicker(true); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
        // The first match is chosen (Return goes on with it) unless the chosen one still shows.
        if (m_list->currentItem() && !m_list->currentItem()->isHidden())
            return;
        for (int i = 0; i < m_list->count(); ++i) {
            if (!m_list->item(i)->isHidden()) {
                m_list->setCurrentRow(i);
                m_list->scrollToItem(m_list->item(i));
                return;
            }
        }
    });
    // Down from the search goes into the list, as in a search box with results under it.
    m_search->installEventFilter(this);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(wizard, &NewVmWizard::osDatabaseReady, this, [this] {
        if (m_wizard->currentId() == NewVmWizard::OsPage)
            initializePage();
    });
}

bool OsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

void OsPage::showPicker(bool on)
{
    m_search->setVisible(on);
    m_list->setVisible(on);
    m_other->setVisible(!on);
    if (on && m_list->count() == 0)
        fillPicker();
    // What had the keyboard may have gone (the "Choose another..." button): the page's first
    // control takes it.
    const QWidget *focus = QApplication::focusWidget();
    if (isVisible() && (!focus || !focus->isVisible()))
        focusFirstControl(this);
}

void OsPage::fillPicker()
{
    m_list->clear();
    const OsDatabase *db = m_wizard->osDatabase();
    if (!db)
        return;
    for (const OsInfo &os : db->all()) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(os.name, os.shortId), m_list);
        item->setData(Qt::UserRole, os.id);
    }
    const auto &chosen = m_wizard->choices().os;
    if (chosen)
        pick(chosen->shortId);
}

bool OsPage::pick(const QString &shortId)
{
    if (m_list->count() == 0)
        fillPicker();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text().endsWith(QStringLiteral("(") + shortId + QStringLiteral(")"))) {
            m_list->setCurrentRow(i);
            m_list->scrollToItem(m_list->item(i));
            return true;
        }
    }
    return false;
}

void OsPage::initializePage()
{
    NewVmChoices &c = m_wizard->choices();
    if (!m_wizard->osDatabase()) {
        m_result->setText(tr("Reading the operating system database..."));
        showPicker(false);
        m_other->hide();
        return;
    }
    if (c.source == NewVmChoices::Source::InstallImage && !c.imagePath.isEmpty()
        && !isLocalUri(m_wizard->connection()->uri())) {
        // The image is on the remote host: this machine cannot read it.
        m_result->setText(tr("The image is on %1: choose the operating system it installs.")
                              .arg(m_wizard->connection()->uri().toHtmlEscaped()));
        showPicker(true);
    } else if (c.source == NewVmChoices::Source::InstallImage && !c.imagePath.isEmpty())
        detect();
    else {
        m_result->setText(tr("Choose the operating system the machine will run."));
        showPicker(true);
    }
}

void OsPage::detect()
{
    m_detecting = true;
    m_result->setText(tr("Looking at the image..."));
    Q_EMIT completeChanged();
    // Reading the image's header is file I/O: off the GUI thread, like every slow thing.
    const QString path = m_wizard->choices().imagePath;
    auto db = m_wizard->sharedOsDatabase();
    using Detected = std::pair<std::optional<OsInfo>, QString>;
    runInBackground<Detected>(
        this,
        [db, path] {
            QString error;
            auto os = db->detect(path, &error);
            return std::make_pair(os, error);
        },
        [this](const Detected &result) {
            m_detecting = false;
            NewVmChoices &c = m_wizard->choices();
            c.detectedOs = result.first;
            if (result.first) {
                c.os = result.first;
                if (!result.first->standsInFor.isEmpty())
                    m_result->setText(
                        tr("Detected: <b>%1</b>, newer than the OS database: the settings and "
                           "install script of <b>%2</b> are used.")
                            .arg(result.first->standsInFor.toHtmlEscaped(),
                                 result.first->name.toHtmlEscaped()));
                else
                    m_result->setText(
                        tr("Detected: <b>%1</b>%2")
                            .arg(result.first->name.toHtmlEscaped(),
                                 result.first->version.isEmpty()
                                     ? QString()
                                     : tr(" (version %1)")
                                           .arg(result.first->version.toHtmlEscaped())));
                showPicker(false);
                pick(result.first->shortId);
            } else {
                m_result->setText(result.second.isEmpty()
                                      ? tr("Vireo could not recognise the operating system on this "
                                           "image. Choose it below.")
                                      : result.second);
                showPicker(true);
            }
            Q_EMIT completeChanged();
        });
}

bool OsPage::isComplete() const
{
    if (m_detecting || !m_wizard->osDatabase())
        return false;
    return m_list->isVisibleTo(this) ? m_list->currentItem() != nullptr
                                     : m_wizard->choices().os.has_value();
}

bool OsPage::validatePage()
{
    if (m_list->isVisibleTo(this) && m_list->currentItem()) {
        const QString id = m_list->currentItem()->data(Qt::UserRole).toString();
        m_wizard->choices().os = m_wizard->osDatabase()->byId(id);
    }
    // The hardware follows the OS: start the remaining pages from its recommendations.
    NewVmChoices &c = m_wizard->choices();
    const OsInfo *os = c.os ? &*c.os : nullptr;
    const bool system = !m_wizard->connection()->uri().contains(QLatin1String("session"));
    const QString name = c.request.spec.name;
    c.request.spec = recommendedSpec(os, c.host, system);
    c.request.spec.name = name;
    // The firmware chosen in Preferences, unless the OS needs UEFI (Windows 11).
    const QString firmware = Preferences::instance()->newVmFirmware();
    if (firmware == QLatin1String("bios") && !(os && os->needsUefi))
        c.request.spec.firmware = Firmware::Bios;
    else if (firmware == QLatin1String("uefi") && c.request.spec.firmware == Firmware::Bios)
        c.request.spec.firmware = Firmware::Uefi;
    c.request.pool = Preferences::instance()->newVmPool();
    c.request.newDiskGiB = c.source == NewVmChoices::Source::DiskImage ? 0 : recommendedDiskGiB(os);
    return c.os.has_value();
}

int OsPage::nextId() const
{
    // From an install image, the installer's answers can be given now (express install).
    return m_wizard->choices().source == NewVmChoices::Source::InstallImage
               ? NewVmWizard::ExpressPage
               : NewVmWizard::ResourcesPage;
}

} // namespace Vireo::Ui
