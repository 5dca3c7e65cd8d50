// Names with spaces, quotes and unicode work end to end; a name libvirt refuses is refused with
// a clear message.

#include "support/LibraryWait.h"
#include "support/TestGuest.h"

#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using namespace Vireo::Test;

class TstNames : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;
    DomainListModel m_model;

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_model.addConnection(m_conn.get());
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void endToEnd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("spaces") << QStringLiteral("vireo test vm with spaces");
        QTest::newRow("quotes") << QStringLiteral("vireo \"quoted\" it's");
        QTest::newRow("unicode") << QStringLiteral("vireo-Ünïcødé-虚拟机-🐦");
        QTest::newRow("markup") << QStringLiteral("vireo <b>&amp; co");
    }
    void endToEnd()
    {
        QFETCH(QString, name);
        TestGuest guest(name);
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        const QString uuid = guest.uuid();
        Connection *c = m_conn.get();

        QTRY_COMPARE(shown(m_model, c, uuid, DomainListModel::NameColumn), name);
        auto [started, whyNot] = finish(Lifecycle::perform(c, DomainAction::Start, uuid));
        QVERIFY2(started, qPrintable(whyNot));
        QTRY_COMPARE(shown(m_model, c, uuid), QStringLiteral("Running"));
        auto [stopped, error] = finish(Lifecycle::perform(c, DomainAction::ForceOff, uuid));
        QVERIFY2(stopped, qPrintable(error));
        QTRY_COMPARE(shown(m_model, c, uuid), QStringLiteral("Shut off"));

        const QString renamed = name + QStringLiteral(" (renamed)");
        auto [ok, renameError] = finish(Lifecycle::rename(c, uuid, renamed));
        QVERIFY2(ok, qPrintable(renameError));
        QTRY_COMPARE(shown(m_model, c, uuid, DomainListModel::NameColumn), renamed);

        auto [deleted, deleteError] = finish(Lifecycle::remove(c, uuid, {}));
        QVERIFY2(deleted, qPrintable(deleteError));
        QTRY_VERIFY(!m_model.indexOf(c, uuid).isValid());
    }

    void slashIsRefusedWithAClearMessage()
    {
        TestGuest guest(QStringLiteral("vireo-slash-test"));
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        const QString uuid = guest.uuid();
        QTRY_VERIFY(m_conn->domain(uuid).has_value());
        auto [ok, error]
            = finish(Lifecycle::rename(m_conn.get(), uuid, QStringLiteral("bad/name")));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("cannot contain '/'")), qPrintable(error));
        QCOMPARE(m_conn->domain(uuid)->name, QStringLiteral("vireo-slash-test"));

        // Vireo's rule is libvirt's: the daemon refuses such a name too.
        TestGuest refused(QStringLiteral("vireo/refused"));
        QVERIFY(!refused.define());
        QVERIFY2(refused.error().contains(QStringLiteral("/")), qPrintable(refused.error()));
    }

    void duplicateNameIsRefusedByLibvirtInWords()
    {
        TestGuest a(QStringLiteral("vireo-dup-a"));
        TestGuest b(QStringLiteral("vireo-dup-b"));
        QVERIFY(a.define());
        QVERIFY(b.define());
        QTRY_VERIFY(m_conn->domain(b.uuid()).has_value());
        auto [ok, error]
            = finish(Lifecycle::rename(m_conn.get(), b.uuid(), QStringLiteral("vireo-dup-a")));
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(QStringLiteral("Could not rename 'vireo-dup-b'.")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstNames)
#include "tst_names.moc"
