#pragma once

// What the firewall's two halves (presets on cards, filters of the user's) share. Internal.

#include "xml/XmlTree.h"

#include <QString>

#include <libvirt/libvirt.h>

namespace Vireo::Firewall {

inline QString macOf(const XmlElement *nic)
{
    const XmlElement *mac = nic->child(QStringLiteral("mac"));
    return mac ? mac->attribute(QStringLiteral("address")).toLower() : QString();
}

inline QString domainXml(virDomainPtr dom, unsigned flags)
{
    char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_SECURE | flags);
    const QString text = QString::fromUtf8(raw ? raw : "");
    free(raw);
    return text;
}

} // namespace Vireo::Firewall
