// The guest desktop beyond the screen, with one test guest on an isolated DHCP network: its IP
// address shows in the library and the details within 5 s of its lease.

#include "core/ConnectionRegistry.h"
#include "domains/DomainListModel.h"
#include "networks/Networks.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/library/DetailsPane.h"
#include "ui/library/MainWindow.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kLab = QStringLiteral("vireo-gd-lab");

} // namespace

class TstGuestDesktop : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    Connection *m_conn = nullptr;
    std::unique_ptr<TestGuest> m_guest;
    std::unique_ptr<GuestControl> m_shell;

private Q_SLOTS:
    void initTestCase()
    {
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-guestdesktop"));
        TestGuest::removeNetwork(kLab);
        m_conn = m_registry.add(QStringLiteral("qemu:///system"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);

        const Outcome proposal = complete(Networks::proposeSubnet(m_conn));
        QVERIFY2(proposal.ok, qPrintable(proposal.error));
        NetworkSpec spec;
        spec.name = kLab;
        spec.mode = NetworkSpec::Mode::Isolated;
        spec.ipv4 = proposal.value.toString();
        const Outcome made = complete(Networks::create(m_conn, spec));
        QVERIFY2(made.ok, qPrintable(made.error));

        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-guestdesktop"),
                                              GuestOptions{.graphics = {QStringLiteral("spice")},
                                                           .spiceAgent = true,
                                                           .network = kLab});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QVERIFY2(m_guest->start(), qPrintable(m_guest->error()));
        m_shell = std::make_unique<GuestControl>(m_guest->controlSocketPath());
        QVERIFY(m_shell->connectToGuest(30000));
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        m_guest.reset();
        TestGuest::removeNetwork(kLab);
    }

    void theLibraryShowsTheGuestsAddress()
    {
        Ui::MainWindow window(&m_registry);
        window.show();
        const QString uuid = m_guest->uuid();
        QTRY_COMPARE(shown(*window.model(), m_conn, uuid), QStringLiteral("Running"));
        QVERIFY(window.selectDomain(m_conn, uuid));
        // No lease yet: nothing to show, and the details say why.
        QCOMPARE(shown(*window.model(), m_conn, uuid, DomainListModel::AddressColumn), QString());

        // The guest asks the network's DHCP server for an address.
        const int before = m_guest->serialCount(QStringLiteral("VIREO-LEASE eth0"));
        m_shell->run(QStringLiteral("udhcpc -i eth0 -n -q -t 10 -T 2 -s /lib/vireo/udhcpc.sh"),
                     60000);
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-LEASE eth0"), 30000, before + 1));
        QElapsedTimer since;
        since.start();
        const QString ip
            = m_guest->serialLines(QStringLiteral("VIREO-LEASE eth0")).last().section(' ', 2);
        QVERIFY(!ip.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(*window.model(), m_conn, uuid, DomainListModel::AddressColumn), ip, 5000);
        qInfo("shown %lld ms after the lease", since.elapsed());
        // The details say where it comes from.
        auto *pane = window.findChild<Ui::DetailsPane *>();
        QVERIFY(pane);
        QTRY_VERIFY(pane->text().contains(ip));
        const QString details = pane->text();
        QVERIFY2(details.contains(ip) && details.contains(QStringLiteral("from the DHCP lease")),
                 qPrintable(details));
        window.grab().save(artifactsDir() + QStringLiteral("/library-address.png"));
    }
};

QTEST_MAIN(TstGuestDesktop)
#include "tst_guestdesktop.moc"
