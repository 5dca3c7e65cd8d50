// Isolation toggles on the real daemon, with a test guest that runs a tiny SPICE agent (it
// reports on serial what clipboard it is given, and offers its own): with the clipboard "to the
// guest only", the host's clipboard reaches the guest and the guest's never reaches the host;
// with it off, the host's does not reach the guest; both ways again, both ways work. The
// settings live in the domain's metadata (Vireo's console follows them at once); the agent's
// channel and shared folders follow the other toggles in the XML; `vireo isolation` does it
// from a terminal.
#include "core/Connection.h"
#include "display/DisplaySession.h"
#include "domains/DomainLifecycle.h"
#include "hardware/HardwareEditor.h"
#include "security/Isolation.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "ui/console/ConsoleWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;
using Clipboard = IsolationSettings::Clipboard;

class TstIsolationVm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest;

    void setClipboard(Clipboard mode)
    {
        IsolationSettings s = valueOf(Isolation::readSettings(m_conn.get(), m_guest->uuid()))
                                  .value<IsolationSettings>();
        s.clipboard = mode;
        const Outcome r = complete(Isolation::apply(m_conn.get(), m_guest->uuid(), s));
        QVERIFY2(r.ok, qPrintable(r.error));
        // The console reads it from the library's copy of the VM, which the metadata event
        // refreshes.
        QTRY_COMPARE(m_conn->domain(m_guest->uuid())->clipboard, Isolation::clipboardName(mode));
    }

    QString definition()
    {
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       m_guest->uuid().toLatin1().constData());
        char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
        const QString xml = QString::fromUtf8(raw);
        free(raw);
        virDomainFree(dom);
        return xml;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-iso-guest"));
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        QSignalSpy up(m_conn.get(), &Connection::domainsReset);
        m_conn->open();
        QVERIFY(up.wait(15000));
        m_guest = std::make_unique<TestGuest>(
            QStringLiteral("vireo-iso-guest"),
            GuestOptions{.graphics = {QStringLiteral("spice")}, .spiceAgent = true});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QTRY_VERIFY(m_conn->domain(m_guest->uuid()).has_value());
        QCOMPARE(m_conn->domain(m_guest->uuid())->clipboard, QStringLiteral("both"));
    }

    void theClipboardKeepsToItsDirection()
    {
        setClipboard(Clipboard::ToGuest);
        QVERIFY(
            finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, m_guest->uuid())).first);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-AGENT READY")));
        Ui::ConsoleWindow console(m_conn.get(), m_guest->uuid());
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        console.show();
        QTRY_VERIFY(console.session());
        QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), DisplaySession::State::Connected,
                                  15000);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-AGENT CAPS"), 15000));
        QStringList hostClipboard;
        connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
                [&] { hostClipboard << QGuiApplication::clipboard()->text(); });
        GuestControl shell(m_guest->controlSocketPath());
        QVERIFY(shell.connectToGuest(20000));

        // To the guest only: the host's text arrives; the guest's stays in the guest.
        QGuiApplication::clipboard()->setText(QStringLiteral("iso-host-1"));
        QVERIFY2(m_guest->waitForSerial(QStringLiteral("VIREO-CLIPBOARD-IN iso-host-1"), 15000),
                 "to-guest: the host's clipboard did not reach the guest");
        shell.run(QStringLiteral("echo iso-guest-1 > /run/vireo-clip; echo ok"));

        // Off: the host's text does not reach the guest.
        setClipboard(Clipboard::Off);
        QGuiApplication::clipboard()->setText(QStringLiteral("iso-host-2"));

        // Both ways: what comes now arrives, in both directions; what was sent while off, and
        // what the guest copied while it was to-guest, never did (they came first).
        setClipboard(Clipboard::Both);
        QGuiApplication::clipboard()->setText(QStringLiteral("iso-host-3"));
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-CLIPBOARD-IN iso-host-3"), 15000));
        QCOMPARE(m_guest->serialCount(QStringLiteral("VIREO-CLIPBOARD-IN iso-host-2")), 0);
        shell.run(QStringLiteral("echo iso-guest-2 > /run/vireo-clip; echo ok"));
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(),
                                  QStringLiteral("iso-guest-2"), 15000);
        QVERIFY2(!hostClipboard.contains(QStringLiteral("iso-guest-1")),
                 "to-guest: the guest's clipboard reached the host");
        // Off also switches SPICE's own clipboard off in the definition (for any client).
        setClipboard(Clipboard::Off);
        QVERIFY2(definition().contains(QStringLiteral("<clipboard copypaste='no'/>")),
                 qPrintable(definition()));
        console.close();
    }

    void theAgentChannelAndSharedFolders()
    {
        // Off: the agent's channel leaves the definition; on: it comes back.
        IsolationSettings s = valueOf(Isolation::readSettings(m_conn.get(), m_guest->uuid()))
                                  .value<IsolationSettings>();
        s.guestAgent = false;
        s.fileSharing = false;
        QVERIFY(complete(Isolation::apply(m_conn.get(), m_guest->uuid(), s)).ok);
        QVERIFY(!definition().contains(QStringLiteral("org.qemu.guest_agent.0")));
        // A shared folder is refused while file sharing is off, with the reason.
        QString error;
        valueOf(
            HardwareEditor::apply(m_conn.get(), m_guest->uuid(),
                                  {HardwareChange::addDevice(QStringLiteral(
                                      "<filesystem type='mount' accessmode='passthrough'><driver "
                                      "type='virtiofs'/><source dir='/tmp'/><target dir='tmp'/>"
                                      "</filesystem>"))}),
            &error);
        QVERIFY2(error.contains(QStringLiteral("File sharing is off")), qPrintable(error));
        // From a terminal.
        const ProcessRun on = runProcess(QStringLiteral(VIREO_BINARY),
                                         {QStringLiteral("isolation"), m_guest->name(),
                                          QStringLiteral("--agent"), QStringLiteral("yes"),
                                          QStringLiteral("-c"), QStringLiteral("qemu:///system")});
        QVERIFY2(on.code == 0, qPrintable(on.out + on.err));
        QVERIFY(definition().contains(QStringLiteral("org.qemu.guest_agent.0")));
        const ProcessRun show = runProcess(
            QStringLiteral(VIREO_BINARY), {QStringLiteral("isolation"), m_guest->name(),
                                           QStringLiteral("-c"), QStringLiteral("qemu:///system")});
        QVERIFY2(show.out.contains(QStringLiteral("clipboard  off"))
                     && show.out.contains(QStringLiteral("files      no"))
                     && show.out.contains(QStringLiteral("agent      yes")),
                 qPrintable(show.out));
        const ProcessRun bad = runProcess(QStringLiteral(VIREO_BINARY),
                                          {QStringLiteral("isolation"), m_guest->name(),
                                           QStringLiteral("--usb"), QStringLiteral("maybe"),
                                           QStringLiteral("-c"), QStringLiteral("qemu:///system")});
        QCOMPARE(bad.code, 2);
    }

    void usbRedirectionChannelsComeAndGo()
    {
        // The guest was made without redirection channels; the settings applied above, which
        // allow USB redirection on this SPICE machine, added two (what the console's USB menu
        // needs). Forbidding it removes them, allowing it again brings two back.
        QCOMPARE(definition().count(QStringLiteral("<redirdev")), 2);
        IsolationSettings s = valueOf(Isolation::readSettings(m_conn.get(), m_guest->uuid()))
                                  .value<IsolationSettings>();
        QVERIFY(s.usbRedirection);
        s.usbRedirection = false;
        QVERIFY(complete(Isolation::apply(m_conn.get(), m_guest->uuid(), s)).ok);
        QCOMPARE(definition().count(QStringLiteral("<redirdev")), 0);
        s.usbRedirection = true;
        QVERIFY(complete(Isolation::apply(m_conn.get(), m_guest->uuid(), s)).ok);
        QCOMPARE(definition().count(QStringLiteral("<redirdev")), 2);
    }

    void cleanupTestCase() { m_guest.reset(); }
};

QTEST_MAIN(TstIsolationVm)
#include "tst_isolationvm.moc"
