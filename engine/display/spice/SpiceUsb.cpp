#include "display/spice/SpiceUsb.h"

#include "display/DisplaySession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spice-client.h>

#include <deque>
#include <unistd.h>

namespace Vireo {

namespace {

struct SpiceUsbText
{
    Q_DECLARE_TR_FUNCTIONS(SpiceUsbText)
};

QString readSysfs(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QString();
}

// The USB class of the device at bus/address, from sysfs: the device's own, or its first
// interface's when the device leaves it to its interfaces (class 0). -1 when not found.
int sysfsClass(int bus, int address)
{
    const QDir dir(QStringLiteral("/sys/bus/usb/devices"));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString base = dir.filePath(name);
        if (readSysfs(base + QStringLiteral("/busnum")).toInt() != bus
            || readSysfs(base + QStringLiteral("/devnum")).toInt() != address)
            continue;
        bool ok = false;
        const int cls = readSysfs(base + QStringLiteral("/bDeviceClass")).toInt(&ok, 16);
        if (ok && cls != 0)
            return cls;
        const int first
            = readSysfs(base + QLatin1Char('/') + name + QStringLiteral(":1.0/bInterfaceClass"))
                  .toInt(&ok, 16);
        return ok ? first : -1;
    }
    return -1;
}

constexpr int kMassStorage = 0x08;

} // namespace

struct SpiceUsb::Private
{
    struct Entry
    {
        SpiceUsbDevice *device = nullptr; // referenced
        QString id;
        UsbDevice info; // what does not change: names, numbers, class
        int bus = 0, address = 0;
        bool presentAtStart = false;
        bool busy = false;
    };

    SpiceUsb *owner = nullptr;
    QPointer<DisplaySession> session;
    SpiceUsbDeviceManager *manager = nullptr; // the session's
    QString managerError;
    std::deque<Entry> entries;
    std::deque<std::pair<QString, bool>> images; // shared, not yet seen: name, send in
    int nextId = 1;
    std::shared_ptr<bool> alive = std::make_shared<bool>(true);
    UsbAutoRedirect policy = *UsbAutoRedirect::parse(UsbAutoRedirect::defaultFilter());

    struct Call
    {
        std::weak_ptr<bool> alive;
        Private *d = nullptr;
        QString id;
        bool toGuest = false;
    };

    void changed()
    {
        if (session)
            Q_EMIT session->usbDevicesChanged();
    }

    Entry *find(const QString &id)
    {
        for (Entry &e : entries)
            if (e.id == id)
                return &e;
        return nullptr;
    }

    Entry *find(SpiceUsbDevice *device)
    {
        for (Entry &e : entries)
            if (e.device == device)
                return &e;
        return nullptr;
    }

    void add(SpiceUsbDevice *device, bool atStart)
    {
        if (find(device))
            return;
        Entry e;
        e.device = static_cast<SpiceUsbDevice *>(g_boxed_copy(SPICE_TYPE_USB_DEVICE, device));
        e.id = QStringLiteral("usb%1").arg(nextId++);
        e.presentAtStart = atStart;
        // Positional: maker, product, "[vendor:product]", bus, address.
        gchar *text = spice_usb_device_get_description(device, "%1$s|%2$s|%3$s|%4$d|%5$d");
        const QStringList parts = QString::fromUtf8(text ? text : "").split(QLatin1Char('|'));
        g_free(text);
        if (parts.size() == 5) {
            e.info.description = (parts[0] + QLatin1Char(' ') + parts[1]).trimmed();
            const QString ids = parts[2].mid(1, parts[2].size() - 2); // vvvv:pppp
            e.info.vendor = quint16(ids.section(QLatin1Char(':'), 0, 0).toUInt(nullptr, 16));
            e.info.product = quint16(ids.section(QLatin1Char(':'), 1, 1).toUInt(nullptr, 16));
            e.bus = parts[3].toInt();
            e.address = parts[4].toInt();
        }
        bool sendIn = false;
        if (manager && spice_usb_device_manager_is_device_shared_cd(manager, device)) {
            e.info.sharedImage = true;
            e.info.deviceClass = kMassStorage;
            if (!images.empty()) {
                e.info.description = SpiceUsbText::tr("CD-ROM image %1").arg(images.front().first);
                sendIn = images.front().second;
                images.pop_front();
            }
        } else {
            e.info.deviceClass = sysfsClass(e.bus, e.address);
        }
        if (e.info.description.isEmpty())
            e.info.description = SpiceUsbText::tr("USB device %1:%2")
                                     .arg(e.info.vendor, 4, 16, QLatin1Char('0'))
                                     .arg(e.info.product, 4, 16, QLatin1Char('0'));
        e.info.id = e.id;
        entries.push_back(e);
        const QString id = e.id;
        if (sendIn
            || (!atStart && policy.shouldRedirect(describe(entries.back()), owner->m_auto, false)))
            owner->redirect(id, true);
    }

    void remove(SpiceUsbDevice *device)
    {
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it->device == device) {
                g_boxed_free(SPICE_TYPE_USB_DEVICE, it->device);
                entries.erase(it);
                return;
            }
        }
    }

    UsbDevice describe(const Entry &e) const
    {
        UsbDevice d = e.info;
        d.busy = e.busy;
        d.redirected = manager && spice_usb_device_manager_is_device_connected(manager, e.device);
        if (d.redirected || d.busy)
            return d;
        d.unavailable = owner->unavailable();
        if (!d.unavailable.isEmpty())
            return d;
        // This computer's permissions first: libusb would only say "access denied" later.
        if (!e.info.sharedImage && e.bus > 0) {
            const QString node = QStringLiteral("/dev/bus/usb/%1/%2")
                                     .arg(e.bus, 3, 10, QLatin1Char('0'))
                                     .arg(e.address, 3, 10, QLatin1Char('0'));
            if (QFileInfo::exists(node) && ::access(QFile::encodeName(node).constData(), W_OK) != 0)
                d.unavailable
                    = usbFailureReason(QStringLiteral("access denied"), owner->channels());
        }
        GError *error = nullptr;
        if (d.unavailable.isEmpty()
            && !spice_usb_device_manager_can_redirect_device(manager, e.device, &error)) {
            d.unavailable = usbFailureReason(error ? QString::fromUtf8(error->message) : QString(),
                                             owner->channels());
        }
        g_clear_error(&error);
        return d;
    }

    static void channelEvent(SpiceChannel *channel, SpiceChannelEvent event, SpiceUsb *usb)
    {
        const bool changed = event == SPICE_CHANNEL_OPENED ? !usb->m_openChannels.contains(channel)
                                                           : usb->m_openChannels.contains(channel);
        if (event == SPICE_CHANNEL_OPENED)
            usb->m_openChannels.insert(channel);
        else
            usb->m_openChannels.remove(channel);
        if (changed)
            usb->d->changed();
    }

    static void deviceAdded(SpiceUsbDeviceManager *, SpiceUsbDevice *device, Private *d)
    {
        d->add(device, false);
        d->changed();
    }

    static void deviceRemoved(SpiceUsbDeviceManager *, SpiceUsbDevice *device, Private *d)
    {
        d->remove(device);
        d->changed();
    }

    static void deviceError(SpiceUsbDeviceManager *, SpiceUsbDevice *device, GError *error,
                            Private *d)
    {
        const Entry *e = d->find(device);
        if (d->session && e)
            Q_EMIT d->session->usbRedirectFailed(
                e->info.description,
                usbFailureReason(error ? QString::fromUtf8(error->message) : QString(),
                                 d->owner->channels()));
        d->changed();
    }

    static void done(GObject *source, GAsyncResult *result, gpointer data)
    {
        std::unique_ptr<Call> call(static_cast<Call *>(data));
        auto *manager = SPICE_USB_DEVICE_MANAGER(source);
        GError *error = nullptr;
        if (call->toGuest)
            spice_usb_device_manager_connect_device_finish(manager, result, &error);
        else
            spice_usb_device_manager_disconnect_device_finish(manager, result, &error);
        if (call->alive.expired()) {
            g_clear_error(&error);
            return;
        }
        Private *d = call->d;
        Entry *e = d->find(call->id);
        if (e)
            e->busy = false;
        if (error && e && d->session)
            Q_EMIT d->session->usbRedirectFailed(
                e->info.description,
                usbFailureReason(QString::fromUtf8(error->message), d->owner->channels()));
        g_clear_error(&error);
        d->changed();
    }
};

SpiceUsb::SpiceUsb(DisplaySession *session)
    : d(std::make_unique<Private>())
{
    d->owner = this;
    d->session = session;
}

SpiceUsb::~SpiceUsb()
{
    detach();
}

void SpiceUsb::attach(::SpiceSession *session)
{
    detach();
    GError *error = nullptr;
    d->manager = spice_usb_device_manager_get(session, &error);
    if (!d->manager) {
        d->managerError = SpiceUsbText::tr("USB redirection does not work on this computer: %1")
                              .arg(error ? QString::fromUtf8(error->message) : QString());
        g_clear_error(&error);
        return;
    }
    d->managerError.clear();
    g_signal_connect(d->manager, "device-added", G_CALLBACK(&Private::deviceAdded), d.get());
    g_signal_connect(d->manager, "device-removed", G_CALLBACK(&Private::deviceRemoved), d.get());
    g_signal_connect(d->manager, "device-error", G_CALLBACK(&Private::deviceError), d.get());
    GPtrArray *present = spice_usb_device_manager_get_devices(d->manager);
    for (guint i = 0; present && i < present->len; ++i)
        d->add(static_cast<SpiceUsbDevice *>(g_ptr_array_index(present, i)), true);
    if (present)
        g_ptr_array_unref(present);
}

void SpiceUsb::detach()
{
    if (d->manager)
        g_signal_handlers_disconnect_by_data(d->manager, d.get());
    d->manager = nullptr;
    for (auto &e : d->entries)
        g_boxed_free(SPICE_TYPE_USB_DEVICE, e.device);
    d->entries.clear();
    d->images.clear();
    for (SpiceChannel *channel : std::as_const(m_channels))
        g_signal_handlers_disconnect_by_data(channel, this);
    m_channels.clear();
    m_openChannels.clear();
    d->alive = std::make_shared<bool>(true); // calls under way no longer report
}

bool SpiceUsb::take(SpiceChannel *channel)
{
    if (!SPICE_IS_USBREDIR_CHANNEL(channel))
        return false;
    m_channels.insert(channel);
    g_signal_connect(channel, "channel-event", G_CALLBACK(&Private::channelEvent), this);
    return true;
}

void SpiceUsb::forget(SpiceChannel *channel)
{
    if (!m_channels.remove(channel))
        return;
    g_signal_handlers_disconnect_by_data(channel, this);
    if (m_openChannels.remove(channel))
        d->changed();
}

QList<UsbDevice> SpiceUsb::devices() const
{
    QList<UsbDevice> list;
    for (const auto &e : d->entries)
        list << d->describe(e);
    return list;
}

QString SpiceUsb::unavailable() const
{
    if (!d->managerError.isEmpty())
        return d->managerError;
    return usbUnavailableReason(QStringLiteral("spice"), channels());
}

void SpiceUsb::redirect(const QString &id, bool toGuest)
{
    Private::Entry *e = d->find(id);
    if (!e || e->busy || !d->manager)
        return;
    const bool in = spice_usb_device_manager_is_device_connected(d->manager, e->device);
    if (in == toGuest)
        return;
    if (toGuest) {
        const UsbDevice now = d->describe(*e);
        if (!now.unavailable.isEmpty()) {
            if (d->session)
                Q_EMIT d->session->usbRedirectFailed(e->info.description, now.unavailable);
            return;
        }
    }
    e->busy = true;
    auto *call = new Private::Call{d->alive, d.get(), id, toGuest};
    if (toGuest)
        spice_usb_device_manager_connect_device_async(d->manager, e->device, nullptr,
                                                      &Private::done, call);
    else
        spice_usb_device_manager_disconnect_device_async(d->manager, e->device, nullptr,
                                                         &Private::done, call);
    d->changed();
}

QString SpiceUsb::shareImage(const QString &path, bool toGuest)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return SpiceUsbText::tr("%1 is not a file.").arg(path);
    if (!file.isReadable())
        return SpiceUsbText::tr("Vireo may not read %1.").arg(path);
    if (const QString why = unavailable(); !why.isEmpty())
        return why;
    QByteArray name = QFile::encodeName(file.absoluteFilePath());
    GError *error = nullptr;
    d->images.emplace_back(file.fileName(), toGuest);
    if (!spice_usb_device_manager_create_shared_cd_device(d->manager, name.data(), &error)) {
        d->images.pop_back();
        const QString why = error ? QString::fromUtf8(error->message) : QString();
        g_clear_error(&error);
        return SpiceUsbText::tr("The image could not be offered as a USB CD-ROM: %1").arg(why);
    }
    return {};
}

} // namespace Vireo
