// The whole lifecycle against the real daemon and real QEMU (software emulation) booting the
// test guest, as the library shows it.

#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"

#include <QFile>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;

class TstLifecycle : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    DomainListModel m_model;
    std::unique_ptr<TestGuest> m_guest;
    QString m_uuid;

    QString state() { return shown(m_model, m_conn.get(), m_uuid); }

    void perform(DomainAction action)
    {
        const auto [ok, error] = finish(Lifecycle::perform(m_conn.get(), action, m_uuid));
        QVERIFY2(ok, qPrintable(error));
    }

    static double guestUptime(GuestControl &control)
    {
        const QString out = control.run(QStringLiteral("cat /proc/uptime"));
        return out.section(QLatin1Char(' '), 0, 0).toDouble();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_model.addConnection(m_conn.get());
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void definedMachineAppears()
    {
        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-lifecycle"),
                                              GuestOptions{.withDisk = true});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        m_uuid = m_guest->uuid();
        // Defined behind Vireo's back: the library learns it from libvirt's event.
        QTRY_COMPARE(state(), QStringLiteral("Shut off"));
        QCOMPARE(shown(m_model, m_conn.get(), m_uuid, DomainListModel::OsColumn),
                 QStringLiteral("Debian 12"));
        QCOMPARE(shown(m_model, m_conn.get(), m_uuid, DomainListModel::MemoryColumn),
                 QStringLiteral("160 MiB"));
    }

    void startBoots()
    {
        perform(DomainAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Running"), 10000);
        QVERIFY2(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY")),
                 "the guest did not print READY");
        GuestControl control(m_guest->controlSocketPath());
        QCOMPARE(control.run(QStringLiteral("echo hello from $(uname -s)")),
                 QStringLiteral("hello from Linux\n"));
    }

    void pauseAndResume()
    {
        perform(DomainAction::Pause);
        QTRY_COMPARE(state(), QStringLiteral("Paused"));
        perform(DomainAction::Resume);
        QTRY_COMPARE(state(), QStringLiteral("Running"));
        GuestControl control(m_guest->controlSocketPath());
        QCOMPARE(control.run(QStringLiteral("echo still here")), QStringLiteral("still here\n"));
    }

    void saveAndRestoreContinueTheGuest()
    {
        GuestControl control(m_guest->controlSocketPath());
        QCOMPARE(control.run(QStringLiteral("echo kept-in-memory > /tmp/marker; cat /tmp/marker")),
                 QStringLiteral("kept-in-memory\n"));
        const double before = guestUptime(control);
        QVERIFY(before > 0);

        Operation *save = Lifecycle::perform(m_conn.get(), DomainAction::Save, m_uuid);
        QSignalSpy cancellable(save, &Operation::cancellableChanged);
        const auto [saved, error] = finish(save);
        QVERIFY2(saved, qPrintable(error));
        // While it ran, the save could be cancelled (libvirt job abort).
        QVERIFY(!cancellable.isEmpty());
        QCOMPARE(cancellable.first().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Saved"), 30000);
        QVERIFY(!m_conn->domain(m_uuid)->isActive());
        QVERIFY(m_conn->domain(m_uuid)->hasManagedSave);

        perform(DomainAction::Start); // restores
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Running"), 30000);
        QVERIFY(!m_conn->domain(m_uuid)->hasManagedSave);
        GuestControl after(m_guest->controlSocketPath());
        // The tmpfs file survived and the clock went on: the guest continued, it did not boot.
        QCOMPARE(after.run(QStringLiteral("cat /tmp/marker")), QStringLiteral("kept-in-memory\n"));
        const double later = guestUptime(after);
        QVERIFY2(later >= before,
                 qPrintable(QStringLiteral("uptime %1 then %2").arg(before).arg(later)));
    }

    void rebootBootsAgain()
    {
        const int readyBefore = m_guest->serialCount(QStringLiteral("VIREO-GUEST READY"));
        perform(DomainAction::Reboot);
        QVERIFY2(
            m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000, readyBefore + 1),
            "the guest did not come back after the reboot");
        QTRY_COMPARE(state(), QStringLiteral("Running"));
    }

    void acpiShutdownEndsShutOff()
    {
        perform(DomainAction::Shutdown);
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Shut off"), 60000);
        QCOMPARE(m_conn->domain(m_uuid)->reasonText(), QStringLiteral("shut down"));
    }

    void forceOff()
    {
        perform(DomainAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Running"), 10000);
        perform(DomainAction::ForceOff);
        QTRY_COMPARE(state(), QStringLiteral("Shut off"));
        QCOMPARE(m_conn->domain(m_uuid)->reasonText(), QStringLiteral("forced off"));
    }

    void renameKeepsTheUuid()
    {
        const auto [ok, error] = finish(
            Lifecycle::rename(m_conn.get(), m_uuid, QStringLiteral("vireo-lifecycle-renamed")));
        QVERIFY2(ok, qPrintable(error));
        QTRY_COMPARE(shown(m_model, m_conn.get(), m_uuid, DomainListModel::NameColumn),
                     QStringLiteral("vireo-lifecycle-renamed"));
        QCOMPARE(m_conn->domain(m_uuid)->uuid, m_uuid);
        QVERIFY(!m_conn->domainByName(QStringLiteral("vireo-lifecycle")).has_value());
    }

    void deleteWithStorageRemovesTheFile()
    {
        const QString disk = m_guest->diskPath();
        QVERIFY(QFile::exists(disk));
        QCOMPARE(Lifecycle::deletableStorage(*m_conn->domain(m_uuid)), QStringList{disk});
        const auto [ok, error] = finish(Lifecycle::remove(m_conn.get(), m_uuid, {disk}));
        QVERIFY2(ok, qPrintable(error));
        QTRY_VERIFY(!m_model.indexOf(m_conn.get(), m_uuid).isValid());
        QVERIFY(!QFile::exists(disk));
    }

    void isoBootsToo()
    {
        // The same guest from its GRUB ISO (BIOS, CD-ROM), as a user would install from one.
        TestGuest iso(QStringLiteral("vireo-iso-boot"), GuestOptions{.bootFromIso = true});
        QVERIFY2(iso.define(), qPrintable(iso.error()));
        QTRY_VERIFY(m_conn->domain(iso.uuid()).has_value());
        const auto [ok, error]
            = finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, iso.uuid()));
        QVERIFY2(ok, qPrintable(error));
        QVERIFY2(iso.waitForSerial(QStringLiteral("VIREO-GUEST READY"), 120000),
                 "the ISO did not boot to READY");
        QCOMPARE(m_conn->domain(iso.uuid())->disks.first().device, QStringLiteral("cdrom"));
    }

    void cleanupTestCase() { m_guest.reset(); }
};

QTEST_GUILESS_MAIN(TstLifecycle)
#include "tst_lifecycle.moc"
