// The guest's screen across its mode changes, over SPICE and over VNC: the view follows the guest's
// resolution (a console font of another height changes the VGA text mode from 720x400 to
// 720x392 and back; the display driver takes text to a graphics mode; a reset brings the BIOS's
// text mode back) and shows exactly QEMU's framebuffer once each change settles, and every frame
// the protocol hands over on the way is whole: a known pixel format, a stride that holds a row,
// a sane size. The view and virDomainScreenshot sample different instants, so they are compared
// after each change. (The guest is the desktop variant: its kernel has the bochs driver.)
//
// The test fonts draw each glyph row as its character code (a space is one lit column), which is
// why a screen in them looks like stripes: they live here, on a guest of this suite's own, so
// that the other suites' screenshots show the guest's ordinary text.

#include "core/Connection.h"
#include "display/DisplayProtocols.h"
#include "display/GraphicsChannel.h"
#include "domains/DomainLifecycle.h"
#include "support/DisplayCompare.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/console/DisplayView.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

/// What is wrong with a frame as the protocol hands it over, or empty when it is whole.
QString frameProblem(const QImage &f)
{
    if (f.isNull())
        return {}; // between a surface's end and the next one: nothing to paint
    const QList<QImage::Format> formats = {QImage::Format_RGB32, QImage::Format_RGB16,
                                           QImage::Format_RGB555, QImage::Format_ARGB32};
    if (!formats.contains(f.format()))
        return QStringLiteral("format %1").arg(int(f.format()));
    if (f.width() <= 0 || f.height() <= 0 || f.width() > 8192 || f.height() > 8192)
        return QStringLiteral("size %1x%2").arg(f.width()).arg(f.height());
    if (f.bytesPerLine() < f.width() * f.depth() / 8)
        return QStringLiteral("stride %1 for %2 pixels of %3 bits")
            .arg(f.bytesPerLine())
            .arg(f.width())
            .arg(f.depth());
    if (!f.constBits())
        return QStringLiteral("no pixels");
    return {};
}

} // namespace

class TstDisplayModes : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest; // SPICE first, VNC second

    void protocols() { addProtocolRows(); }

    std::unique_ptr<DisplaySession> connected(const QString &protocol, Ui::DisplayView &view)
    {
        return connectedSession(m_conn.get(), m_guest->uuid(), protocol, view);
    }

    bool showsExactly(Ui::DisplayView &view, const QString &protocol, QImage *shown)
    {
        return Test::showsExactly(m_guest->uuid(), view, protocol, shown);
    }

    /// Blocking: commands that change the screen's mode go in the background (spice-server
    /// holds QEMU until the client takes the old surface's last messages, and a blocked client
    /// would stall the guest).
    bool runInGuest(const QString &command) { return Test::runInGuest(*m_guest, command); }

    /// A still screen: no blinking text cursor, no console blanking.
    bool stillScreen()
    {
        return runInGuest(QStringLiteral("printf '\\033[?25l\\033[9;0]' > /dev/tty1"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-displaymodes"));
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_guest = std::make_unique<TestGuest>(
            QStringLiteral("vireo-displaymodes"),
            GuestOptions{.graphics = {QStringLiteral("spice"), QStringLiteral("vnc")},
                         .desktop = true}); // its kernel has the bochs display driver
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QVERIFY2(m_guest->start(), qPrintable(m_guest->error()));
        QVERIFY(stillScreen());
    }

    void framesStayWholeAcrossModeSwitches_data() { protocols(); }
    void framesStayWholeAcrossModeSwitches()
    {
        QFETCH(QString, protocol);
        Ui::DisplayView view;
        view.setScaling(Ui::DisplayView::Scaling::OneToOne);
        auto session = connected(protocol, view);
        QVERIFY2(session, "the display did not connect");
        view.resize(1024, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Every frame the protocol hands over, as it comes.
        int frames = 0;
        QStringList wrong;
        QList<QSize> sizes;
        const auto check = [&] {
            session->withFrame([&](const QImage &frame) {
                ++frames;
                if (const QString why = frameProblem(frame); !why.isEmpty())
                    wrong << why;
                if (!frame.isNull() && (sizes.isEmpty() || sizes.last() != frame.size()))
                    sizes << frame.size();
            });
        };
        check(); // the first frame
        connect(session.get(), &DisplaySession::frameUpdated, &view, check);
        connect(session.get(), &DisplaySession::frameResized, &view, check);

        // Text mode to another text mode and back, each settled screen exact.
        QImage shown;
        QVERIFY(runInGuest(QStringLiteral("( loadfont < /lib/vireo/font14.psf & )")));
        QTRY_COMPARE_WITH_TIMEOUT(session->frameSize(), QSize(720, 392), 15000);
        QVERIFY(showsExactly(view, protocol, &shown));
        QVERIFY(runInGuest(QStringLiteral("( loadfont < /lib/vireo/font16.psf & )")));
        QTRY_COMPARE_WITH_TIMEOUT(session->frameSize(), QSize(720, 400), 15000);
        QVERIFY(showsExactly(view, protocol, &shown));

        // Text to graphics: the display driver takes the console into a framebuffer mode.
        // The mode comes back on serial, read while events run: a control-shell read would block
        // this process while spice-server holds QEMU for the mode change until this client reads.
        const int modes = m_guest->serialCount(QStringLiteral("VIREO-MODE"));
        QVERIFY(runInGuest(QStringLiteral("( { vireo-graphics > /tmp/mode.txt 2>&1; echo "
                                          "VIREO-MODE $(cat /tmp/mode.txt) > /dev/ttyS0; } & )")));
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-MODE"), 60000, modes + 1));
        const QString mode = m_guest->serialLines(QStringLiteral("VIREO-MODE"))
                                 .last()
                                 .section(QLatin1Char(' '), 1);
        QVERIFY2(mode.contains(QLatin1Char(',')), qPrintable(mode));
        const QSize graphics(mode.section(QLatin1Char(','), 0, 0).toInt(),
                             mode.section(QLatin1Char(','), 1, 1).toInt());
        QTRY_COMPARE_WITH_TIMEOUT(session->frameSize(), graphics, 15000);
        QVERIFY(stillScreen());
        QVERIFY(showsExactly(view, protocol, &shown));
        QCOMPARE(shown.size(), graphics);

        // And back to text with a reset: the VGA BIOS sets its mode, the firmware and the
        // kernel write in it, the guest's ordinary font comes back.
        const int booted = m_guest->serialCount(QStringLiteral("VIREO-GUEST READY"));
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_guest->uuid().toLatin1().constData());
        QVERIFY(dom);
        const int reset = virDomainReset(dom, 0);
        virDomainFree(dom);
        QCOMPARE(reset, 0);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 90000, booted + 1));
        QVERIFY(stillScreen());
        QTRY_COMPARE_WITH_TIMEOUT(session->frameSize(), QSize(720, 400), 15000);
        QVERIFY(showsExactly(view, protocol, &shown));
        view.grab().save(artifactsDir() + QStringLiteral("/%1-after-reset.png").arg(protocol));

        QStringList seen;
        for (const QSize &size : std::as_const(sizes))
            seen << QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        qInfo("%d frames checked; sizes in turn: %s", frames, qPrintable(seen.join(", ")));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
        QVERIFY(frames >= 3);
        QVERIFY(sizes.size() >= 5); // 720x400, 720x392, 720x400, graphics, 720x400
    }

    void followsTheGuestResolution_data() { protocols(); }
    void followsTheGuestResolution()
    {
        QFETCH(QString, protocol);
        Ui::DisplayView view;
        auto session = connected(protocol, view);
        QVERIFY2(session, "the display did not connect");
        view.resize(1400, 600);
        view.show();
        QCOMPARE(session->frameSize(), QSize(720, 400));
        QSignalSpy resized(session.get(), &DisplaySession::frameResized);
        // A 14-line font leaves 28 text rows: the VGA console becomes 720x392.
        QVERIFY(runInGuest(QStringLiteral("( loadfont < /lib/vireo/font14.psf & )")));
        QTRY_COMPARE_WITH_TIMEOUT(session->frameSize(), QSize(720, 392), 15000);
        QVERIFY(!resized.isEmpty());
        // Fit mode keeps the new aspect.
        QCOMPARE(view.frameRect().height(), 600);
        QCOMPARE(view.frameRect().width(), 720 * 600 / 392);
        // And shows the new screen exactly, at 1:1.
        view.setScaling(Ui::DisplayView::Scaling::OneToOne);
        QImage shown;
        QVERIFY(showsExactly(view, protocol, &shown));
        QCOMPARE(shown.size(), QSize(720, 392));
        view.grab().save(artifactsDir() + QStringLiteral("/%1-view-resized.png").arg(protocol));
        QVERIFY(runInGuest(QStringLiteral("( loadfont < /lib/vireo/font16.psf & )")));
        QTRY_COMPARE_WITH_TIMEOUT(session->frameSize(), QSize(720, 400), 15000);
        // Back to 720x400, exactly. (It also lets QEMU's display settle before the session
        // closes: spice-server 0.15.1 has crashed QEMU when a client left during a mode change.)
        QVERIFY(showsExactly(view, protocol, &shown));
        QCOMPARE(shown.size(), QSize(720, 400));
    }

    void cleanupTestCase() { m_guest.reset(); }
};

QTEST_MAIN(TstDisplayModes)
#include "tst_displaymodes.moc"
