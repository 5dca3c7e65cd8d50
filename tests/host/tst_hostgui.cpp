// The Host window as a user drives it, on the real daemon: opened by double-clicking the
// connection row, its Overview filled in; New Network through its dialog (a free range proposed,
// a clashing one refused in the dialog), Delete; networks and pools virsh makes or removes show
// up or go within 2 s; New Pool and New Volume through their dialogs, an upload with its progress
// bar, a volume deleted after the question. Screenshots of each page go to the artifacts folder.
#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "domains/DomainListModel.h"
#include "networks/NetworkConfig.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/hardware/HardwareTab.h"
#include "ui/host/HostDevicesPage.h"
#include "ui/host/HostNetworksPage.h"
#include "ui/host/HostOverviewPage.h"
#include "ui/host/HostStoragePage.h"
#include "ui/host/HostWindow.h"
#include "ui/host/JobRow.h"
#include "ui/host/NetworkDialog.h"
#include "ui/host/StorageDialogs.h"
#include "ui/library/LibraryProxyModel.h"
#include "ui/library/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kNet = QStringLiteral("vireo-gui-net");
const QString kVirshNet = QStringLiteral("vireo-virsh-net");
const QString kPool = QStringLiteral("vireo-gui-pool");
const QString kVirshPool = QStringLiteral("vireo-virsh-pool");

void shot(QWidget *w, const QString &name)
{
    // Laid out as a user sees it: pending layout requests first (new texts change sizes).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    w->grab().save(artifactsDir() + QStringLiteral("/host-%1.png").arg(name));
}

ProcessRun virsh(const QStringList &args)
{
    return runProcess(QStringLiteral("virsh"),
                      QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")} + args);
}

void dropAll()
{
    for (const QString &n : {kNet, kVirshNet}) {
        virsh({QStringLiteral("net-destroy"), n});
        virsh({QStringLiteral("net-undefine"), n});
    }
    for (const QString &p : {kPool, kVirshPool}) {
        virsh({QStringLiteral("pool-destroy"), p});
        virsh({QStringLiteral("pool-undefine"), p});
    }
}

bool listed(QTreeWidget *list, const QString &name)
{
    return !list->findItems(name, Qt::MatchExactly, 0).isEmpty();
}

/// The message box named "confirm" the window shows now, if any.
QMessageBox *question()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == QLatin1String("confirm"))
            return box;
    return nullptr;
}

} // namespace

class TstHostGui : public QObject
{
    Q_OBJECT
    ConnectionRegistry m_registry;
    std::unique_ptr<Ui::MainWindow> m_window;
    Connection *m_conn = nullptr;
    Ui::HostWindow *m_host = nullptr;
    QTemporaryDir m_dir{QStringLiteral("/var/tmp/vireo-hostgui-XXXXXX")};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        dropAll();
        m_window = std::make_unique<Ui::MainWindow>(&m_registry);
        m_window->resize(1000, 680);
        m_window->show();
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        // A user double-clicks the connection's row.
        QTreeView *view = m_window->libraryView();
        QModelIndex row;
        QTRY_VERIFY_WITH_TIMEOUT(
            (row = m_window->proxy()->mapFromSource(m_window->model()->indexOf(m_conn))).isValid(),
            5000);
        view->scrollTo(row);
        const QPoint at = view->visualRect(row).center();
        // As a real double-click arrives: a press and release, then the double-click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY_WITH_TIMEOUT((m_host = Ui::HostWindow::of(m_conn)) && m_host->isVisible(),
                                 5000);
        // The menu's action raises the same window rather than a second one.
        QAction *details = m_window->findChild<QAction *>(QStringLiteral("hostDetails"));
        QVERIFY(details && details->isEnabled());
        details->trigger();
        QCOMPARE(Ui::HostWindow::of(m_conn), m_host);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        dropAll();
    }

    void overviewSaysWhatTheHostIs()
    {
        m_host->showPage(Ui::HostWindow::Page::Overview);
        Ui::HostOverviewPage *page = m_host->overview();
        QTRY_VERIFY_WITH_TIMEOUT(!page->valueOf(QStringLiteral("libvirt")).isEmpty(), 10000);
        QCOMPARE(page->valueOf(QStringLiteral("libvirt")).section('.', 0, 0), QStringLiteral("9"));
        QVERIFY(page->valueOf(QStringLiteral("hypervisor")).startsWith(QStringLiteral("QEMU")));
        // Whether KVM is usable, as libvirt's domain capabilities say.
        const bool kvm = virsh({QStringLiteral("domcapabilities"), QStringLiteral("--virttype"),
                                QStringLiteral("kvm")})
                             .code
                         == 0;
        const QString kvmText = page->valueOf(QStringLiteral("kvm"));
        QVERIFY2(kvmText.startsWith(kvm ? QStringLiteral("KVM is usable")
                                        : QStringLiteral("KVM is not usable")),
                 qPrintable(kvmText));
        QVERIFY(page->valueOf(QStringLiteral("cpu")).contains(QStringLiteral("logical CPU")));
        shot(m_host, QStringLiteral("overview"));
    }

    void newNetworkThroughTheDialog()
    {
        m_host->showPage(Ui::HostWindow::Page::Networks);
        Ui::HostNetworksPage *page = m_host->networks();
        QTRY_VERIFY_WITH_TIMEOUT(listed(page->list(), QStringLiteral("default")), 5000);
        auto *newButton = page->findChild<QPushButton *>(QStringLiteral("newNetwork"));
        QTest::mouseClick(newButton, Qt::LeftButton);
        Ui::NetworkDialog *dialog = page->findChild<Ui::NetworkDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->ipv4Edit()->text().isEmpty(), 10000);
        const QString proposed = dialog->ipv4Edit()->text();
        QVERIFY(Subnet::parse(proposed).isValid());
        QTest::keyClicks(dialog->nameEdit(), kNet);
        dialog->modeBox()->setCurrentIndex(1); // isolated
        // A range the default network has: refused in the dialog, which stays open.
        const QString taken = QStringLiteral("192.168.122.0/24");
        dialog->ipv4Edit()->setText(taken);
        QSignalSpy finished(dialog->job(), &Ui::JobRow::finished);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog->job()->status()->text().contains(QStringLiteral("overlaps")),
                 qPrintable(dialog->job()->status()->text()));
        QVERIFY(dialog->isVisible());
        shot(dialog, QStringLiteral("network-refused"));
        dialog->ipv4Edit()->setText(proposed);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(listed(page->list(), kNet), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedName(), kNet, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(page->valueOf(QStringLiteral("networkMode")),
                                  QStringLiteral("Isolated"), 5000);
        QVERIFY(page->valueOf(QStringLiteral("networkIpv4")).startsWith(proposed));
        QCOMPARE(virsh({QStringLiteral("net-info"), kNet}).out.contains(QStringLiteral("Active")),
                 true);
        shot(m_host, QStringLiteral("networks"));

        // Delete, as a user: nothing uses it, so it goes without a question.
        QVERIFY(page->select(kNet));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("deleteNetwork")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!listed(page->list(), kNet), 10000);
        QVERIFY(virsh({QStringLiteral("net-info"), kNet}).code != 0);
    }

    void virshChangesShowUpWithin2s()
    {
        Ui::HostNetworksPage *networks = m_host->networks();
        const QString xml = m_dir.path() + QStringLiteral("/net.xml");
        QFile f(xml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("<network><name>%1</name><ip address='10.251.77.1' "
                               "prefix='24'/></network>")
                    .arg(kVirshNet)
                    .toUtf8());
        f.close();
        QElapsedTimer clock;
        QVERIFY(virsh({QStringLiteral("net-create"), xml}).code == 0);
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(listed(networks->list(), kVirshNet), 2000);
        qInfo("a network virsh made was listed after %lld ms", clock.elapsed());
        QVERIFY(virsh({QStringLiteral("net-destroy"), kVirshNet}).code == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!listed(networks->list(), kVirshNet), 2000);

        Ui::HostStoragePage *storage = m_host->storage();
        const QString path = m_dir.path() + QStringLiteral("/virsh-pool");
        QVERIFY(QDir().mkpath(path));
        QVERIFY(virsh({QStringLiteral("pool-create-as"), kVirshPool, QStringLiteral("dir"),
                       QStringLiteral("--target"), path})
                    .code
                == 0);
        QTRY_VERIFY_WITH_TIMEOUT(listed(storage->pools(), kVirshPool), 2000);
        QVERIFY(virsh({QStringLiteral("pool-destroy"), kVirshPool}).code == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!listed(storage->pools(), kVirshPool), 2000);
    }

    void poolVolumeUploadAndDelete()
    {
        m_host->showPage(Ui::HostWindow::Page::Storage);
        Ui::HostStoragePage *page = m_host->storage();
        Ui::PoolDialog *poolDialog = page->openNewPoolDialog();
        QTest::keyClicks(poolDialog->nameEdit(), kPool);
        QTest::keyClicks(poolDialog->pathEdit(), m_dir.path() + QStringLiteral("/pool"));
        QCOMPARE(poolDialog->typeBox()->currentData().toString(), QStringLiteral("dir"));
        shot(poolDialog, QStringLiteral("new-pool"));
        QTest::mouseClick(poolDialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(listed(page->pools(), kPool), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedPool(), kPool, 5000);
        auto *usage = page->findChild<QProgressBar *>(QStringLiteral("usage:") + kPool);
        QVERIFY(usage && usage->format().contains(QStringLiteral(" of ")));

        // New Volume: a size as typed.
        QTRY_VERIFY(page->findChild<QPushButton *>(QStringLiteral("newVolume"))->isEnabled());
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newVolume")),
                          Qt::LeftButton);
        Ui::VolumeDialog *volDialog = page->findChild<Ui::VolumeDialog *>();
        QVERIFY(volDialog && volDialog->isVisible());
        QTest::keyClicks(volDialog->nameEdit(), QStringLiteral("disk one.qcow2"));
        volDialog->sizeEdit()->setText(QStringLiteral("48M"));
        shot(volDialog, QStringLiteral("new-volume"));
        QTest::mouseClick(volDialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->selectVolume(QStringLiteral("disk one.qcow2")), 10000);
        const auto item = page->volumes()->currentItem();
        QCOMPARE(item->text(1), QStringLiteral("qcow2"));
        QCOMPARE(item->text(2), QStringLiteral("48 MiB"));

        // Upload a 16 MiB file: the progress bar moves, the volume appears.
        const QString file = m_dir.path() + QStringLiteral("/image.bin");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(16 << 20, 'v'));
        }
        QSignalSpy progress(page->job()->progressBar(), &QProgressBar::valueChanged);
        page->upload(file, QStringLiteral("image.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(page->selectVolume(QStringLiteral("image.bin")), 30000);
        QVERIFY(progress.size() >= 5);
        QCOMPARE(page->volumes()->currentItem()->text(2), QStringLiteral("16 MiB"));
        shot(m_host, QStringLiteral("storage"));

        // Delete asks first; No keeps it, Yes deletes it.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("deleteVolume")),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = question()), 5000);
        QVERIFY(box->text().contains(QStringLiteral("image.bin")));
        shot(box, QStringLiteral("delete-volume"));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(page->selectVolume(QStringLiteral("image.bin")));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("deleteVolume")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((box = question()), 5000);
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->selectVolume(QStringLiteral("image.bin"))
                                     && page->selectVolume(QStringLiteral("disk one.qcow2")),
                                 10000);
        QVERIFY(
            !virsh({QStringLiteral("vol-list"), kPool}).out.contains(QStringLiteral("image.bin")));
    }

    void devicesListedWithTheirKinds()
    {
        m_host->showPage(Ui::HostWindow::Page::Devices);
        QTreeWidget *tree = m_host->devices()->tree();
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 4, 10000);
        // This machine has PCI devices and network interfaces at least; PCI by address.
        QVERIFY(tree->topLevelItem(0)->childCount() > 0);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]$"))
                    .match(tree->topLevelItem(0)->child(0)->text(0))
                    .hasMatch());
        QVERIFY(tree->topLevelItem(3)->childCount() > 0);
        shot(m_host, QStringLiteral("devices"));
    }

    // The Hardware tab's NIC and disk forms lead to the Host window (libvirt's test driver: its
    // VM "test" has a NIC on "default" and a disk outside any pool).
    void hardwareFormsLinkToTheHost()
    {
        Connection *test = m_registry.add(QStringLiteral("test:///default"), false);
        QTRY_COMPARE_WITH_TIMEOUT(test->state(), Connection::State::Connected, 10000);
        const QString uuid = test->domainByName(QStringLiteral("test"))->uuid;
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectDomain(test, uuid), 5000);
        m_window->findChild<QAction *>(QStringLiteral("showHardware"))->trigger();
        Ui::HardwareTab *tab = m_window->hardware();
        QTRY_VERIFY_WITH_TIMEOUT(tab->hasState(), 10000);
        QVERIFY(tab->selectItem(QStringLiteral("aa:bb:cc:dd:ee:ff")));
        auto *showNetwork
            = tab->currentForm()->findChild<QPushButton *>(QStringLiteral("showNetwork"));
        QVERIFY(showNetwork);
        QTest::mouseClick(showNetwork, Qt::LeftButton);
        Ui::HostWindow *host = Ui::HostWindow::of(test);
        QVERIFY(host && host->isVisible());
        QCOMPARE(host->tabs()->currentWidget(), host->networks());
        QTRY_COMPARE_WITH_TIMEOUT(host->networks()->selectedName(), QStringLiteral("default"),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(host->networks()
                                     ->valueOf(QStringLiteral("networkUsers"))
                                     .contains(QStringLiteral("test (running)")),
                                 5000);

        QVERIFY(tab->selectItem(QStringLiteral("vda")));
        auto *showVolume
            = tab->currentForm()->findChild<QPushButton *>(QStringLiteral("showVolume"));
        QVERIFY(showVolume);
        QTest::mouseClick(showVolume, Qt::LeftButton);
        QCOMPARE(host->tabs()->currentWidget(), host->storage());
        QVERIFY2(host->storage()->job()->status()->text().contains(
                     QStringLiteral("/guest/diskimage1 is not in a storage pool")),
                 qPrintable(host->storage()->job()->status()->text()));
        host->close();
        m_registry.remove(test);
    }
};

QTEST_MAIN(TstHostGui)
#include "tst_hostgui.moc"
