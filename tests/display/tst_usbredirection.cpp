// What decides which USB devices go into a guest and how a refusal reads: the auto-redirect
// filter (usbredir's rule notation, as spice-gtk and RHV write it), the policy for devices that
// appear while the console is open, and the reasons given for libusb's and spice-gtk's errors.
// The devices themselves go in through a real SPICE session in tst_guestdesktop.

#include "display/UsbRedirection.h"

#include <QTest>

using namespace Vireo;

namespace {

UsbDevice device(int cls, quint16 vendor = 0x1234, quint16 product = 0x5678)
{
    UsbDevice d;
    d.id = QStringLiteral("usb1");
    d.description = QStringLiteral("Test device");
    d.deviceClass = cls;
    d.vendor = vendor;
    d.product = product;
    return d;
}

} // namespace

class TstUsbRedirection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultKeepsKeyboardsMiceAndHubs()
    {
        const auto filter = UsbAutoRedirect::parse(UsbAutoRedirect::defaultFilter());
        QVERIFY(filter);
        QVERIFY(!filter->matches(device(0x03))); // HID: keyboard, mouse
        QVERIFY(!filter->matches(device(0x09))); // hub
        QVERIFY(filter->matches(device(0x08)));  // mass storage
        QVERIFY(filter->matches(device(0x0e)));  // video (a webcam)
        QVERIFY(filter->matches(device(-1)));    // class not known
    }

    void rulesAreCheckedInOrder()
    {
        // This vendor's product only; everything else stays.
        const auto only = UsbAutoRedirect::parse(QStringLiteral("-1,0x0781,0x5567,-1,1"));
        QVERIFY(only);
        QVERIFY(only->matches(device(0x08, 0x0781, 0x5567)));
        QVERIFY(!only->matches(device(0x08, 0x0781, 0x5568)));
        // A refusal before a wider allow wins; decimal fields work too.
        const auto first = UsbAutoRedirect::parse(QStringLiteral("8,-1,-1,-1,0|-1,-1,-1,-1,1"));
        QVERIFY(first);
        QVERIFY(!first->matches(device(0x08)));
        QVERIFY(first->matches(device(0x0e)));
        // An empty filter lets nothing through.
        QVERIFY(!UsbAutoRedirect::parse(QString())->matches(device(0x08)));
    }

    void badFiltersAreNamed()
    {
        QString error;
        QVERIFY(!UsbAutoRedirect::parse(QStringLiteral("0x03,-1,-1,0"), &error));
        QVERIFY2(error.contains(QStringLiteral("0x03,-1,-1,0")) && error.contains("five fields"),
                 qPrintable(error));
        QVERIFY(!UsbAutoRedirect::parse(QStringLiteral("0x100,-1,-1,-1,1"), &error));
        QVERIFY(!UsbAutoRedirect::parse(QStringLiteral("-1,-1,-1,-1,2"), &error));
        QVERIFY(!UsbAutoRedirect::parse(QStringLiteral("a,b,c,d,e"), &error));
    }

    void onlyNewDevicesGoInByThemselves()
    {
        const auto filter = UsbAutoRedirect::parse(UsbAutoRedirect::defaultFilter());
        const UsbDevice stick = device(0x08);
        QVERIFY(filter->shouldRedirect(stick, true, false));
        QVERIFY(!filter->shouldRedirect(stick, false, false)); // auto-redirect off
        QVERIFY(!filter->shouldRedirect(stick, true, true));   // there when the console opened
        QVERIFY(!filter->shouldRedirect(device(0x03), true, false));
        UsbDevice in = stick;
        in.redirected = true;
        QVERIFY(!filter->shouldRedirect(in, true, false));
        UsbDevice blocked = stick;
        blocked.unavailable = QStringLiteral("in use");
        QVERIFY(!filter->shouldRedirect(blocked, true, false));
    }

    void refusalsSayWhatToDo()
    {
        const QString permission = usbFailureReason(
            QStringLiteral("Could not open usb device: Access denied (insufficient permissions) "
                           "[-3]"),
            2);
        QVERIFY2(permission.contains(QStringLiteral("/dev/bus/usb"))
                     && permission.contains(QStringLiteral("group")),
                 qPrintable(permission));
        const QString busy
            = usbFailureReason(QStringLiteral("Could not claim interface: Resource busy"), 2);
        QVERIFY2(busy.contains(QStringLiteral("in use on this computer")), qPrintable(busy));
        QCOMPARE(usbFailureReason(QStringLiteral("There are no free USB channels"), 2),
                 QStringLiteral("Every USB redirection channel of this VM is in use (2): give "
                                "a device back first."));
        const QString none = usbFailureReason(
            QStringLiteral("The connected VM is not configured for USB redirection"), 0);
        QVERIFY2(none.contains(QStringLiteral("Isolation")), qPrintable(none));
        QVERIFY(usbFailureReason(QStringLiteral("odd"), 2).endsWith(QStringLiteral(": odd")));
    }

    void aVncDisplayOrAVmWithoutChannelsTakesNone()
    {
        QVERIFY(usbUnavailableReason(QStringLiteral("vnc"), 0).contains(QStringLiteral("SPICE")));
        QVERIFY(!usbUnavailableReason(QStringLiteral("spice"), 0).isEmpty());
        QVERIFY(usbUnavailableReason(QStringLiteral("spice"), 2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstUsbRedirection)
#include "tst_usbredirection.moc"
