// What the console tests compare: the guest's framebuffer as QEMU has it, and what a view paints.
#pragma once

#include "domains/Screenshot.h"
#include "support/TestGuest.h"
#include "ui/console/DisplayView.h"

#include <QImage>

#include <libvirt/libvirt.h>

namespace Vireo::Test {

/// The guest's framebuffer as QEMU has it (virDomainScreenshot), in 24-bit RGB.
inline QImage screenshot(const QString &uuid)
{
    virDomainPtr dom
        = virDomainLookupByUUIDString(TestGuest::helperConnection(), uuid.toLatin1().constData());
    if (!dom)
        return {};
    const QImage image = domainScreenshot(TestGuest::helperConnection(), dom);
    virDomainFree(dom);
    return image.convertToFormat(QImage::Format_RGB888);
}

/// What the view shows where it draws the guest, in 24-bit RGB.
inline QImage painted(Ui::DisplayView &view)
{
    return view.grab(view.frameRect()).toImage().convertToFormat(QImage::Format_RGB888);
}

} // namespace Vireo::Test
