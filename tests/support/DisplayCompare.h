// What the console tests compare: the guest's framebuffer as QEMU has it, and what a view paints.
#pragma once

#include "core/Connection.h"
#include "display/DisplayProtocols.h"
#include "display/GraphicsChannel.h"
#include "domains/Screenshot.h"
#include "support/GuestControl.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/console/DisplayView.h"

#include <QImage>
#include <QTest>

#include <chrono>
#include <functional>
#include <future>
#include <memory>

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

/// The data rows of a test run over both protocols: column "protocol", rows spice and vnc.
inline void addProtocolRows()
{
    QTest::addColumn<QString>("protocol");
    QTest::newRow("spice") << QStringLiteral("spice");
    QTest::newRow("vnc") << QStringLiteral("vnc");
}

/// A session on the guest's display of that protocol (SPICE its first display, VNC its second),
/// shown in `view`, connected and showing a frame; null when it does not get there.
inline std::unique_ptr<DisplaySession> connectedSession(Connection *conn, const QString &uuid,
                                                        const QString &protocol,
                                                        Ui::DisplayView &view)
{
    QString error;
    std::unique_ptr<DisplaySession> session(DisplayProtocols::create(protocol, nullptr, &error));
    if (!session) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    view.setSession(session.get());
    Graphics::attach(conn, uuid, session.get(), protocol == QLatin1String("spice") ? 0 : 1);
    if (!QTest::qWaitFor(
            [&] {
                return session->state() == DisplaySession::State::Connected
                       && !session->frame().isNull();
            },
            15000))
        return {};
    return session;
}

/// Waits until the view shows exactly QEMU's framebuffer (and `also` holds for it); on failure
/// both images are kept as artifacts (PROTOCOL-mismatch-qemu.png, -view.png).
inline bool showsExactly(const QString &uuid, Ui::DisplayView &view, const QString &protocol,
                         QImage *shown, const std::function<bool(const QImage &)> &also = {})
{
    QImage reference;
    const bool same = QTest::qWaitFor(
        [&] {
            reference = screenshotServing(uuid);
            *shown = painted(view);
            return !reference.isNull() && *shown == reference && (!also || also(*shown));
        },
        20000);
    if (!same) {
        reference.save(artifactsDir() + QStringLiteral("/%1-mismatch-qemu.png").arg(protocol));
        shown->save(artifactsDir() + QStringLiteral("/%1-mismatch-view.png").arg(protocol));
    }
    return same;
}

/// Runs a command in the guest's control shell and waits for it (blocking: not for commands
/// that change the screen's mode, which go in the background).
inline bool runInGuest(const TestGuest &guest, const QString &command)
{
    GuestControl control(guest.controlSocketPath());
    return !control.run(command + QStringLiteral("; echo ok")).isNull();
}

} // namespace Vireo::Test
