// Creating on a remote host (a second libvirtd on this machine, reached over TCP): the install
// image comes from that host's storage pools, or is uploaded into one with progress and cancel;
// the wizard lists them, refuses what needs this machine's files, and the VM made boots there.

#include "core/Connection.h"
#include "core/Operation.h"
#include "storage/Volumes.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/SecondHost.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/create/DevicesPage.h"
#include "ui/create/NetworkPage.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/OsPage.h"
#include "ui/create/RemoteImagePicker.h"
#include "ui/create/ResourcesPage.h"
#include "ui/create/StoragePage.h"
#include "ui/create/SummaryPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;
using Vireo::Ui::NewVmWizard;

namespace {

QByteArray fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstRemote : public QObject
{
    Q_OBJECT

    SecondHost m_host{16531};
    QTemporaryDir m_tmp{QStringLiteral("/var/tmp/vireo-remote-XXXXXX")};
    QString m_poolDir;
    std::unique_ptr<Connection> m_conn;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // QEMU (libvirt-qemu) reaches the pool's images through it.
        QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                | QFile::ReadGroup | QFile::ExeGroup
                                                | QFile::ReadOther | QFile::ExeOther);
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));
        m_conn = std::make_unique<Connection>(m_host.uri());
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        // A folder pool on the remote host for its install images.
        m_poolDir = m_tmp.filePath(QStringLiteral("images"));
        const ProcessRun pool
            = runProcess(QStringLiteral("virsh"),
                         {QStringLiteral("-c"), m_host.uri(), QStringLiteral("pool-create-as"),
                          QStringLiteral("isos"), QStringLiteral("dir"), QStringLiteral("--target"),
                          m_poolDir, QStringLiteral("--build")});
        QVERIFY2(pool.code == 0, qPrintable(pool.err));
        QTRY_VERIFY(!m_conn->storagePools().isEmpty());
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        m_host.stop();
    }

    void imagesAreUploadedWithProgressAndListed()
    {
        const QString iso = TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso");
        Operation *op = Volumes::upload(m_conn.get(), iso, QStringLiteral("isos"),
                                        QStringLiteral("guest.iso"));
        QSignalSpy progress(op, &Operation::progress);
        const auto [ok, error] = finish(op, 120000);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.constLast().at(0).toInt(), 100);
        const QString remote = m_poolDir + QStringLiteral("/guest.iso");
        QCOMPARE(fileText(remote), fileText(iso));

        QString why;
        const QVariant listed
            = valueOf(Volumes::list(m_conn.get(), {QStringLiteral(".iso")}), &why);
        QVERIFY2(listed.isValid(), qPrintable(why));
        const auto volumes = listed.value<QList<VolumeInfo>>();
        QCOMPARE(volumes.size(), 1);
        QCOMPARE(volumes.first().path, remote);
        QCOMPARE(volumes.first().pool, QStringLiteral("isos"));

        // Taken names and missing pools are refused before anything is made.
        const auto [again, takenWhy] = finish(Volumes::upload(
            m_conn.get(), iso, QStringLiteral("isos"), QStringLiteral("guest.iso")));
        QVERIFY(!again);
        QVERIFY2(takenWhy.contains(QStringLiteral("already")), qPrintable(takenWhy));
        const auto [nopool, poolWhy] = finish(
            Volumes::upload(m_conn.get(), iso, QStringLiteral("nowhere"), QStringLiteral("x.iso")));
        QVERIFY(!nopool);
        QVERIFY2(poolWhy.contains(QStringLiteral("nowhere")), qPrintable(poolWhy));
    }

    void aCancelledUploadLeavesNothing()
    {
        // 256 MiB: long enough to cancel in the middle.
        const QString big = m_tmp.filePath(QStringLiteral("big.iso"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray mib(1 << 20, 'v');
            for (int i = 0; i < 256; ++i)
                f.write(mib);
        }
        Operation *op
            = Volumes::upload(m_conn.get(), big, QStringLiteral("isos"), QStringLiteral("big.iso"));
        QVERIFY(op->isCancellable());
        QSignalSpy progress(op, &Operation::progress);
        QSignalSpy finished(op, &Operation::finished);
        QVERIFY(progress.wait(30000));
        op->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!QFile::exists(m_poolDir + QStringLiteral("/big.iso")));
    }

    void wizardInstallsFromAnImageOnTheRemoteHost()
    {
        NewVmWizard w(m_conn.get());
        w.show();
        // Files written here (disk images, cloud images, imports) are not offered for a remote
        // host; its install images are listed from its pools.
        QVERIFY(!w.findChild<QRadioButton *>(QStringLiteral("sourceDisk"))->isEnabled());
        QVERIFY(!w.findChild<QRadioButton *>(QStringLiteral("sourceImport"))->isEnabled());
        auto *picker = w.findChild<Ui::RemoteImagePicker *>(QStringLiteral("remoteImagePicker"));
        QVERIFY(picker && picker->isVisible());
        auto *images = w.findChild<QComboBox *>(QStringLiteral("remoteImages"));
        QTRY_COMPARE_WITH_TIMEOUT(images->count(), 1, 15000);
        // Uploading another image from this machine: progress shows, then it is chosen.
        const QString installer
            = TestGuest::stagingDir() + QStringLiteral("/vireo-test-installer.iso");
        picker->upload(installer, QStringLiteral("isos"));
        QVERIFY(w.findChild<QProgressBar *>(QStringLiteral("uploadProgress"))->isVisible());
        QVERIFY(!w.currentPage()->isComplete()); // not while it uploads
        QVERIFY(artifactsDir().size() > 0);
        w.grab().save(artifactsDir() + QStringLiteral("/wizard-remote-upload.png"));
        QTRY_COMPARE_WITH_TIMEOUT(images->count(), 2, 60000);
        QCOMPARE(picker->path(), m_poolDir + QStringLiteral("/vireo-test-installer.iso"));
        QVERIFY(picker->choose(m_poolDir + QStringLiteral("/guest.iso")));
        QTRY_VERIFY(w.currentPage()->isComplete());
        w.grab().save(artifactsDir() + QStringLiteral("/wizard-remote-source.png"));
        w.next();

        // The image is over there: the OS is chosen, not detected from here.
        QTRY_VERIFY_WITH_TIMEOUT(w.osDatabase() != nullptr, 20000);
        QTRY_VERIFY(w.findChild<QLabel *>(QStringLiteral("osResult"))
                        ->text()
                        .contains(QStringLiteral("is on")));
        QVERIFY(static_cast<Ui::OsPage *>(w.currentPage())->pick(QStringLiteral("linux2022")));
        w.next();
        QCOMPARE(w.currentId(), int(NewVmWizard::ExpressPage));
        w.next();
        QTRY_VERIFY(w.choices().hostKnown);
        auto *res = static_cast<Ui::ResourcesPage *>(w.currentPage());
        res->memory()->setValue(256);
        res->vcpus()->setValue(1);
        w.next();
        static_cast<Ui::StoragePage *>(w.currentPage())->size()->setValue(1);
        w.next();
        static_cast<Ui::NetworkPage *>(w.currentPage())->choose(QStringLiteral("none"));
        w.next();
        auto *devices = static_cast<Ui::DevicesPage *>(w.currentPage());
        devices->accelerator()->setCurrentIndex(1);
        devices->graphics()->setCurrentIndex(1);
        const QString serial = m_tmp.filePath(QStringLiteral("remote-serial.log"));
        w.setSerialLog(serial);
        w.next();
        static_cast<Ui::SummaryPage *>(w.currentPage())->name()->setText(QStringLiteral("far"));
        QSignalSpy created(&w, &NewVmWizard::created);
        w.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty()
                                     || w.findChild<QLabel *>(QStringLiteral("status"))
                                            ->text()
                                            .contains(QStringLiteral("Nothing was created")),
                                 120000);
        QVERIFY2(!created.isEmpty(),
                 qPrintable(w.findChild<QLabel *>(QStringLiteral("status"))->text()));
        // It runs on the remote host, from the image there.
        QTRY_VERIFY_WITH_TIMEOUT(fileText(serial).contains("VIREO-GUEST READY"), 120000);
        const auto made = m_conn->domainByName(QStringLiteral("far"));
        QVERIFY(made.has_value());
        const ProcessRun xml = runProcess(
            QStringLiteral("virsh"),
            {QStringLiteral("-c"), m_host.uri(), QStringLiteral("dumpxml"), QStringLiteral("far")});
        QVERIFY(xml.out.contains(m_poolDir + QStringLiteral("/guest.iso")));
        runProcess(QStringLiteral("virsh"), {QStringLiteral("-c"), m_host.uri(),
                                             QStringLiteral("destroy"), QStringLiteral("far")});
    }
};

QTEST_MAIN(TstRemote)
#include "tst_remote.moc"
