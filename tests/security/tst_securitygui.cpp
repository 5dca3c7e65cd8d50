// The Security tab as a user meets it, on the real daemon: a VM defined with its VNC display on
// 0.0.0.0 without a password is flagged in red with the fix offered; one click moves the display
// to 127.0.0.1 (the definition libvirt keeps says so) and the flag clears; `vireo security --all`
// exits 1 before and 0 after. Its network card's firewall is chosen in a dialog (a preset the
// network cannot give is refused there, nothing changed). With the connection selected, the tab
// sums up the whole host. The VM is only defined, never started: nothing listens on the network.
#include "core/ConnectionRegistry.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/host/HostWindow.h"
#include "ui/library/MainWindow.h"
#include "ui/security/FilterEditorDialog.h"
#include "ui/security/FirewallDialog.h"
#include "ui/security/HostFirewallPage.h"
#include "ui/security/IsolationDialog.h"
#include "ui/security/SecurityTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;

class TstSecurityGui : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    std::unique_ptr<Ui::MainWindow> m_window;
    Connection *m_conn = nullptr;
    std::unique_ptr<TestGuest> m_guest;

    Ui::SecurityTab *tab() const { return m_window->security(); }

    QTreeWidgetItem *line(const QString &area) const
    {
        const QList<QTreeWidgetItem *> items
            = tab()->findings()->findItems(area, Qt::MatchStartsWith | Qt::MatchRecursive, 0);
        return items.isEmpty() ? nullptr : items.first();
    }

    ProcessRun securityAll()
    {
        return runProcess(QStringLiteral(VIREO_BINARY),
                          {QStringLiteral("security"), QStringLiteral("--all"),
                           QStringLiteral("-c"), QStringLiteral("qemu:///system")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<Ui::MainWindow>(&m_registry);
        m_window->resize(1200, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest
            = std::make_unique<TestGuest>(QStringLiteral("vireo-sec-exposed"),
                                          GuestOptions{.withDisk = true,
                                                       .displayListen = QStringLiteral("0.0.0.0"),
                                                       .network = TestGuest::isolatedNetwork()});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QTRY_VERIFY(m_conn->domain(m_guest->uuid()).has_value());
    }

    void flaggedThenFixedWithOneClick()
    {
        ProcessRun before = securityAll();
        QCOMPARE(before.code, 1);
        QVERIFY2(before.out.contains(QStringLiteral("vireo-sec-exposed")), qPrintable(before.out));

        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        QSignalSpy loaded(tab(), &Ui::SecurityTab::loaded);
        tabs->setCurrentWidget(tab());
        QVERIFY(loaded.wait(10000));
        QTreeWidgetItem *display = line(QStringLiteral("Display (vnc)"));
        QVERIFY(display);
        QVERIFY2(display->text(1).contains(QStringLiteral("0.0.0.0")),
                 qPrintable(display->text(1)));
        QVERIFY(display->data(0, Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Flagged")));
        QVERIFY(tab()->summary()->text().contains(QStringLiteral("flagged")));
        // The flagged line is the one selected, its fix offered.
        QCOMPARE(tab()->findings()->currentItem(), display);
        QVERIFY(tab()->fixButton()->isEnabled());
        QVERIFY(m_window->grab().save(artifactsDir() + QStringLiteral("/security-flagged.png")));

        loaded.clear();
        QTest::mouseClick(tab()->fixButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QTRY_VERIFY(!tab()->summary()->text().contains(QStringLiteral("flagged line")));
        display = line(QStringLiteral("Display (vnc)"));
        QVERIFY(display->text(1).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!tab()->fixButton()->isEnabled());
        QVERIFY(m_window->grab().save(artifactsDir() + QStringLiteral("/security-fixed.png")));

        // What libvirt keeps: the display on loopback.
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_guest->uuid().toLatin1().constData());
        QVERIFY(dom);
        char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
        const QString text = QString::fromUtf8(xml);
        free(xml);
        virDomainFree(dom);
        QVERIFY2(text.contains(QStringLiteral("address='127.0.0.1'")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("0.0.0.0")));

        const ProcessRun after = securityAll();
        QVERIFY2(after.code == 0, qPrintable(after.out + after.err));
    }

    void aCardsFirewallChosenInTheDialog()
    {
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        QTRY_VERIFY(line(QStringLiteral("Firewall of")));
        QTreeWidgetItem *card = line(QStringLiteral("Firewall of"));
        QVERIFY(card->text(1).startsWith(QStringLiteral("None")));
        tab()->findings()->setCurrentItem(card);
        QVERIFY(tab()->fixButton()->isVisible());
        QVERIFY(tab()->fixButton()->text().contains(QStringLiteral("Firewall")));
        QTest::mouseClick(tab()->fixButton(), Qt::LeftButton);
        Ui::FirewallDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = tab()->findChild<Ui::FirewallDialog *>()));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("preset-none"))->isChecked());

        // Host only needs an address of the host's on the network, which this one lacks: said
        // in the dialog, which stays open; nothing changed.
        dialog->findChild<QRadioButton *>(QStringLiteral("preset-host-only"))->click();
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message()->text().contains(QStringLiteral("no address")),
                                 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->grab().save(artifactsDir() + QStringLiteral("/security-firewall.png")));

        QSignalSpy loaded(tab(), &Ui::SecurityTab::loaded);
        dialog->findChild<QRadioButton *>(QStringLiteral("preset-no-spoofing"))->click();
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(line(QStringLiteral("Firewall of"))
                        ->text(1)
                        .startsWith(QStringLiteral("clean-traffic, applied when it starts")));
        QVERIFY(tab()
                    ->findChild<QLabel *>(QStringLiteral("securityMessage"))
                    ->text()
                    .contains(QStringLiteral("No spoofing")));
    }

    void isolationChosenInTheDialog()
    {
        QVERIFY(m_window->selectDomain(m_conn, m_guest->uuid()));
        QTRY_VERIFY(line(QStringLiteral("Clipboard")));
        tab()->findings()->setCurrentItem(line(QStringLiteral("Clipboard")));
        QVERIFY(tab()->fixButton()->text().contains(QStringLiteral("Isolation")));
        QTest::mouseClick(tab()->fixButton(), Qt::LeftButton);
        Ui::IsolationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = tab()->findChild<Ui::IsolationDialog *>()));
        QTRY_VERIFY(dialog->applyButton()->isEnabled()); // the VM's settings are read
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("clipboard-both"))->isChecked());
        dialog->findChild<QRadioButton *>(QStringLiteral("clipboard-to-guest"))->click();
        dialog->findChild<QCheckBox *>(QStringLiteral("allowUsb"))->setChecked(false);
        QVERIFY(dialog->grab().save(artifactsDir() + QStringLiteral("/security-isolation.png")));
        QSignalSpy loaded(tab(), &Ui::SecurityTab::loaded);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(line(QStringLiteral("Clipboard"))
                        ->text(1)
                        .startsWith(QStringLiteral("From this computer to the guest only")));
        QCOMPARE(line(QStringLiteral("USB redirection"))->text(1), QStringLiteral("Not allowed."));
        QTRY_COMPARE(m_conn->domain(m_guest->uuid())->clipboard, QStringLiteral("to-guest"));
    }

    void filtersOfOnesOwnInTheHostWindow()
    {
        Ui::HostWindow *host
            = Ui::HostWindow::showFor(m_conn, m_window.get(), Ui::HostWindow::Page::Firewall);
        Ui::HostFirewallPage *page = host->firewall();
        QSignalSpy loaded(page, &Ui::HostFirewallPage::loaded);
        QVERIFY(loaded.wait(10000));
        // libvirt's own filters are listed, not editable.
        QVERIFY(page->select(QStringLiteral("clean-traffic")));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("editFilter"))->isEnabled());

        Ui::FilterEditorDialog *editor = page->openEditor();
        editor->nameField()->setText(QStringLiteral("bad name"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->message()->text().startsWith(QStringLiteral("Name")));
        editor->nameField()->setText(QStringLiteral("test-gui-web"));
        auto *protocol = qobject_cast<QComboBox *>(editor->rules()->cellWidget(0, 1));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("tcp")));
        auto *ports = qobject_cast<QLineEdit *>(editor->rules()->cellWidget(0, 4));
        ports->setText(QStringLiteral("22-10"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->message()->text().contains(QStringLiteral("Rule 1: Ports")),
                 qPrintable(editor->message()->text()));
        QVERIFY(
            editor->grab().save(artifactsDir() + QStringLiteral("/security-filter-editor.png")));
        ports->setText(QStringLiteral("22"));
        loaded.clear();
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QVERIFY(page->select(QStringLiteral("test-gui-web")));
        QVERIFY(page->list()->currentItem()->text(1) == QStringLiteral("Yours"));
        QVERIFY(host->grab().save(artifactsDir() + QStringLiteral("/security-host-firewall.png")));

        // Edited: the rules come back as saved.
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("editFilter"))->isEnabled());
        editor = page->openEditor(QStringLiteral("test-gui-web"));
        QTRY_VERIFY(editor->saveButton()->isEnabled());
        QCOMPARE(editor->filter().rules.size(), 1);
        QCOMPARE(editor->filter().rules[0].protocol, QStringLiteral("tcp"));
        QCOMPARE(editor->filter().rules[0].portFrom, 22);
        editor->reject();

        // Deleted after the question.
        loaded.clear();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("deleteFilter")),
                          Qt::LeftButton);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = page->findChild<QMessageBox *>(QStringLiteral("confirm"))));
        ask->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!page->select(QStringLiteral("test-gui-web")));
        host->close();
    }

    void theHostSummary()
    {
        QVERIFY(m_window->selectDomain(m_conn, {}));
        QSignalSpy loaded(tab(), &Ui::SecurityTab::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(tab()->summary()->text().contains(QStringLiteral("VM(s) on this host")));
        QVERIFY(line(QStringLiteral("vireo-sec-exposed")));
        QVERIFY(m_window->grab().save(artifactsDir() + QStringLiteral("/security-host.png")));
    }

    void cleanupTestCase()
    {
        if (virNWFilterPtr f
            = virNWFilterLookupByName(TestGuest::helperConnection(), "test-gui-web")) {
            virNWFilterUndefine(f);
            virNWFilterFree(f);
        }
        m_guest.reset();
        m_window.reset();
    }
};

QTEST_MAIN(TstSecurityGui)
#include "tst_securitygui.moc"
