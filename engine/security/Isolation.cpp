#include "security/Isolation.h"

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "core/Operation.h"
#include "xml/DomainXml.h"
#include "xml/XmlTree.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vireo::Isolation {

namespace {

struct IsolationText
{
    Q_DECLARE_TR_FUNCTIONS(IsolationText)
};

using Clipboard = IsolationSettings::Clipboard;

const char kAgent[] = "org.qemu.guest_agent.0";

bool isAgentChannel(const XmlElement *channel)
{
    const XmlElement *target = channel->child(QStringLiteral("target"));
    return target && target->attribute(QStringLiteral("name")) == QLatin1String(kAgent);
}

QString agentChannelXml()
{
    return QStringLiteral("<channel type='unix'><target type='virtio' name='%1'/></channel>")
        .arg(QLatin1String(kAgent));
}

const XmlElement *isolationElement(const XmlTree &tree)
{
    const XmlElement *metadata
        = tree.root() ? tree.root()->child(QStringLiteral("metadata")) : nullptr;
    if (!metadata)
        return nullptr;
    // libvirt writes it with a prefix of its own choosing: <vireo:isolation xmlns:vireo=NS>.
    for (const XmlElement *e : metadata->children())
        for (const auto &[name, value] : e->attributes())
            if (name.startsWith(QLatin1String("xmlns")) && value == isolationMetadataNamespace())
                return e;
    return nullptr;
}

} // namespace

QString clipboardName(Clipboard clipboard)
{
    switch (clipboard) {
    case Clipboard::Off:
        return QStringLiteral("off");
    case Clipboard::ToGuest:
        return QStringLiteral("to-guest");
    case Clipboard::Both:
        return QStringLiteral("both");
    }
    return {};
}

std::optional<Clipboard> clipboardFromName(const QString &name)
{
    for (Clipboard c : {Clipboard::Off, Clipboard::ToGuest, Clipboard::Both})
        if (clipboardName(c) == name)
            return c;
    return std::nullopt;
}

QString clipboardTitle(Clipboard clipboard)
{
    switch (clipboard) {
    case Clipboard::Off:
        return IsolationText::tr("Off");
    case Clipboard::ToGuest:
        return IsolationText::tr("From this computer to the guest only");
    case Clipboard::Both:
        return IsolationText::tr("Shared both ways");
    }
    return {};
}

IsolationSettings read(const QString &domainXml)
{
    IsolationSettings s;
    XmlTree tree;
    if (!tree.read(domainXml))
        return s;
    if (const XmlElement *e = isolationElement(tree)) {
        s.clipboard = clipboardFromName(e->attribute(QStringLiteral("clipboard")))
                          .value_or(Clipboard::Both);
        s.usbRedirection = e->attribute(QStringLiteral("usb")) != QLatin1String("no");
        s.fileSharing = e->attribute(QStringLiteral("files")) != QLatin1String("no");
    }
    s.guestAgent = false;
    if (const XmlElement *devices = tree.root()->child(QStringLiteral("devices")))
        for (const XmlElement *c : devices->children(QStringLiteral("channel")))
            s.guestAgent = s.guestAgent || isAgentChannel(c);
    return s;
}

QString refusalFor(const QString &deviceXml, const QString &domainXml)
{
    const IsolationSettings s = read(domainXml);
    const QString device = deviceXml.trimmed();
    if (!s.fileSharing && device.startsWith(QLatin1String("<filesystem")))
        return IsolationText::tr("File sharing is off for this VM (Security tab, Isolation): "
                                 "turn it on first.");
    if (!s.usbRedirection && device.startsWith(QLatin1String("<redirdev")))
        return IsolationText::tr("USB redirection is off for this VM (Security tab, "
                                 "Isolation): turn it on first.");
    return {};
}

QString applyNow(virConnectPtr conn, const QString &uuid, const IsolationSettings &s, QString *done)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom) {
        virResetLastError();
        return IsolationText::tr("The VM is gone.");
    }
    const bool running = virDomainIsActive(dom) == 1;
    char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE);
    XmlTree config;
    const bool read = config.read(QString::fromUtf8(raw ? raw : ""));
    free(raw);
    XmlElement *devices = read ? config.root()->child(QStringLiteral("devices")) : nullptr;
    if (!devices) {
        virDomainFree(dom);
        return IsolationText::tr("libvirt did not give the VM's definition.");
    }
    QStringList now, later;
    QStringList liveDetach; // device XML to take out of the running VM
    // The clipboard: SPICE's agent stops carrying it at all when off (from the next start);
    // Vireo's console keeps to the direction at once.
    for (XmlElement *g : devices->children(QStringLiteral("graphics"))) {
        if (g->attribute(QStringLiteral("type")) != QLatin1String("spice"))
            continue;
        for (XmlElement *c : g->children(QStringLiteral("clipboard")))
            g->removeChild(c);
        if (s.clipboard == Clipboard::Off)
            g->appendChild(QStringLiteral("clipboard"))
                ->setAttribute(QStringLiteral("copypaste"), QStringLiteral("no"));
    }
    if (!s.usbRedirection)
        for (XmlElement *r : devices->children(QStringLiteral("redirdev"))) {
            liveDetach << r->toString();
            devices->removeChild(r);
            now << IsolationText::tr("a USB redirection device removed");
        }
    // Allowed on a SPICE machine without channels (made before Vireo added them, or turned off
    // earlier): two, as new machines get; plugged into a running VM where QEMU can.
    QStringList liveAttach;
    const QList<XmlElement *> graphics = devices->children(QStringLiteral("graphics"));
    const bool spice = std::any_of(graphics.begin(), graphics.end(), [](const XmlElement *g) {
        return g->attribute(QStringLiteral("type")) == QLatin1String("spice");
    });
    if (s.usbRedirection && spice && devices->children(QStringLiteral("redirdev")).isEmpty()) {
        for (int i = 0; i < 2; ++i) {
            XmlElement *r = devices->appendChild(QStringLiteral("redirdev"));
            r->setAttribute(QStringLiteral("bus"), QStringLiteral("usb"));
            r->setAttribute(QStringLiteral("type"), QStringLiteral("spicevmc"));
            liveAttach << r->toString();
        }
        now << IsolationText::tr("two USB redirection channels added");
    }
    if (!s.fileSharing)
        for (XmlElement *f : devices->children(QStringLiteral("filesystem"))) {
            const XmlElement *target = f->child(QStringLiteral("target"));
            devices->removeChild(f);
            (running ? later : now)
                << IsolationText::tr("the shared folder %1 removed")
                       .arg(target ? target->attribute(QStringLiteral("dir")) : QString());
        }
    bool hasAgent = false;
    for (XmlElement *c : devices->children(QStringLiteral("channel"))) {
        if (!isAgentChannel(c))
            continue;
        hasAgent = true;
        if (!s.guestAgent) {
            devices->removeChild(c);
            liveDetach << agentChannelXml();
            now << IsolationText::tr("the guest agent's channel removed");
        }
    }
    const bool addAgent = s.guestAgent && !hasAgent;
    if (addAgent) {
        XmlElement *channel = devices->appendChild(QStringLiteral("channel"));
        channel->setAttribute(QStringLiteral("type"), QStringLiteral("unix"));
        XmlElement *target = channel->appendChild(QStringLiteral("target"));
        target->setAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
        target->setAttribute(QStringLiteral("name"), QLatin1String(kAgent));
        now << IsolationText::tr("the guest agent's channel added");
    }
    virDomainPtr defined = virDomainDefineXML(conn, config.write().toUtf8().constData());
    if (!defined) {
        const QString why = takeLibvirtMessage();
        virDomainFree(dom);
        return IsolationText::tr("libvirt did not keep the change: %1").arg(why);
    }
    virDomainFree(defined);
    // The running VM: what libvirt can plug or unplug now; the rest at its next start.
    if (running) {
        for (const QString &xml : std::as_const(liveDetach))
            if (virDomainDetachDeviceFlags(dom, xml.toUtf8().constData(), VIR_DOMAIN_AFFECT_LIVE)
                < 0) {
                later << IsolationText::tr("the running VM keeps a device libvirt would not "
                                           "unplug (%1)")
                             .arg(takeLibvirtMessage());
            }
        for (const QString &xml : std::as_const(liveAttach))
            if (virDomainAttachDeviceFlags(dom, xml.toUtf8().constData(), VIR_DOMAIN_AFFECT_LIVE)
                < 0) {
                later << IsolationText::tr("the USB redirection channels reach the guest at its "
                                           "next start (%1)")
                             .arg(takeLibvirtMessage());
                break;
            }
        if (addAgent
            && virDomainAttachDeviceFlags(dom, agentChannelXml().toUtf8().constData(),
                                          VIR_DOMAIN_AFFECT_LIVE)
                   < 0)
            later << IsolationText::tr("the agent's channel reaches the guest at its next start");
        if (s.clipboard == Clipboard::Off)
            later << IsolationText::tr("SPICE's own clipboard off");
    }
    // The settings themselves, where Vireo's console reads them (both definitions).
    const QString element
        = QStringLiteral("<isolation clipboard='%1' usb='%2' files='%3'/>")
              .arg(clipboardName(s.clipboard),
                   s.usbRedirection ? QStringLiteral("yes") : QStringLiteral("no"),
                   s.fileSharing ? QStringLiteral("yes") : QStringLiteral("no"));
    const QByteArray ns = isolationMetadataNamespace().toUtf8();
    unsigned flags = VIR_DOMAIN_AFFECT_CONFIG | (running ? VIR_DOMAIN_AFFECT_LIVE : 0);
    const int rc
        = virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, element.toUtf8().constData(),
                               "vireo", ns.constData(), flags);
    QString why;
    if (rc < 0)
        why = IsolationText::tr("libvirt did not keep the settings: %1").arg(takeLibvirtMessage());
    virDomainFree(dom);
    virResetLastError();
    if (!why.isEmpty())
        return why;
    if (done) {
        *done = IsolationText::tr("Isolation kept: clipboard %1, USB redirection %2, file "
                                  "sharing %3, guest agent %4.")
                    .arg(clipboardTitle(s.clipboard).toLower(),
                         s.usbRedirection ? IsolationText::tr("allowed")
                                          : IsolationText::tr("not allowed"),
                         s.fileSharing ? IsolationText::tr("allowed")
                                       : IsolationText::tr("not allowed"),
                         s.guestAgent ? IsolationText::tr("on") : IsolationText::tr("off"));
        if (!now.isEmpty())
            *done += QLatin1Char(' ')
                     + IsolationText::tr("Done: %1.").arg(now.join(QStringLiteral("; ")));
        if (!later.isEmpty())
            *done += QLatin1Char(' ')
                     + IsolationText::tr("From its next start: %1.")
                           .arg(later.join(QStringLiteral("; ")));
    }
    return {};
}

Operation *readSettings(Connection *connection, const QString &uuid)
{
    return connection->runJob(
        IsolationText::tr("Read isolation settings"), [uuid](virConnectPtr conn, Operation *) {
            virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
            if (!dom)
                return OpResult::failure(takeLibvirtError(IsolationText::tr("The VM is gone.")));
            char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
            const QString xml = QString::fromUtf8(raw ? raw : "");
            free(raw);
            virDomainFree(dom);
            return OpResult::success(QVariant::fromValue(read(xml)));
        });
}

Operation *apply(Connection *connection, const QString &uuid, const IsolationSettings &settings)
{
    return connection->runJob(IsolationText::tr("Isolation settings"),
                              [uuid, settings](virConnectPtr conn, Operation *) {
                                  QString done;
                                  const QString why = applyNow(conn, uuid, settings, &done);
                                  return why.isEmpty()
                                             ? OpResult::success(done)
                                             : OpResult::failure(why, Failure::Kind::Libvirt);
                              },
                              {uuid});
}

} // namespace Vireo::Isolation
