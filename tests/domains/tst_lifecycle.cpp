// The whole lifecycle against the real daemon and real QEMU (software emulation) booting the
// test guest, as the library shows it. Each test brings the guest into the state it needs, so
// any one of them runs alone (`tst_lifecycle pauseAndResume`); in order they boot it only twice.

#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

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

    /// Brings the shared guest to running its system (booting it if it was not); false when it
    /// cannot, with the reason in a warning.
    bool ensureRunning()
    {
        const auto domain = m_conn->domain(m_uuid);
        if (!domain)
            return false;
        if (domain->state == DomainState::Running)
            return true;
        const DomainAction action
            = domain->state == DomainState::Paused ? DomainAction::Resume : DomainAction::Start;
        const auto [ok, error] = finish(Lifecycle::perform(m_conn.get(), action, m_uuid));
        if (!ok) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        // A fresh QEMU process starts a fresh serial log.
        if (action == DomainAction::Start
            && !m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 120000)) {
            qWarning("the guest did not print READY");
            return false;
        }
        return QTest::qWaitFor([this] { return state() == QLatin1String("Running"); }, 30000);
    }

    /// Brings the shared guest to shut off, without a saved state.
    bool ensureShutOff()
    {
        const auto domain = m_conn->domain(m_uuid);
        if (!domain)
            return false;
        if (domain->isActive() || domain->hasManagedSave) {
            const auto [ok, error] = finish(Lifecycle::perform(
                m_conn.get(),
                domain->isActive() ? DomainAction::ForceOff : DomainAction::DiscardSave, m_uuid));
            if (!ok) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        return QTest::qWaitFor([this] { return state() == QLatin1String("Shut off"); }, 30000);
    }

    static Vireo::Test::ProcessRun virsh(const QStringList &args)
    {
        return runProcess(QStringLiteral("virsh"),
                          QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")}
                              + args,
                          30000, QProcess::MergedChannels);
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
        m_guest = std::make_unique<TestGuest>(QStringLiteral("vireo-lifecycle"));
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        m_uuid = m_guest->uuid();
        QTRY_COMPARE(state(), QStringLiteral("Shut off"));
    }

    void definedMachineAppears()
    {
        TestGuest guest(QStringLiteral("vireo-lifecycle-defined"));
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        // Defined behind Vireo's back: the library learns it from libvirt's event.
        QTRY_COMPARE(shown(m_model, m_conn.get(), guest.uuid()), QStringLiteral("Shut off"));
        QCOMPARE(shown(m_model, m_conn.get(), guest.uuid(), DomainListModel::OsColumn),
                 QStringLiteral("Debian 12"));
        QCOMPARE(shown(m_model, m_conn.get(), guest.uuid(), DomainListModel::MemoryColumn),
                 QStringLiteral("160 MiB"));
    }

    void startBoots()
    {
        QVERIFY(ensureShutOff());
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
        QVERIFY(ensureRunning());
        perform(DomainAction::Pause);
        QTRY_COMPARE(state(), QStringLiteral("Paused"));
        perform(DomainAction::Resume);
        QTRY_COMPARE(state(), QStringLiteral("Running"));
        GuestControl control(m_guest->controlSocketPath());
        QCOMPARE(control.run(QStringLiteral("echo still here")), QStringLiteral("still here\n"));
    }

    void saveAndRestoreContinueTheGuest()
    {
        QVERIFY(ensureRunning());
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
        // The restore runs on the long lane: the "started" event may be read before libvirt has
        // removed the save image; the re-read that follows the restore clears it.
        QTRY_VERIFY(!m_conn->domain(m_uuid)->hasManagedSave);
        GuestControl after(m_guest->controlSocketPath());
        // The tmpfs file survived and the clock went on: the guest continued, it did not boot.
        QCOMPARE(after.run(QStringLiteral("cat /tmp/marker")), QStringLiteral("kept-in-memory\n"));
        const double later = guestUptime(after);
        QVERIFY2(later >= before,
                 qPrintable(QStringLiteral("uptime %1 then %2").arg(before).arg(later)));
    }

    // The same from a terminal, as a script would: `vireo list|info --json`, pause, resume,
    // save and restore (the guest continues), each answer read back.
    void theTerminalDrivesTheGuest()
    {
        QVERIFY(ensureRunning());
        const auto vireo = [](const QStringList &args) {
            return runProcess(
                QStringLiteral(VIREO_BINARY),
                QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")} + args, 60000);
        };
        const auto stateOf = [&](const QString &name) {
            const ProcessRun r = vireo({QStringLiteral("info"), name, QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out.toUtf8())
                .object()[QStringLiteral("state")]
                .toString();
        };
        const QString name = m_guest->name();
        ProcessRun r = vireo({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        bool listed = false;
        for (const QJsonValue &vm : QJsonDocument::fromJson(r.out.toUtf8()).array())
            listed = listed
                     || (vm[QStringLiteral("uuid")].toString() == m_uuid
                         && vm[QStringLiteral("state")].toString() == QLatin1String("running"));
        QVERIFY2(listed, qPrintable(r.out));

        r = vireo({QStringLiteral("pause"), name});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("done")), qPrintable(r.out + r.err));
        QCOMPARE(stateOf(name), QStringLiteral("paused"));
        r = vireo({QStringLiteral("resume"), name, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(
            QJsonDocument::fromJson(r.out.toUtf8()).array().at(0)[QStringLiteral("ok")].toBool());
        QCOMPARE(stateOf(name), QStringLiteral("running"));

        GuestControl control(m_guest->controlSocketPath());
        QCOMPARE(control.run(QStringLiteral("echo from-terminal > /tmp/t; cat /tmp/t")),
                 QStringLiteral("from-terminal\n"));
        r = vireo({QStringLiteral("save"), name});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stateOf(name), QStringLiteral("saved"));
        // Restore is refused for a running VM, and brings the saved one back where it was.
        r = vireo({QStringLiteral("restore"), name});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stateOf(name), QStringLiteral("running"));
        r = vireo({QStringLiteral("restore"), name});
        QCOMPARE(r.code, 2);
        GuestControl after(m_guest->controlSocketPath());
        QCOMPARE(after.run(QStringLiteral("cat /tmp/t")), QStringLiteral("from-terminal\n"));
    }

    void rebootBootsAgain()
    {
        QVERIFY(ensureRunning());
        const int readyBefore = m_guest->serialCount(QStringLiteral("VIREO-GUEST READY"));
        perform(DomainAction::Reboot);
        QVERIFY2(
            m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000, readyBefore + 1),
            "the guest did not come back after the reboot");
        QTRY_COMPARE(state(), QStringLiteral("Running"));
    }

    void forceResetBootsAgainAtOnce()
    {
        // The reset button: no ACPI, the guest starts over.
        QVERIFY(ensureRunning());
        const int readyBefore = m_guest->serialCount(QStringLiteral("VIREO-GUEST READY"));
        perform(DomainAction::Reset);
        QVERIFY2(
            m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY"), 60000, readyBefore + 1),
            "the guest did not boot again after the reset");
        QTRY_COMPARE(state(), QStringLiteral("Running"));
    }

    void acpiShutdownEndsShutOff()
    {
        QVERIFY(ensureRunning());
        perform(DomainAction::Shutdown);
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Shut off"), 60000);
        QCOMPARE(m_conn->domain(m_uuid)->reasonText(), QStringLiteral("shut down"));
    }

    void changesMadeWithVirshShowWithinTwoSeconds()
    {
        QVERIFY(ensureRunning());
        QSignalSpy events(m_conn.get(), &Connection::domainEvent);
        QElapsedTimer clock;
        // A device plugged into the running machine, and unplugged again.
        QTemporaryDir dir;
        const QString channel = dir.filePath(QStringLiteral("channel.xml"));
        {
            QFile f(channel);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<channel type='pty'><target type='virtio' name='org.vireo.extra'/>"
                    "<alias name='ua-vireo-extra'/></channel>");
        }
        auto seen = [&events](DomainEvent::Kind kind) {
            for (const auto &e : events)
                if (e.at(1).value<DomainEvent>().kind == kind)
                    return e.at(1).value<DomainEvent>().device;
            return QString();
        };
        clock.start();
        auto r = virsh(
            {QStringLiteral("attach-device"), m_guest->name(), channel, QStringLiteral("--live")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QTRY_VERIFY_WITH_TIMEOUT(!seen(DomainEvent::Kind::DeviceAdded).isEmpty(), 2000);
        QCOMPARE(seen(DomainEvent::Kind::DeviceAdded), QStringLiteral("ua-vireo-extra"));
        r = virsh({QStringLiteral("detach-device-alias"), m_guest->name(),
                   QStringLiteral("ua-vireo-extra"), QStringLiteral("--live")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QTRY_COMPARE_WITH_TIMEOUT(seen(DomainEvent::Kind::DeviceRemoved),
                                  QStringLiteral("ua-vireo-extra"), 2000);

        // A new title: the cache (and so the library) has it.
        r = virsh({QStringLiteral("desc"), m_guest->name(), QStringLiteral("--live"),
                   QStringLiteral("--title"), QStringLiteral("Titled by virsh")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->domain(m_uuid)->title, QStringLiteral("Titled by virsh"),
                                  2000);

        // A network and a storage pool made with virsh.
        const QString net = dir.filePath(QStringLiteral("net.xml"));
        {
            QFile f(net);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<network><name>vireo-events-net</name><bridge name='vireoev0'/></network>");
        }
        auto network = [this]() -> std::optional<NetworkInfo> {
            for (const NetworkInfo &n : m_conn->networks())
                if (n.name == QLatin1String("vireo-events-net"))
                    return n;
            return std::nullopt;
        };
        auto pool = [this]() -> std::optional<StoragePoolInfo> {
            for (const StoragePoolInfo &p : m_conn->storagePools())
                if (p.name == QLatin1String("vireo-events-pool"))
                    return p;
            return std::nullopt;
        };
        virsh({QStringLiteral("net-destroy"), QStringLiteral("vireo-events-net")});
        virsh({QStringLiteral("net-undefine"), QStringLiteral("vireo-events-net")});
        virsh({QStringLiteral("pool-destroy"), QStringLiteral("vireo-events-pool")});
        virsh({QStringLiteral("pool-undefine"), QStringLiteral("vireo-events-pool")});
        QTRY_VERIFY_WITH_TIMEOUT(!network() && !pool(), 2000);
        r = virsh({QStringLiteral("net-define"), net});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QTRY_VERIFY_WITH_TIMEOUT(network().has_value(), 2000);
        QVERIFY(!network()->active);
        r = virsh({QStringLiteral("net-start"), QStringLiteral("vireo-events-net")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QTRY_VERIFY_WITH_TIMEOUT(network() && network()->active, 2000);
        QCOMPARE(network()->bridge, QStringLiteral("vireoev0"));
        r = virsh({QStringLiteral("pool-define-as"), QStringLiteral("vireo-events-pool"),
                   QStringLiteral("dir"), QStringLiteral("--target"), dir.path()});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = virsh({QStringLiteral("pool-start"), QStringLiteral("vireo-events-pool")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QTRY_VERIFY_WITH_TIMEOUT(pool() && pool()->active(), 2000);
        QCOMPARE(pool()->path, dir.path());
        QVERIFY(pool()->capacity > 0);
        virsh({QStringLiteral("net-destroy"), QStringLiteral("vireo-events-net")});
        virsh({QStringLiteral("net-undefine"), QStringLiteral("vireo-events-net")});
        virsh({QStringLiteral("pool-destroy"), QStringLiteral("vireo-events-pool")});
        virsh({QStringLiteral("pool-undefine"), QStringLiteral("vireo-events-pool")});
        QTRY_VERIFY_WITH_TIMEOUT(!network() && !pool(), 2000);
        qInfo("virsh changes followed in %lld ms in all", clock.elapsed());
    }

    void forceOff()
    {
        QVERIFY(ensureRunning());
        perform(DomainAction::ForceOff);
        QTRY_COMPARE(state(), QStringLiteral("Shut off"));
        QCOMPARE(m_conn->domain(m_uuid)->reasonText(), QStringLiteral("forced off"));
    }

    void renameKeepsTheUuid()
    {
        TestGuest guest(QStringLiteral("vireo-lifecycle-name"));
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        const QString uuid = guest.uuid();
        QTRY_VERIFY(m_conn->domain(uuid).has_value());
        const auto [ok, error] = finish(
            Lifecycle::rename(m_conn.get(), uuid, QStringLiteral("vireo-lifecycle-renamed")));
        QVERIFY2(ok, qPrintable(error));
        QTRY_COMPARE(shown(m_model, m_conn.get(), uuid, DomainListModel::NameColumn),
                     QStringLiteral("vireo-lifecycle-renamed"));
        QCOMPARE(m_conn->domain(uuid)->uuid, uuid);
        QVERIFY(!m_conn->domainByName(QStringLiteral("vireo-lifecycle-name")).has_value());
        // Back, so that the guest's own clean-up finds it.
        QVERIFY(
            finish(Lifecycle::rename(m_conn.get(), uuid, QStringLiteral("vireo-lifecycle-name")))
                .first);
    }

    void deleteWithStorageRemovesTheFile()
    {
        TestGuest guest(QStringLiteral("vireo-lifecycle-delete"), GuestOptions{.withDisk = true});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        const QString uuid = guest.uuid();
        QTRY_VERIFY(m_conn->domain(uuid).has_value());
        const QString disk = guest.diskPath();
        QVERIFY(QFile::exists(disk));
        QCOMPARE(Lifecycle::deletableStorage(*m_conn->domain(uuid)), QStringList{disk});
        const auto [ok, error] = finish(Lifecycle::remove(m_conn.get(), uuid, {disk}));
        QVERIFY2(ok, qPrintable(error));
        QTRY_VERIFY(!m_model.indexOf(m_conn.get(), uuid).isValid());
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
