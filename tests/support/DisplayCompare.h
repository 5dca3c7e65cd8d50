// What the console tests compare: the guest's framebuffer as QEMU has it, and what a view paints.
#pragma once

#include "domains/Screenshot.h"
#include "support/TestGuest.h"
#include "ui/console/DisplayView.h"

#include <QImage>
#include <QTest>

#include <chrono>
#include <future>

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

/// screenshot(), taken on another thread while this one goes on handling its events. A test's
/// SPICE client lives on this thread; when the guest changes its screen mode, spice-server holds
/// QEMU (and so the screendump) until the client has read the old surface's last messages, so a
/// screenshot taken here would wait on itself. (Vireo takes its screenshots on workers.)
inline QImage screenshotServing(const QString &uuid)
{
    auto taken = std::async(std::launch::async, [uuid] { return screenshot(uuid); });
    while (taken.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
        QTest::qWait(5);
    return taken.get();
}

/// What the view shows where it draws the guest, in 24-bit RGB.
inline QImage painted(Ui::DisplayView &view)
{
    return view.grab(view.frameRect()).toImage().convertToFormat(QImage::Format_RGB888);
}

} // namespace Vireo::Test
