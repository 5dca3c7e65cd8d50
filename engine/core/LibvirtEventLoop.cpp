#include "core/LibvirtEventLoop.h"

#include "core/LibvirtError.h"
#include "core/Logging.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>

#include <libvirt/libvirt.h>

#include <csignal>
#include <mutex>

namespace Vireo {

bool ensureLibvirtEventLoop(QString *error)
{
    static std::once_flag once;
    static bool ok = false;
    static QString reason;
    std::call_once(once, [] {
        silenceLibvirtErrorPrinting();
        // libvirt writes to its sockets with plain write(): a daemon killed mid-call would end
        // the whole program with SIGPIPE. Ignored, the write fails and the connection says why
        // (as virsh and virt-manager do).
        std::signal(SIGPIPE, SIG_IGN);
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
