// The guest's display over SPICE and over VNC against the test guest under QEMU: what the view
// paints is the guest's framebuffer pixel for pixel; keys, pointer and wheel reach the guest; a
// stopped guest shows why; passwords are asked for; `vireo --show-console` is the console program
// on its own. (Resolution and mode changes: tst_displaymodes.)

#include "core/ConnectionRegistry.h"
#include "display/DisplayProtocols.h"
#include "display/GraphicsChannel.h"
#include "domains/Screenshot.h"
#include "support/DisplayCompare.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/console/DisplayView.h"
#include "ui/library/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>
#include <functional>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

/// A session of the protocol, from its plugin, as the console makes them.
std::unique_ptr<DisplaySession> makeSession(const QString &protocol)
{
    QString error;
    std::unique_ptr<DisplaySession> session(DisplayProtocols::create(protocol, nullptr, &error));
    if (!session)
        qWarning("%s", qPrintable(error));
    return session;
}

/// The last pointer report on the guest's serial port: x, y (0..32767) and buttons ("L", "-").
struct PointerReport
{
    int x = -1;
    int y = -1;
    QString buttons;
};

PointerReport lastPointer(const TestGuest &guest)
{
    const QStringList lines = guest.serialLines(QStringLiteral("VIREO-POINTER "));
    if (lines.isEmpty())
        return {};
    const QStringList parts = lines.last().split(QLatin1Char(' '));
    if (parts.size() != 4)
        return {};
    return {parts[1].toInt(), parts[2].toInt(), parts[3]};
}

/// Where QEMU's absolute axis (0..32767) puts a guest pixel.
int tabletAxis(int pixel, int size)
{
    return int(qint64(pixel) * 0x7fff / (size - 1));
}

} // namespace

class TstDisplay : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest; // SPICE first, VNC second

    int indexOf(const QString &protocol) const
    {
        return protocol == QLatin1String("spice") ? 0 : 1;
    }

    void protocols() { addProtocolRows(); }

    /// A connected session shown 1:1 in `view`, the view at the guest's size and on screen (so
    /// that a view pixel is a guest pixel); null when it does not get there.
    std::unique_ptr<DisplaySession> shownAtActualSize(const QString &protocol,
                                                      Ui::DisplayView &view)
    {
        view.setScaling(Ui::DisplayView::Scaling::OneToOne);
        auto session = connected(protocol, view);
        if (!session)
            return {};
        view.resize(session->frameSize());
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return {};
        return session;
    }

    std::unique_ptr<DisplaySession> connected(const QString &protocol, Ui::DisplayView &view)
    {
        return connectedSession(m_conn.get(), m_guest->uuid(), protocol, view);
    }

    bool showsExactly(Ui::DisplayView &view, const QString &protocol, QImage *shown,
                      const std::function<bool(const QImage &)> &also = {})
    {
        return Test::showsExactly(m_guest->uuid(), view, protocol, shown, also);
    }

    bool runInGuest(const QString &command) { return Test::runInGuest(*m_guest, command); }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(
            QStringLiteral("vireo-display"),
            GuestOptions{.graphics = {QStringLiteral("spice"), QStringLiteral("vnc")}});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QTRY_VERIFY(m_conn->domain(m_guest->uuid()).has_value());
        const auto [ok, error]
            = finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, m_guest->uuid()));
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY")));
        // A still screen: no blinking text cursor, no console blanking.
        QVERIFY(runInGuest(QStringLiteral("printf '\\033[?25l\\033[9;0]' > /dev/tty1")));
    }

    void paintsTheGuestFramebufferExactly_data() { protocols(); }
    void paintsTheGuestFramebufferExactly()
    {
        QFETCH(QString, protocol);
        Ui::DisplayView view;
        view.setScaling(Ui::DisplayView::Scaling::OneToOne);
        QCOMPARE(view.overlayText(), QStringLiteral("No display."));
        auto session = connected(protocol, view);
        QVERIFY2(session, "the display did not connect");
        view.resize(session->frameSize());
        view.show();
        // The guest draws its test pattern: eight bars of the VGA colours, on a cleared screen.
        // (VGA's DAC has 6 bits a colour: QEMU widens 0x2a to 0xa8.)
        QVERIFY(runInGuest(QStringLiteral("vireo-pattern")));

        // The widget's pixels, where it draws the guest, against QEMU's own framebuffer.
        QImage shown;
        QVERIFY(showsExactly(view, protocol, &shown, [](const QImage &image) {
            return image.pixel(360, 24) == qRgb(0xa8, 0, 0); // the pattern is there
        }));
        QCOMPARE(shown.size(), QSize(720, 400));                 // the text console
        QCOMPARE(shown.pixel(360, 8), qRgb(0, 0, 0));            // bar 0: black
        QCOMPARE(shown.pixel(360, 40), qRgb(0, 0xa8, 0));        // bar 2: green
        QCOMPARE(shown.pixel(360, 120), qRgb(0xa8, 0xa8, 0xa8)); // bar 7: light grey
        shown.save(artifactsDir() + QStringLiteral("/%1-view.png").arg(protocol));

        // Fit mode keeps the aspect in a wider widget.
        view.setScaling(Ui::DisplayView::Scaling::FitKeepAspect);
        view.resize(1440, 500);
        const QRect fit = view.frameRect();
        QCOMPARE(fit.height(), 500);
        QCOMPARE(fit.width(), 900);
        view.grab().save(artifactsDir() + QStringLiteral("/%1-view-fit.png").arg(protocol));
        // 1:1 asks for room for every guest pixel (the console window scrolls).
        view.setScaling(Ui::DisplayView::Scaling::OneToOne);
        QCOMPARE(view.minimumSize(), QSize(720, 400));
        QVERIFY(runInGuest(QStringLiteral("printf '\\033[0m\\033[2J' > /dev/tty1")));
    }

    void keyboardRunsCommands_data() { protocols(); }
    void keyboardRunsCommands()
    {
        QFETCH(QString, protocol);
        Ui::DisplayView view;
        auto session = connected(protocol, view);
        QVERIFY2(session, "the display did not connect");
        view.show();
        view.setFocus();
        const QString tag = protocol.toUpper();
        // Letters, digits, shifted symbols and Enter, sent as PC scan codes, run a command in
        // the guest's console shell.
        QTest::keyClicks(&view, QStringLiteral("echo %1-KEYS-$((6*7))_ok! > /dev/ttyS0").arg(tag));
        QTest::keyClick(&view, Qt::Key_Return);
        const bool ran = m_guest->waitForSerial(QStringLiteral("%1-KEYS-42_ok!").arg(tag), 20000);
        view.grab().save(artifactsDir() + QStringLiteral("/%1-view-typed.png").arg(protocol));
        QVERIFY2(ran, "typed command did not run");
        // A held key (auto-repeat from the host) types once.
        QTest::keyClicks(&view, QStringLiteral("echo %1-R").arg(tag));
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"), true);
        QTest::keyPress(&view, Qt::Key_X);
        QApplication::sendEvent(&view, &repeat);
        QApplication::sendEvent(&view, &repeat);
        QTest::keyRelease(&view, Qt::Key_X);
        QTest::keyClicks(&view, QStringLiteral("R > /dev/ttyS0"));
        QTest::keyClick(&view, Qt::Key_Return);
        QVERIFY2(m_guest->waitForSerial(QStringLiteral("%1-RxR").arg(tag), 20000), "held key");
        QCOMPARE(m_guest->serialCount(QStringLiteral("%1-RxxR").arg(tag)), 0);
    }

    void nativeScanCodesFollowThePhysicalKey_data() { protocols(); }
    void nativeScanCodesFollowThePhysicalKey()
    {
        QFETCH(QString, protocol);
        Ui::DisplayView view;
        auto session = connected(protocol, view);
        QVERIFY2(session, "the display did not connect");
        view.show();
        view.setFocus();
        // Key events as the window system delivers them: the XKB key code of the physical key
        // (evdev + 8), the keysym, and Qt's key and text from the host's layout. Here the host
        // has a German layout, where the physical Y key types 'z' and Z types 'y'; the guest
        // keeps its own (US) layout, so it must get the physical keys.
        struct Press
        {
            quint32 evdev;
            Qt::Key key;
            QString text;
            bool shift = false;
        };
        QList<Press> presses;
        auto type = [&presses](const QString &keys) {
            static const QHash<QChar, std::pair<quint32, Qt::Key>> layout{
                {u'e', {18, Qt::Key_E}},
                {u'c', {46, Qt::Key_C}},
                {u'h', {35, Qt::Key_H}},
                {u'o', {24, Qt::Key_O}},
                {u' ', {57, Qt::Key_Space}},
                {u'n', {49, Qt::Key_N}},
                {u'a', {30, Qt::Key_A}},
                {u't', {20, Qt::Key_T}},
                {u'i', {23, Qt::Key_I}},
                {u'v', {47, Qt::Key_V}},
                {u'-', {12, Qt::Key_Minus}},
                {u'd', {32, Qt::Key_D}},
                {u'/', {53, Qt::Key_Slash}},
                {u'0', {11, Qt::Key_0}},
                {u's', {31, Qt::Key_S}},
                {u'p', {25, Qt::Key_P}},
                // German: the physical Y key says Z, and the other way round.
                {u'y', {21, Qt::Key_Z}},
                {u'z', {44, Qt::Key_Y}},
            };
            for (QChar c : keys) {
                if (c == u'>') {
                    presses.append({52, Qt::Key_Greater, QStringLiteral(">"), true});
                } else if (c == u'S') {
                    presses.append({31, Qt::Key_S, QStringLiteral("S"), true});
                } else {
                    const auto [code, key] = layout.value(c);
                    presses.append({code, key, QString(c), false});
                }
            }
            presses.append({28, Qt::Key_Return, QStringLiteral("\r")});
        };
        type(QStringLiteral("echo %1-native-yz >/dev/ttyS0").arg(protocol));
        const quint32 shiftCode = 42 + 8;
        for (const Press &p : std::as_const(presses)) {
            Qt::KeyboardModifiers mods;
            if (p.shift) {
                QKeyEvent down(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, shiftCode,
                               0xffe1, 0);
                QApplication::sendEvent(&view, &down);
                mods = Qt::ShiftModifier;
            }
            // The keysym is what the host's layout says: it must not decide the guest's key.
            const quint32 keysym = p.text.isEmpty() ? 0 : p.text.at(0).unicode();
            QKeyEvent press(QEvent::KeyPress, p.key, mods, p.evdev + 8, keysym, 0, p.text);
            QKeyEvent release(QEvent::KeyRelease, p.key, mods, p.evdev + 8, keysym, 0, p.text);
            QApplication::sendEvent(&view, &press);
            QApplication::sendEvent(&view, &release);
            if (p.shift) {
                QKeyEvent up(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier, shiftCode, 0xffe1,
                             0);
                QApplication::sendEvent(&view, &up);
            }
        }
        const QString expected = QStringLiteral("%1-native-yz").arg(protocol);
        QVERIFY2(m_guest->waitForSerial(expected, 20000),
                 "the guest did not get the physical keys");
        QCOMPARE(m_guest->serialCount(QStringLiteral("%1-native-zy").arg(protocol)), 0);
    }

    void pointerReachesTheGuest_data() { protocols(); }
    void pointerReachesTheGuest()
    {
        QFETCH(QString, protocol);
        Ui::DisplayView view;
        auto session = shownAtActualSize(protocol, view);
        QVERIFY2(session, "the display did not connect or show");
        // The guest has a tablet: positions are absolute (SPICE's client mouse mode).
        QTRY_VERIFY(session->absolutePointer());

        // Motion: the guest reports where the pointer is, on its 0..32767 axes.
        const QPoint target(540, 100);
        QTest::mouseMove(&view, target);
        const int wantX = tabletAxis(target.x(), 720);
        const int wantY = tabletAxis(target.y(), 400);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(lastPointer(*m_guest).x - wantX) <= 64
                                     && qAbs(lastPointer(*m_guest).y - wantY) <= 96,
                                 15000);

        // A click: the left button goes down and up at that place. Clicking also grabs.
        QTest::mousePress(&view, Qt::LeftButton, {}, target);
        QTRY_COMPARE_WITH_TIMEOUT(lastPointer(*m_guest).buttons, QStringLiteral("L"), 15000);
        QVERIFY(view.isGrabbed());
        QTest::mouseRelease(&view, Qt::LeftButton, {}, target);
        QTRY_COMPARE_WITH_TIMEOUT(lastPointer(*m_guest).buttons, QStringLiteral("-"), 15000);

        // Ctrl+Alt lets go of the grab.
        QTest::keyPress(&view, Qt::Key_Control, Qt::ControlModifier);
        QTest::keyPress(&view, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!view.isGrabbed());
        QTest::keyRelease(&view, Qt::Key_Alt, Qt::ControlModifier);
        QTest::keyRelease(&view, Qt::Key_Control);

        // The wheel: one step up.
        const int wheels = m_guest->serialCount(QStringLiteral("VIREO-WHEEL 1"));
        QWheelEvent wheel(QPointF(target), view.mapToGlobal(QPointF(target)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QTRY_VERIFY_WITH_TIMEOUT(m_guest->serialCount(QStringLiteral("VIREO-WHEEL 1")) > wheels,
                                 15000);
    }

    void firstClickInAFreshConsoleReachesTheGuest_data() { protocols(); }
    void firstClickInAFreshConsoleReachesTheGuest()
    {
        // A user who opens a console and clicks at once, without moving the pointer first: the
        // click (press and release) must reach the guest where it was aimed.
        QFETCH(QString, protocol);
        Ui::DisplayView view;
        auto session = shownAtActualSize(protocol, view);
        QVERIFY2(session, "the display did not connect or show");
        const QPoint target(protocol == QLatin1String("spice") ? 200 : 260, 300);
        const int presses = m_guest->serialCount(QStringLiteral(" L"));
        QTest::mouseClick(&view, Qt::LeftButton, {}, target);
        QTRY_VERIFY_WITH_TIMEOUT(m_guest->serialCount(QStringLiteral(" L")) > presses, 15000);
        // The press was reported where the click was aimed.
        const QStringList lines = m_guest->serialLines(QStringLiteral("VIREO-POINTER "));
        PointerReport press;
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 4 && parts[3] == QLatin1String("L"))
                press = {parts[1].toInt(), parts[2].toInt(), parts[3]};
        }
        QVERIFY2(qAbs(press.x - tabletAxis(target.x(), 720)) <= 64
                     && qAbs(press.y - tabletAxis(target.y(), 400)) <= 96,
                 qPrintable(QStringLiteral("pressed at %1,%2").arg(press.x).arg(press.y)));
        QTRY_COMPARE_WITH_TIMEOUT(lastPointer(*m_guest).buttons, QStringLiteral("-"), 15000);
    }

    void firstClickInAFreshConsoleWindowIsOneClick()
    {
        // What a user does in a console window just opened: point at a button, wait, click once.
        // The press and the release both reach the guest at the button (a release elsewhere is
        // no click for the guest's toolkit). The click's grab once made the window grow a status
        // bar, shrinking and rescaling the screen between press and release.
        Ui::ConsoleWindow console(m_conn.get(), m_guest->uuid());
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        QTRY_VERIFY(console.session());
        QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), DisplaySession::State::Connected,
                                  15000);
        QTRY_VERIFY_WITH_TIMEOUT(!console.session()->frame().isNull(), 15000);
        Ui::DisplayView *view = console.view();
        QTRY_VERIFY(!view->frameRect().isEmpty());
        const QRect frameBefore = view->frameRect();
        const QSize guestSize = console.session()->frameSize();
        // A point low in the screen, where a shift of the layout moves the guest's pointer most.
        const QPoint guestTarget(guestSize.width() * 3 / 10, guestSize.height() * 8 / 10);
        const QPoint target(
            frameBefore.x() + guestTarget.x() * frameBefore.width() / guestSize.width(),
            frameBefore.y() + guestTarget.y() * frameBefore.height() / guestSize.height());
        const auto near = [&](const PointerReport &r) {
            return qAbs(r.x - tabletAxis(guestTarget.x(), guestSize.width())) <= 160
                   && qAbs(r.y - tabletAxis(guestTarget.y(), guestSize.height())) <= 160;
        };
        QTest::mouseMove(view, target);
        QTRY_VERIFY_WITH_TIMEOUT(near(lastPointer(*m_guest)), 15000);
        const int presses = m_guest->serialCount(QStringLiteral(" L"));
        QTest::mousePress(view, Qt::LeftButton, {}, target);
        // The hand holds the button while the window handles what the press set off.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::mouseRelease(view, Qt::LeftButton, {}, target);
        QTRY_VERIFY_WITH_TIMEOUT(m_guest->serialCount(QStringLiteral(" L")) > presses, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(lastPointer(*m_guest).buttons, QStringLiteral("-"), 15000);
        const QStringList lines = m_guest->serialLines(QStringLiteral("VIREO-POINTER "));
        PointerReport press, release;
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() != 4)
                continue;
            const PointerReport r{parts[1].toInt(), parts[2].toInt(), parts[3]};
            if (r.buttons == QLatin1String("L")) {
                press = r;
                release = {};
            } else if (press.x >= 0 && release.x < 0) {
                release = r;
            }
        }
        QVERIFY2(near(press),
                 qPrintable(QStringLiteral("pressed at %1,%2").arg(press.x).arg(press.y)));
        QVERIFY2(near(release),
                 qPrintable(QStringLiteral("released at %1,%2").arg(release.x).arg(release.y)));
        // The screen stayed where it was: grabbing changed nothing in the window's layout.
        QCOMPARE(view->frameRect(), frameBefore);
    }

    void reachesTheDisplayOverTheNetwork_data() { protocols(); }
    void reachesTheDisplayOverTheNetwork()
    {
        // What remote connections do: the listen address and port from the domain XML.
        QFETCH(QString, protocol);
        auto session = makeSession(protocol);
        Ui::DisplayView view;
        view.setSession(session.get());
        Graphics::attach(m_conn.get(), m_guest->uuid(), session.get(), indexOf(protocol),
                         Graphics::Route::Network);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), DisplaySession::State::Connected, 15000);
        QTRY_COMPARE(session->frameSize(), QSize(720, 400));
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
        QTRY_COMPARE(shown(*window.model(), conn, uuid), QStringLiteral("Running"));

        // Double-clicking the machine opens its console: its first display, SPICE.
        QVERIFY(window.selectDomain(conn, uuid));
        QTreeView *library = window.libraryView();
        const QRect row = library->visualRect(library->currentIndex());
        // As a real double-click arrives: a press and release, then the double-click.
        QTest::mouseClick(library->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(library->viewport(), Qt::LeftButton, {}, row.center());
        Ui::ConsoleWindow *console = nullptr;
        QTRY_VERIFY((console = window.findChild<Ui::ConsoleWindow *>()));
        QTRY_VERIFY(console->session());
        QCOMPARE(console->session()->protocol(), QStringLiteral("spice"));
        QTRY_COMPARE_WITH_TIMEOUT(console->session()->state(), DisplaySession::State::Connected,
                                  15000);
        QTRY_VERIFY(!console->session()->frame().isNull());
        const QString png = artifactsDir() + QStringLiteral("/console-window-spice.png");
        QTRY_VERIFY(console->saveScreenshot(png));
        QVERIFY(!QImage(png).isNull());

        // A click in the screen grabs the keyboard and says how to let go.
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QTest::mouseClick(console->view(), Qt::LeftButton, {}, console->view()->rect().center());
        QVERIFY(console->view()->isGrabbed());
        QVERIFY(console->windowTitle().contains(QStringLiteral("Ctrl+Alt")));
        console->grab().save(artifactsDir() + QStringLiteral("/console-window-grabbed.png"));
        QTest::keyPress(console->view(), Qt::Key_Control, Qt::ControlModifier);
        QTest::keyPress(console->view(), Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!console->view()->isGrabbed());
        QVERIFY(!console->windowTitle().contains(QStringLiteral("Ctrl+Alt")));
        QTest::keyRelease(console->view(), Qt::Key_Alt, Qt::ControlModifier);
        QTest::keyRelease(console->view(), Qt::Key_Control);

        // Force off: the console says it is disconnected, and why.
        QVERIFY(finish(Lifecycle::perform(conn, DomainAction::ForceOff, uuid)).first);
        QTRY_COMPARE_WITH_TIMEOUT(console->session()->state(), DisplaySession::State::Disconnected,
                                  10000);
        QTRY_VERIFY(console->view()->overlayText().startsWith(QStringLiteral("Disconnected: ")));
        QVERIFY2(console->view()->overlayText().startsWith(QStringLiteral("Disconnected: ")),
                 qPrintable(console->view()->overlayText()));
        console->grab().save(artifactsDir() + QStringLiteral("/console-window-disconnected.png"));
        // Started again, it comes back by itself, saying so meanwhile.
        QVERIFY(finish(Lifecycle::perform(conn, DomainAction::Start, uuid)).first);
        QTRY_COMPARE_WITH_TIMEOUT(console->view()->overlayText(),
                                  QStringLiteral("Reconnecting to the display..."), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(console->session()->state(), DisplaySession::State::Connected,
                                  20000);
        QVERIFY(console->view()->overlayText().isEmpty());
        // (Each start begins a new serial log.)
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000));
        console->grab().save(artifactsDir() + QStringLiteral("/console-window-reconnected.png"));
        // Ctrl+Alt+Del from the send-key menu reaches the guest: its kernel restarts it.
        QVERIFY(runInGuest(QStringLiteral("echo 1 > /proc/sys/kernel/ctrl-alt-del")));
        console->sendKeys({0x1d, 0x38, 0x153});
        QVERIFY2(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 90000, 2),
                 "Ctrl+Alt+Del did not restart the guest");
        QTRY_COMPARE_WITH_TIMEOUT(console->session()->state(), DisplaySession::State::Connected,
                                  20000);
        QVERIFY(runInGuest(QStringLiteral("printf '\\033[?25l\\033[9;0]' > /dev/tty1")));
    }

    void consoleProgramShowsOneMachine()
    {
        // `vireo --show-console NAME` becomes vireo-console: that machine's screen, no library.
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vireo.console.info=true"));
        console.setProcessEnvironment(env);
        QString log;
        connect(&console, &QProcess::readyReadStandardError, this,
                [&] { log += QString::fromLocal8Bit(console.readAllStandardError()); });
        const QString name = m_guest->name();
        console.start(QStringLiteral(VIREO_BINARY),
                      {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                       QStringLiteral("--show-console"), name});
        QVERIFY(console.waitForStarted());
        const QString connected = name + QStringLiteral(": connected to the SPICE display");
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains(connected), qPrintable(log), 20000);
        // Its window takes the guest's screen size.
        const QSize guestScreen = screenshot(m_guest->uuid()).size();
        QVERIFY(!guestScreen.isEmpty());
        QVERIFY2(log.contains(QStringLiteral("%1: screen %2x%3")
                                  .arg(name)
                                  .arg(guestScreen.width())
                                  .arg(guestScreen.height())),
                 qPrintable(log));
        // The same process, now the console program, without the library's history, osinfo or
        // plots.
        const QString proc = QStringLiteral("/proc/%1/").arg(console.processId());
        QCOMPARE(QFileInfo(QFile::symLinkTarget(proc + QStringLiteral("exe"))).fileName(),
                 QStringLiteral("vireo-console"));
        QFile maps(proc + QStringLiteral("maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libspice-client-glib"));
        // (SQLite itself may be there: spice-client-glib's libsoup maps it.)
        for (const char *library : {"libvireo-history", "libvireo-osinfo", "libvireo-performance",
                                    "libosinfo", "libQCustomPlot"})
            QVERIFY2(!mapped.contains(library), library);

        // The machine stops: the console says why; it starts: the console shows it again.
        const QString uuid = m_guest->uuid();
        QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::ForceOff, uuid)).first);
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains(name + QStringLiteral(": disconnected: ")),
                                  qPrintable(log), 10000);
        log.clear();
        QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, uuid)).first);
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains(connected), qPrintable(log), 20000);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000));
        QVERIFY(runInGuest(QStringLiteral("printf '\\033[?25l\\033[9;0]' > /dev/tty1")));
        console.terminate();
        QVERIFY(console.waitForFinished(10000));

        // A machine that is not there: the console says so (in a message box and on stderr).
        QProcess missing;
        missing.start(QStringLiteral(VIREO_BINARY),
                      {QStringLiteral("--connect"), QStringLiteral("qemu:///system"),
                       QStringLiteral("--show-console"), QStringLiteral("no-such-machine")});
        QString missingLog;
        connect(&missing, &QProcess::readyReadStandardError, this,
                [&] { missingLog += QString::fromLocal8Bit(missing.readAllStandardError()); });
        QTRY_VERIFY2_WITH_TIMEOUT(
            missingLog.contains(
                QStringLiteral("No virtual machine named \"no-such-machine\" on qemu:///system.")),
            qPrintable(missingLog), 15000);
        missing.terminate(); // the message box waits for the user
        QVERIFY(missing.waitForFinished(10000));
    }

    void spiceAgentSharesTheClipboardAndTheSize()
    {
        // A guest with a SPICE agent (the test guest's tiny one): the console's clipboard goes
        // both ways, and "Resize Guest to Window" sends the window's size to the guest.
        TestGuest guest(QStringLiteral("vireo-display-agent"),
                        GuestOptions{.graphics = {QStringLiteral("spice")}, .spiceAgent = true});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QTRY_VERIFY(m_conn->domain(guest.uuid()).has_value());

        // Opened while the machine is off, the console says so, and shows it once it runs.
        Ui::ConsoleWindow console(m_conn.get(), guest.uuid());
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        console.show();
        QVERIFY(!console.session());
        QCOMPARE(console.view()->overlayText(),
                 QStringLiteral("vireo-display-agent is shut off. Its screen shows here once it "
                                "runs."));
        QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, guest.uuid())).first);
        QVERIFY(guest.waitForSerial(QStringLiteral("VIREO-AGENT READY")));
        QTRY_VERIFY(console.session());
        QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), DisplaySession::State::Connected,
                                  15000);
        QVERIFY(guest.waitForSerial(QStringLiteral("VIREO-AGENT CAPS"), 15000));
        QAction *resize = nullptr;
        for (QAction *action : console.findChildren<QAction *>())
            if (action->text() == QLatin1String("Resize Guest to Window"))
                resize = action;
        QVERIFY(resize);
        QTRY_VERIFY_WITH_TIMEOUT(resize->isEnabled(), 15000);

        // Host to guest: the guest's agent asks for the text the host offers, and gets it.
        QGuiApplication::clipboard()->setText(QStringLiteral("vireo-host-clip 42"));
        QVERIFY2(
            guest.waitForSerial(QStringLiteral("VIREO-CLIPBOARD-IN vireo-host-clip 42"), 15000),
            "the guest did not receive the host's clipboard");
        // Guest to host: the guest's clipboard becomes the host's.
        GuestControl control(guest.controlSocketPath());
        QVERIFY(!control.run(QStringLiteral("echo vireo-guest-clip 7 > /run/vireo-clip; echo ok"))
                     .isNull());
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(),
                                  QStringLiteral("vireo-guest-clip 7"), 15000);

        // The guest is asked for the window's size (an even width, as SPICE wants).
        resize->trigger();
        console.resize(900, 700);
        QTRY_COMPARE(console.view()->size().width() > 0, true);
        const QSize wanted(console.view()->width() & ~1, console.view()->height());
        QVERIFY2(guest.waitForSerial(
                     QStringLiteral("VIREO-MONITOR %1x%2").arg(wanted.width()).arg(wanted.height()),
                     15000),
                 qPrintable(QStringLiteral("no monitor configuration of %1x%2 reached the guest")
                                .arg(wanted.width())
                                .arg(wanted.height())));
        console.close();
    }

    void passwords()
    {
        // Both displays want a password; the console asks for it.
        TestGuest guest(QStringLiteral("vireo-display-password"),
                        GuestOptions{.graphics = {QStringLiteral("vnc"), QStringLiteral("spice")},
                                     .vncPassword = QStringLiteral("vnc-pass"),
                                     .spicePassword = QStringLiteral("spice-s3cret")});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QTRY_VERIFY(m_conn->domain(guest.uuid()).has_value());
        QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, guest.uuid())).first);

        // SPICE (the second display): wrong, then right.
        for (const auto &[password, accepted] : {std::pair{QStringLiteral("guess"), false},
                                                 std::pair{QStringLiteral("spice-s3cret"), true}}) {
            auto spice = makeSession(QStringLiteral("spice"));
            QVERIFY(spice);
            DisplaySession &session = *spice;
            Ui::DisplayView view;
            view.setSession(&session);
            session.setPassword(password);
            Graphics::attach(m_conn.get(), guest.uuid(), &session, 1);
            if (accepted) {
                QTRY_COMPARE_WITH_TIMEOUT(session.state(), DisplaySession::State::Connected, 15000);
                QTRY_VERIFY(!session.frame().isNull());
            } else {
                QTRY_COMPARE_WITH_TIMEOUT(session.state(), DisplaySession::State::Disconnected,
                                          15000);
                QVERIFY(session.passwordRefused());
                QCOMPARE(view.overlayText(), QStringLiteral("Password needed: The display "
                                                            "password was not accepted."));
            }
        }

        // VNC through the console window: it asks, a wrong answer asks again, the right one
        // connects.
        Ui::ConsoleWindow console(m_conn.get(), guest.uuid());
        console.show();
        const auto promptSaying = [&console](const QString &words) -> QInputDialog * {
            for (auto *dialog :
                 console.findChildren<QInputDialog *>(QStringLiteral("displayPasswordDialog")))
                if (dialog->isVisible() && dialog->labelText().contains(words))
                    return dialog;
            return nullptr;
        };
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = promptSaying(QStringLiteral("protected by a password"))),
                                 15000);
        QVERIFY(console.session()->passwordRefused());
        QVERIFY(console.view()->overlayText().startsWith(QStringLiteral("Password needed")));
        console.grab().save(artifactsDir() + QStringLiteral("/console-window-password.png"));
        prompt->setTextValue(QStringLiteral("guess"));
        prompt->accept();
        QTRY_VERIFY_WITH_TIMEOUT((prompt = promptSaying(QStringLiteral("not accepted"))), 15000);
        prompt->setTextValue(QStringLiteral("vnc-pass"));
        prompt->accept();
        QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), DisplaySession::State::Connected,
                                  15000);
        QTRY_VERIFY(!console.session()->frame().isNull());
    }

    void cleanupTestCase() { m_guest.reset(); }
};

QTEST_MAIN(TstDisplay)
#include "tst_display.moc"
