#pragma once

// What the security view reads of a domain's XML, in one pass without a tree (a thousand VMs'
// worth must take milliseconds). Internal to engine/security.

#include <QByteArray>
#include <QList>
#include <QString>

namespace Vireo::SecurityAudit {

/// What the view needs of a domain's XML, read in one pass (no tree: a thousand VMs' worth
/// must take milliseconds).
struct Facts
{
    struct Display
    {
        QString type;
        QString listen; // where it listens: see listenOf()
        bool password = false;
        bool tls = false;
    };
    struct Nic
    {
        QString type;
        QString mac;
        QString filter;
        QStringList ports; // the filter's PORTS parameters
    };
    struct Disk
    {
        QString target;
        QString encryption; // its format (luks), empty when none
    };
    QList<Display> displays;
    QList<Nic> nics;
    QList<Disk> disks;
    bool efi = false;
    bool secureBoot = false;
    bool tpm = false;
    // Isolation (Vireo's metadata) and what the devices share.
    QString clipboard = QStringLiteral("both");
    bool usbAllowed = true;
    bool filesAllowed = true;
    int redirdevs = 0;
    int sharedFolders = 0;
    bool agent = false;
    QString dacLabel; // "+64055:+64055" as the running VM's seclabel model='dac' says
    bool read = false;
};

/// A <listen> element of a display.
struct Listen
{
    QString type;
    QString address;
    QString network;
};

/// Whether an address is this computer's own (127.x.x.x, ::1, localhost).
bool isLoopback(const QString &address);
/// Where a display listens: empty for a unix socket or no listener at all (reached through
/// libvirt only), "default" when the XML leaves it to qemu.conf, else the address or network.
QString listenOf(const QString &attribute, const QList<Listen> &listens, const QString &socket);
/// Whether a display listening there is reachable from other machines.
bool exposedAt(const QString &where);
/// The facts of a domain's XML (UTF-8, as libvirt gives it).
Facts readFacts(const QByteArray &xml);

} // namespace Vireo::SecurityAudit
