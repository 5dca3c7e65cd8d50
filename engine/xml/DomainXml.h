#pragma once

#include "domains/DomainInfo.h"

namespace Vireo {

/// Reads what the library shows from libvirt domain XML. Pure: no libvirt call. Fields the XML
/// does not have stay empty; malformed XML yields what was read before the error.
void readDomainXml(const QString &xml, DomainInfo &info);
/// The same from UTF-8, as libvirt hands it over.
void readDomainXml(const QByteArray &xml, DomainInfo &info);

/// A human name for a libosinfo OS id when libosinfo is not consulted:
/// "http://debian.org/debian/12" -> "Debian 12", "http://microsoft.com/win/11" -> "Windows 11".
QString osNameFromId(const QString &osId);

/// The namespace of Vireo's metadata element <firstrun install='yes'><file path='...'/>
/// </firstrun>: files made for a VM's first run and not removed yet (DomainInfo::firstRunFiles;
/// create/FirstRun.h). Vireo 0.x wrote <seed path='...'/> for a cloud-init seed; it is read too.
QString firstRunMetadataNamespace();

/// The namespace of Vireo's lineage element: <lineage><template readonly='vda,vdb'/></lineage> on
/// a template (the disks it made read-only), <lineage><instance of='UUID' name='NAME'
/// kind='linked|full' [snapshot='S'] [disposable='yes']/></lineage> on an instance
/// (DomainInfo::isTemplate, templateUuid...; templates/Lineage.h).
QString lineageMetadataNamespace();

/// The namespace of Vireo's isolation element: <isolation clipboard='off|to-guest|both'
/// usb='yes|no' files='yes|no'/> (DomainInfo::clipboard; security/Isolation.h).
QString isolationMetadataNamespace();

/// Memory in KiB from a libvirt value and unit ("KiB" when unit is empty).
quint64 toKiB(quint64 value, const QString &unit);

} // namespace Vireo
