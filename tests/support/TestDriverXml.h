#pragma once

#include <QString>

namespace Vireo::Test {

/// A libvirt test-driver node file (test:///path) with `count` domains named vm-0000, vm-0001...
/// of varied size and OS, for tests and the library benchmark; every `runningEvery`th one runs,
/// the others are shut off.
inline QString testDriverXml(int count, int runningEvery = 1)
{
    static const char *const os[]
        = {"http://debian.org/debian/12", "http://fedoraproject.org/fedora/37",
           "http://microsoft.com/win/11", "http://ubuntu.com/ubuntu/22.04"};
    QString xml = QStringLiteral("<node>\n");
    for (int i = 0; i < count; ++i) {
        const bool running = runningEvery > 0 && i % runningEvery == 0;
        xml += QStringLiteral(
                   "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
                   "<name>vm-%1</name>"
                   "<uuid>00000000-0000-4000-8000-%2</uuid>"
                   "<metadata><libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/"
                   "xmlns/libvirt/domain/1.0'><libosinfo:os id='%3'/></libosinfo:libosinfo>"
                   "</metadata>"
                   "<memory unit='MiB'>%4</memory><vcpu>%5</vcpu>"
                   "<os><type>hvm</type></os>"
                   "<devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                   "<source file='/images/vm-%1.qcow2'/>"
                   "<target dev='vda' bus='virtio'/></disk></devices>%6</domain>\n")
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(i, 12, 10, QLatin1Char('0'))
                   .arg(QLatin1String(os[i % 4]))
                   .arg(256 * (1 + i % 16))
                   .arg(1 + i % 8)
                   .arg(running ? QString() : QStringLiteral("<test:runstate>5</test:runstate>"));
    }
    xml += QStringLiteral("</node>\n");
    return xml;
}

} // namespace Vireo::Test
