#pragma once

#include <QMetaType>
#include <QString>

namespace Vireo {

/// Why something failed: a code to decide on, and words to show. Code above the engine decides
/// on `kind` and libvirt's codes, never on the text (which is translated).
struct Failure
{
    enum class Kind {
        None,           ///< nothing failed
        Libvirt,        ///< libvirt said no: see libvirtCode and libvirtDomain
        NotConnected,   ///< the connection is not up
        ReadOnly,       ///< the connection is read-only
        InvalidInput,   ///< a name, size or path that cannot be used
        Cancelled,      ///< the user stopped it
        NeedsQcow2,     ///< internal snapshots need qcow2 disks
        KvmUnavailable, ///< the machine asked for KVM, which this host cannot give
        DiskFull,       ///< the storage under a disk or a save is full
        NeedsConfirmation, ///< it would affect something (a VM using it): ask, then say so
        Other,          ///< anything else (a file, a tool)
    };

    Kind kind = Kind::None;
    int libvirtCode = 0;   ///< virErrorNumber, with kind Libvirt
    int libvirtDomain = 0; ///< virErrorDomain, with kind Libvirt
    QString summary;       ///< what failed, one sentence: "Could not start web01."
    QString detail;        ///< why, in plain words, then libvirt's own message

    bool failed() const { return kind != Kind::None; }
    /// The summary and the detail, as one text.
    QString text() const;
    /// True when libvirt failed with this virErrorNumber.
    bool isLibvirt(int code) const { return kind == Kind::Libvirt && libvirtCode == code; }

    static Failure of(Kind kind, const QString &summary, const QString &detail = {});
    bool operator==(const Failure &o) const = default;
};

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::Failure)
