#include "core/LibvirtEventLoop.h"

#include "core/LibvirtError.h"
#include "core/Logging.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>

#include <libvirt/libvirt.h>

#include <mutex>

namespace Vireo {

bool ensureLibvirtEventLoop(QString *error)
{
    static std::once_flag once;
    static bool ok = false;
    static QString reason;
    std::call_once(once, [] {
        silenceLibvirtErrorPrinting();
        const auto *dispatcher = QCoreApplication::eventDispatcher();
        const QByteArray name
            = dispatcher ? QByteArray(dispatcher->metaObject()->className()) : QByteArray();
        if (!name.contains("Glib")) {
            reason
                = QStringLiteral("Qt does not use the GLib event dispatcher (%1); libvirt events "
                                 "cannot be delivered. Unset QT_NO_GLIB.")
                      .arg(QString::fromLatin1(name));
            qCCritical(lcConnection) << reason;
            return;
        }
        if (virEventRegisterDefaultImpl() < 0) {
            reason
                = takeLibvirtError(QStringLiteral("Could not set up libvirt's event loop.")).text();
            qCCritical(lcConnection) << reason;
            return;
        }
        ok = true;
    });
    if (!ok && error)
        *error = reason;
    return ok;
}

} // namespace Vireo
