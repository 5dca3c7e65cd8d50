#pragma once

#include "create/Import.h"
#include "create/OsDatabase.h"
#include "create/VmCreator.h"

#include "core/Operation.h"

#include <QPointer>
#include <QWizard>

#include <memory>
#include <optional>

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// Everything the wizard's pages decide, in one place.
struct NewVmChoices
{
    enum class Source { InstallImage, DiskImage, Network, CloudImage, Import };
    Source source = Source::InstallImage;
    QString imagePath;
    QString imageFormat;        // qcow2 or raw, read off the GUI thread when the image was chosen
    bool copyDiskImage = false; // a disk image or a cloud image: copied into the pool
    std::optional<ImportPlan> importPlan; // an import: what it will make, read when chosen
    CloudInitConfig cloudInit; // a cloud image: what its first boot sets up (host name: the VM's)
    std::optional<UnattendedConfig> express; // an install image: an express install's answers
    bool expressAsked = false;               // the express page was seen (it defaults on once)
    std::optional<OsInfo> detectedOs;
    std::optional<OsInfo> os; // the one in use: detected, or picked
    HostCapacity host;
    bool hostKnown = false;
    quint64 freeSpaceGiB = 0;
    bool freeSpaceKnown = false;
    CreateRequest request;
};

/// The new-VM wizard: source, operating system, resources, storage, network, firmware and
/// devices, summary. Finish creates the VM all or nothing (Creation::create) on the connection's
/// worker; the window stays responsive throughout.
class NewVmWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        SourcePage,
        OsPage,
        ResourcesPage,
        StoragePage,
        NetworkPage,
        DevicesPage,
        SummaryPage,
        ExpressPage // after OsPage, for an install image
    };

    explicit NewVmWizard(Connection *connection, QWidget *parent = nullptr);
    ~NewVmWizard() override;

    Connection *connection() const { return m_connection; }
    NewVmChoices &choices() { return m_choices; }
    /// Loaded in the background when the wizard opens; null until then.
    const OsDatabase *osDatabase() const { return m_db.get(); }
    std::shared_ptr<const OsDatabase> sharedOsDatabase() const { return m_db; }
    /// Starts on an install image (a dropped ISO).
    void setInstallImage(const QString &path);
    /// Also logs the guest's first serial port to a file (for headless debugging).
    void setSerialLog(const QString &path) { m_serialLog = path; }

    /// The request the current choices make, with an express install's script when chosen.
    CreateRequest buildRequest() const { return buildRequest(true); }
    /// The same for showing (the summary, on every keystroke in the name): without generating
    /// the install script, whose password hashing and XSLT are too slow for that.
    CreateRequest previewRequest() const { return buildRequest(false); }
    /// For Source::Import: what Finish asks of Import::importVm (the hardware besides the OVF's
    /// as chosen on the network and devices pages).
    ImportRequest buildImportRequest() const;
    /// A free name for the OS, like "debian11", "debian11-2".
    QString suggestedName() const;

Q_SIGNALS:
    void osDatabaseReady();
    void hostReady();
    /// The VM exists (and runs unless "customize before starting" was chosen).
    void created(const QString &uuid);

protected:
    void done(int result) override;

private:
    CreateRequest buildRequest(bool withScript) const;
    void finishCreation(const CreateRequest &request);

    Connection *m_connection;
    NewVmChoices m_choices;
    std::shared_ptr<const OsDatabase> m_db;
    QString m_serialLog;
    bool m_creating = false;
    QPointer<Operation> m_operation; // the creation or import running since Finish
};

} // namespace Vireo::Ui
