#include "display/DisplayProtocols.h"

#include "core/Plugins.h"
#include "display/DisplaySession.h"

namespace Vireo::DisplayProtocols {

DisplaySession *create(const QString &protocol, QObject *parent, QString *error)
{
    auto *plugin = Plugins::load<DisplayProtocolPlugin>(protocol, protocol.toUpper(), error);
    if (plugin && plugin->protocol() != protocol) {
        if (error)
            *error = QStringLiteral("libvireo-%1.so offers %2, not %1.")
                         .arg(protocol, plugin->protocol());
        return nullptr;
    }
    return plugin ? plugin->createSession(parent) : nullptr;
}

} // namespace Vireo::DisplayProtocols
