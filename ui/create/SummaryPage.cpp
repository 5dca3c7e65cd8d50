#include "ui/create/SummaryPage.h"

#include "core/Connection.h"
#include "core/Validation.h"
#include "create/VmSpec.h"
#include "ui/common/Feedback.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/PageSupport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

SummaryPage::SummaryPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_summary(new QLabel(this))
    , m_showXml(new QToolButton(this))
    , m_xml(new QPlainTextEdit(this))
    , m_customize(new QCheckBox(tr("Customize before starting (create it shut off)"), this))
    , m_keepMedia(
          new QCheckBox(tr("Keep the install image in the CD-ROM drive after installing"), this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Ready to create"));
    m_name->setObjectName(QStringLiteral("vmName"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A card right under the name, not floating in the middle of the page.
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    m_summary->setAutoFillBackground(true);
    m_summary->setBackgroundRole(QPalette::Base);
    m_showXml->setText(tr("Show domain XML"));
    m_showXml->setCheckable(true);
    m_xml->setReadOnly(true);
    m_xml->setObjectName(QStringLiteral("domainXml"));
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->hide();
    m_customize->setObjectName(QStringLiteral("customize"));
    m_keepMedia->setObjectName(QStringLiteral("keepInstallMedia"));
    m_keepMedia->setToolTip(tr("Normally the machine boots its disk once the installer has made "
                               "it bootable and the drive is empty from the next start on."));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_showXml, 0, Qt::AlignLeft);
    layout->addWidget(m_xml, 1);
    layout->addWidget(m_customize);
    layout->addWidget(m_keepMedia);
    layout->addWidget(m_status);
    layout->addStretch(1); // what is left of the page stays below, not between the parts
    connect(m_showXml, &QToolButton::toggled, m_xml, &QWidget::setVisible);
    connect(m_name, &QLineEdit::textChanged, this, &SummaryPage::refresh);
    connect(m_customize, &QCheckBox::toggled, this, &SummaryPage::refresh);
    connect(m_keepMedia, &QCheckBox::toggled, this, &SummaryPage::refresh);
}

void SummaryPage::initializePage()
{
    if (m_name->text().isEmpty())
        m_name->setText(m_wizard->suggestedName());
    m_status->clear();
    refresh();
}

QString SummaryPage::problem() const
{
    const QString name = m_name->text();
    if (const QString p = validateDomainName(name); !p.isEmpty())
        return p;
    if (m_wizard->connection()->domainByName(name))
        return tr("A virtual machine called '%1' exists already.").arg(name);
    if (m_customize->isChecked() && m_wizard->choices().express
        && m_wizard->choices().source == NewVmChoices::Source::InstallImage)
        return tr("An express install runs as the machine starts: turn it off (Back) to "
                  "customize the machine before starting it.");
    return {};
}

QString SummaryPage::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SummaryPage::refresh()
{
    NewVmChoices &c = m_wizard->choices();
    c.request.spec.name = m_name->text();
    c.request.start = !m_customize->isChecked();
    c.request.keepInstallMedia = m_keepMedia->isChecked();
    setProblem(m_problem, problem());
    const CreateRequest r = m_wizard->previewRequest();
    m_keepMedia->setVisible(r.spec.bootFromCdrom);
    const VmSpec &s = r.spec;
    // An import brings its OS, memory, vCPUs and firmware (from its OVF, or defaults for a lone
    // disk): the summary does not pretend to know them, nor to show the final XML.
    const bool importing = c.source == NewVmChoices::Source::Import;
    const QString asItHad = tr("as the machine has it");
    m_showXml->setVisible(!importing);
    m_xml->setVisible(!importing && m_showXml->isChecked());
    const QString firmware = importing                      ? asItHad
                             : s.firmware == Firmware::Bios ? tr("BIOS")
                             : s.firmware == Firmware::Uefi ? tr("UEFI")
                                                            : tr("UEFI with Secure Boot");
    QString network = tr("none");
    if (!s.nics.isEmpty())
        network = s.nics[0].kind == VmNic::Kind::User      ? tr("user mode")
                  : s.nics[0].kind == VmNic::Kind::Network ? tr("NAT (%1)").arg(s.nics[0].source)
                                                           : tr("bridge %1").arg(s.nics[0].source);
    m_summary->setText(
        tr("<table cellspacing='3'>"
           "<tr><td>Operating system</td><td>%1</td></tr>"
           "<tr><td>Source</td><td>%2</td></tr>"
           "<tr><td>Memory</td><td>%3</td></tr><tr><td>vCPUs</td><td>%4</td></tr>"
           "<tr><td>Disk</td><td>%5</td></tr><tr><td>Network</td><td>%6</td></tr>"
           "<tr><td>Firmware</td><td>%7%8</td></tr><tr><td>Display</td><td>%9</td></tr>"
           "<tr><td>Accelerator</td><td>%10</td></tr></table>")
            .arg(importing ? asItHad
                 : c.os    ? c.os->name.toHtmlEscaped()
                           : tr("unknown"),
                 sourceText(r), importing ? asItHad : tr("%1 MiB").arg(s.memoryMiB),
                 importing ? asItHad : QString::number(s.vcpus), diskText(r), network, firmware,
                 s.tpm ? tr(", TPM 2.0") : QString(),
                 s.graphics.type == VmGraphics::Type::Vnc ? tr("VNC") : tr("SPICE"))
            .arg(
                (s.emulated ? tr("software emulation") : tr("KVM"))
                + (s.arch == QLatin1String("aarch64") ? tr(", ARM 64-bit (aarch64)") : QString())));
    m_xml->setPlainText(writeDomainXml(s));
    Q_EMIT completeChanged();
}

QString SummaryPage::sourceText(const CreateRequest &r) const
{
    const NewVmChoices &c = m_wizard->choices();
    if (c.imagePath.isEmpty())
        return tr("network boot");
    if (c.source == NewVmChoices::Source::Import) {
        if (!c.importPlan || c.importPlan->diskFiles.isEmpty())
            return tr("imported from %1 (its CPUs, memory and disks as it had them)")
                .arg(c.imagePath.toHtmlEscaped());
        const ImportPlan &p = *c.importPlan;
        QString text = tr("imported from %1 (%2): %n vCPU(s), %3 MiB, %4, %5 disk(s) converted "
                          "to qcow2",
                          nullptr, p.vcpus)
                           .arg(c.imagePath.toHtmlEscaped(), p.flavour.toHtmlEscaped())
                           .arg(p.memoryMiB)
                           .arg(p.uefi ? tr("UEFI") : tr("BIOS"))
                           .arg(p.diskFiles.size());
        for (const QString &notice : p.notices)
            text += QStringLiteral("<br/><i>%1</i>").arg(notice.toHtmlEscaped());
        return text;
    }
    if (c.source == NewVmChoices::Source::InstallImage && c.express && c.os)
        return tr("%1; express install as %2 (%3)")
            .arg(c.imagePath.toHtmlEscaped(), c.express->user.toHtmlEscaped(),
                 c.os->isWindows() ? tr("script removed after the install")
                                   : tr("password stored as a hash"));
    if (!r.cloudInit)
        return c.imagePath.toHtmlEscaped();
    return tr("cloud image %1; cloud-init makes the user %2 (%3) on %4")
        .arg(c.imagePath.toHtmlEscaped(), r.cloudInit->user.toHtmlEscaped(),
             r.cloudInit->sshKeys.isEmpty()
                 ? tr("password")
                 : tr("%n SSH key(s)", nullptr, int(r.cloudInit->sshKeys.size()))
                       + (r.cloudInit->password.isEmpty() ? QString() : tr(", password")),
             r.cloudInit->hostname.toHtmlEscaped());
}

QString SummaryPage::diskText(const CreateRequest &r) const
{
    if (m_wizard->choices().source == NewVmChoices::Source::Import)
        return tr("its disks, converted to qcow2 in the pool '%1'").arg(r.pool.toHtmlEscaped());
    if (!r.linkedFrom.isEmpty())
        return r.newDiskGiB ? tr("a linked copy of the image, at least %1 GiB").arg(r.newDiskGiB)
                            : tr("a linked copy of the image");
    if (!r.copyDiskFrom.isEmpty())
        return tr("a copy of the image in the pool");
    return r.newDiskGiB ? tr("new %1 GiB qcow2").arg(r.newDiskGiB) : tr("the image, in place");
}

bool SummaryPage::isComplete() const
{
    return problem().isEmpty();
}

void SummaryPage::showProgress(const QString &text)
{
    m_status->setStyleSheet(QString());
    m_status->setText(text);
}

void SummaryPage::showFailure(const Failure &failure)
{
    Feedback::show(m_status, failure);
}

} // namespace Vireo::Ui
