#include "display/vnc/VncSession.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

#include <rfb/rfbclient.h>

#include <csignal>
#include <cstdarg>
#include <deque>
#include <unistd.h>

namespace Vireo {

namespace {

struct VncText
{
    Q_DECLARE_TR_FUNCTIONS(VncText)
};

int kClientTag; // its address tags our data in the rfbClient

// libvncclient reports through two global printf-like hooks; keep the last error per thread, as
// the reason a session ends.
thread_local QString t_lastVncError;

Q_LOGGING_CATEGORY(lcVnc, "vireo.vnc", QtWarningMsg)

QString formatted(const char *format, va_list args)
{
    char buffer[512];
    vsnprintf(buffer, sizeof buffer, format, args);
    return QString::fromLocal8Bit(buffer).trimmed();
}

void logInfo(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    const QString message = formatted(format, args);
    va_end(args);
    // Some failures (authentication) come through the ordinary log.
    if (message.contains(QLatin1String("failed"), Qt::CaseInsensitive))
        t_lastVncError = message;
    qCDebug(lcVnc) << message;
}

void logError(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    t_lastVncError = formatted(format, args);
    va_end(args);
    qCDebug(lcVnc) << "error:" << t_lastVncError;
}

// libvncclient 0.9.14 always announces the ExtendedDesktopSize encoding, then drops QEMU's
// resize messages of that kind (it takes screen id 0, which QEMU uses, as invalid): the guest
// changes resolution and the client keeps the old size, until rectangles no longer fit ("Rect
// too large"). So the encodings are announced again, the same ones without it: QEMU then sends
// the plain DesktopSize message, which libvncclient handles.
bool announceEncodings(rfbClient *cl)
{
    const quint32 encodings[] = {
        rfbEncodingTight,
        rfbEncodingZRLE,
        rfbEncodingUltra,
        rfbEncodingCopyRect,
        rfbEncodingHextile,
        rfbEncodingZlib,
        rfbEncodingCoRRE,
        rfbEncodingRRE,
        rfbEncodingRaw,
        rfbEncodingCompressLevel0 + 3, // lossless: no quality level, so no JPEG
        rfbEncodingXCursor,
        rfbEncodingRichCursor,
        rfbEncodingKeyboardLedState,
        rfbEncodingNewFBSize,
        rfbEncodingLastRect,
        rfbEncodingQemuExtendedKeyEvent,
    };
    QByteArray message(sz_rfbSetEncodingsMsg, 0);
    message[0] = char(rfbSetEncodings);
    const quint16 count = quint16(std::size(encodings));
    message[2] = char(count >> 8);
    message[3] = char(count & 0xff);
    for (quint32 e : encodings) {
        const char bytes[] = {char(e >> 24), char(e >> 16), char(e >> 8), char(e)};
        message.append(bytes, 4);
    }
    return WriteToRFBServer(cl, message.constData(), unsigned(message.size()));
}

struct InputEvent
{
    enum class Kind { Key, Pointer, Clipboard } kind;
    quint32 scancode = 0;
    quint32 keysym = 0;
    bool down = false;
    QPoint position;
    int buttons = 0;
    QByteArray text;
};

} // namespace

struct VncSession::Client
{
    VncSession *session = nullptr;
    QThread *thread = nullptr;
    QMutex mutex; // guards everything below
    std::deque<InputEvent> input;
    QByteArray password;
    bool stop = false;
    int fd = -1;

    // Owned by the thread.
    rfbClient *rfb = nullptr;
    QRect dirty;
    bool extendedKeys = true;

    static Client *of(rfbClient *cl)
    {
        return static_cast<Client *>(rfbClientGetClientData(cl, &kClientTag));
    }

    static rfbBool allocate(rfbClient *cl)
    {
        Client *c = of(cl);
        // libvncclient validates nothing here: refuse sizes no real display has.
        if (cl->width <= 0 || cl->height <= 0 || cl->width > 16384 || cl->height > 16384) {
            t_lastVncError = VncText::tr("The display server announced an impossible screen size "
                                         "(%1 x %2).")
                                 .arg(cl->width)
                                 .arg(cl->height);
            return FALSE;
        }
        free(cl->frameBuffer);
        cl->frameBuffer = static_cast<uint8_t *>(calloc(size_t(cl->width) * cl->height, 4));
        if (!cl->frameBuffer)
            return FALSE;
        // 32 bits per pixel, 0x00RRGGBB: exactly QImage::Format_RGB32.
        cl->format.bitsPerPixel = 32;
        cl->format.depth = 24;
        cl->format.trueColour = TRUE;
        cl->format.redMax = cl->format.greenMax = cl->format.blueMax = 255;
        cl->format.redShift = 16;
        cl->format.greenShift = 8;
        cl->format.blueShift = 0;
        const QSize size(cl->width, cl->height);
        {
            QMutexLocker lock(&c->session->m_frameMutex);
            c->session->m_frame = QImage(size, QImage::Format_RGB32);
            c->session->m_frame.fill(Qt::black);
        }
        Q_EMIT c->session->frameResized(size);
        return TRUE;
    }

    static void gotUpdate(rfbClient *cl, int x, int y, int w, int h)
    {
        Client *c = of(cl);
        const QRect r = QRect(x, y, w, h).intersected(QRect(0, 0, cl->width, cl->height));
        c->dirty |= r;
    }

    static void finishedUpdate(rfbClient *cl)
    {
        Client *c = of(cl);
        const QRect r = c->dirty;
        c->dirty = QRect();
        if (r.isEmpty())
            return;
        {
            QMutexLocker lock(&c->session->m_frameMutex);
            QImage &frame = c->session->m_frame;
            if (frame.width() != cl->width || frame.height() != cl->height)
                return;
            const int stride = cl->width * 4;
            for (int row = r.top(); row <= r.bottom(); ++row)
                memcpy(frame.scanLine(row) + r.left() * 4,
                       cl->frameBuffer + row * stride + r.left() * 4, size_t(r.width()) * 4);
        }
        Q_EMIT c->session->frameUpdated(r);
    }

    // The cursor pseudo-encoding: the guest's pointer shape, drawn by us where the host pointer
    // is, instead of lagging behind it in the framebuffer.
    static void gotCursor(rfbClient *cl, int xhot, int yhot, int width, int height, int bpp)
    {
        Client *c = of(cl);
        if (bpp != 4 || width <= 0 || height <= 0 || width > 512 || height > 512 || !cl->rcSource
            || !cl->rcMask)
            return;
        QImage image(width, height, QImage::Format_ARGB32);
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            const auto *source = reinterpret_cast<const quint32 *>(cl->rcSource) + y * width;
            const uint8_t *mask = cl->rcMask + y * width;
            for (int x = 0; x < width; ++x)
                line[x] = mask[x] ? (0xff000000u | (source[x] & 0xffffff)) : 0u;
        }
        c->session->setCursor(image, QPoint(xhot, yhot));
    }

    static void gotClipboard(rfbClient *cl, const char *text, int length)
    {
        // RFB's cut text is Latin-1 (libvncclient 0.9.14 has no UTF-8 extension).
        of(cl)->session->receiveClipboard(QString::fromLatin1(text, qMax(0, length)));
    }

    static char *answerPassword(rfbClient *cl)
    {
        Client *c = of(cl);
        QMutexLocker lock(&c->mutex);
        return strdup(c->password.constData()); // libvncclient frees it
    }

    void run()
    {
        rfbClientLog = logInfo;
        rfbClientErr = logError;
        rfb = rfbGetClient(8, 3, 4);
        rfbClientSetClientData(rfb, &kClientTag, this);
        rfb->MallocFrameBuffer = &Client::allocate;
        rfb->GotFrameBufferUpdate = &Client::gotUpdate;
        rfb->FinishedFrameBufferUpdate = &Client::finishedUpdate;
        rfb->GetPassword = &Client::answerPassword;
        rfb->GotCursorShape = &Client::gotCursor;
        rfb->GotXCutText = &Client::gotClipboard;
        rfb->appData.useRemoteCursor = TRUE;
        rfb->canHandleNewFBSize = TRUE;
        rfb->format.redShift = 16;
        rfb->format.greenShift = 8;
        rfb->format.blueShift = 0;
        // The socket is already connected (libvirt handed it over): skip libvncclient's connect.
        rfb->listenSpecified = TRUE;
        rfb->sock = fd;
        session->setState(State::Connecting);
        if (!rfbInitClient(rfb, nullptr, nullptr)) {
            // rfbInitClient frees the client on failure.
            rfb = nullptr;
            QString why = t_lastVncError;
            const bool refused = why.contains(QLatin1String("authentication"), Qt::CaseInsensitive)
                                 || why.contains(QLatin1String("password"), Qt::CaseInsensitive);
            if (refused) {
                QMutexLocker lock(&mutex);
                why = password.isEmpty() ? VncText::tr("This display needs a password.")
                                         : VncText::tr("The display password was not accepted.");
            } else if (why.contains(QLatin1String("screen size")))
                ; // already in words
            else
                why = why.isEmpty() ? VncText::tr("The display server refused the connection.")
                                    : VncText::tr("The display connection failed: %1").arg(why);
            session->setState(State::Disconnected, why, refused);
            return;
        }
        announceEncodings(rfb);
        session->setState(State::Connected);
        QString reason;
        for (;;) {
            {
                QMutexLocker lock(&mutex);
                if (stop)
                    break;
            }
            // libvncclient reads ahead into its own buffer, which select() cannot see: what is
            // buffered is handled first. Else wait up to 20 ms (input waits at most that long).
            const int n = rfb->buffered > 0 ? 1 : WaitForMessage(rfb, 20000);
            if (n < 0 || (n > 0 && !HandleRFBServerMessage(rfb))) {
                reason = t_lastVncError.isEmpty()
                             ? VncText::tr("The display connection was closed.")
                             : VncText::tr("The display connection was closed: %1")
                                   .arg(t_lastVncError);
                break;
            }
            drainInput();
        }
        free(rfb->frameBuffer);
        rfb->frameBuffer = nullptr;
        rfbClientCleanup(rfb); // closes the socket
        rfb = nullptr;
        QMutexLocker lock(&mutex);
        session->setState(State::Disconnected, stop ? VncText::tr("Closed.") : reason);
    }

    void drainInput()
    {
        std::deque<InputEvent> events;
        {
            QMutexLocker lock(&mutex);
            events.swap(input);
        }
        for (const InputEvent &e : events) {
            if (e.kind == InputEvent::Kind::Key) {
                // QEMU's extended key event carries the scan code: layout-independent keys.
                // The qnum form puts 0xE0-prefixed keys in the high bit of one byte.
                const quint32 qnum
                    = (e.scancode & 0x100) ? (0x80 | (e.scancode & 0x7f)) : e.scancode;
                if (!extendedKeys || !SendExtendedKeyEvent(rfb, e.keysym, qnum, e.down)) {
                    extendedKeys = false;
                    SendKeyEvent(rfb, e.keysym, e.down);
                }
            } else if (e.kind == InputEvent::Kind::Pointer) {
                SendPointerEvent(rfb, e.position.x(), e.position.y(), e.buttons);
            } else {
                SendClientCutText(rfb, const_cast<char *>(e.text.constData()), int(e.text.size()));
            }
        }
    }
};

namespace {

class VncThread : public QThread
{
public:
    explicit VncThread(std::shared_ptr<VncSession::Client> client)
        : m_client(std::move(client))
    {
    }

protected:
    void run() override { m_client->run(); }

private:
    std::shared_ptr<VncSession::Client> m_client;
};

} // namespace

VncSession::VncSession(QObject *parent)
    : DisplaySession(parent)
    , m_client(std::make_shared<Client>())
{
    m_client->session = this;
}

VncSession::~VncSession()
{
    close();
    if (m_client->thread) {
        m_client->thread->wait(); // it notices within one 20 ms wait
        delete m_client->thread;
    }
}

void VncSession::open(int fd)
{
    if (m_client->thread)
        return;
    // libvncclient writes with write(): a server that hangs up must not kill the process.
    static const bool ignored = [] {
        signal(SIGPIPE, SIG_IGN);
        return true;
    }();
    Q_UNUSED(ignored);
    m_client->fd = fd;
    m_client->thread = new VncThread(m_client);
    m_client->thread->setObjectName(QStringLiteral("vnc"));
    m_client->thread->start();
}

void VncSession::close()
{
    QMutexLocker lock(&m_client->mutex);
    m_client->stop = true;
}

void VncSession::setPassword(const QString &password)
{
    QMutexLocker lock(&m_client->mutex);
    m_client->password = password.toUtf8();
}

void VncSession::sendKey(quint32 scancode, quint32 keysym, bool down)
{
    QMutexLocker lock(&m_client->mutex);
    m_client->input.push_back({InputEvent::Kind::Key, scancode, keysym, down, {}, 0, {}});
}

void VncSession::sendPointer(const QPoint &position, int buttons)
{
    QMutexLocker lock(&m_client->mutex);
    m_client->input.push_back({InputEvent::Kind::Pointer, 0, 0, false, position, buttons, {}});
}

void VncSession::sendWheel(const QPoint &position, int steps, int buttons)
{
    // Wheel steps are presses and releases of buttons 4 (up) and 5 (down).
    const int wheel = steps > 0 ? 8 : 16;
    QMutexLocker lock(&m_client->mutex);
    for (int i = 0; i < qAbs(steps); ++i) {
        m_client->input.push_back(
            {InputEvent::Kind::Pointer, 0, 0, false, position, buttons | wheel, {}});
        m_client->input.push_back({InputEvent::Kind::Pointer, 0, 0, false, position, buttons, {}});
    }
}

void VncSession::setClipboardText(const QString &text)
{
    QMutexLocker lock(&m_client->mutex);
    m_client->input.push_back({InputEvent::Kind::Clipboard, 0, 0, false, {}, 0, text.toLatin1()});
}

} // namespace Vireo
