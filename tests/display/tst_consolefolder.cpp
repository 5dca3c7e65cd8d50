// Folders shared through the console (SPICE's WebDAV channel), as session connections and guests
// without virtiofs use them. The test guest runs vireo-webdav (tests/guest/webdav.c), which sends
// one HTTP request through the machine's org.spice-space.webdav.0 port as spice-webdavd would:
// the folder Vireo serves answers. The guest starts without the channel: Share a Folder adds it,
// a read-only folder is read and refuses writing, a read-write one takes a file, the share comes
// back when the console reconnects, and Stop Sharing closes it. On a session connection the
// dialog offers only this way, saying why.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "display/DisplaySession.h"
#include "domains/DomainLifecycle.h"
#include "hardware/SharedFolders.h"
#include "support/ConsoleInput.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/console/ConsoleFolder.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/console/ShareFolderDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;

class TstConsoleFolder : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    Connection *m_conn = nullptr;
    std::unique_ptr<TestGuest> m_guest;
    std::unique_ptr<GuestControl> m_shell;

    // Share a Folder, through the console, from `window`: the dialog's outcome text, or its
    // refusal when it stays open.
    QString shareThroughConsole(Ui::ConsoleWindow &window, const QString &folder, bool readOnly)
    {
        auto *share = window.findChild<QAction *>(QStringLiteral("shareFolder"));
        if (!share)
            return QStringLiteral("no Share a Folder");
        share->trigger();
        Ui::ShareFolderDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = window.findChild<Ui::ShareFolderDialog *>()); }))
            return QStringLiteral("no dialog");
        if (!dialog->consoleChoice()->isEnabled())
            return dialog->consoleChoice()->toolTip();
        dialog->consoleChoice()->setChecked(true);
        dialog->folderField()->setText(folder);
        dialog->readOnlyBox()->setChecked(readOnly);
        dialog->grab().save(artifactsDir() + QStringLiteral("/share-folder-console.png"));
        QSignalSpy shared(dialog, &Ui::ShareFolderDialog::shared);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("shareButton")),
                          Qt::LeftButton);
        QPointer<Ui::ShareFolderDialog> open(dialog); // accepted, it deletes itself
        (void)QTest::qWaitFor(
            [&] {
                return !shared.isEmpty() || !open
                       || open->message() != QStringLiteral("Sharing...");
            },
            30000);
        const QString text = !shared.isEmpty() ? shared.first().at(0).toString()
                             : open            ? open->message()
                                               : QStringLiteral("closed without a word");
        delete open; // refused, it stays open: the next call finds its own
        return text;
    }

    // One request from the guest to the shared folder: the answer's text.
    QString request(const QString &method, const QString &path, const QString &body = {},
                    int wait = 10)
    {
        return m_shell->runServing(QStringLiteral("vireo-webdav -w %1 %2 %3 '%4'")
                                       .arg(QString::number(wait), method, path, body),
                                   (wait + 30) * 1000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-consolefolder"));
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(
            QStringLiteral("vireo-consolefolder"),
            GuestOptions{.graphics = {QStringLiteral("spice")}, .virtioConsole = true});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QVERIFY2(m_guest->start(), qPrintable(m_guest->error()));
        m_shell = std::make_unique<GuestControl>(m_guest->controlSocketPath());
        QVERIFY(m_shell->connectToGuest(30000));
        QSettings().remove(QStringLiteral("console/sharedFolder"));
    }

    void cleanupTestCase()
    {
        QSettings().remove(QStringLiteral("console/sharedFolder"));
        QSettings().remove(QStringLiteral("console/sharedFolderReadOnly"));
        m_shell.reset();
        m_guest.reset();
    }

    void aFolderIsSharedThroughTheConsole()
    {
        QTemporaryDir dir(QStringLiteral("/var/tmp/vireo-webdav-XXXXXX"));
        QVERIFY(dir.isValid());
        QFile hello(dir.filePath(QStringLiteral("hello.txt")));
        QVERIFY(hello.open(QIODevice::WriteOnly) && hello.write("from-this-computer-5\n") > 0);
        hello.close();

        // The guest has no channel yet: nothing answers there.
        QVERIFY(!m_conn->domain(m_guest->uuid())->webdavChannel);
        QVERIFY(request(QStringLiteral("GET"), QStringLiteral("/hello.txt"), {}, 1)
                    .contains(QStringLiteral("no org.spice-space.webdav.0 port")));

        Ui::ConsoleWindow window(m_conn, m_guest->uuid());
        window.show();
        QVERIFY(screenConnected(window));
        // A folder that is not there is refused.
        QString outcome
            = shareThroughConsole(window, QStringLiteral("/var/tmp/no-such-folder-4"), true);
        QVERIFY2(outcome.contains(QStringLiteral("There is no folder")), qPrintable(outcome));
        // QEMU cannot plug the channel into a running machine: it comes at the next start, and
        // the folder is remembered for then.
        outcome = shareThroughConsole(window, dir.path(), true);
        QVERIFY2(outcome.contains(QStringLiteral("next starts")), qPrintable(outcome));
        QCOMPARE(window.sharedFolder()->folder(), dir.path());

        // Restarted, the console connects again and shares the folder by itself.
        QVERIFY(complete(Lifecycle::perform(m_conn, DomainAction::ForceOff, m_guest->uuid())).ok);
        QVERIFY2(m_guest->start(), qPrintable(m_guest->error()));
        m_shell = std::make_unique<GuestControl>(m_guest->controlSocketPath());
        QVERIFY(m_shell->connectToGuest(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_conn->domain(m_guest->uuid())->webdavChannel, 10000);
        QVERIFY(screenConnected(window));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->sharedFolder(), dir.path(), 10000);
        QVERIFY(window.session()->sharedFolderReadOnly());

        // The guest reads the file; writing is refused and nothing lands on this computer. The
        // status bar tells when the guest opens the folder (and closes it: vireo-webdav ends).
        QSignalSpy told(window.sharedFolder(), &Ui::ConsoleFolder::message);
        QString answer = request(QStringLiteral("GET"), QStringLiteral("/hello.txt"));
        QVERIFY2(answer.contains(QStringLiteral("HTTP/1.1 200"))
                     && answer.contains(QStringLiteral("from-this-computer-5")),
                 qPrintable(answer));
        QTRY_VERIFY(told.size() >= 2);
        QVERIFY2(told.at(0).at(0).toString().contains(QStringLiteral("opened the shared folder")),
                 qPrintable(told.at(0).at(0).toString()));
        answer = request(QStringLiteral("PUT"), QStringLiteral("/from-guest.txt"),
                         QStringLiteral("guest-wrote-6"));
        QVERIFY2(!answer.contains(QStringLiteral("HTTP/1.1 20")), qPrintable(answer));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("from-guest.txt"))));

        // Shared again read-write: the channel is there, so at once; the guest's file arrives.
        outcome = shareThroughConsole(window, dir.path(), false);
        QVERIFY2(outcome.contains(QStringLiteral("while this console is open")),
                 qPrintable(outcome));
        QVERIFY(!window.session()->sharedFolderReadOnly());
        answer = request(QStringLiteral("PUT"), QStringLiteral("/from-guest.txt"),
                         QStringLiteral("guest-wrote-6"));
        QVERIFY2(answer.contains(QStringLiteral("HTTP/1.1 201")), qPrintable(answer));
        QFile fromGuest(dir.filePath(QStringLiteral("from-guest.txt")));
        QVERIFY(fromGuest.open(QIODevice::ReadOnly));
        QCOMPARE(fromGuest.readAll(), QByteArray("guest-wrote-6"));

        // Machine > Stop Sharing lists it; chosen, the guest finds nothing shared.
        auto *stop = window.findChild<QMenu *>(QStringLiteral("stopSharing"));
        QVERIFY(stop);
        Q_EMIT stop->aboutToShow();
        auto *entry = stop->findChild<QAction *>(QStringLiteral("stopSharingConsoleFolder"));
        QVERIFY(entry);
        QVERIFY2(entry->toolTip().contains(QStringLiteral("the guest has it open"))
                     || entry->toolTip().contains(QStringLiteral("is shared")),
                 qPrintable(entry->toolTip()));
        entry->trigger();
        QVERIFY(window.sharedFolder()->folder().isEmpty());
        QVERIFY(window.session()->sharedFolder().isEmpty());
        answer = request(QStringLiteral("GET"), QStringLiteral("/hello.txt"), {}, 2);
        QVERIFY2(answer.contains(QStringLiteral("no folder is shared")), qPrintable(answer));
        Q_EMIT stop->aboutToShow();
        QVERIFY(!stop->findChild<QAction *>(QStringLiteral("stopSharingConsoleFolder")));
    }

    void aSessionConnectionSharesOnlyThroughTheConsole()
    {
        // libvirt 9.0 runs no virtiofsd for session connections: the dialog says so and
        // chooses the console.
        Connection *session = m_registry.add(QStringLiteral("qemu:///session"), false);
        Ui::ShareFolderDialog dialog(session, m_guest->uuid(), nullptr);
        QVERIFY(!dialog.virtiofsChoice()->isEnabled());
        QVERIFY2(dialog.virtiofsChoice()->toolTip().contains(QStringLiteral("session")),
                 qPrintable(dialog.virtiofsChoice()->toolTip()));
        QVERIFY(dialog.consoleChoice()->isChecked());
        // Without a console to share from, that way says how to get one.
        QVERIFY(!dialog.consoleChoice()->isEnabled());
        QVERIFY2(dialog.consoleChoice()->toolTip().contains(QStringLiteral("console")),
                 qPrintable(dialog.consoleChoice()->toolTip()));
        m_registry.remove(session);
    }
};

QTEST_MAIN(TstConsoleFolder)
#include "tst_consolefolder.moc"
