#include "display/TextConsole.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "core/Worker.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo {

namespace {

struct ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)
};

/// Closes a stream that is no longer read: aborting it tells the daemon (a call that waits),
/// so on a thread of its own.
void dispose(Connection *connection, virStreamPtr stream)
{
    virStreamEventRemoveCallback(stream);
    const auto finish = [stream] {
        if (virStreamAbort(stream) < 0)
            virResetLastError();
        virStreamFree(stream);
    };
    if (connection)
        connection->worker().post(finish);
    else
        finish();
}

QString endedText()
{
    return ConsoleText::tr("The console closed: another client took it over, or the machine "
                           "stopped.");
}

} // namespace

QString TextDevice::label() const
{
    if (kind == QLatin1String("serial"))
        return ConsoleText::tr("Serial port %1").arg(port + 1);
    if (targetType == QLatin1String("virtio"))
        return ConsoleText::tr("Virtio console (hvc%1)").arg(port);
    return ConsoleText::tr("Console %1").arg(port);
}

QList<TextDevice> textDevices(const QString &domainXml)
{
    QList<TextDevice> found;
    QSet<QString> aliases;
    QXmlStreamReader xml(domainXml);
    TextDevice current;
    bool inDevice = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if ((name == QLatin1String("serial") || name == QLatin1String("console")) && !inDevice
                && xml.attributes().hasAttribute(QLatin1String("type"))) {
                inDevice = true;
                current = {};
                current.kind = name.toString();
                current.pty = xml.attributes().value(QLatin1String("type")) == QLatin1String("pty");
            } else if (inDevice && name == QLatin1String("target")) {
                current.targetType = xml.attributes().value(QLatin1String("type")).toString();
                current.port = xml.attributes().value(QLatin1String("port")).toInt();
            } else if (inDevice && name == QLatin1String("alias")) {
                current.alias = xml.attributes().value(QLatin1String("name")).toString();
            }
        } else if (xml.isEndElement() && inDevice
                   && (name == QLatin1String("serial") || name == QLatin1String("console"))) {
            inDevice = false;
            // libvirt's console0 mirrors serial0 (same alias live, target type serial).
            const bool mirror = current.kind == QLatin1String("console")
                                && current.targetType == QLatin1String("serial");
            if (mirror || (!current.alias.isEmpty() && aliases.contains(current.alias)))
                continue;
            aliases.insert(current.alias);
            found << current;
        }
    }
    return found;
}

void readTextDevices(Connection *connection, const QString &uuid, QObject *context,
                     std::function<void(const QList<TextDevice> &)> done)
{
    connection->query(
        [uuid](virConnectPtr conn) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            char *xml = dom ? virDomainGetXMLDesc(dom, 0) : nullptr;
            if (dom)
                virDomainFree(dom);
            virResetLastError();
            const QList<TextDevice> devices
                = xml ? textDevices(QString::fromUtf8(xml)) : QList<TextDevice>();
            free(xml);
            return QVariant::fromValue(devices);
        },
        context, [done](const QVariant &v) { done(v.value<QList<TextDevice>>()); });
}

TextConsole::TextConsole(Connection *connection, const QString &uuid, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_uuid(uuid)
{
}

TextConsole::~TextConsole()
{
    close();
}

void TextConsole::open(const QString &alias, bool takeOver)
{
    if (m_stream || m_opening || !m_connection)
        return;
    m_opening = true;
    const QString uuid = m_uuid;
    Operation *op = m_connection->runJob(
        ConsoleText::tr("Open the text console"),
        [uuid, alias, takeOver](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(
                    takeLibvirtError(ConsoleText::tr("The machine is not there any more.")));
            virStreamPtr st = virStreamNew(conn, VIR_STREAM_NONBLOCK);
            unsigned int flags = VIR_DOMAIN_CONSOLE_SAFE;
            if (takeOver)
                flags |= VIR_DOMAIN_CONSOLE_FORCE;
            const QByteArray name = alias.toUtf8();
            const int rc = st ? virDomainOpenConsole(
                               dom, alias.isEmpty() ? nullptr : name.constData(), st, flags)
                              : -1;
            // Taken before anything else is called (each call resets libvirt's last error).
            const Failure why = rc < 0 ? takeLibvirtError(
                                    ConsoleText::tr("Cannot attach to the machine's text console."))
                                       : Failure();
            virDomainFree(dom);
            if (rc < 0) {
                if (st)
                    virStreamFree(st);
                return OpResult::failure(why);
            }
            return OpResult::success(QVariant::fromValue(static_cast<void *>(st)));
        });
    QPointer<TextConsole> self(this);
    QPointer<Connection> connection = m_connection;
    connect(op, &Operation::finished, op, [self, connection, op](bool ok, const QString &error) {
        if (!self) { // closed while it opened
            if (ok)
                dispose(connection, static_cast<virStreamPtr>(op->value().value<void *>()));
            return;
        }
        self->attached(ok, error, op->value());
    });
}

void TextConsole::attached(bool ok, const QString &error, const QVariant &value)
{
    {
        m_opening = false;
        if (!ok) {
            const bool busy
                = error.contains(QLatin1String("Active console session"), Qt::CaseInsensitive);
            const bool notPty
                = error.contains(QLatin1String("not using a PTY"), Qt::CaseInsensitive);
            QString reason = error;
            if (busy)
                reason = ConsoleText::tr("Another client (virsh console, virt-manager, another "
                                         "Vireo) is attached to this console. Take it over to "
                                         "use it here: that client is disconnected.");
            else if (notPty)
                reason = ConsoleText::tr("This serial port writes to a file or socket, not a "
                                         "terminal: there is nothing to attach to. %1")
                             .arg(error);
            Q_EMIT failed(reason, busy);
            return;
        }
        m_stream = static_cast<virStreamPtr>(value.value<void *>());
        // Events come on libvirt's event loop (this thread); the callback goes before this
        // object does (close()).
        const int rc = virStreamEventAddCallback(
            m_stream, VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP,
            &TextConsole::onStreamEvent, this, nullptr);
        if (rc < 0) {
            const Failure why = takeLibvirtError(ConsoleText::tr("Cannot watch the console."));
            dispose(m_connection, m_stream);
            m_stream = nullptr;
            Q_EMIT failed(why.text(), false);
            return;
        }
        Q_EMIT opened();
        readAvailable(); // what came before the callback was there
    }
}

void TextConsole::onStreamEvent(virStreamPtr, int events, void *opaque)
{
    auto *self = static_cast<TextConsole *>(opaque);
    if (events & VIR_STREAM_EVENT_READABLE)
        self->readAvailable();
    if (self->m_stream && (events & VIR_STREAM_EVENT_WRITABLE))
        self->flushOutgoing();
    if (self->m_stream && (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP)))
        self->end(endedText());
}

void TextConsole::readAvailable()
{
    char buffer[16384];
    while (m_stream) {
        const int n = virStreamRecv(m_stream, buffer, sizeof buffer);
        if (n > 0) {
            Q_EMIT received(QByteArray(buffer, n));
            continue;
        }
        if (n == -2) // nothing more now
            return;
        if (n == 0) {
            end(endedText());
            return;
        }
        // libvirt says "stream had I/O failure" when another client forced it over.
        virResetLastError();
        end(endedText());
        return;
    }
}

void TextConsole::write(const QByteArray &bytes)
{
    if (!m_stream)
        return;
    m_outgoing += bytes;
    flushOutgoing();
}

void TextConsole::flushOutgoing()
{
    while (m_stream && !m_outgoing.isEmpty()) {
        const int n = virStreamSend(m_stream, m_outgoing.constData(), size_t(m_outgoing.size()));
        if (n > 0) {
            m_outgoing.remove(0, n);
            continue;
        }
        if (n == -2)
            break; // full: the writable event says when to go on
        const Failure why = takeLibvirtError(ConsoleText::tr("The console closed."));
        end(why.text());
        return;
    }
    updateEvents();
}

void TextConsole::updateEvents()
{
    if (!m_stream)
        return;
    int events = VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP;
    if (!m_outgoing.isEmpty())
        events |= VIR_STREAM_EVENT_WRITABLE;
    virStreamEventUpdateCallback(m_stream, events);
}

void TextConsole::end(const QString &reason)
{
    if (!m_stream)
        return;
    virStreamPtr stream = std::exchange(m_stream, nullptr);
    m_outgoing.clear();
    dispose(m_connection, stream);
    Q_EMIT closed(reason);
}

void TextConsole::close()
{
    if (!m_stream)
        return;
    virStreamPtr stream = std::exchange(m_stream, nullptr);
    m_outgoing.clear();
    dispose(m_connection, stream);
}

} // namespace Vireo
