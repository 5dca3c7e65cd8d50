#include "core/LibvirtError.h"

#include <QCoreApplication>

#include <libvirt/virterror.h>

namespace Vireo {

namespace {

void ignoreError(void *, virErrorPtr) {}

QString plainWordsFor(int code)
{
    switch (code) {
    case VIR_ERR_NO_DOMAIN:
        return QCoreApplication::translate("LibvirtError", "The virtual machine does not exist.");
    case VIR_ERR_OPERATION_INVALID:
        return QCoreApplication::translate("LibvirtError",
                                           "This is not possible in the machine's current state.");
    case VIR_ERR_OPERATION_DENIED:
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_ACCESS_DENIED:
        return QCoreApplication::translate("LibvirtError", "Permission denied.");
    case VIR_ERR_NO_CONNECT:
    case VIR_ERR_SYSTEM_ERROR:
    case VIR_ERR_RPC:
        return QCoreApplication::translate("LibvirtError",
                                           "The virtualization service could not be reached.");
    case VIR_ERR_INVALID_ARG:
    case VIR_ERR_XML_ERROR:
    case VIR_ERR_CONFIG_UNSUPPORTED:
        return QCoreApplication::translate("LibvirtError", "The request was not accepted.");
    case VIR_ERR_OPERATION_TIMEOUT:
        return QCoreApplication::translate("LibvirtError", "The operation timed out.");
    case VIR_ERR_NO_STORAGE_VOL:
        return QCoreApplication::translate("LibvirtError", "The storage volume does not exist.");
    default:
        return {};
    }
}

} // namespace

Failure takeLibvirtError(const QString &whatFailed)
{
    virErrorPtr err = virGetLastError();
    Failure f;
    f.kind = Failure::Kind::Libvirt;
    f.summary = whatFailed;
    QStringList parts;
    if (err) {
        f.libvirtCode = err->code;
        f.libvirtDomain = err->domain;
        // A request on a connection whose daemon went away fails in the RPC layer ("client
        // socket is closed") whatever it asked for: say that, not what the request was about.
        if (err->domain == VIR_FROM_RPC && err->code == VIR_ERR_INTERNAL_ERROR)
            parts << QCoreApplication::translate(
                "LibvirtError", "The connection to the virtualization service was lost (it "
                                "stopped or restarted); Vireo reconnects by itself, try again "
                                "in a moment.");
        else if (const QString words = plainWordsFor(err->code); !words.isEmpty())
            parts << words;
        if (err->message)
            parts << QCoreApplication::translate("LibvirtError", "Details: %1")
                         .arg(QString::fromUtf8(err->message));
    }
    f.detail = parts.join(QLatin1Char(' '));
    virResetLastError();
    return f;
}

QString takeLibvirtMessage()
{
    virErrorPtr err = virGetLastError();
    const QString text = err && err->message ? QString::fromUtf8(err->message) : QString();
    virResetLastError();
    return text;
}

int lastLibvirtErrorCode()
{
    virErrorPtr err = virGetLastError();
    return err ? err->code : 0;
}

bool lastErrorIsNoDomain()
{
    virErrorPtr err = virGetLastError();
    return err && err->code == VIR_ERR_NO_DOMAIN;
}

bool lastErrorIsUnsupportedFlag()
{
    virErrorPtr err = virGetLastError();
    return err
           && (err->code == VIR_ERR_INVALID_ARG || err->code == VIR_ERR_NO_SUPPORT
               || err->code == VIR_ERR_ARGUMENT_UNSUPPORTED);
}

void silenceLibvirtErrorPrinting()
{
    virSetErrorFunc(nullptr, ignoreError);
}

} // namespace Vireo
