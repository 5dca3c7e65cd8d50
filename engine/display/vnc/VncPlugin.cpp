// The VNC display protocol as a plugin (see DisplayProtocols.h).

#include "display/DisplayProtocols.h"
#include "display/vnc/VncSession.h"

#include <QObject>

namespace Vireo {

class VncPlugin : public QObject, public DisplayProtocolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VireoDisplayProtocolPlugin_iid)
    Q_INTERFACES(Vireo::DisplayProtocolPlugin)
public:
    QString protocol() const override { return QStringLiteral("vnc"); }
    DisplaySession *createSession(QObject *parent) override { return new VncSession(parent); }
};

} // namespace Vireo

#include "VncPlugin.moc"
