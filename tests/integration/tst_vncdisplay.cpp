// The VNC console against the test guest under QEMU: what the view paints is the guest's
// framebuffer, pixel for pixel; a guest that stops shows why.

#include "ConnectionRegistry.h"
#include "ConsoleWindow.h"
#include "DisplayView.h"
#include "GraphicsChannel.h"
#include "GuestControl.h"
#include "LibraryWait.h"
#include "MainWindow.h"
#include "TestGuest.h"
#include "TestPaths.h"
#include "VncSession.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>
#include <QTreeView>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

/// The guest's framebuffer as QEMU has it (virDomainScreenshot), in 24-bit RGB.
QImage screenshot(const QString &uuid)
{
    virConnectPtr conn = TestGuest::helperConnection();
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom)
        return {};
    virStreamPtr st = virStreamNew(conn, 0);
    char *mime = virDomainScreenshot(dom, st, 0, 0);
    QByteArray data;
    if (mime) {
        char buffer[65536];
        int n = 0;
        while ((n = virStreamRecv(st, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        virStreamFinish(st);
        free(mime);
    }
    virStreamFree(st);
    virDomainFree(dom);
    return QImage::fromData(data).convertToFormat(QImage::Format_RGB888);
}

} // namespace

class TstVncDisplay : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest;

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-vnc-display"));
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QTRY_VERIFY(m_conn->domain(m_guest->uuid()).has_value());
        const auto [ok, error]
            = finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, m_guest->uuid()));
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY")));
        // A still screen: no blinking text cursor, no console blanking.
        GuestControl control(m_guest->controlSocketPath());
        QVERIFY(!control.run(QStringLiteral("printf '\\033[?25l\\033[9;0]' > /dev/tty1; echo ok"))
                     .isNull());
    }

    void paintsTheGuestFramebufferExactly()
    {
        Operation *open = Graphics::openFd(m_conn.get(), m_guest->uuid());
        QSignalSpy opened(open, &Operation::finished);
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
        const int fd = open->value().toInt();

        VncSession session;
        Ui::DisplayView view;
        view.setSession(&session);
        view.setScaling(Ui::DisplayView::Scaling::OneToOne);
        QCOMPARE(view.overlayText(), QStringLiteral("Connecting to the display..."));
        session.open(fd);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), DisplaySession::State::Connected, 10000);
        QTRY_VERIFY(!session.frame().isNull());
        view.resize(session.frameSize());
        view.show();

        // The widget's pixels, where it draws the guest, against QEMU's own framebuffer.
        QImage painted;
        QImage reference;
        QTRY_VERIFY_WITH_TIMEOUT(
            (reference = screenshot(m_guest->uuid()),
             painted = view.grab(view.frameRect()).toImage().convertToFormat(QImage::Format_RGB888),
             !reference.isNull() && painted == reference),
            20000);
        QCOMPARE(painted.size(), QSize(720, 400)); // the text console
        painted.save(artifactsDir() + QStringLiteral("/vnc-view.png"));

        // Fit mode keeps the aspect in a wider widget.
        view.setScaling(Ui::DisplayView::Scaling::FitKeepAspect);
        view.resize(1440, 500);
        const QRect fit = view.frameRect();
        QCOMPARE(fit.height(), 500);
        QCOMPARE(fit.width(), 900);
        view.grab().save(artifactsDir() + QStringLiteral("/vnc-view-fit.png"));

        // Typing into the widget runs a command in the guest's console shell: letters, digits,
        // shifted symbols and Enter, sent as PC scan codes.
        view.setFocus();
        QTest::keyClicks(&view, QStringLiteral("echo VIREO-KEYS-$((6*7)) > /dev/ttyS0"));
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY2(m_guest->waitForSerial(QStringLiteral("VIREO-KEYS-42"), 20000),
                 "typed command did not run");
        // A held key (auto-repeat from the host) types once.
        QTest::keyClicks(&view, QStringLiteral("echo R"));
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"), true);
        QTest::keyPress(&view, Qt::Key_X);
        QApplication::sendEvent(&view, &repeat);
        QApplication::sendEvent(&view, &repeat);
        QTest::keyRelease(&view, Qt::Key_X);
        QTest::keyClicks(&view, QStringLiteral("R > /dev/ttyS0"));
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY2(m_guest->waitForSerial(QStringLiteral("RxR"), 20000), "held key");
        QCOMPARE(m_guest->serialCount(QStringLiteral("RxxR")), 0);

        // The guest stops: the view says so, with the reason.
        const auto [ok, error]
            = finish(Lifecycle::perform(m_conn.get(), DomainAction::ForceOff, m_guest->uuid()));
        QVERIFY2(ok, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), DisplaySession::State::Disconnected, 10000);
        QVERIFY2(view.overlayText().startsWith(QStringLiteral("Disconnected: ")),
                 qPrintable(view.overlayText()));
        QVERIFY(!session.disconnectReason().isEmpty());
        view.grab().save(artifactsDir() + QStringLiteral("/vnc-view-disconnected.png"));
    }

    void consoleWindowFollowsTheMachine()
    {
        ConnectionRegistry registry;
        Ui::MainWindow window(&registry);
        window.show();
        Connection *conn = registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), Connection::State::Connected, 15000);
        const QString uuid = m_guest->uuid();
        QTRY_VERIFY(conn->domain(uuid).has_value());
        if (!conn->domain(uuid)->isActive())
            QVERIFY(finish(Lifecycle::perform(conn, DomainAction::Start, uuid)).first);
        QTRY_COMPARE(shown(*window.model(), conn, uuid), QStringLiteral("Running"));

        // Double-clicking the machine opens its console.
        QVERIFY(window.selectDomain(conn, uuid));
        QTreeView *library = window.libraryView();
        const QRect row = library->visualRect(library->currentIndex());
        // As a real double-click arrives: a press and release, then the double-click.
        QTest::mouseClick(library->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(library->viewport(), Qt::LeftButton, {}, row.center());
        Ui::ConsoleWindow *console = nullptr;
        QTRY_VERIFY((console = window.findChild<Ui::ConsoleWindow *>()));
        QTRY_VERIFY(console->session());
        QTRY_COMPARE_WITH_TIMEOUT(console->session()->state(), DisplaySession::State::Connected,
                                  10000);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000));
        QTRY_VERIFY(!console->session()->frame().isNull());
        const QString png = artifactsDir() + QStringLiteral("/console-window.png");
        QTRY_VERIFY(console->saveScreenshot(png));
        console->grab().save(artifactsDir() + QStringLiteral("/console-window-grab.png"));

        // Force off: the console says it is disconnected, and why.
        QVERIFY(finish(Lifecycle::perform(conn, DomainAction::ForceOff, uuid)).first);
        QTRY_COMPARE_WITH_TIMEOUT(console->session()->state(), DisplaySession::State::Disconnected,
                                  10000);
        QVERIFY(console->view()->overlayText().startsWith(QStringLiteral("Disconnected")));
        // Started again, it comes back by itself.
        QVERIFY(finish(Lifecycle::perform(conn, DomainAction::Start, uuid)).first);
        QTRY_COMPARE_WITH_TIMEOUT(console->session()->state(), DisplaySession::State::Connected,
                                  20000);
        QVERIFY(console->view()->overlayText().isEmpty());
        // Sending Ctrl+Alt+Del through the menu path does not disturb the session.
        console->sendKeys({0x1d, 0x38, 0x153});
        QTest::qWait(200);
        QVERIFY(console->session()->state() != DisplaySession::State::Idle);
        QVERIFY(finish(Lifecycle::perform(conn, DomainAction::ForceOff, uuid)).first);
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right") << QStringLiteral("s3cret") << true;
        QTest::newRow("wrong") << QStringLiteral("guess") << false;
    }
    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        TestGuest guest(QStringLiteral("vireo-vnc-password"),
                        GuestOptions{.vncPassword = QStringLiteral("s3cret")});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QTRY_VERIFY(m_conn->domain(guest.uuid()).has_value());
        QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, guest.uuid())).first);
        Operation *open = Graphics::openFd(m_conn.get(), guest.uuid());
        QSignalSpy opened(open, &Operation::finished);
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().first().toBool());
        VncSession session;
        Ui::DisplayView view;
        view.setSession(&session);
        session.setPassword(password);
        session.open(open->value().toInt());
        if (accepted) {
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), DisplaySession::State::Connected, 10000);
            QTRY_VERIFY(!session.frame().isNull());
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), DisplaySession::State::Disconnected, 10000);
            QCOMPARE(session.disconnectReason(),
                     QStringLiteral("The display password was not accepted."));
            QCOMPARE(view.overlayText(),
                     QStringLiteral("Disconnected: The display password was not accepted."));
        }
    }

    void cleanupTestCase() { m_guest.reset(); }
};

QTEST_MAIN(TstVncDisplay)
#include "tst_vncdisplay.moc"
