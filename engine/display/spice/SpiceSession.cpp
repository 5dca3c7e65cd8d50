#include "display/spice/SpiceSession.h"

#include "core/Validation.h"
#include "display/spice/SpiceAudio.h"
#include "display/spice/SpiceFileTransfer.h"
#include "display/spice/SpiceUsb.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <spice-client.h>
#include <spice/vd_agent.h>

#include <deque>
#include <unistd.h>

namespace Vireo {

namespace {

struct SpiceText
{
    Q_DECLARE_TR_FUNCTIONS(SpiceText)
};

Q_LOGGING_CATEGORY(lcSpice, "vireo.spice", QtWarningMsg)

constexpr guint kClipboard = VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD;

// QEMU passes SPICE keys straight into the guest's PS/2 keyboard, whose queue is a few bytes
// long: a burst (fast typing, the send-key menu) would overflow it and keys would be lost. Keys
// go out at least this far apart, as QEMU's own VNC server paces them (its key-delay-ms).
constexpr int kKeyIntervalMs = 10;

} // namespace

struct SpiceSession::Private
{
    SpiceSession *q = nullptr;
    ::SpiceSession *session = nullptr;
    SpiceMainChannel *main = nullptr;
    SpiceChannel *display = nullptr;
    SpiceInputsChannel *inputs = nullptr;
    SpiceCursorChannel *cursor = nullptr;
    std::deque<SpiceChannel *> waitingForSocket; // referenced until served
    QByteArray password;
    QByteArray clipboard; // host text offered to the guest, UTF-8
    int buttons = 0;
    std::deque<std::pair<quint32, bool>> keys; // waiting for their turn
    QTimer keyTimer;
    QElapsedTimer sinceKey;
    bool primaryReady = false;
    bool inputsReady = false;
    std::unique_ptr<SpiceFileTransfer> files;
    SpiceUsb *usb = nullptr;       // the session's
    SpiceAudio *audio = nullptr;   // the session's
    SpiceWebdav *webdav = nullptr; // the session's

    // Connected once there is a screen to show and a way to type into it.
    void updateConnected()
    {
        if (primaryReady && inputsReady)
            q->setState(State::Connected);
    }

    void watch(gpointer instance, const char *signal, GCallback callback)
    {
        g_signal_connect(instance, signal, callback, this);
    }

    void forget(gpointer instance)
    {
        if (instance)
            g_signal_handlers_disconnect_by_data(instance, this);
    }

    // --- session ---------------------------------------------------------------------------

    static void channelNew(::SpiceSession *, SpiceChannel *channel, Private *d)
    {
        int id = 0;
        g_object_get(channel, "channel-id", &id, nullptr);
        d->watch(channel, "open-fd", G_CALLBACK(&Private::openFd));
        if (SPICE_IS_MAIN_CHANNEL(channel)) {
            d->main = SPICE_MAIN_CHANNEL(channel);
            d->watch(channel, "channel-event", G_CALLBACK(&Private::mainEvent));
            d->watch(channel, "main-mouse-update", G_CALLBACK(&Private::mouseUpdate));
            d->watch(channel, "main-agent-update", G_CALLBACK(&Private::agentUpdate));
            d->watch(channel, "main-clipboard-selection-grab", G_CALLBACK(&Private::guestGrab));
            d->watch(channel, "main-clipboard-selection", G_CALLBACK(&Private::guestData));
            d->watch(channel, "main-clipboard-selection-request",
                     G_CALLBACK(&Private::guestRequest));
            return; // spice_session_open_fd() connects it
        }
        if (SPICE_IS_DISPLAY_CHANNEL(channel) && id == 0 && !d->display) {
            d->display = channel;
            d->watch(channel, "display-primary-create", G_CALLBACK(&Private::primaryCreate));
            d->watch(channel, "display-primary-destroy", G_CALLBACK(&Private::primaryDestroy));
            d->watch(channel, "display-invalidate", G_CALLBACK(&Private::invalidate));
            d->watch(channel, "channel-event", G_CALLBACK(&Private::otherEvent));
            spice_channel_connect(channel);
        } else if (SPICE_IS_INPUTS_CHANNEL(channel) && !d->inputs) {
            d->inputs = SPICE_INPUTS_CHANNEL(channel);
            d->watch(channel, "channel-event", G_CALLBACK(&Private::inputsEvent));
            spice_channel_connect(channel);
        } else if (SPICE_IS_CURSOR_CHANNEL(channel) && id == 0 && !d->cursor) {
            d->cursor = SPICE_CURSOR_CHANNEL(channel);
            d->watch(channel, "notify::cursor", G_CALLBACK(&Private::cursorShape));
            d->watch(channel, "cursor-hide", G_CALLBACK(&Private::cursorHide));
            d->watch(channel, "cursor-reset", G_CALLBACK(&Private::cursorHide));
            spice_channel_connect(channel);
        } else if (!d->usb->take(channel) && !d->audio->take(channel)) {
            d->webdav->take(channel);
        }
        // Smartcards and other ports: not connected, so never used.
    }

    static void channelDestroy(::SpiceSession *, SpiceChannel *channel, Private *d)
    {
        d->forget(channel);
        for (auto it = d->waitingForSocket.begin(); it != d->waitingForSocket.end(); ++it) {
            if (*it == channel) {
                g_object_unref(channel);
                d->waitingForSocket.erase(it);
                break;
            }
        }
        d->audio->forget(channel);
        d->usb->forget(channel);
        d->webdav->forget(channel);
        if (channel == SPICE_CHANNEL(d->main))
            d->main = nullptr;
        if (channel == d->display) {
            d->display = nullptr;
            primaryDestroy(channel, d);
        }
        if (channel == SPICE_CHANNEL(d->inputs)) {
            d->inputs = nullptr;
            d->inputsReady = false;
        }
        if (channel == SPICE_CHANNEL(d->cursor))
            d->cursor = nullptr;
    }

    // Channels other than main have no socket of their own: each asks for one, which libvirt
    // opens (virDomainOpenGraphicsFD again) through whoever owns the session.
    static void openFd(SpiceChannel *channel, int, Private *d)
    {
        d->waitingForSocket.push_back(SPICE_CHANNEL(g_object_ref(channel)));
        Q_EMIT d->q->needsSocket();
    }

    static QString eventReason(SpiceChannelEvent event, SpiceChannel *channel)
    {
        const GError *error = spice_channel_get_error(channel);
        const QString detail = error ? QString::fromUtf8(error->message) : QString();
        switch (event) {
        case SPICE_CHANNEL_ERROR_AUTH:
            return SpiceText::tr("The display password was not accepted.");
        case SPICE_CHANNEL_CLOSED:
            return SpiceText::tr("The display connection was closed.");
        case SPICE_CHANNEL_ERROR_IO:
            return detail.isEmpty()
                       ? SpiceText::tr("The display connection was closed.")
                       : SpiceText::tr("The display connection was closed: %1").arg(detail);
        case SPICE_CHANNEL_ERROR_LINK:
        case SPICE_CHANNEL_ERROR_CONNECT:
        case SPICE_CHANNEL_ERROR_TLS:
        default:
            return detail.isEmpty()
                       ? SpiceText::tr("The display server refused the connection.")
                       : SpiceText::tr("The display connection failed: %1").arg(detail);
        }
    }

    static void mainEvent(SpiceChannel *channel, SpiceChannelEvent event, Private *d)
    {
        qCDebug(lcSpice) << "main channel event" << int(event);
        if (event == SPICE_CHANNEL_OPENED || event == SPICE_CHANNEL_SWITCHING)
            return;
        d->q->setState(State::Disconnected, d->reason(event, channel),
                       event == SPICE_CHANNEL_ERROR_AUTH);
    }

    QString reason(SpiceChannelEvent event, SpiceChannel *channel) const
    {
        if (event == SPICE_CHANNEL_ERROR_AUTH && password.isEmpty())
            return SpiceText::tr("This display needs a password.");
        return eventReason(event, channel);
    }

    static void otherEvent(SpiceChannel *channel, SpiceChannelEvent event, Private *d)
    {
        // A display that cannot be opened (a password for it alone, an error) ends the session;
        // its closing along with the main channel says nothing new.
        if (event >= SPICE_CHANNEL_ERROR_CONNECT)
            d->q->setState(State::Disconnected, d->reason(event, channel),
                           event == SPICE_CHANNEL_ERROR_AUTH);
    }

    static void inputsEvent(SpiceChannel *channel, SpiceChannelEvent event, Private *d)
    {
        d->inputsReady = event == SPICE_CHANNEL_OPENED;
        if (d->inputsReady) {
            d->updateConnected();
            return;
        }
        otherEvent(channel, event, d);
    }

    // --- display -----------------------------------------------------------------------------

    static void primaryCreate(SpiceChannel *, gint format, gint width, gint height, gint stride,
                              gint, gpointer data, Private *d)
    {
        const QImage::Format qt = format == SPICE_SURFACE_FMT_32_xRGB  ? QImage::Format_RGB32
                                  : format == SPICE_SURFACE_FMT_16_555 ? QImage::Format_RGB555
                                  : format == SPICE_SURFACE_FMT_16_565 ? QImage::Format_RGB16
                                                                       : QImage::Format_Invalid;
        if (qt == QImage::Format_Invalid || width <= 0 || height <= 0) {
            d->q->setState(State::Disconnected,
                           SpiceText::tr("The display uses a pixel format Vireo cannot show."));
            return;
        }
        {
            QMutexLocker lock(&d->q->m_frameMutex);
            // The channel owns the pixels until primary-destroy: shown in place, never copied.
            d->q->m_frame = QImage(static_cast<const uchar *>(data), width, height, stride, qt);
        }
        Q_EMIT d->q->frameResized(QSize(width, height));
        d->primaryReady = true;
        d->updateConnected();
    }

    static void primaryDestroy(SpiceChannel *, Private *d)
    {
        QMutexLocker lock(&d->q->m_frameMutex);
        d->q->m_frame = QImage();
    }

    static void invalidate(SpiceChannel *, gint x, gint y, gint w, gint h, Private *d)
    {
        Q_EMIT d->q->frameUpdated(QRect(x, y, w, h));
    }

    // --- pointer and cursor ------------------------------------------------------------------

    static void mouseUpdate(SpiceChannel *channel, Private *d)
    {
        int mode = SPICE_MOUSE_MODE_SERVER;
        g_object_get(channel, "mouse-mode", &mode, nullptr);
        d->q->setAbsolutePointer(mode == SPICE_MOUSE_MODE_CLIENT);
    }

    static void cursorShape(SpiceChannel *channel, GParamSpec *, Private *d)
    {
        SpiceCursorShape *shape = nullptr;
        g_object_get(channel, "cursor", &shape, nullptr);
        if (!shape || !shape->data) {
            d->q->setCursor({}, {});
        } else {
            // spice-glib hands every cursor over as 32-bit RGBA bytes.
            const QImage image(static_cast<const uchar *>(shape->data), shape->width, shape->height,
                               shape->width * 4, QImage::Format_RGBA8888);
            d->q->setCursor(image.convertToFormat(QImage::Format_ARGB32),
                            QPoint(shape->hot_spot_x, shape->hot_spot_y));
        }
        if (shape)
            g_boxed_free(SPICE_TYPE_CURSOR_SHAPE, shape);
    }

    static void cursorHide(SpiceChannel *, Private *d)
    {
        // An empty, transparent shape: the pointer is hidden over the guest.
        QImage none(1, 1, QImage::Format_ARGB32);
        none.fill(Qt::transparent);
        d->q->setCursor(none, {});
    }

    void sendNextKey()
    {
        if (keys.empty() || !inputs || !inputsReady) {
            keys.clear();
            keyTimer.stop();
            return;
        }
        const auto [scancode, down] = keys.front();
        keys.pop_front();
        // spice-glib takes the same form: XT set 1, 0xE0-prefixed keys with 0x100 set.
        if (down)
            spice_inputs_channel_key_press(inputs, scancode);
        else
            spice_inputs_channel_key_release(inputs, scancode);
        sinceKey.start();
        if (keys.empty())
            keyTimer.stop();
    }

    void buttonsTo(int wanted)
    {
        static constexpr struct
        {
            int mask;
            int button;
        } kButtons[] = {{1, SPICE_MOUSE_BUTTON_LEFT},
                        {2, SPICE_MOUSE_BUTTON_MIDDLE},
                        {4, SPICE_MOUSE_BUTTON_RIGHT}};
        for (const auto &b : kButtons) {
            if ((wanted & b.mask) == (buttons & b.mask))
                continue;
            buttons ^= b.mask;
            if (wanted & b.mask)
                spice_inputs_channel_button_press(inputs, b.button, buttons);
            else
                spice_inputs_channel_button_release(inputs, b.button, buttons);
        }
    }

    // --- guest agent: clipboard and monitor configuration -------------------------------------

    static void agentUpdate(SpiceChannel *, Private *d)
    {
        Q_EMIT d->q->guestResizeAvailable(d->q->canResizeGuest());
        if (!d->clipboard.isEmpty())
            d->offerClipboard();
    }

    bool agentConnected() const
    {
        gboolean connected = FALSE;
        if (main)
            g_object_get(main, "agent-connected", &connected, nullptr);
        return connected;
    }

    void offerClipboard()
    {
        if (!agentConnected())
            return;
        guint32 types[] = {VD_AGENT_CLIPBOARD_UTF8_TEXT};
        spice_main_channel_clipboard_selection_grab(main, kClipboard, types, 1);
    }

    static gboolean guestGrab(SpiceMainChannel *main, guint selection, guint32 *types, guint count,
                              Private *)
    {
        if (selection != kClipboard)
            return FALSE;
        for (guint i = 0; i < count; ++i) {
            if (types[i] == VD_AGENT_CLIPBOARD_UTF8_TEXT) {
                spice_main_channel_clipboard_selection_request(main, selection,
                                                               VD_AGENT_CLIPBOARD_UTF8_TEXT);
                return TRUE;
            }
        }
        return FALSE;
    }

    static void guestData(SpiceMainChannel *, guint selection, guint type, const guchar *data,
                          guint size, Private *d)
    {
        if (selection == kClipboard && type == VD_AGENT_CLIPBOARD_UTF8_TEXT)
            d->q->receiveClipboard(
                QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    }

    static gboolean guestRequest(SpiceMainChannel *main, guint selection, guint type, Private *d)
    {
        if (selection != kClipboard || type != VD_AGENT_CLIPBOARD_UTF8_TEXT)
            return FALSE;
        spice_main_channel_clipboard_selection_notify(
            main, selection, type, reinterpret_cast<const guchar *>(d->clipboard.constData()),
            gsize(d->clipboard.size()));
        return TRUE;
    }
};

SpiceSession::SpiceSession(QObject *parent)
    : DisplaySession(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->files = std::make_unique<SpiceFileTransfer>(this);
    d->usb = m_usb.get();
    d->audio = m_audio.get();
    d->webdav = m_webdav.get();
    d->keyTimer.setInterval(kKeyIntervalMs);
    connect(&d->keyTimer, &QTimer::timeout, this, [this] { d->sendNextKey(); });
}

SpiceSession::~SpiceSession()
{
    close();
}

void SpiceSession::open(int fd)
{
    if (d->session) {
        ::close(fd);
        return;
    }
    const auto *dispatcher = QCoreApplication::eventDispatcher();
    if (!dispatcher || !QByteArray(dispatcher->metaObject()->className()).contains("Glib")) {
        ::close(fd);
        fail(tr("SPICE needs Qt's GLib event loop; it is switched off (QT_NO_GLIB)."));
        return;
    }
    d->session = spice_session_new();
    g_object_set(d->session, "enable-audio", TRUE, "enable-usbredir", TRUE, "enable-smartcard",
                 FALSE, nullptr);
    d->usb->attach(d->session); // before the channels come: the manager takes the usbredir ones
    if (!d->password.isEmpty())
        g_object_set(d->session, "password", d->password.constData(), nullptr);
    d->watch(d->session, "channel-new", G_CALLBACK(&Private::channelNew));
    d->watch(d->session, "channel-destroy", G_CALLBACK(&Private::channelDestroy));
    setState(State::Connecting);
    if (!spice_session_open_fd(d->session, fd)) {
        ::close(fd);
        fail(tr("The display connection failed."));
    }
}

void SpiceSession::close()
{
    if (!d->session)
        return;
    for (SpiceChannel *channel : d->waitingForSocket)
        g_object_unref(channel);
    d->waitingForSocket.clear();
    d->forget(d->main);
    d->forget(d->display);
    d->forget(d->cursor);
    d->forget(d->inputs);
    d->forget(d->session);
    d->usb->detach();
    d->audio->clear();
    d->webdav->clear();
    d->primaryReady = d->inputsReady = false;
    spice_session_disconnect(d->session);
    g_object_unref(d->session);
    d->session = nullptr;
    d->main = nullptr;
    d->display = nullptr;
    d->inputs = nullptr;
    d->cursor = nullptr;
    {
        QMutexLocker lock(&m_frameMutex);
        m_frame = QImage();
    }
    setState(State::Disconnected, tr("Closed."));
}

void SpiceSession::addSocket(int fd)
{
    if (d->waitingForSocket.empty()) {
        if (fd >= 0)
            ::close(fd);
        return;
    }
    SpiceChannel *channel = d->waitingForSocket.front();
    d->waitingForSocket.pop_front();
    if (fd < 0) {
        g_object_unref(channel);
        fail(tr("Could not open a channel of the display."));
        return;
    }
    if (!spice_channel_open_fd(channel, fd))
        ::close(fd);
    g_object_unref(channel);
}

void SpiceSession::setPassword(const QString &password)
{
    d->password = password.toUtf8();
}

void SpiceSession::sendKey(quint32 scancode, quint32 keysym, bool down)
{
    Q_UNUSED(keysym);
    if (!d->inputs || !d->inputsReady)
        return;
    d->keys.emplace_back(scancode, down);
    if (d->keyTimer.isActive())
        return;
    if (!d->sinceKey.isValid() || d->sinceKey.elapsed() >= kKeyIntervalMs)
        d->sendNextKey(); // typing at human speed goes out at once
    if (!d->keys.empty())
        d->keyTimer.start();
}

void SpiceSession::sendPointer(const QPoint &position, int buttons)
{
    if (!d->inputs || !d->inputsReady)
        return;
    if (absolutePointer())
        spice_inputs_channel_position(d->inputs, position.x(), position.y(), 0, d->buttons);
    d->buttonsTo(buttons);
}

void SpiceSession::sendMotion(const QPoint &delta, int buttons)
{
    if (!d->inputs || !d->inputsReady)
        return;
    if (!delta.isNull())
        spice_inputs_channel_motion(d->inputs, delta.x(), delta.y(), d->buttons);
    d->buttonsTo(buttons);
}

void SpiceSession::sendWheel(const QPoint &position, int steps, int buttons)
{
    if (!d->inputs || !d->inputsReady)
        return;
    sendPointer(position, buttons);
    const int button = steps > 0 ? SPICE_MOUSE_BUTTON_UP : SPICE_MOUSE_BUTTON_DOWN;
    for (int i = 0; i < qAbs(steps); ++i) {
        spice_inputs_channel_button_press(d->inputs, button, d->buttons);
        spice_inputs_channel_button_release(d->inputs, button, d->buttons);
    }
}

void SpiceSession::setClipboardText(const QString &text)
{
    d->clipboard = text.toUtf8();
    d->offerClipboard();
}

bool SpiceSession::canResizeGuest() const
{
    return d->agentConnected()
           && spice_main_channel_agent_test_capability(d->main, VD_AGENT_CAP_MONITORS_CONFIG);
}

void SpiceSession::requestGuestSize(const QSize &size)
{
    if (!canResizeGuest() || size.isEmpty())
        return;
    // One monitor, the window's size; the guest answers with a new primary surface.
    spice_main_channel_update_display_enabled(d->main, 0, TRUE, FALSE);
    spice_main_channel_update_display(d->main, 0, 0, 0, size.width() & ~1, size.height(), FALSE);
    spice_main_channel_send_monitor_config(d->main);
}

bool SpiceSession::canSendFiles() const
{
    return d->agentConnected();
}

void SpiceSession::sendFiles(const QStringList &paths)
{
    d->files->start(d->agentConnected() ? d->main : nullptr, paths);
}

void SpiceSession::cancelFileTransfer()
{
    d->files->cancel();
}

QString SpiceSession::shareImageAsUsb(const QString &path, bool toGuest)
{
    return d->session ? m_usb->shareImage(path, toGuest) : tr("The console is not connected.");
}

QString SpiceSession::shareFolder(const QString &folder, bool readOnly)
{
    const QString why = validateLocalFolder(folder);
    if (!why.isEmpty())
        return why;
    if (state() == State::Connected && !m_webdav->available())
        return tr("This machine has no folder-sharing channel (SPICE WebDAV): share the folder "
                  "from Share a Folder, which adds it.");
    return m_webdav->share(folder, readOnly);
}

} // namespace Vireo
