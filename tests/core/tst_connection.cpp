// The engine against libvirt's in-process test driver: connection states, the lifecycle through
// events, and every kind of bad input. No daemon needed.

#include "support/LibraryWait.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

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
