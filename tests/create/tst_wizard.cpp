// QTest drives the new-VM wizard with the test guest's ISO: a running guest at the end, every
// page refusing bad input with a message, and nothing left behind when cancelled.

#include "core/ConnectionRegistry.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/create/DevicesPage.h"
#include "ui/create/NetworkPage.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/OsPage.h"
#include "ui/create/ResourcesPage.h"
#include "ui/create/SourcePage.h"
#include "ui/create/StoragePage.h"
#include "ui/create/SummaryPage.h"
#include "ui/library/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;
using Vireo::Ui::NewVmWizard;

namespace {

QString problemOn(QWidget *page)
{
    const auto *label = page->findChild<QLabel *>(QStringLiteral("problem"));
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

class TstWizard : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    std::unique_ptr<Ui::MainWindow> m_window;
    Connection *m_conn = nullptr;
    QString m_iso;
    QString m_created;

    void shot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(artifactsDir() + QLatin1Char('/') + name));
    }

    /// Walks from the source page to the summary with the test ISO and small, emulated hardware.
    void walkToSummary(const QString &name, bool screenshots, NewVmWizard **out)
    {
        *out = nullptr;
        NewVmWizard *w = m_window->openNewVmWizard(m_iso);
        QVERIFY(w);
        // The image is read off the GUI thread; Next is enabled once it has been.
        QTRY_VERIFY(w->currentPage()->isComplete());
        if (screenshots)
            shot(w, QStringLiteral("wizard-1-source.png"));
        w->next();
        // The test guest's ISO carries no known identifiers: the picker is offered.
        QTRY_VERIFY_WITH_TIMEOUT(w->osDatabase() != nullptr, 20000);
        auto *os = static_cast<Ui::OsPage *>(w->currentPage());
        QTRY_VERIFY(w->findChild<QLabel *>(QStringLiteral("osResult"))
                        ->text()
                        .contains(QStringLiteral("could not recognise")));
        if (screenshots)
            shot(w, QStringLiteral("wizard-2-os-unknown.png"));
        QVERIFY(os->pick(QStringLiteral("linux2022")));
        w->next();
        // A generic Linux has no install script: the express page says why, and asks nothing.
        QCOMPARE(w->currentId(), int(NewVmWizard::ExpressPage));
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("expressWhy"))
                    ->text()
                    .contains(QStringLiteral("no install script")));
        QVERIFY(!w->findChild<QCheckBox *>(QStringLiteral("expressInstall"))->isVisible());
        if (screenshots)
            shot(w, QStringLiteral("wizard-2b-express-unavailable.png"));
        w->next();
        QTRY_VERIFY(w->choices().hostKnown);
        auto *res = static_cast<Ui::ResourcesPage *>(w->currentPage());
        res->memory()->setValue(256);
        res->vcpus()->setValue(1);
        if (screenshots)
            shot(w, QStringLiteral("wizard-3-resources.png"));
        w->next();
        auto *storage = static_cast<Ui::StoragePage *>(w->currentPage());
        // The pool's free space, or word that the pool will be made (on a fresh host).
        QTRY_VERIFY(!w->findChild<QLabel *>(QStringLiteral("freeSpace"))
                         ->text()
                         .startsWith(QStringLiteral("Reading")));
        storage->size()->setValue(1);
        if (screenshots)
            shot(w, QStringLiteral("wizard-4-storage.png"));
        w->next();
        static_cast<Ui::NetworkPage *>(w->currentPage())->choose(QStringLiteral("none"));
        if (screenshots)
            shot(w, QStringLiteral("wizard-5-network.png"));
        w->next();
        auto *devices = static_cast<Ui::DevicesPage *>(w->currentPage());
        devices->accelerator()->setCurrentIndex(1); // software emulation: KVM is not usable here
        devices->graphics()->setCurrentIndex(1);    // VNC
        if (screenshots)
            shot(w, QStringLiteral("wizard-6-devices.png"));
        w->next();
        static_cast<Ui::SummaryPage *>(w->currentPage())->name()->setText(name);
        *out = w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_iso = TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso");
        m_window = std::make_unique<Ui::MainWindow>(&m_registry);
        m_window->show();
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void createsARunningGuest()
    {
        m_created = QStringLiteral("vireo-wizard-test");
        const QString serial = TestGuest::stagingDir() + QStringLiteral("/wizard-serial.log");
        NewVmWizard *w = nullptr;
        walkToSummary(m_created, true, &w);
        QVERIFY(w);
        w->setSerialLog(serial);
        QCOMPARE(w->currentId(), int(NewVmWizard::SummaryPage));
        QVERIFY(w->findChild<QPlainTextEdit *>(QStringLiteral("domainXml"))
                    ->toPlainText()
                    .contains(QStringLiteral("<name>vireo-wizard-test</name>")));
        shot(w, QStringLiteral("wizard-7-summary.png"));
        QSignalSpy created(w, &NewVmWizard::created);
        QPointer<NewVmWizard> guard(w);
        w->button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(120000));
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        const QString uuid = created.first().first().toString();

        // The library shows it running, selected, with the hardware chosen.
        QTRY_COMPARE_WITH_TIMEOUT(shown(*m_window->model(), m_conn, uuid),
                                  QStringLiteral("Running"), 20000);
        QTRY_COMPARE(m_window->selectedUuid(), uuid);
        const auto d = m_conn->domain(uuid);
        QCOMPARE(d->memoryKiB, quint64(256) * 1024);
        QCOMPARE(d->vcpus, 1);
        QCOMPARE(d->osId, QStringLiteral("http://libosinfo.org/linux/2022"));
        shot(m_window.get(), QStringLiteral("wizard-8-library.png"));

        // A 1 GiB qcow2 volume in the pool, which the guest booted far enough to mark.
        const QString disk = d->disks.first().source;
        virStorageVolPtr vol
            = virStorageVolLookupByPath(TestGuest::helperConnection(), disk.toUtf8().constData());
        QVERIFY(vol);
        virStorageVolInfo info{};
        QCOMPARE(virStorageVolGetInfo(vol, &info), 0);
        virStorageVolFree(vol);
        QCOMPARE(info.capacity, 1024ull * 1024 * 1024);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(serial);
                return f.open(QIODevice::ReadOnly) && f.readAll().contains("VIREO-GUEST READY");
            }(),
            90000);
        QTRY_VERIFY_WITH_TIMEOUT(
            TestGuest::diskStart(disk).contains(QStringLiteral("VIREO.DISK.MARKE")), 30000);

        const auto [ok, error] = finish(Lifecycle::remove(m_conn, uuid, {disk}));
        QVERIFY2(ok, qPrintable(error));
    }

    void pagesRefuseBadInput()
    {
        TestGuest existing(QStringLiteral("vireo-wizard-taken"));
        QVERIFY(existing.define());
        QTRY_VERIFY(m_conn->domain(existing.uuid()).has_value());
        const QStringList volumesBefore = TestGuest::defaultPoolVolumes();

        NewVmWizard *w = m_window->openNewVmWizard();
        QVERIFY(w);
        QWidget *source = w->currentPage();
        auto *path = w->findChild<QLineEdit *>(QStringLiteral("imagePath"));
        for (const auto &[file, says] : std::initializer_list<std::pair<QString, QString>>{
                 {QString(), QStringLiteral("Choose the image")},
                 {QStringLiteral("/nonexistent/x.iso"), QStringLiteral("does not exist")},
                 {QStringLiteral(VIREO_SOURCE_DIR "/README.md"),
                  QStringLiteral("not an install image")}}) {
            path->setText(file);
            // A problem with the file shows as soon as it has been read, without pressing Next.
            if (!file.isEmpty()) {
                QTRY_VERIFY2(problemOn(source).contains(says), qPrintable(problemOn(source)));
                QVERIFY(!static_cast<QWizardPage *>(source)->isComplete());
            }
            w->next();
            QCOMPARE(w->currentId(), int(NewVmWizard::SourcePage));
            QVERIFY2(problemOn(source).contains(says), qPrintable(problemOn(source)));
        }
        shot(w, QStringLiteral("wizard-bad-source.png"));
        w->close();

        walkToSummary(QStringLiteral("vireo-wizard-never"), false, &w);
        QVERIFY(w);
        // Back to resources: memory 0 and above the host.
        w->back();
        w->back();
        w->back();
        w->back();
        QCOMPARE(w->currentId(), int(NewVmWizard::ResourcesPage));
        auto *res = static_cast<Ui::ResourcesPage *>(w->currentPage());
        res->memory()->setValue(0);
        QVERIFY(!res->isComplete());
        QVERIFY(problemOn(res).contains(QStringLiteral("needs some memory")));
        res->memory()->setValue(int(w->choices().host.memoryMiB + 1024));
        QVERIFY(!res->isComplete());
        QVERIFY2(problemOn(res).contains(QStringLiteral("more memory than this host")),
                 qPrintable(problemOn(res)));
        shot(w, QStringLiteral("wizard-bad-memory.png"));
        res->memory()->setValue(256);
        QVERIFY(res->isComplete());
        w->next();
        auto *storage = static_cast<Ui::StoragePage *>(w->currentPage());
        QTRY_VERIFY(w->choices().freeSpaceKnown);
        storage->size()->setValue(0);
        QVERIFY(!storage->isComplete());
        QVERIFY(problemOn(storage).contains(QStringLiteral("at least 1 GiB")));
        storage->size()->setValue(int(w->choices().freeSpaceGiB + 100));
        QVERIFY(!storage->isComplete());
        QVERIFY(problemOn(storage).contains(QStringLiteral("more than the")));
        QVERIFY(storage->beyondFreeSpace()->isVisible());
        shot(w, QStringLiteral("wizard-bad-disk.png"));
        storage->size()->setValue(1);
        // An encrypted disk: its passphrase typed twice, long enough; shown as dots.
        storage->encrypt()->setChecked(true);
        QVERIFY(!storage->isComplete());
        QVERIFY(problemOn(storage).contains(QStringLiteral("at least 8")));
        storage->passphrase()->setText(QStringLiteral("wizard-secret-1"));
        storage->repeatedPassphrase()->setText(QStringLiteral("wizard-secret-2"));
        QVERIFY(problemOn(storage).contains(QStringLiteral("differ")));
        QCOMPARE(storage->passphrase()->echoMode(), QLineEdit::Password);
        shot(w, QStringLiteral("wizard-encrypt.png"));
        storage->repeatedPassphrase()->setText(QStringLiteral("wizard-secret-1"));
        QVERIFY(storage->isComplete());
        storage->encrypt()->setChecked(false);
        w->next();
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::SummaryPage));
        auto *summary = static_cast<Ui::SummaryPage *>(w->currentPage());
        for (const auto &[name, says] : std::initializer_list<std::pair<QString, QString>>{
                 {QString(), QStringLiteral("needs a name")},
                 {QStringLiteral("a/b"), QStringLiteral("cannot contain '/'")},
                 {QStringLiteral("a\tb"), QStringLiteral("control characters")},
                 {QStringLiteral("vireo-wizard-taken"), QStringLiteral("exists already")}}) {
            summary->name()->setText(name);
            QVERIFY(!summary->isComplete());
            QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
            QVERIFY2(summary->problemText().contains(says), qPrintable(summary->problemText()));
        }
        shot(w, QStringLiteral("wizard-bad-name.png"));
        // Cancelling leaves nothing behind.
        w->button(QWizard::CancelButton)->click();
        QVERIFY(!m_conn->domainByName(QStringLiteral("vireo-wizard-never")));
        QCOMPARE(TestGuest::defaultPoolVolumes(), volumesBefore);
    }

    void aDiskImageIsReadOnceOffTheGuiThread()
    {
        // An existing qcow2 image (its magic is all the wizard looks at).
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("existing.qcow2"));
        {
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("QFI\xfb", 4) + QByteArray(4092, '\0'));
        }
        NewVmWizard *w = m_window->openNewVmWizard();
        QVERIFY(w);
        w->findChild<QRadioButton *>(QStringLiteral("sourceDisk"))->setChecked(true);
        w->findChild<QLineEdit *>(QStringLiteral("imagePath"))->setText(image);
        QTRY_VERIFY(w->currentPage()->isComplete());
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::OsPage));
        QCOMPARE(w->choices().imageFormat, QStringLiteral("qcow2"));
        // The summary is rebuilt on every keystroke in the name field: it reads no file. With the
        // image gone (or on a share that hangs), it still says what was found when it was chosen.
        QVERIFY(QFile::remove(image));
        const CreateRequest r = w->buildRequest();
        QCOMPARE(r.spec.disks.size(), 1);
        QCOMPARE(r.spec.disks.first().format, QStringLiteral("qcow2"));
        w->close();
    }

    void aCloudImageAsksForItsAccount()
    {
        // A cloud image: the wizard asks for the account cloud-init makes, refuses one nobody
        // could log in to, and asks for a linked copy with the seed settings.
        const QString image = TestGuest::stagingDir() + QStringLiteral("/vireo-test-cloud.qcow2");
        NewVmWizard *w = m_window->openNewVmWizard();
        QVERIFY(w);
        w->findChild<QRadioButton *>(QStringLiteral("sourceCloud"))->setChecked(true);
        w->findChild<QLineEdit *>(QStringLiteral("imagePath"))->setText(image);
        auto *user = w->findChild<QLineEdit *>(QStringLiteral("cloudUser"));
        auto *password = w->findChild<QLineEdit *>(QStringLiteral("cloudPassword"));
        auto *keys = w->findChild<QPlainTextEdit *>(QStringLiteral("cloudKeys"));
        QVERIFY(user && user->isVisible() && password && keys);
        user->setText(QStringLiteral("ann"));
        password->clear();
        keys->clear();
        QTRY_VERIFY(w->currentPage()->isComplete());
        w->next(); // no password, no key: refused, with the reason on the page
        QCOMPARE(w->currentId(), int(NewVmWizard::SourcePage));
        QVERIFY(w->currentPage()
                    ->findChild<QLabel *>(QStringLiteral("problem"))
                    ->text()
                    .contains(QStringLiteral("password or an SSH key")));
        QTest::keyClicks(password, QStringLiteral("s3cret"));
        QVERIFY(!w->currentPage()->findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
        shot(w, QStringLiteral("wizard-cloud-image.png"));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::OsPage));
        CreateRequest r = w->buildRequest();
        QCOMPARE(r.linkedFrom, image);
        QVERIFY(r.cloudInit.has_value());
        QCOMPARE(r.cloudInit->user, QStringLiteral("ann"));
        QCOMPARE(r.cloudInit->password, QStringLiteral("s3cret"));
        QVERIFY(!r.cloudInit->hostname.isEmpty());
        w->close();
    }

    void armIsOfferedWhereTheHostRunsIt()
    {
        // The host has qemu-system-arm and its firmware: ARM is offered, emulated on UEFI.
        NewVmWizard *w = nullptr;
        walkToSummary(QStringLiteral("vireo-wizard-arm"), false, &w);
        QVERIFY(w);
        w->back();
        QCOMPARE(w->currentId(), int(NewVmWizard::DevicesPage));
        auto *devices = static_cast<Ui::DevicesPage *>(w->currentPage());
        QComboBox *arch = devices->architecture();
        QCOMPARE(arch->count(), 2);
        arch->setCurrentIndex(arch->findData(QStringLiteral("aarch64")));
        QVERIFY(!devices->firmware()->isEnabled());
        QCOMPARE(devices->firmware()->currentData().toInt(), int(Firmware::Uefi));
        QCOMPARE(devices->accelerator()->currentIndex(), 1);
        shot(w, QStringLiteral("wizard-architecture.png"));
        w->next();
        const CreateRequest r = w->buildRequest();
        QCOMPARE(r.spec.arch, QStringLiteral("aarch64"));
        QCOMPARE(r.spec.machine, QStringLiteral("virt"));
        QCOMPARE(r.spec.disks.constFirst().bus, QStringLiteral("scsi")); // the install image
        QVERIFY(w->findChild<QPlainTextEdit *>(QStringLiteral("domainXml"))
                    ->toPlainText()
                    .contains(QStringLiteral("arch=\"aarch64\"")));
        w->close();
    }

    void expressInstallAsksItsAnswersOnce()
    {
        // Debian 11 has an install script: the page offers the express install, on by default,
        // refuses what the installer would, and Finish's request carries the script (with the
        // password hashed) for the install run.
        NewVmWizard *w = m_window->openNewVmWizard(m_iso);
        QVERIFY(w);
        QTRY_VERIFY(w->currentPage()->isComplete());
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->osDatabase() != nullptr, 20000);
        QTRY_VERIFY(w->findChild<QLabel *>(QStringLiteral("osResult"))
                        ->text()
                        .contains(QStringLiteral("could not recognise")));
        QVERIFY(static_cast<Ui::OsPage *>(w->currentPage())->pick(QStringLiteral("debian11")));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::ExpressPage));
        auto *on = w->findChild<QCheckBox *>(QStringLiteral("expressInstall"));
        auto *user = w->findChild<QLineEdit *>(QStringLiteral("expressUser"));
        auto *password = w->findChild<QLineEdit *>(QStringLiteral("expressPassword"));
        auto *confirm = w->findChild<QLineEdit *>(QStringLiteral("expressConfirm"));
        QVERIFY(on && on->isVisible() && on->isChecked());
        QVERIFY(user->isVisible() && password->isVisible());
        QVERIFY(!w->findChild<QLineEdit *>(QStringLiteral("expressProductKey"))->isVisible());
        QVERIFY(!w->findChild<QLineEdit *>(QStringLiteral("expressTimezone"))->text().isEmpty());
        user->setText(QStringLiteral("root"));
        QTest::keyClicks(password, QStringLiteral("Expr3ss-secret"));
        QTest::keyClicks(confirm, QStringLiteral("Expr3ss-secret"));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::ExpressPage));
        QVERIFY2(problemOn(w->currentPage()).contains(QStringLiteral("system account")),
                 qPrintable(problemOn(w->currentPage())));
        user->setText(QStringLiteral("ann"));
        confirm->setText(QStringLiteral("other"));
        w->next();
        QVERIFY(problemOn(w->currentPage()).contains(QStringLiteral("differ")));
        confirm->setText(QStringLiteral("Expr3ss-secret"));
        shot(w, QStringLiteral("wizard-express-install.png"));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::ResourcesPage));
        const CreateRequest r = w->buildRequest();
        QVERIFY(r.unattended.has_value());
        QCOMPARE(r.unattended->injection, QStringLiteral("initrd"));
        QVERIFY(r.unattended->text.contains(QStringLiteral("d-i passwd/username string ann")));
        QVERIFY(!r.unattended->text.contains(QStringLiteral("Expr3ss-secret")));
        // Turned off: an ordinary install, the installer asks.
        w->back();
        QCOMPARE(w->currentId(), int(NewVmWizard::ExpressPage));
        on->setChecked(false);
        QVERIFY(!user->isVisible());
        w->next();
        QVERIFY(!w->buildRequest().unattended.has_value());
        w->close();
    }

    void importsAMachineFromAnotherHypervisor()
    {
        // A VirtualBox disk: the wizard skips what the machine brings (OS, CPUs, memory, disks)
        // and asks only its network, display and name; Finish converts it into the pool.
        const QString vdi = TestGuest::stagingDir() + QStringLiteral("/from-virtualbox.vdi");
        QProcess convert;
        convert.start(QStringLiteral("qemu-img"),
                      {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("vdi"),
                       TestGuest::stagingDir() + QStringLiteral("/vireo-test-cloud.qcow2"), vdi});
        QVERIFY(convert.waitForFinished(60000) && convert.exitCode() == 0);
        NewVmWizard *w = m_window->openNewVmWizard();
        QVERIFY(w);
        w->findChild<QRadioButton *>(QStringLiteral("sourceImport"))->setChecked(true);
        w->findChild<QLineEdit *>(QStringLiteral("imagePath"))->setText(vdi);
        QTRY_VERIFY(w->currentPage()->isComplete());
        shot(w, QStringLiteral("wizard-import-source.png"));
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::NetworkPage));
        static_cast<Ui::NetworkPage *>(w->currentPage())->choose(QStringLiteral("none"));
        w->next();
        auto *devices = static_cast<Ui::DevicesPage *>(w->currentPage());
        devices->accelerator()->setCurrentIndex(1);
        devices->graphics()->setCurrentIndex(1);
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::SummaryPage));
        auto *summary = static_cast<Ui::SummaryPage *>(w->currentPage());
        QCOMPARE(summary->name()->text(), QStringLiteral("from-virtualbox"));
        summary->customize()->setChecked(true); // defined, not started: the test only converts
        shot(w, QStringLiteral("wizard-import-summary.png"));
        QSignalSpy created(w, &NewVmWizard::created);
        w->button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(120000));
        const QString uuid = created.first().first().toString();
        QTRY_VERIFY(m_conn->domain(uuid).has_value());
        const auto d = m_conn->domain(uuid);
        QCOMPARE(d->name, QStringLiteral("from-virtualbox"));
        QCOMPARE(d->disks.size(), 1);
        QVERIFY(d->disks.first().source.endsWith(QStringLiteral("/from-virtualbox.qcow2")));
        const auto [ok, error] = finish(Lifecycle::remove(m_conn, uuid, {d->disks.first().source}));
        QVERIFY2(ok, qPrintable(error));
    }

    void cancellingAnImportLeavesNothing()
    {
        // A disk full of data converts for a while; Cancel stops it, the partly converted disk
        // goes, nothing is defined, and the wizard stays open saying so.
        const QString raw = TestGuest::stagingDir() + QStringLiteral("/big.raw");
        const QString vdi = TestGuest::stagingDir() + QStringLiteral("/cancelled-import.vdi");
        {
            QFile f(raw);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, '\0');
            for (int i = 0; i < 384; ++i) { // not zeros: qemu-img must copy every byte
                for (int j = 0; j < block.size(); j += 4096)
                    block[j] = char(i + j / 4096 + 1);
                f.write(block);
            }
        }
        QProcess convert;
        convert.start(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"),
                                                   QStringLiteral("vdi"), raw, vdi});
        QVERIFY(convert.waitForFinished(60000) && convert.exitCode() == 0);
        QFile::remove(raw);
        TestGuest::removeDomainAndVolumes(QStringLiteral("cancelled-import")); // an earlier run's
        const QStringList volumesBefore = TestGuest::defaultPoolVolumes();
        NewVmWizard *w = m_window->openNewVmWizard();
        w->findChild<QRadioButton *>(QStringLiteral("sourceImport"))->setChecked(true);
        w->findChild<QLineEdit *>(QStringLiteral("imagePath"))->setText(vdi);
        QTRY_VERIFY(w->currentPage()->isComplete());
        w->next();
        static_cast<Ui::NetworkPage *>(w->currentPage())->choose(QStringLiteral("none"));
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::SummaryPage));
        auto *summary = static_cast<Ui::SummaryPage *>(w->currentPage());
        summary->customize()->setChecked(true);
        QPointer<NewVmWizard> alive(w); // a finished import would close (and delete) it
        w->button(QWizard::FinishButton)->click();
        QVERIFY(w->button(QWizard::CancelButton)->isEnabled());
        w->button(QWizard::CancelButton)->click();
        auto *status = w->findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !alive || status->text().contains(QStringLiteral("Nothing was created")), 60000);
        QVERIFY2(alive, "the import was not cancelled");
        QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
        QVERIFY(w->isVisible());
        shot(w, QStringLiteral("wizard-import-cancelled.png"));
        QVERIFY(!m_conn->domainByName(QStringLiteral("cancelled-import")));
        QCOMPARE(TestGuest::defaultPoolVolumes(), volumesBefore);
        w->close();
        QFile::remove(vdi);
    }

    void bridgesAreTheHostsOwn()
    {
        // A bridge on this host (no port, no traffic): the network page lists it to choose.
        const QString bridge = QStringLiteral("vireotestbr0");
        QProcess::execute(QStringLiteral("ip"),
                          {QStringLiteral("link"), QStringLiteral("del"), bridge});
        QCOMPARE(QProcess::execute(QStringLiteral("ip"),
                                   {QStringLiteral("link"), QStringLiteral("add"), bridge,
                                    QStringLiteral("type"), QStringLiteral("bridge")}),
                 0);
        auto removeBridge = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("ip"),
                              {QStringLiteral("link"), QStringLiteral("del"), bridge});
        });
        QCOMPARE(
            QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                                     bridge, QStringLiteral("up")}),
            0);
        NewVmWizard *w = nullptr;
        walkToSummary(QStringLiteral("vireo-wizard-bridge"), false, &w);
        QVERIFY(w);
        w->back();
        w->back();
        QCOMPARE(w->currentId(), int(NewVmWizard::NetworkPage));
        auto *network = static_cast<Ui::NetworkPage *>(w->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(network->bridges()->findText(bridge) >= 0, 10000);
        network->choose(QStringLiteral("bridge"));
        network->bridges()->setCurrentIndex(network->bridges()->findText(bridge));
        shot(w, QStringLiteral("wizard-5-network-bridge.png"));
        w->next();
        w->next();
        const CreateRequest r = w->buildRequest();
        QCOMPARE(r.spec.nics.size(), 1);
        QCOMPARE(r.spec.nics.first().kind, VmNic::Kind::Bridge);
        QCOMPARE(r.spec.nics.first().source, bridge);
        w->close();
    }

    void droppingAnIsoOpensTheWizardWithIt()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_iso)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        NewVmWizard *w = nullptr;
        QTRY_VERIFY((w = m_window->findChild<NewVmWizard *>()));
        QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("imagePath"))->text(), m_iso);
        w->close();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TstWizard)
#include "tst_wizard.moc"
