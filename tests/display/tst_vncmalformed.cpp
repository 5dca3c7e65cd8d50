// A hostile or broken VNC server must not take Vireo down: a small fake server on the other end
// of a socket pair sends an absurd framebuffer size, a rectangle outside the framebuffer, and a
// message cut short. Each time the session ends with a reason and the process carries on.

#include "display/DisplayProtocols.h"
#include "display/DisplaySession.h"
#include "ui/console/DisplayView.h"

#include <QTest>
#include <QtEndian>

#include <sys/socket.h>
#include <unistd.h>

using namespace Vireo;

namespace {

QByteArray u16(quint16 v)
{
    QByteArray b(2, 0);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, 0);
    qToBigEndian(v, b.data());
    return b;
}

/// The server's side of the handshake, up to and including ServerInit (RFB 3.8, no security).
QByteArray handshake(quint16 width, quint16 height)
{
    QByteArray s = "RFB 003.008\n";
    s += char(1); // one security type
    s += char(1); // None
    s += u32(0);  // security result: OK
    s += u16(width) + u16(height);
    // Pixel format: 32 bpp, depth 24, little endian, true colour, 255/255/255, shifts 16/8/0.
    s += char(32);
    s += char(24);
    s += char(0);
    s += char(1);
    s += u16(255) + u16(255) + u16(255);
    s += char(16);
    s += char(8);
    s += char(0);
    s += QByteArray(3, 0);
    const QByteArray name = "fake";
    s += u32(quint32(name.size())) + name;
    return s;
}

/// A FramebufferUpdate with one raw rectangle and `pixels` bytes of its data.
QByteArray rawUpdate(quint16 x, quint16 y, quint16 w, quint16 h, int pixels)
{
    QByteArray s;
    s += char(0); // FramebufferUpdate
    s += char(0);
    s += u16(1);
    s += u16(x) + u16(y) + u16(w) + u16(h) + u32(0); // raw
    s += QByteArray(pixels, char(0x7f));
    return s;
}

} // namespace

class TstVncMalformed : public QObject
{
    Q_OBJECT

    /// Runs the session against a server that sends `script`, then (optionally) hangs up.
    static QString sessionEndsWith(const QByteArray &script, bool hangUp)
    {
        int fds[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
            return QStringLiteral("no socketpair");
        std::unique_ptr<DisplaySession> vnc(DisplayProtocols::create(QStringLiteral("vnc")));
        if (!vnc)
            return QStringLiteral("no VNC plugin");
        DisplaySession &session = *vnc;
        Ui::DisplayView view;
        view.setSession(&session);
        session.open(fds[0]);
        const char *p = script.constData();
        qint64 left = script.size();
        while (left > 0) {
            const ssize_t n = ::send(fds[1], p, size_t(left), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            p += n;
            left -= n;
        }
        if (hangUp)
            ::close(fds[1]);
        const bool ended = QTest::qWaitFor(
            [&] { return session.state() == DisplaySession::State::Disconnected; }, 10000);
        if (!hangUp)
            ::close(fds[1]);
        if (!ended)
            return QStringLiteral("still connected");
        if (!view.overlayText().startsWith(QStringLiteral("Disconnected: ")))
            return QStringLiteral("no overlay");
        return session.disconnectReason();
    }

private Q_SLOTS:
    void absurdFramebufferSize()
    {
        const QString reason = sessionEndsWith(handshake(65535, 65535), false);
        QVERIFY2(reason.contains(QStringLiteral("impossible screen size")), qPrintable(reason));
    }

    void zeroFramebufferSize()
    {
        const QString reason = sessionEndsWith(handshake(0, 0), false);
        QVERIFY2(reason.contains(QStringLiteral("impossible screen size")), qPrintable(reason));
    }

    void rectangleOutsideTheFramebuffer()
    {
        const QString reason = sessionEndsWith(
            handshake(64, 64) + rawUpdate(60, 60, 100, 100, 100 * 100 * 4), false);
        QVERIFY2(!reason.isEmpty(), "no reason given");
        QVERIFY2(reason.contains(QStringLiteral("closed")), qPrintable(reason));
    }

    void truncatedMessage()
    {
        const QString reason
            = sessionEndsWith(handshake(64, 64) + rawUpdate(0, 0, 10, 10, 20), true);
        QVERIFY2(reason.contains(QStringLiteral("display connection")), qPrintable(reason));
    }

    void truncatedHandshake()
    {
        const QString reason = sessionEndsWith(QByteArray("RFB 003.0"), true);
        QVERIFY2(!reason.isEmpty(), "no reason given");
    }

    void updatesWhileAFrameIsHeldCopyNothing()
    {
        int fds[2];
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        std::unique_ptr<DisplaySession> vnc(DisplayProtocols::create(QStringLiteral("vnc")));
        QVERIFY(vnc);
        DisplaySession &session = *vnc;
        Ui::DisplayView view;
        view.setSession(&session);
        view.resize(64, 64);
        session.open(fds[0]);
        QByteArray script = handshake(64, 64) + rawUpdate(0, 0, 64, 64, 64 * 64 * 4);
        QCOMPARE(::send(fds[1], script.constData(), size_t(script.size()), MSG_NOSIGNAL),
                 ssize_t(script.size()));
        QTRY_COMPARE(session.frame().pixel(5, 5), qRgb(0x7f, 0x7f, 0x7f));
        const uchar *live = nullptr;
        session.withFrame([&live](const QImage &f) { live = f.constBits(); });
        // What a paint held while an update landed, and what a screenshot keeps: neither shares
        // the live frame, so the protocol thread writes in place instead of copying it all.
        const QImage held = session.frame();
        view.grab();
        QByteArray update = rawUpdate(0, 0, 8, 8, 0);
        update += QByteArray(8 * 8 * 4, char(0x20));
        QCOMPARE(::send(fds[1], update.constData(), size_t(update.size()), MSG_NOSIGNAL),
                 ssize_t(update.size()));
        QTRY_COMPARE(session.frame().pixel(5, 5), qRgb(0x20, 0x20, 0x20));
        const uchar *after = nullptr;
        session.withFrame([&after](const QImage &f) { after = f.constBits(); });
        // Written in place: had `held` shared the buffer, the write would have copied the frame
        // to a new one (the old one is still alive in `held`, so the address would differ).
        QCOMPARE(after, live);
        QCOMPARE(held.pixel(5, 5), qRgb(0x7f, 0x7f, 0x7f)); // the copy kept what it saw
        ::close(fds[1]);
        QTRY_COMPARE(session.state(), DisplaySession::State::Disconnected);
    }

    void stillStandingAfterAll()
    {
        // A good session after the bad ones: the process and libvncclient are fine.
        int fds[2];
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        std::unique_ptr<DisplaySession> vnc(DisplayProtocols::create(QStringLiteral("vnc")));
        QVERIFY(vnc);
        DisplaySession &session = *vnc;
        session.open(fds[0]);
        const QByteArray script = handshake(32, 16) + rawUpdate(0, 0, 32, 16, 32 * 16 * 4);
        QCOMPARE(::send(fds[1], script.constData(), size_t(script.size()), MSG_NOSIGNAL),
                 ssize_t(script.size()));
        QTRY_COMPARE(session.state(), DisplaySession::State::Connected);
        QTRY_COMPARE(session.frame().pixel(5, 5), qRgb(0x7f, 0x7f, 0x7f));
        ::close(fds[1]);
        QTRY_COMPARE(session.state(), DisplaySession::State::Disconnected);
    }
};

QTEST_MAIN(TstVncMalformed)
#include "tst_vncmalformed.moc"
