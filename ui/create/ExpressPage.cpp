#include "ui/create/ExpressPage.h"

#include "core/Connection.h"
#include "core/Validation.h"
#include "create/ExpressInstall.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Vireo::Ui {

ExpressPage::ExpressPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_why(new QLabel(this))
    , m_enabled(new QCheckBox(tr("&Express install: answer the installer's questions now"), this))
    , m_form(new QWidget(this))
    , m_user(new QLineEdit(m_form))
    , m_password(new QLineEdit(m_form))
    , m_confirm(new QLineEdit(m_form))
    , m_adminPassword(new QLineEdit(m_form))
    , m_timezone(new QLineEdit(m_form))
    , m_language(new QLineEdit(m_form))
    , m_productKeyLabel(new QLabel(tr("&Product key:"), m_form))
    , m_productKey(new QLineEdit(m_form))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Express install"));
    setSubTitle(tr("The installer runs without asking anything; the machine then starts the "
                   "installed system."));
    m_why->setWordWrap(true);
    m_why->setObjectName(QStringLiteral("expressWhy"));
    m_enabled->setObjectName(QStringLiteral("expressInstall"));
    m_user->setObjectName(QStringLiteral("expressUser"));
    m_password->setObjectName(QStringLiteral("expressPassword"));
    m_confirm->setObjectName(QStringLiteral("expressConfirm"));
    m_adminPassword->setObjectName(QStringLiteral("expressAdminPassword"));
    m_timezone->setObjectName(QStringLiteral("expressTimezone"));
    m_language->setObjectName(QStringLiteral("expressLanguage"));
    m_productKey->setObjectName(QStringLiteral("expressProductKey"));
    for (QLineEdit *e : {m_password, m_confirm, m_adminPassword})
        e->setEchoMode(QLineEdit::Password);
    m_adminPassword->setPlaceholderText(tr("the user's, when left empty"));
    m_productKey->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    m_timezone->setText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_language->setText(UnattendedConfig::hostLanguage());
    const QString user = qEnvironmentVariable("USER");
    m_user->setText(user == QLatin1String("root") ? QString() : user);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    form->addRow(tr("&Administrator password:"), m_adminPassword);
    form->addRow(tr("&Time zone:"), m_timezone);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_productKeyLabel, m_productKey);
    m_productKeyLabel->setBuddy(m_productKey);
    auto *note = new QLabel(tr("The password goes into the install only, as a hash where the "
                               "OS allows; the script is on media removed when the install is "
                               "over."),
                            m_form);
    note->setWordWrap(true);
    form->addRow(note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_why);
    layout->addWidget(m_enabled);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_enabled, &QCheckBox::toggled, this, &ExpressPage::updateEnabled);
    for (QLineEdit *e : {m_user, m_password, m_confirm, m_adminPassword, m_productKey})
        connect(e, &QLineEdit::textEdited, this, [this] { setProblem(m_problem, QString()); });
}

void ExpressPage::initializePage()
{
    const NewVmChoices &c = m_wizard->choices();
    const OsDatabase *db = m_wizard->osDatabase();
    const bool has = db && c.os && db->hasInstallScript(c.os->id);
    QString why;
    if (!c.os)
        why = tr("Vireo does not know the OS on this image, so it cannot answer its installer: "
                 "the installer asks its questions in the console.");
    else if (!has)
        why = tr("libosinfo has no install script for %1: the installer asks its questions in "
                 "the console.")
                  .arg(c.os->name.toHtmlEscaped());
    else if (!isLocalUri(m_wizard->connection()->uri()))
        why = tr("Express installs need a connection to this machine for now: on %1 the "
                 "installer asks its questions in the console.")
                  .arg(m_wizard->connection()->uri().toHtmlEscaped());
    const bool offered = why.isEmpty();
    m_offered = offered;
    setSubTitle(offered ? tr("The installer runs without asking anything; the machine then "
                             "starts the installed system.")
                        : tr("Not offered for this machine: the installer asks as usual."));
    if (offered && c.os->family == QLatin1String("linux"))
        why = tr("Vireo answers the %1 installer's questions with what you give here, and the "
                 "install runs to its end on its own.")
                  .arg(c.os->name.toHtmlEscaped());
    m_why->setText(why);
    m_enabled->setVisible(offered);
    m_enabled->setChecked(offered && c.express.has_value());
    if (offered && !c.expressAsked) // on by default, as GNOME Boxes does
        m_enabled->setChecked(true);
    const bool windows = c.os && c.os->isWindows();
    m_productKeyLabel->setVisible(windows);
    m_productKey->setVisible(windows);
    updateEnabled();
}

void ExpressPage::updateEnabled()
{
    m_form->setVisible(m_offered && m_enabled->isChecked());
    setProblem(m_problem, QString());
}

bool ExpressPage::validatePage()
{
    NewVmChoices &c = m_wizard->choices();
    c.expressAsked = true;
    if (!m_offered || !m_enabled->isChecked()) {
        c.express.reset();
        return true;
    }
    UnattendedConfig config;
    config.user = m_user->text().trimmed();
    config.password = m_password->text();
    config.adminPassword = m_adminPassword->text();
    config.timezone = m_timezone->text().trimmed();
    config.language = m_language->text().trimmed();
    config.productKey = c.os->isWindows() ? m_productKey->text().trimmed() : QString();
    QString problem = ExpressInstall::validate(config, c.os->isWindows());
    if (problem.isEmpty() && m_password->text() != m_confirm->text())
        problem = tr("The passwords differ.");
    if (problem.isEmpty() && c.os->isWindows() && config.productKey.isEmpty())
        problem = tr("Windows needs its product key for an express install.");
    if (problem.isEmpty()) { // what libosinfo itself refuses, said now rather than at Finish
        config.hostname = QStringLiteral("check");
        QString error;
        const auto script = m_wizard->osDatabase()->unattendedScript(c.os->id, config, &error);
        if (!script)
            problem = error;
    }
    setProblem(m_problem, problem);
    if (!problem.isEmpty())
        return false;
    config.hostname.clear(); // from the VM's name at Finish
    c.express = config;
    return true;
}

int ExpressPage::nextId() const
{
    return NewVmWizard::ResourcesPage;
}

} // namespace Vireo::Ui
