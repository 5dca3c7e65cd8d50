// The SPICE display protocol as a plugin (see DisplayProtocols.h).

#include "display/DisplayProtocols.h"
#include "display/spice/SpiceSession.h"

#include <QObject>

namespace Vireo {

class SpicePlugin : public QObject, public DisplayProtocolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VireoDisplayProtocolPlugin_iid)
    Q_INTERFACES(Vireo::DisplayProtocolPlugin)
public:
    QString protocol() const override { return QStringLiteral("spice"); }
    DisplaySession *createSession(QObject *parent) override { return new SpiceSession(parent); }
};

} // namespace Vireo

#include "SpicePlugin.moc"
