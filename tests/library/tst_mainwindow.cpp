// QTest drives the real main window (offscreen) against the real daemon and the test guest.

#include "core/ConnectionRegistry.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/common/NotificationArea.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/library/AddConnectionDialog.h"
#include "ui/library/ConnectionBanner.h"
#include "ui/library/DeleteDomainDialog.h"
#include "ui/library/DetailsPane.h"
#include "ui/library/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Vireo;
using namespace Vireo::Test;

class TstMainWindow : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    std::unique_ptr<Ui::MainWindow> m_window;
    Connection *m_conn = nullptr;
    std::unique_ptr<TestGuest> m_guest;

    QString state() { return shown(*m_window->model(), m_conn, m_guest->uuid()); }

    void screenshot(const QString &name)
    {
        QVERIFY(m_window->grab().save(artifactsDir() + QLatin1Char('/') + name));
    }

    /// Window shortcuts need the window to be the active one (offscreen, a closed dialog leaves
    /// no window active).
    void activate()
    {
        m_window->raise();
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->libraryView()->setFocus();
    }

    QMessageBox *confirmation()
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("confirmation"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<Ui::MainWindow>(&m_registry);
        m_window->resize(1100, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-gui-test"),
                                              GuestOptions{.withDisk = true});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QTRY_COMPARE(state(), QStringLiteral("Shut off"));
    }

    void displayProtocolsLoadOnlyWhenUsed()
    {
        // The library window, listing and showing a machine, has loaded neither SPICE nor VNC:
        // they are plugins, loaded by the first console of their kind.
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray loaded = maps.readAll();
        QVERIFY(!loaded.contains("libspice-client-glib"));
        QVERIFY(!loaded.contains("libvncclient"));
        QVERIFY(!loaded.contains("libvireo-spice"));
        QVERIFY(!loaded.contains("libvireo-vnc"));
    }

    void startAndForceOffFromTheToolbar()
    {
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        QAction *start = m_window->action(DomainAction::Start);
        QAction *forceOff = m_window->action(DomainAction::ForceOff);
        QVERIFY(start->isEnabled());
        QVERIFY(!forceOff->isEnabled());
        QVERIFY(forceOff->toolTip().contains(QStringLiteral("not running")));

        start->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Running"), 20000);
        QTRY_VERIFY(forceOff->isEnabled());
        QVERIFY(!start->isEnabled());
        QVERIFY(m_window->details()->text().contains(QStringLiteral("Running")));
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY")));
        screenshot(QStringLiteral("mainwindow-running.png"));

        // Force Reset (Machine menu, Ctrl+Shift+E) asks first, then the guest starts over.
        QAction *reset = m_window->action(DomainAction::Reset);
        QTRY_VERIFY(reset->isEnabled());
        const int ready = m_guest->serialCount(QStringLiteral("VIREO-GUEST READY"));
        reset->trigger();
        QTRY_VERIFY(confirmation());
        QVERIFY(confirmation()->text().contains(QStringLiteral("reset")));
        screenshot(QStringLiteral("mainwindow-confirm-force-reset.png"));
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirm")),
                          Qt::LeftButton);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000, ready + 1));
        QCOMPARE(state(), QStringLiteral("Running"));
        // The same from the machine's console window.
        {
            Ui::ConsoleWindow console(m_conn, m_guest->uuid());
            console.show();
            auto *consoleReset = console.findChild<QAction *>(QStringLiteral("forceReset"));
            QVERIFY(consoleReset && consoleReset->isEnabled());
            consoleReset->trigger();
            QMessageBox *ask = nullptr;
            QTRY_VERIFY((ask = console.findChild<QMessageBox *>(QStringLiteral("confirmReset"))));
            QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("confirm")),
                              Qt::LeftButton);
            QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000, ready + 2));
        }

        forceOff->trigger();
        QTRY_VERIFY(confirmation());
        QVERIFY(confirmation()->text().contains(QStringLiteral("vireo-gui-test")));
        screenshot(QStringLiteral("mainwindow-confirm-force-off.png"));
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirm")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Shut off"), 20000);
        QTRY_VERIFY(start->isEnabled());
        screenshot(QStringLiteral("mainwindow-shut-off.png"));
    }

    void keyboardShortcutsAndCancelledConfirmation()
    {
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        activate();
        QTest::keyClick(m_window->libraryView(), Qt::Key_R,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Running"), 20000);

        // Force off, then change one's mind: nothing happens.
        QTRY_VERIFY(m_window->action(DomainAction::ForceOff)->isEnabled());
        QTest::keyClick(m_window->libraryView(), Qt::Key_F,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(confirmation());
        QTest::mouseClick(confirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!confirmation());
        QTest::qWait(500);
        QCOMPARE(state(), QStringLiteral("Running"));

        activate();
        QTest::keyClick(m_window->libraryView(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(state(), QStringLiteral("Paused"));
        QTest::keyClick(m_window->libraryView(), Qt::Key_U,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(state(), QStringLiteral("Running"));
        const auto [ok, error]
            = finish(Lifecycle::perform(m_conn, DomainAction::ForceOff, m_guest->uuid()));
        QVERIFY2(ok, qPrintable(error));
        QTRY_COMPARE(state(), QStringLiteral("Shut off"));
    }

    void badRenameShowsANoticeAndKeepsTheName()
    {
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        m_window->notifications()->clear();
        m_window->action(DomainAction::Rename)->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("renameDialog"))));
        dialog->setTextValue(QStringLiteral("bad/name"));
        dialog->accept();
        QTRY_COMPARE(m_window->notifications()->messages().size(), 1);
        QVERIFY2(m_window->notifications()->messages().first().contains(QStringLiteral("'/'")),
                 qPrintable(m_window->notifications()->messages().first()));
        QVERIFY(m_window->notifications()->isVisible());
        screenshot(QStringLiteral("mainwindow-error-notice.png"));
        QCOMPARE(shown(*m_window->model(), m_conn, m_guest->uuid(), DomainListModel::NameColumn),
                 QStringLiteral("vireo-gui-test"));
    }

    void aFailureSaysWhatFailedWhole()
    {
        // A machine whose name has full stops, and whose start fails (its disk is gone).
        TestGuest dotted(QStringLiteral("vireo.gui.v1.2"), GuestOptions{.withDisk = true});
        QVERIFY2(dotted.define(), qPrintable(dotted.error()));
        QTRY_VERIFY(m_conn->domain(dotted.uuid()).has_value());
        QVERIFY(QFile::remove(dotted.diskPath()));
        QVERIFY(m_window->selectDomain(m_conn, dotted.uuid()));
        m_window->notifications()->clear();
        m_window->trigger(DomainAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->notifications()->messages().size(), 1, 15000);
        const QString notice = m_window->notifications()->messages().first();
        // The first line is the summary, whole (it was cut at the first full stop: "Could not
        // start 'vireo."); the detail, libvirt's words, follows.
        QCOMPARE(notice.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Could not start 'vireo.gui.v1.2'."));
        QVERIFY2(notice.section(QLatin1Char('\n'), 1).contains(QStringLiteral("Details:")),
                 qPrintable(notice));
    }

    void filterBoxNarrowsTheList()
    {
        QLineEdit *filter = m_window->filterBox();
        QTest::keyClicks(filter, QStringLiteral("gui-test"));
        const QModelIndex group = m_window->libraryView()->model()->index(0, 0);
        QTRY_COMPARE(m_window->libraryView()->model()->rowCount(group), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("no machine is called this"));
        QTRY_COMPARE(m_window->libraryView()->model()->rowCount(group), 0);
        filter->clear();
        QTRY_VERIFY(m_window->libraryView()->model()->rowCount(group) >= 1);
        QVERIFY(m_window->libraryView()->isExpanded(group)); // the machines show again
    }

    void readOnlyConnectionDisablesActionsWithTheReason()
    {
        Connection *ro = m_registry.add(QStringLiteral("test:///default"), true);
        QTRY_COMPARE(ro->state(), Connection::State::Connected);
        const auto test = ro->domainByName(QStringLiteral("test"));
        QVERIFY(test.has_value());
        QTRY_VERIFY(m_window->selectDomain(ro, test->uuid));
        for (DomainAction a : {DomainAction::Start, DomainAction::Pause, DomainAction::ForceOff,
                               DomainAction::Delete, DomainAction::Rename}) {
            QVERIFY(!m_window->action(a)->isEnabled());
            QVERIFY(m_window->action(a)->toolTip().contains(QStringLiteral("read-only")));
        }
        screenshot(QStringLiteral("mainwindow-read-only.png"));
        m_registry.remove(ro);
    }

    void addConnectionDialogRefusesAMalformedUri()
    {
        Ui::AddConnectionDialog dialog(m_window.get());
        dialog.show();
        dialog.setUri(QStringLiteral("::not a uri::"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        bool explained = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            explained |= l->isVisible() && l->text().contains(QStringLiteral("not a libvirt URI"));
        QVERIFY(explained);
        dialog.setUri(QStringLiteral("qemu:///system"));
        QVERIFY(ok->isEnabled());
    }

    void unreachableHostShowsInTheBanner()
    {
        Connection *bad = m_registry.add(QStringLiteral("qemu+tcp://127.0.0.1:1/system"), false);
        QTRY_COMPARE(bad->state(), Connection::State::Disconnected);
        QTRY_VERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("Connection refused")));
        screenshot(QStringLiteral("mainwindow-unreachable.png"));
        m_registry.remove(bad);
        QTRY_VERIFY(!m_window->banner()->isVisible());
        // The banner's room goes back to the list.
        QTRY_COMPARE(m_window->libraryView()->mapTo(m_window.get(), QPoint(0, 0)).y(),
                     m_window->banner()->mapTo(m_window.get(), QPoint(0, 0)).y());
    }

    void ejectInstallMediaFromTheMachineMenu()
    {
        // A machine as older Vireo versions left one: its install image in the CD-ROM beside its
        // disk. The Machine menu offers to take it out; afterwards it does not. (The machine
        // with no image, the test guest, is not offered it.)
        auto *eject = m_window->findChild<QAction *>(QStringLiteral("ejectInstallMedia"));
        QVERIFY(eject);
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        QVERIFY(!eject->isEnabled());
        TestGuest installed(QStringLiteral("vireo-gui-installed"),
                            GuestOptions{.withDisk = true, .bootFromIso = true});
        QVERIFY2(installed.define(), qPrintable(installed.error()));
        QTRY_VERIFY(m_window->selectDomain(m_conn, installed.uuid()));
        QTRY_VERIFY(eject->isEnabled());
        QMenu *machine = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->text() == QLatin1String("&Machine"))
                machine = menu->menu();
        }
        QVERIFY(machine && machine->actions().contains(eject));
        eject->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!eject->isEnabled(), 10000);
        QTRY_VERIFY(m_window->details()->text().contains(QStringLiteral("(cdrom, ide): empty")));
        screenshot(QStringLiteral("mainwindow-install-media-ejected.png"));
    }

    void deleteFromTheWindow()
    {
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        m_window->action(DomainAction::Delete)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_window->findChild<QDialog *>(QStringLiteral("deleteDomainDialog"))));
        // The disk is offered, unticked; the user ticks it.
        auto *deleteDialog = qobject_cast<Ui::DeleteDomainDialog *>(dialog);
        QVERIFY(deleteDialog);
        QVERIFY(deleteDialog->storageToDelete().isEmpty());
        deleteDialog->setDeleteStorage(true);
        QCOMPARE(deleteDialog->storageToDelete(), QStringList{m_guest->diskPath()});
        QVERIFY(QFile::exists(m_guest->diskPath()));
        QVERIFY(dialog->grab().save(artifactsDir() + QStringLiteral("/delete-dialog.png")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->model()->indexOf(m_conn, m_guest->uuid()).isValid());
        QTRY_VERIFY(!QFile::exists(m_guest->diskPath()));
    }

    void cleanupTestCase()
    {
        m_guest.reset();
        m_window.reset();
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
