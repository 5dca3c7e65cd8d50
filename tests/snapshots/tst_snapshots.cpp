// Snapshot engine logic: names, libvirt's snapshot XML, the tree; and the whole cycle on
// libvirt's test:/// driver (no daemon): take, revert, delete with and without children,
// describe.

#include "core/Connection.h"
#include "snapshots/Snapshots.h"
#include "support/LibraryWait.h"
#include "support/TestDriverXml.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const char *kInternal = R"(<domainsnapshot>
  <name>before upgrade</name>
  <description>clean &amp; tidy</description>
  <state>running</state>
  <parent><name>base</name></parent>
  <creationTime>1764408067</creationTime>
  <memory snapshot='internal'/>
  <disks><disk name='vda' snapshot='internal'/></disks>
  <domain type='qemu'><name>vm</name><description>not this one</description></domain>
</domainsnapshot>)";

const char *kExternal = R"(<domainsnapshot>
  <name>overlay</name>
  <state>disk-snapshot</state>
  <creationTime>1764408000</creationTime>
  <memory snapshot='no'/>
  <disks><disk name='vda' snapshot='external' type='file'><source file='/x.overlay'/></disk></disks>
</domainsnapshot>)";

QStringList namesOf(const QList<SnapshotInfo> &list)
{
    QStringList out;
    for (const SnapshotInfo &s : list)
        out << s.name;
    return out;
}

const SnapshotInfo *find(const QList<SnapshotInfo> &list, const QString &name)
{
    for (const SnapshotInfo &s : list)
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace

class TstSnapshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;
    QString m_uuid;

    QList<SnapshotInfo> listed()
    {
        Operation *op = Snapshots::list(m_conn.get(), m_uuid);
        QSignalSpy done(op, &Operation::finished);
        if (!done.wait(5000) || !done.first().first().toBool())
            return {};
        return op->value().value<QList<SnapshotInfo>>();
    }

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("good");
        QTest::newRow("plain") << QStringLiteral("before upgrade") << true;
        QTest::newRow("unicode") << QStringLiteral("vor dem Update ✓") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("   ") << false;
        QTest::newRow("leading space") << QStringLiteral(" a") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("dot") << QStringLiteral(".hidden") << false;
        QTest::newRow("too long") << QString(201, QLatin1Char('x')) << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, good);
        QCOMPARE(Snapshots::validateName(name).isEmpty(), good);
        QVERIFY(Snapshots::validateName(Snapshots::defaultName()).isEmpty());
    }

    void readsLibvirtXml()
    {
        const SnapshotInfo s = Snapshots::parseSnapshotXml(QString::fromUtf8(kInternal), 9000000);
        QCOMPARE(s.name, QStringLiteral("before upgrade"));
        QCOMPARE(s.description, QStringLiteral("clean & tidy")); // not the domain's
        QCOMPARE(s.parent, QStringLiteral("base"));
        QCOMPARE(s.state, QStringLiteral("running"));
        QCOMPARE(s.created.toSecsSinceEpoch(), 1764408067);
        QVERIFY(s.hasMemory);
        QVERIFY(!s.external);
        QVERIFY(s.revertBlocked.isEmpty());

        // External snapshots: libvirt 9.0 cannot revert to them, and says why.
        const SnapshotInfo e = Snapshots::parseSnapshotXml(QString::fromUtf8(kExternal), 9000000);
        QVERIFY(e.external);
        QVERIFY(!e.hasMemory);
        QVERIFY(e.parent.isEmpty());
        QVERIFY(e.revertBlocked.contains(QStringLiteral("9.0")));
        QVERIFY(Snapshots::parseSnapshotXml(QString::fromUtf8(kExternal), 9007000)
                    .revertBlocked.isEmpty());
    }

    void ordersTheTree()
    {
        auto at = [](int s) { return QDateTime::fromSecsSinceEpoch(s); };
        QList<SnapshotInfo> list{
            {.name = QStringLiteral("C"), .parent = QStringLiteral("A"), .created = at(30)},
            {.name = QStringLiteral("B"), .parent = QStringLiteral("A"), .created = at(20)},
            {.name = QStringLiteral("A"), .created = at(10)},
            {.name = QStringLiteral("B1"), .parent = QStringLiteral("B"), .created = at(25)},
            {.name = QStringLiteral("Z"), .created = at(5)}};
        Snapshots::linkChildren(list);
        QCOMPARE(find(list, QStringLiteral("A"))->children,
                 (QStringList{QStringLiteral("C"), QStringLiteral("B")}));
        QCOMPARE(namesOf(Snapshots::treeOrder(list)),
                 (QStringList{QStringLiteral("Z"), QStringLiteral("A"), QStringLiteral("B"),
                              QStringLiteral("B1"), QStringLiteral("C")}));
    }

    void initTestCase()
    {
        // One running domain with a qcow2 disk (test:///default's has a raw one).
        QFile node(m_dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(node.open(QIODevice::WriteOnly));
        node.write(testDriverXml(1).toUtf8());
        node.close();
        m_conn = std::make_unique<Connection>(QStringLiteral("test://") + node.fileName());
        m_conn->open();
        QTRY_COMPARE(m_conn->state(), Connection::State::Connected);
        const auto test = m_conn->domainByName(QStringLiteral("vm-0000"));
        QVERIFY(test);
        m_uuid = test->uuid;
    }

    void wholeCycleOnTheTestDriver()
    {
        QVERIFY(listed().isEmpty());
        // A, then B (a child of A), revert to A, then C: a sibling of B.
        const auto [created, why] = finish(
            Snapshots::create(m_conn.get(), m_uuid, QStringLiteral("A"), QStringLiteral("first")));
        QVERIFY2(created, qPrintable(why));
        QVERIFY(finish(Snapshots::create(m_conn.get(), m_uuid, QStringLiteral("B"), {})).first);
        QVERIFY(finish(Snapshots::revert(m_conn.get(), m_uuid, QStringLiteral("A"))).first);
        QVERIFY(finish(Snapshots::create(m_conn.get(), m_uuid, QStringLiteral("C"), {})).first);
        QList<SnapshotInfo> list = listed();
        QCOMPARE(list.size(), 3);
        QCOMPARE(find(list, QStringLiteral("B"))->parent, QStringLiteral("A"));
        QCOMPARE(find(list, QStringLiteral("C"))->parent, QStringLiteral("A"));
        QVERIFY(find(list, QStringLiteral("C"))->current);
        QVERIFY(!find(list, QStringLiteral("A"))->current);
        QCOMPARE(find(list, QStringLiteral("A"))->description, QStringLiteral("first"));
        QVERIFY(find(list, QStringLiteral("A"))->hasMemory); // the test domain runs

        // Duplicate and bad names are refused, saying why.
        auto [ok, error] = finish(Snapshots::create(m_conn.get(), m_uuid, QStringLiteral("A"), {}));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("already has a snapshot")), qPrintable(error));
        std::tie(ok, error) = finish(Snapshots::create(m_conn.get(), m_uuid, QString(), {}));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
        std::tie(ok, error)
            = finish(Snapshots::create(m_conn.get(), m_uuid, QStringLiteral("x/y"), {}));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("'/'")), qPrintable(error));
        QCOMPARE(listed().size(), 3);

        // The description changes; nothing else does.
        QVERIFY(finish(Snapshots::setDescription(m_conn.get(), m_uuid, QStringLiteral("C"),
                                                 QStringLiteral("after <the> change")))
                    .first);
        list = listed();
        QCOMPARE(find(list, QStringLiteral("C"))->description,
                 QStringLiteral("after <the> change"));
        QVERIFY(find(list, QStringLiteral("C"))->current);
        QCOMPARE(find(list, QStringLiteral("C"))->parent, QStringLiteral("A"));

        // Deleting A alone: B and C move up to A's place (roots).
        QVERIFY(finish(Snapshots::remove(m_conn.get(), m_uuid, QStringLiteral("A"), false)).first);
        list = listed();
        QCOMPARE(namesOf(list), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
        QVERIFY(find(list, QStringLiteral("B"))->parent.isEmpty());
        // A snapshot with its children: all of them go.
        QVERIFY(finish(Snapshots::create(m_conn.get(), m_uuid, QStringLiteral("D"), {})).first);
        QCOMPARE(find(listed(), QStringLiteral("D"))->parent, QStringLiteral("C"));
        QVERIFY(finish(Snapshots::remove(m_conn.get(), m_uuid, QStringLiteral("C"), true)).first);
        QCOMPARE(namesOf(listed()), QStringList{QStringLiteral("B")});
        // What does not exist says so.
        std::tie(ok, error)
            = finish(Snapshots::revert(m_conn.get(), m_uuid, QStringLiteral("nope")));
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSnapshots)
#include "tst_snapshots.moc"
