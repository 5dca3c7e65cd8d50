#include "ui/create/NewVmWizard.h"

#include "ui/common/Confirm.h"

#include "core/Background.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "ui/create/DevicesPage.h"
#include "ui/create/ExpressPage.h"
#include "ui/create/NetworkPage.h"
#include "ui/create/OsPage.h"
#include "ui/create/PageSupport.h"
#include "ui/create/ResourcesPage.h"
#include "ui/create/SourcePage.h"
#include "ui/create/StoragePage.h"
#include "ui/create/SummaryPage.h"
#include "ui/create/WizardSteps.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QMessageBox>
#include <QPromise>
#include <QThreadPool>

namespace Vireo::Ui {

NewVmWizard::NewVmWizard(Connection *connection, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("newVmWizard"));
    setWindowTitle(tr("New Virtual Machine on %1").arg(connection->displayName()));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    resize(800, 540);
    setSideWidget(new WizardSteps(this));
    setPage(SourcePage, new Ui::SourcePage(this));
    setPage(OsPage, new Ui::OsPage(this));
    setPage(ExpressPage, new Ui::ExpressPage(this));
    setPage(ResourcesPage, new Ui::ResourcesPage(this));
    setPage(StoragePage, new Ui::StoragePage(this));
    setPage(NetworkPage, new Ui::NetworkPage(this));
    setPage(DevicesPage, new Ui::DevicesPage(this));
    setPage(SummaryPage, new Ui::SummaryPage(this));
    setButtonText(QWizard::FinishButton, tr("&Create"));
    // Each page starts with the keyboard on its first control (for Tab, typing and Return).
    // A page with nothing to fill in gives it to Next (or Create), so that Return goes on.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (!currentPage() || focusFirstControl(currentPage()))
            return;
        for (const QWizard::WizardButton b : {QWizard::NextButton, QWizard::FinishButton})
            if (button(b)->isVisible() && button(b)->isEnabled()) {
                button(b)->setFocus(Qt::TabFocusReason);
                return;
            }
    });

    // osinfo-db is a few thousand files: read it off the GUI thread while the user picks a source.
    using Db = std::shared_ptr<const OsDatabase>;
    runInBackground<Db>(
        this,
        [] {
            auto db = std::make_shared<OsDatabase>();
            QString error;
            return db->load(&error) ? Db(db) : nullptr;
        },
        [this](const Db &db) {
            m_db = db;
            Q_EMIT osDatabaseReady();
        });

    Operation *host = Creation::readHostCapacity(connection);
    connect(host, &Operation::finished, this, [this, host](bool ok) {
        if (ok) {
            m_choices.host = host->value().value<HostCapacity>();
            m_choices.hostKnown = true;
        }
        Q_EMIT hostReady();
    });
}

NewVmWizard::~NewVmWizard() = default;

void NewVmWizard::setInstallImage(const QString &path)
{
    static_cast<Ui::SourcePage *>(page(SourcePage))->setImagePath(path);
}

QString NewVmWizard::suggestedName() const
{
    QString base = m_choices.os && !m_choices.os->shortId.isEmpty() ? m_choices.os->shortId
                                                                    : QStringLiteral("vm");
    if (m_choices.source == NewVmChoices::Source::Import) // the OVF's name, else the file's
        base = CloudInit::hostnameFor(m_choices.importPlan && !m_choices.importPlan->name.isEmpty()
                                          ? m_choices.importPlan->name
                                          : QFileInfo(m_choices.imagePath).completeBaseName());
    QString name = base;
    for (int n = 2; m_connection->domainByName(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

CreateRequest NewVmWizard::buildRequest(bool withScript) const
{
    CreateRequest r = m_choices.request;
    r.spec.serialLogPath = m_serialLog;
    r.spec.disks.clear();
    switch (m_choices.source) {
    case NewVmChoices::Source::InstallImage: {
        VmDisk cdrom;
        cdrom.device = VmDisk::Device::Cdrom;
        cdrom.path = m_choices.imagePath;
        cdrom.format = QStringLiteral("raw");
        cdrom.bus = cdromBus(r.spec);
        r.spec.disks << cdrom;
        r.spec.bootFromCdrom = true;
        if (withScript && m_choices.express && m_choices.os && m_db) {
            UnattendedConfig config = *m_choices.express;
            config.hostname = CloudInit::hostnameFor(r.spec.name);
            QString error; // checked on the express page already
            r.unattended = m_db->unattendedScript(m_choices.os->id, config, &error);
        }
        break;
    }
    case NewVmChoices::Source::DiskImage: {
        VmDisk disk;
        disk.path = m_choices.imagePath;
        disk.format = m_choices.imageFormat;
        disk.bus = r.spec.virtioDevices ? QStringLiteral("virtio") : QStringLiteral("sata");
        r.spec.disks << disk;
        r.newDiskGiB = 0;
        if (m_choices.copyDiskImage)
            r.copyDiskFrom = m_choices.imagePath;
        break;
    }
    case NewVmChoices::Source::Network:
        r.spec.bootFromNetwork = true;
        break;
    case NewVmChoices::Source::Import:
        break; // its disks come converted from what it was
    case NewVmChoices::Source::CloudImage: {
        if (m_choices.copyDiskImage) {
            VmDisk disk;
            disk.path = m_choices.imagePath;
            disk.format = m_choices.imageFormat;
            disk.bus = r.spec.virtioDevices ? QStringLiteral("virtio") : QStringLiteral("sata");
            r.spec.disks << disk;
            r.copyDiskFrom = m_choices.imagePath;
            r.newDiskGiB = 0;
        } else {
            r.linkedFrom = m_choices.imagePath; // the new disk: at least the size chosen
        }
        CloudInitConfig cloud = m_choices.cloudInit;
        cloud.hostname = CloudInit::hostnameFor(r.spec.name);
        r.cloudInit = cloud;
        break;
    }
    }
    return r;
}

ImportRequest NewVmWizard::buildImportRequest() const
{
    const CreateRequest r = buildRequest();
    ImportRequest in;
    in.path = m_choices.imagePath;
    in.name = r.spec.name;
    in.pool = r.pool;
    in.hardware = r.spec;
    in.start = r.start;
    return in;
}

void NewVmWizard::done(int result)
{
    if (m_creating) {
        // An import's conversion can be stopped: what it made goes again, and the wizard
        // says so and stays open. Anything else ends the wizard itself.
        if (result != QDialog::Accepted && m_operation && m_operation->isCancellable()) {
            m_operation->cancel();
            static_cast<Ui::SummaryPage *>(page(SummaryPage))
                ->showProgress(tr("Cancelling: removing what was converted..."));
        }
        return;
    }
    if (result != QDialog::Accepted) {
        QWizard::done(result); // nothing was created before Finish: nothing to remove
        return;
    }
    finishCreation(buildRequest());
}

void NewVmWizard::finishCreation(const CreateRequest &request)
{
    auto *summary = static_cast<Ui::SummaryPage *>(page(SummaryPage));
    m_creating = true;
    for (QWizard::WizardButton b :
         {QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton})
        button(b)->setEnabled(false);
    summary->showProgress(tr("Creating %1...").arg(request.spec.name));
    const bool importing = m_choices.source == NewVmChoices::Source::Import;
    Operation *op = importing ? Import::importVm(m_connection, buildImportRequest())
                              : Creation::create(m_connection, request);
    m_operation = op;
    if (importing) // converting takes a while: Cancel stops it
        button(QWizard::CancelButton)->setEnabled(true);
    connect(op, &Operation::progress, summary,
            [summary](int, const QString &text) { summary->showProgress(text); });
    connect(op, &Operation::finished, this,
            [this, op, request, summary](bool ok, const QString &error) {
                m_creating = false;
                for (QWizard::WizardButton b :
                     {QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton})
                    button(b)->setEnabled(true);
                if (ok) {
                    // An import's value is its name, UUID and notices; a creation's the UUID.
                    const QStringList made = op->value().toStringList();
                    Q_EMIT created(m_choices.source == NewVmChoices::Source::Import
                                       ? made.value(1)
                                       : op->value().toString());
                    QWizard::done(QDialog::Accepted);
                    return;
                }
                Failure why = op->failure();
                why.summary = tr("Nothing was created. %1").arg(why.summary);
                summary->showFailure(why);
                if (op->failure().kind == Failure::Kind::NeedsConfirmation) {
                    // A file in a private folder: QEMU's user may pass through, if the user
                    // agrees (what virt-manager offers too).
                    Confirm::ask(this,
                                 {tr("QEMU Cannot Reach a File"), op->failure().summary,
                                  op->failure().detail, tr("&Let QEMU Reach It"),
                                  QStringLiteral("grantQemuAccess"), QMessageBox::Question},
                                 [this, request] {
                                     CreateRequest retry = request;
                                     retry.grantQemuAccess = true;
                                     finishCreation(retry);
                                 });
                    return;
                }
                if (op->failure().kind == Failure::Kind::KvmUnavailable) {
                    auto *ask = new QMessageBox(
                        QMessageBox::Question, tr("KVM failed"),
                        tr("%1\n\nCreate the machine with software emulation instead?").arg(error),
                        QMessageBox::Yes | QMessageBox::No, this);
                    ask->setObjectName(QStringLiteral("retryWithEmulation"));
                    ask->setAttribute(Qt::WA_DeleteOnClose);
                    connect(ask, &QMessageBox::accepted, this, [this, request] {
                        CreateRequest retry = request;
                        retry.spec.emulated = true;
                        m_choices.request.spec.emulated = true;
                        finishCreation(retry);
                    });
                    ask->open();
                }
            });
}

} // namespace Vireo::Ui
