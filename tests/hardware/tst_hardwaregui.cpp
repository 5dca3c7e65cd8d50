// The Hardware tab as a user drives it, in the library window, on a running test guest: forms,
// Apply, Add Hardware, Remove, the XML page, the pending-restart marker, changes other tools
// make showing up by themselves, and a read-only connection that disables it all with the
// reason. Screenshots of each page go to the artifacts folder.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "hardware/HardwareEditor.h"
#include "support/GuestControl.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/hardware/AddHardwareDialog.h"
#include "ui/hardware/HardwareTab.h"
#include "ui/hardware/XmlPage.h"
#include "ui/library/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

void shot(QWidget *w, const QString &name)
{
    w->grab().save(artifactsDir() + QStringLiteral("/hardware-%1.png").arg(name));
}

} // namespace

class TstHardwareGui : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    std::unique_ptr<Ui::MainWindow> m_window;
    Connection *m_conn = nullptr;
    std::unique_ptr<TestGuest> m_guest;
    std::unique_ptr<GuestControl> m_shell;

    Ui::HardwareTab *tab() const { return m_window->hardware(); }
    QString guest(const QString &command) { return m_shell->run(command).trimmed(); }
    quint64 guestMemTotalKiB()
    {
        return guest(QStringLiteral("grep MemTotal /proc/meminfo"))
            .section(QRegularExpression(QStringLiteral("\\s+")), 1, 1)
            .toULongLong();
    }
    template<typename T> T *field(const char *name) const
    {
        return tab()->currentForm() ? tab()->currentForm()->findChild<T *>(QLatin1String(name))
                                    : nullptr;
    }
    /// Clicks Apply and waits for the outcome: ok, and the report's lines.
    std::pair<bool, QString> clickApply()
    {
        QSignalSpy applied(tab(), &Ui::HardwareTab::applied);
        if (!tab()->applyButton()->isEnabled())
            return {false, QStringLiteral("Apply is disabled")};
        QTest::mouseClick(tab()->applyButton(), Qt::LeftButton);
        if (!applied.wait(30000))
            return {false, QStringLiteral("no outcome")};
        return {applied.first().at(0).toBool(), applied.first().at(1).toString()};
    }
    /// The Add Hardware dialog the tab shows now (an earlier one may still await deletion).
    Ui::AddHardwareDialog *openDialog() const
    {
        for (auto *d : tab()->findChildren<Ui::AddHardwareDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    bool startGuest()
    {
        if (!m_guest->start()) {
            qWarning("%s", qPrintable(m_guest->error()));
            return false;
        }
        m_shell = std::make_unique<GuestControl>(m_guest->controlSocketPath());
        return m_shell->connectToGuest(20000);
    }
    /// Answers the next modal dialog by clicking the button with this text.
    void answerNextBox(const QString &button)
    {
        QTimer::singleShot(200, this, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                for (QAbstractButton *b : box->buttons())
                    if (b->text().remove(QLatin1Char('&')) == button)
                        b->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::isolatedNetwork();
        m_window = std::make_unique<Ui::MainWindow>(&m_registry);
        m_window->resize(1100, 720);
        m_window->show();
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(
            QStringLiteral("vireo-hw-gui"),
            GuestOptions{.memoryMiB = 256, .maxVcpus = 2, .balloon = true, .scsiCdrom = true});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QVERIFY(startGuest());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectDomain(m_conn, m_guest->uuid()), 10000);
        // The user opens the tab from the View menu.
        QAction *show = m_window->findChild<QAction *>(QStringLiteral("showHardware"));
        QVERIFY(show);
        show->trigger();
        QCOMPARE(m_window->sideTabs()->currentWidget(), tab());
        QTRY_VERIFY_WITH_TIMEOUT(tab()->hasState() && tab()->state().running, 10000);
        shot(m_window.get(), QStringLiteral("window"));
    }

    void memoryAndCpusThroughTheForms()
    {
        QVERIFY(tab()->selectItem(QStringLiteral("memory")));
        shot(tab(), QStringLiteral("memory"));
        const quint64 full = guestMemTotalKiB();
        QSpinBox *memory = field<QSpinBox>("memory");
        QVERIFY(memory && memory->isEnabled());
        memory->setValue(192);
        auto [ok, report] = clickApply();
        QVERIFY2(ok && report.contains(QStringLiteral("applied now")), qPrintable(report));
        QTRY_VERIFY_WITH_TIMEOUT(guestMemTotalKiB() < full - 48 * 1024, 10000);

        QVERIFY(tab()->selectItem(QStringLiteral("cpu")));
        shot(tab(), QStringLiteral("cpus"));
        QSpinBox *vcpus = field<QSpinBox>("vcpus");
        QVERIFY(vcpus);
        vcpus->setValue(2);
        std::tie(ok, report) = clickApply();
        QVERIFY2(ok && report.contains(QStringLiteral("vCPUs: 2: applied now")),
                 qPrintable(report));
        QTRY_COMPARE_WITH_TIMEOUT(guest(QStringLiteral("ls -d /sys/devices/system/cpu/cpu1")),
                                  QStringLiteral("/sys/devices/system/cpu/cpu1"), 10000);
        // Two cores in one socket: for the next boot.
        QTRY_VERIFY(tab()->selectItem(QStringLiteral("cpu")) && field<QSpinBox>("cores"));
        field<QSpinBox>("sockets")->setValue(1);
        field<QSpinBox>("cores")->setValue(2);
        std::tie(ok, report) = clickApply();
        QVERIFY2(ok
                     && report.contains(QStringLiteral(
                         "CPU topology: 1 sockets, 2 cores, 1 threads: applies at next boot")),
                 qPrintable(report));
        QTRY_COMPARE_WITH_TIMEOUT(tab()->state().config.cpu.topology,
                                  (DomainDocument::CpuTopology{1, 2, 1}), 5000);
    }

    void cdromMediaAndEject()
    {
        QVERIFY(tab()->selectItem(QStringLiteral("sda")));
        QLineEdit *media = field<QLineEdit>("media");
        QVERIFY(media);
        media->setText(TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso"));
        Q_EMIT media->editingFinished();
        auto [ok, report] = clickApply();
        QVERIFY2(ok, qPrintable(report));
        const QString label
            = QStringLiteral("dd if=/dev/sr0 bs=1 skip=32808 count=32 2>/dev/null | tr -d ' '");
        QTRY_VERIFY_WITH_TIMEOUT(!guest(label).isEmpty(), 15000);
        shot(tab(), QStringLiteral("cdrom"));
        QTRY_VERIFY(tab()->selectItem(QStringLiteral("sda")) && field<QPushButton>("eject"));
        QTest::mouseClick(field<QPushButton>("eject"), Qt::LeftButton);
        std::tie(ok, report) = clickApply();
        QVERIFY2(ok, qPrintable(report));
        QTRY_VERIFY_WITH_TIMEOUT(guest(label).isEmpty(), 15000);
    }

    void addDiskLimitItAndRemoveIt()
    {
        QTest::mouseClick(tab()->addButton(), Qt::LeftButton);
        Ui::AddHardwareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()));
        dialog->setPage(Ui::AddHardwareDialog::Page::Disk);
        dialog->pool()->setCurrentIndex(dialog->pool()->findData(QStringLiteral("vireo-tests")));
        QVERIFY(dialog->pool()->currentIndex() >= 0);
        dialog->sizeMiB()->setValue(64);
        shot(dialog, QStringLiteral("add-disk"));
        QSignalSpy applied(tab(), &Ui::HardwareTab::applied);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("finish")),
                          Qt::LeftButton);
        QVERIFY(applied.wait(30000));
        QVERIFY2(applied.first().at(0).toBool(), qPrintable(applied.first().at(1).toString()));
        // The guest had no disk: the new one is its first, vda.
        const QString target = QStringLiteral("vda");
        QTRY_VERIFY_WITH_TIMEOUT(guest(QStringLiteral("ls /sys/block")).contains(target), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(tab()->selectItem(target), 10000);
        const QString volume = tab()->state().config.device(target)->disk.source;
        auto dropVolume = qScopeGuard([volume] {
            if (virStorageVolPtr v = virStorageVolLookupByPath(TestGuest::helperConnection(),
                                                               volume.toUtf8().constData())) {
                virStorageVolDelete(v, 0);
                virStorageVolFree(v);
            }
        });
        shot(tab(), QStringLiteral("disk"));
        QSpinBox *write = field<QSpinBox>("writeLimit");
        QVERIFY(write);
        write->setValue(4);
        auto [ok, report] = clickApply();
        QVERIFY2(ok && report.contains(QStringLiteral("applied now")), qPrintable(report));
        QTRY_COMPARE_WITH_TIMEOUT(tab()->state().live.device(target)->iotune.writeBytes,
                                  quint64(4 << 20), 5000);

        QVERIFY(tab()->selectItem(target));
        QVERIFY(tab()->removeButton()->isEnabled());
        answerNextBox(QStringLiteral("Remove"));
        QSignalSpy removed(tab(), &Ui::HardwareTab::applied);
        QTest::mouseClick(tab()->removeButton(), Qt::LeftButton);
        QVERIFY(removed.wait(30000));
        QVERIFY2(removed.first().at(0).toBool(), qPrintable(removed.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!guest(QStringLiteral("ls /sys/block")).contains(target), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->selectItem(target), 10000);
    }

    void nicFromTheDialogAndItsLink()
    {
        QTest::mouseClick(tab()->addButton(), Qt::LeftButton);
        Ui::AddHardwareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()));
        dialog->setPage(Ui::AddHardwareDialog::Page::Nic);
        dialog->network()->setCurrentIndex(
            dialog->network()->findData(TestGuest::isolatedNetwork()));
        QVERIFY(dialog->network()->currentIndex() >= 0);
        QSignalSpy applied(tab(), &Ui::HardwareTab::applied);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("finish")),
                          Qt::LeftButton);
        QVERIFY(applied.wait(30000));
        QVERIFY2(applied.first().at(0).toBool(), qPrintable(applied.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            guest(QStringLiteral("ls /sys/class/net")).contains(QStringLiteral("eth0")), 15000);
        guest(QStringLiteral("ip link set eth0 up"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !tab()->state().config.devicesOf(HardwareDevice::Kind::Interface).isEmpty(), 10000);
        const QString mac
            = tab()->state().config.devicesOf(HardwareDevice::Kind::Interface).first().key;
        QVERIFY(tab()->selectItem(mac));
        shot(tab(), QStringLiteral("nic"));
        QCheckBox *link = field<QCheckBox>("linkUp");
        QVERIFY(link && link->isChecked());
        link->setChecked(false);
        auto [ok, report] = clickApply();
        QVERIFY2(ok, qPrintable(report));
        QTRY_COMPARE_WITH_TIMEOUT(guest(QStringLiteral("cat /sys/class/net/eth0/carrier")),
                                  QStringLiteral("0"), 10000);
    }

    void otherToolsShowWithinTwoSeconds()
    {
        // virsh changes the balloon and plugs a disk in: the tab follows libvirt's events.
        QElapsedTimer clock;
        clock.start();
        ProcessRun r = runProcess(QStringLiteral("virsh"),
                                  {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                                   QStringLiteral("setmem"), m_guest->name(),
                                   QStringLiteral("200M"), QStringLiteral("--live")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(tab()->state().live.memory.currentKiB == 200 * 1024, 2000);
        const QString file = TestGuest::stagingDir() + QStringLiteral("/hw-gui-extra.img");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(8 << 20));
        f.close();
        auto dropFile = qScopeGuard([file] { QFile::remove(file); });
        r = runProcess(QStringLiteral("virsh"),
                       {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                        QStringLiteral("attach-disk"), m_guest->name(), file, QStringLiteral("vdc"),
                        QStringLiteral("--live")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(tab()->selectItem(QStringLiteral("vdc")), 2000);
        qInfo("the attached disk showed after %lld ms", clock.elapsed());
        QVERIFY(tab()->list()->currentItem()->text().contains(QStringLiteral("until it stops")));
        // Removed from the tab: the running VM alone had it.
        QVERIFY(tab()->selectItem(QStringLiteral("vdc")));
        answerNextBox(QStringLiteral("Remove"));
        QSignalSpy removed(tab(), &Ui::HardwareTab::applied);
        QTest::mouseClick(tab()->removeButton(), Qt::LeftButton);
        QVERIFY(removed.wait(30000));
        QVERIFY2(removed.first().at(0).toBool(), qPrintable(removed.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->selectItem(QStringLiteral("vdc")), 15000);
    }

    void xmlPageShowsTheDiffAndRefusesBadXml()
    {
        QVERIFY(tab()->selectItem(QStringLiteral("xml")));
        Ui::XmlPage *page = tab()->xmlPage();
        QTRY_VERIFY(page->isVisible());
        shot(tab(), QStringLiteral("xml"));
        const QString before = tab()->state().inactiveXml;
        QString shownDiff;
        page->setConfirm([&shownDiff](const QString &diff) {
            shownDiff = diff;
            return true;
        });
        QString bad = before;
        bad.replace(QStringLiteral("</devices>"), QStringLiteral("  <frobnicator/>\n  </devices>"));
        page->editor()->setPlainText(bad);
        QSignalSpy applied(page, &Ui::XmlPage::applied);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(10000));
        QVERIFY(!applied.first().at(0).toBool());
        QVERIFY2(!page->messageLabel()->text().isEmpty(), "libvirt's message is shown");
        QVERIFY(shownDiff.contains(QStringLiteral("+    <frobnicator/>")));
        // The definition libvirt keeps is byte for byte what it was.
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_guest->uuid().toLatin1().constData());
        char *kept = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
        virDomainFree(dom);
        QCOMPARE(QString::fromUtf8(kept), before);
        free(kept);

        QString good = before;
        good.replace(QStringLiteral("</devices>"),
                     QStringLiteral("  <rng model='virtio'><backend "
                                    "model='random'>/dev/urandom</backend></rng>\n  </devices>"));
        page->editor()->setPlainText(good);
        applied.clear();
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(10000));
        QVERIFY2(applied.first().at(0).toBool(), qPrintable(applied.first().at(1).toString()));
        QCOMPARE(shownDiff, lineDiff(before, good));
        QTRY_COMPARE_WITH_TIMEOUT(tab()->state().config.devicesOf(HardwareDevice::Kind::Rng).size(),
                                  1, 10000);
    }

    void pendingMarkerUntilRestart()
    {
        QVERIFY(tab()->selectItem(QStringLiteral("memory")));
        QSpinBox *max = field<QSpinBox>("maxMemory");
        QVERIFY(max);
        max->setValue(320);
        auto [ok, report] = clickApply();
        QVERIFY2(ok && report.contains(QStringLiteral("applies at next boot")), qPrintable(report));
        QTRY_VERIFY_WITH_TIMEOUT(
            tab()->pendingLabel()->isVisible()
                && tab()->pendingLabel()->text().contains(QStringLiteral("Maximum memory")),
            10000);
        shot(tab(), QStringLiteral("pending"));
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_guest->uuid().toLatin1().constData());
        virDomainDestroy(dom);
        virDomainFree(dom);
        QVERIFY(startGuest());
        QTRY_VERIFY_WITH_TIMEOUT(
            tab()->state().running && tab()->state().live.memory.maximumKiB == 320 * 1024, 15000);
        QVERIFY(!tab()->pendingLabel()->isVisible());
    }

    void screenshotsOfTheOtherPages()
    {
        for (const QString &page : {QStringLiteral("overview"), QStringLiteral("boot")}) {
            QVERIFY(tab()->selectItem(page));
            shot(tab(), page);
        }
        QVERIFY(tab()->selectItem(QStringLiteral("overview")));
        QVERIFY(field<QCheckBox>("autostart") && field<QLineEdit>("title"));
    }

    void readOnlyConnectionDisablesEditing()
    {
        Connection *ro = m_registry.add(QStringLiteral("test:///default"), true);
        QTRY_COMPARE_WITH_TIMEOUT(ro->state(), Connection::State::Connected, 10000);
        QTRY_VERIFY(ro->domainByName(QStringLiteral("test")).has_value());
        QTRY_VERIFY(m_window->selectDomain(ro, ro->domainByName(QStringLiteral("test"))->uuid));
        QTRY_VERIFY_WITH_TIMEOUT(
            tab()->hasState() && tab()->state().config.name == QLatin1String("test"), 10000);
        QVERIFY(!tab()->addButton()->isEnabled());
        QVERIFY(tab()->addButton()->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(tab()->selectItem(QStringLiteral("memory")));
        QSpinBox *memory = field<QSpinBox>("memory");
        QVERIFY(memory && !memory->isEnabled());
        QVERIFY(memory->toolTip().contains(QStringLiteral("read-only")));
        m_registry.remove(ro);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_shell.reset();
        m_guest.reset();
        // The disk Add Hardware made (Remove keeps a disk's file) goes too.
        virConnectPtr conn = TestGuest::helperConnection();
        virStoragePoolPtr *pools = nullptr;
        const int n = virConnectListAllStoragePools(conn, &pools, 0);
        for (int i = 0; i < n; ++i) {
            virStorageVolPtr *vols = nullptr;
            const int m = virStoragePoolListAllVolumes(pools[i], &vols, 0);
            for (int j = 0; j < m; ++j) {
                if (QString::fromUtf8(virStorageVolGetName(vols[j]))
                        .startsWith(QStringLiteral("vireo-hw-gui-")))
                    virStorageVolDelete(vols[j], 0);
                virStorageVolFree(vols[j]);
            }
            free(vols);
            virStoragePoolFree(pools[i]);
        }
        free(pools);
    }
};

QTEST_MAIN(TstHardwareGui)
#include "tst_hardwaregui.moc"
