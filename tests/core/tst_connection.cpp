// The engine against libvirt's in-process test driver: connection states, the lifecycle through
// events, and every kind of bad input. No daemon needed.

#include "support/LibraryWait.h"

#include "core/LibvirtError.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <future>

using namespace Vireo;
using Vireo::Test::finish;

class TstConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> openTest(bool readOnly = false)
    {
        auto c = std::make_unique<Connection>(QStringLiteral("test:///default"), readOnly);
        c->open();
        return c;
    }

    QString testUuid(Connection &c) { return c.domainByName(QStringLiteral("test"))->uuid; }

private Q_SLOTS:
    void opensAndLists()
    {
        auto c = openTest();
        QCOMPARE(c->state(), Connection::State::Connecting);
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        const auto test = c->domainByName(QStringLiteral("test"));
        QVERIFY(test.has_value());
        QCOMPARE(test->state, DomainState::Running);
        QVERIFY(test->vcpus > 0);
        QVERIFY(test->memoryKiB > 0);
        QVERIFY(!test->uuid.isEmpty());
    }

    void lifecycleIsFollowedThroughEvents()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        const QString uuid = testUuid(*c);
        QSignalSpy events(c.get(), &Connection::lifecycleEvent);

        auto expect = [&](DomainAction action, DomainState state) {
            const auto [ok, error] = finish(Lifecycle::perform(c.get(), action, uuid));
            QVERIFY2(ok, qPrintable(error));
            QTRY_COMPARE(c->domain(uuid)->state, state);
        };
        expect(DomainAction::Pause, DomainState::Paused);
        // libvirt reports the change as an event (it may come just after the re-read that the
        // finished operation asks for).
        QTRY_VERIFY(!events.isEmpty());
        expect(DomainAction::Resume, DomainState::Running);
        expect(DomainAction::Save, DomainState::ShutOff);
        QTRY_VERIFY(c->domain(uuid)->hasManagedSave);
        QCOMPARE(c->domain(uuid)->stateText(), QStringLiteral("Saved"));
        // A full re-read (bulk calls, as after a reconnect) says the same. (Closing would not
        // do here: the test driver forgets everything when its last connection closes.)
        QSignalSpy refreshed(c.get(), &Connection::refreshed);
        c->refreshAll();
        QVERIFY(refreshed.wait());
        QVERIFY(c->domain(uuid)->hasManagedSave);
        QVERIFY(c->domain(uuid)->persistent);
        QCOMPARE(c->domain(uuid)->state, DomainState::ShutOff);
        expect(DomainAction::Start, DomainState::Running);
        QTRY_VERIFY(!c->domain(uuid)->hasManagedSave);
        expect(DomainAction::Shutdown, DomainState::ShutOff);
        expect(DomainAction::Start, DomainState::Running);
        expect(DomainAction::ForceOff, DomainState::ShutOff);
        QCOMPARE(c->domain(uuid)->stateText(), QStringLiteral("Shut off"));

        const auto [ok, error]
            = finish(Lifecycle::rename(c.get(), uuid, QStringLiteral("renamed vm")));
        QVERIFY2(ok, qPrintable(error));
        QTRY_COMPARE(c->domain(uuid)->name, QStringLiteral("renamed vm"));

        QSignalSpy removed(c.get(), &Connection::domainRemoved);
        const auto [deleted, why] = finish(Lifecycle::remove(c.get(), uuid, {}));
        QVERIFY2(deleted, qPrintable(why));
        QTRY_VERIFY(!c->domain(uuid).has_value());
        QCOMPARE(removed.count(), 1);
    }

    void actionOnAMissingDomainSaysSo()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto [ok, error] = finish(Lifecycle::perform(c.get(), DomainAction::Start, ghost));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }

    void invalidActionReportsLibvirtsWords()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        const QString uuid = testUuid(*c);
        // Resuming a running machine: libvirt refuses; the user reads why.
        const auto [ok, error] = finish(Lifecycle::perform(c.get(), DomainAction::Resume, uuid));
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(QStringLiteral("Could not resume 'test'.")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Details:")), qPrintable(error));
    }

    void failuresCarryLibvirtsCode()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        Operation *resume = Lifecycle::perform(c.get(), DomainAction::Resume, testUuid(*c));
        QSignalSpy done(resume, &Operation::finished);
        QVERIFY(done.wait());
        const Failure why = resume->failure();
        QCOMPARE(why.kind, Failure::Kind::Libvirt);
        QCOMPARE(why.libvirtCode, int(VIR_ERR_INTERNAL_ERROR)); // the test driver's word for it
        QCOMPARE(why.libvirtDomain, int(VIR_FROM_TEST));
        // The summary is the sentence that says what failed, whole (no cutting at a full stop).
        QCOMPARE(why.summary, QStringLiteral("Could not resume 'test'."));
        QVERIFY(why.detail.contains(QStringLiteral("Details:")));
        QCOMPARE(done.at(0).at(1).toString(), why.text());

        const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Operation *start = Lifecycle::perform(c.get(), DomainAction::Start, ghost);
        QSignalSpy started(start, &Operation::finished);
        QVERIFY(started.wait());
        QVERIFY(start->failure().isLibvirt(VIR_ERR_NO_DOMAIN));

        c->close();
        Operation *late = Lifecycle::perform(c.get(), DomainAction::Start, ghost);
        QSignalSpy lateDone(late, &Operation::finished);
        QVERIFY(lateDone.wait());
        QCOMPARE(late->failure().kind, Failure::Kind::NotConnected);
    }

    void shortCallsDoNotWaitBehindALongJob()
    {
        auto c = openTest();
        // A watchdog quick to call the daemon overdue: the long job outlasts it many times.
        c->setWatchdogTimings(100, 300);
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        // A long job that holds its lane until the test lets it go: a save or an upload that
        // takes minutes looks the same to the other lane.
        auto release = std::make_shared<std::promise<void>>();
        std::shared_future<void> released = release->get_future().share();
        Operation *longJob = c->runJob(
            QStringLiteral("long"),
            [released](virConnectPtr conn, Operation *) {
                released.wait();
                // The job still has a working connection of its own.
                return virConnectIsAlive(conn) == 1 ? OpResult::success()
                                                    : OpResult::failure(QStringLiteral("dead"));
            },
            {}, /*longRunning=*/true);
        QSignalSpy longDone(longJob, &Operation::finished);

        QElapsedTimer clock;
        // Listing.
        clock.start();
        QSignalSpy refreshed(c.get(), &Connection::refreshed);
        c->refreshAll();
        QVERIFY(refreshed.wait(5000));
        const qint64 listMs = clock.elapsed();
        // A lifecycle action (on another VM than the long job's, if it had one).
        clock.restart();
        const auto [paused, error]
            = finish(Lifecycle::perform(c.get(), DomainAction::Pause, testUuid(*c)), 5000);
        QVERIFY2(paused, qPrintable(error));
        const qint64 actionMs = clock.elapsed();
        // A statistics-style read.
        clock.restart();
        bool sampled = false;
        c->query([](virConnectPtr conn) { return QVariant(virConnectIsAlive(conn)); }, this,
                 [&sampled](const QVariant &) { sampled = true; });
        QTRY_VERIFY_WITH_TIMEOUT(sampled, 5000);
        const qint64 queryMs = clock.elapsed();
        qInfo("while a long job runs: listing %lld ms, pause %lld ms, query %lld ms", listMs,
              actionMs, queryMs);
        // All of that happened while the long job was still holding its lane, and the watchdog
        // does not take the long job for a daemon that stopped answering, however long it runs
        // (its heartbeats go on through the short lane meanwhile).
        QVERIFY(longDone.isEmpty());
        QSignalSpy states(c.get(), &Connection::stateChanged);
        QVERIFY(!states.wait(1500));
        QCOMPARE(c->state(), Connection::State::Connected);
        // Margin for a loaded 2-core machine; bench/ has the figures.
        QVERIFY2(listMs < 2000 && actionMs < 2000 && queryMs < 2000, "short calls were slow");

        release->set_value();
        QVERIFY(longDone.wait());
        QVERIFY2(longDone.at(0).at(0).toBool(), qPrintable(longDone.at(0).at(1).toString()));
    }

    void networksAndPoolsFollowTheirEvents()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        // The test driver has a "default" network and pool.
        const auto named = [](const auto &list, const char *name) {
            for (const auto &item : list)
                if (item.name == QLatin1String(name))
                    return std::optional(item);
            return std::optional<std::decay_t<decltype(list.first())>>();
        };
        QVERIFY(named(c->networks(), "default").has_value());
        QVERIFY(named(c->storagePools(), "default-pool").has_value());

        QSignalSpy netChanged(c.get(), &Connection::networkChanged);
        QSignalSpy netRemoved(c.get(), &Connection::networkRemoved);
        QSignalSpy poolChanged(c.get(), &Connection::storagePoolChanged);
        // Changes made by someone else on the same daemon: here, a job of the test's own.
        const auto change = [&c](std::function<bool(virConnectPtr)> fn) {
            return finish(
                c->runJob(QStringLiteral("change"), [fn](virConnectPtr conn, Operation *) {
                    return fn(conn) ? OpResult::success()
                                    : OpResult::failure(takeLibvirtError(QStringLiteral("failed")));
                }));
        };
        QVERIFY(change([](virConnectPtr conn) {
                    virNetworkPtr n = virNetworkDefineXML(
                        conn, "<network><name>lab</name><bridge name='virbr9'/></network>");
                    const bool ok = n && virNetworkCreate(n) == 0;
                    if (n)
                        virNetworkFree(n);
                    return ok;
                }).first);
        QTRY_VERIFY_WITH_TIMEOUT(named(c->networks(), "lab") && named(c->networks(), "lab")->active,
                                 2000);
        QCOMPARE(named(c->networks(), "lab")->bridge, QStringLiteral("virbr9"));
        QVERIFY(!netChanged.isEmpty());

        QVERIFY(change([](virConnectPtr conn) {
                    virStoragePoolPtr p = virStoragePoolDefineXML(
                        conn,
                        "<pool type='dir'><name>scratch</name><target><path>/scratch</path>"
                        "</target></pool>",
                        0);
                    const bool ok = p && virStoragePoolCreate(p, 0) == 0;
                    if (p)
                        virStoragePoolFree(p);
                    return ok;
                }).first);
        QTRY_VERIFY_WITH_TIMEOUT(named(c->storagePools(), "scratch")
                                     && named(c->storagePools(), "scratch")->active(),
                                 2000);
        QCOMPARE(named(c->storagePools(), "scratch")->path, QStringLiteral("/scratch"));
        QVERIFY(!poolChanged.isEmpty());

        QVERIFY(change([](virConnectPtr conn) {
                    virNetworkPtr n = virNetworkLookupByName(conn, "lab");
                    const bool ok = n && virNetworkDestroy(n) == 0 && virNetworkUndefine(n) == 0;
                    if (n)
                        virNetworkFree(n);
                    return ok;
                }).first);
        QTRY_VERIFY_WITH_TIMEOUT(!named(c->networks(), "lab"), 2000);
        QCOMPARE(netRemoved.size(), 1);
    }

    void metadataChangesReachTheCache()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        const QString uuid = testUuid(*c);
        QSignalSpy events(c.get(), &Connection::domainEvent);
        const auto [ok, error]
            = finish(c->runJob(QStringLiteral("describe"), [uuid](virConnectPtr conn, Operation *) {
                  virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
                  const bool done = dom
                                    && virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION,
                                                            "set elsewhere", nullptr, nullptr,
                                                            VIR_DOMAIN_AFFECT_LIVE)
                                           == 0;
                  if (dom)
                      virDomainFree(dom);
                  return done ? OpResult::success()
                              : OpResult::failure(takeLibvirtError(QStringLiteral("failed")));
              }));
        QVERIFY2(ok, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 2000);
        QCOMPARE(events.at(0).at(1).value<DomainEvent>().kind, DomainEvent::Kind::MetadataChanged);
        QTRY_COMPARE_WITH_TIMEOUT(c->domain(uuid)->description, QStringLiteral("set elsewhere"),
                                  2000);
    }

    void malformedUriIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("garbage") << "::not a uri::"
                                 << "not a libvirt URI";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("unknown driver") << "nosuchdriver:///system"
                                        << "Could not connect";
        QTest::newRow("unreachable host") << "qemu+tcp://127.0.0.1:1/system"
                                          << "Could not connect";
    }
    void malformedUriIsRefusedClearly()
    {
        QFETCH(QString, uri);
        QFETCH(QString, mentions);
        Connection c(uri);
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Disconnected, 20000);
        QVERIFY2(c.stateDetail().contains(mentions), qPrintable(c.stateDetail()));
        // A connection that never worked is not retried in a loop behind the user's back.
        QTest::qWait(700);
        QCOMPARE(c.state(), Connection::State::Disconnected);
        // And actions on it fail with words, not a crash.
        const auto [ok, error]
            = finish(Lifecycle::perform(&c, DomainAction::Start, QStringLiteral("x")));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("not connected")), qPrintable(error));
    }

    void namesWithSlashAreRefused()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        const QString uuid = testUuid(*c);
        QVERIFY(finish(Lifecycle::perform(c.get(), DomainAction::ForceOff, uuid)).first);
        const auto [ok, error] = finish(Lifecycle::rename(c.get(), uuid, QStringLiteral("a/b")));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("cannot contain '/'")), qPrintable(error));
        QCOMPARE(c->domain(uuid)->name, QStringLiteral("test"));
        QVERIFY(finish(Lifecycle::perform(c.get(), DomainAction::Start, uuid)).first);
    }

    void readOnlyConnectionChangesNothing()
    {
        auto c = openTest(true);
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        QVERIFY(c->displayName().contains(QStringLiteral("read-only")));
        const QString uuid = testUuid(*c);
        const auto [ok, error] = finish(Lifecycle::perform(c.get(), DomainAction::Pause, uuid));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QCOMPARE(c->domain(uuid)->state, DomainState::Running);
    }

    void closeIsFinal()
    {
        auto c = openTest();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
        c->close();
        QCOMPARE(c->state(), Connection::State::Disconnected);
        QTest::qWait(600);
        QCOMPARE(c->state(), Connection::State::Disconnected);
        c->reconnectNow();
        QTRY_COMPARE(c->state(), Connection::State::Connected);
    }
};

QTEST_GUILESS_MAIN(TstConnection)
#include "tst_connection.moc"
