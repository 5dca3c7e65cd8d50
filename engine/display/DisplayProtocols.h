#pragma once

#include <QString>
#include <QStringList>
#include <QtPlugin>

class QObject;

namespace Vireo {

class DisplaySession;

/// What a display protocol's plugin offers: sessions of its protocol. SPICE (spice-client-glib,
/// with GStreamer, OpenSSL, usbredir behind it) and VNC (libvncclient) are plugins, so that a
/// program loads a protocol's libraries only when it shows a display of that kind: the library
/// window at start-up and the terminal commands load neither.
class DisplayProtocolPlugin
{
public:
    virtual ~DisplayProtocolPlugin() = default;
    virtual QString protocol() const = 0; // "spice", "vnc"
    virtual DisplaySession *createSession(QObject *parent) = 0;
};

namespace DisplayProtocols {

/// A new session for `protocol` ("spice" or "vnc"), its plugin loaded on first use; null, with
/// the reason in `error`, when there is no such plugin or it cannot be loaded (core/Plugins.h).
DisplaySession *create(const QString &protocol, QObject *parent = nullptr,
                       QString *error = nullptr);

} // namespace DisplayProtocols
} // namespace Vireo

#define VireoDisplayProtocolPlugin_iid "io.vireo.DisplayProtocolPlugin/1"
Q_DECLARE_INTERFACE(Vireo::DisplayProtocolPlugin, VireoDisplayProtocolPlugin_iid)
