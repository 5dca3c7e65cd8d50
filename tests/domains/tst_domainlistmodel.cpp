// The library model and its sorting/filtering proxy with 1000 domains from a test-driver file.

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainLifecycle.h"
#include "domains/DomainListModel.h"
#include "support/LibraryWait.h"
#include "support/TestDriverXml.h"
#include "templates/Templates.h"
#include "ui/library/LibraryProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using Vireo::Test::complete;

class TstDomainListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_uri;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(m_dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Test::testDriverXml(1000).toUtf8());
        f.close();
        m_uri = QStringLiteral("test://") + f.fileName();
    }

    void holdsAThousandDomains()
    {
        Connection c(m_uri);
        DomainListModel model;
        model.addConnection(&c);
        c.open();
        QTRY_COMPARE(model.domainCount(), 1000);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex group = model.index(0, 0);
        QCOMPARE(model.rowCount(group), 1000);
        QVERIFY(group.data().toString().contains(QStringLiteral("Test driver")));
        QCOMPARE(model.index(0, DomainListModel::StateColumn).data().toString(),
                 QStringLiteral("Connected"));
        const QModelIndex row
            = model.indexOf(&c, QStringLiteral("00000000-0000-4000-8000-000000000005"));
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), QStringLiteral("vm-0005"));
        QCOMPARE(row.siblingAtColumn(DomainListModel::OsColumn).data().toString(),
                 QStringLiteral("Fedora 37"));
        QCOMPARE(row.siblingAtColumn(DomainListModel::VcpuColumn).data().toInt(), 6);
        QCOMPARE(row.siblingAtColumn(DomainListModel::MemoryColumn).data().toString(),
                 QStringLiteral("1.5 GiB"));
        QCOMPARE(row.parent(), group);
    }

    void filtersAndSorts()
    {
        Connection c(m_uri);
        DomainListModel model;
        model.addConnection(&c);
        Ui::LibraryProxyModel proxy;
        proxy.setSourceModel(&model);
        c.open();
        QTRY_COMPARE(model.domainCount(), 1000);
        const QModelIndex group = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(group), 1000);

        proxy.setFilterText(QStringLiteral("vm-0999"));
        QCOMPARE(proxy.rowCount(group), 1);
        QCOMPARE(proxy.index(0, 0, group).data().toString(), QStringLiteral("vm-0999"));
        proxy.setFilterText(QStringLiteral("windows"));
        QCOMPARE(proxy.rowCount(group), 250);
        proxy.setFilterText(QStringLiteral("no such machine"));
        QCOMPARE(proxy.rowCount(group), 0);
        QCOMPARE(proxy.rowCount(), 1); // the connection row stays
        proxy.setFilterText(QString());

        proxy.sort(DomainListModel::MemoryColumn, Qt::DescendingOrder);
        const QModelIndex top = proxy.index(0, DomainListModel::MemoryColumn, group);
        QCOMPARE(top.data().toString(), QStringLiteral("4 GiB"));
        proxy.sort(DomainListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0, group).data().toString(), QStringLiteral("vm-0000"));
        QCOMPARE(proxy.index(999, 0, group).data().toString(), QStringLiteral("vm-0999"));
        QVERIFY(!proxy.index(0, 0, group).data(Qt::DecorationRole).isNull());
    }

    void rowsFollowEventsAndSurviveAResync()
    {
        Connection c(m_uri);
        DomainListModel model;
        model.addConnection(&c);
        c.open();
        QTRY_COMPARE(model.domainCount(), 1000);
        const QString uuid = QStringLiteral("00000000-0000-4000-8000-000000000042");
        const QPersistentModelIndex row = model.indexOf(&c, uuid, DomainListModel::StateColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("Running"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Operation *op = Lifecycle::perform(&c, DomainAction::Pause, uuid);
        QSignalSpy done(op, &Operation::finished);
        QVERIFY(done.wait());
        QTRY_COMPARE(row.data().toString(), QStringLiteral("Paused"));
        QVERIFY(!changed.isEmpty());

        // A full re-read (as after a reconnect) updates in place: the row stays the same row.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy refreshed(&c, &Connection::refreshed);
        c.refreshAll();
        QVERIFY(refreshed.wait());
        QCOMPARE(row.data().toString(), QStringLiteral("Paused"));
        QVERIFY(row.isValid());
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.domainCount(), 1000);
    }

    // A connection's templates sit in a Templates row of their own, first under it, each with
    // its number of instances; the row comes with the first template and goes with the last.
    // Qt's model tester checks every change on the model and on the proxy.
    void runningMachinesShowTheirAddress()
    {
        // test:///default's running "test" has one card with a lease (192.168.122.3/24).
        Connection c(QStringLiteral("test:///default"));
        DomainListModel model;
        QAbstractItemModelTester tester(&model);
        model.addConnection(&c);
        c.open();
        QTRY_VERIFY(c.domainByName(QStringLiteral("test")).has_value());
        const QString uuid = c.domainByName(QStringLiteral("test"))->uuid;
        const QModelIndex cell = model.indexOf(&c, uuid, DomainListModel::AddressColumn);
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("192.168.122.3"));
        QVERIFY2(cell.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("192.168.122.3/24 (testnet0, from the DHCP lease)")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.headerData(DomainListModel::AddressColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Address"));
        // Stopped, it has none.
        QSignalSpy changed(GuestAddresses::of(&c), &GuestAddresses::changed);
        QVERIFY(complete(Lifecycle::perform(&c, DomainAction::ForceOff, uuid)).ok);
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(1).value<QList<GuestAddress>>().isEmpty());
        QCOMPARE(model.indexOf(&c, uuid, DomainListModel::AddressColumn).data().toString(),
                 QString());
    }

    void templatesHaveARowOfTheirOwn()
    {
        Connection c(QStringLiteral("test:///default"));
        DomainListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ui::LibraryProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addConnection(&c);
        c.open();
        QTRY_VERIFY(model.domainCount() >= 1);
        const QModelIndex group = model.indexOf(&c);
        // A machine without disks (the test driver's own has one in no pool).
        virConnectPtr helper = virConnectOpen("test:///default");
        virDomainPtr dom = virDomainDefineXML(
            helper, "<domain type='test'><name>base</name><memory>65536</memory><os><type>hvm"
                    "</type></os></domain>");
        QVERIFY(dom);
        virDomainFree(dom);
        virConnectClose(helper);
        QTRY_VERIFY(c.domainByName(QStringLiteral("base")));
        const QString base = c.domainByName(QStringLiteral("base"))->uuid;
        const int machines = model.rowCount(group);
        QVERIFY(complete(Templates::make(&c, base)).ok);
        QTRY_VERIFY(
            model.indexOf(&c, base).parent().data(DomainListModel::IsTemplatesRole).toBool());
        QCOMPARE(model.rowCount(group), machines); // one machine less, the Templates row more
        QVERIFY(model.isTemplatesRow(model.index(0, 0, group)));
        QCOMPARE(model.rowCount(model.index(0, 0, group)), 1);

        const Test::Outcome made = complete(Templates::newInstances(
            &c, base, 2, QStringLiteral("inst-{n}"), CloneRequest::Kind::Linked, false));
        QVERIFY2(made.ok, qPrintable(made.error));
        QTRY_COMPARE(model.indexOf(&c, base).data(DomainListModel::InstancesRole).toInt(), 2);
        QCOMPARE(model.indexOf(&c, base, DomainListModel::StateColumn).data().toString(),
                 QStringLiteral("Template, 2 instances"));
        QCOMPARE(model.rowCount(group), machines + 2);
        // Sorted either way, the Templates row stays first; a filter shows it for its templates.
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(DomainListModel::NameColumn, order);
            QVERIFY(proxy.index(0, 0, proxy.index(0, 0))
                        .data(DomainListModel::IsTemplatesRole)
                        .toBool());
        }
        proxy.setFilterText(QStringLiteral("inst-2"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        proxy.setFilterText(QStringLiteral("base"));
        QVERIFY(
            proxy.index(0, 0, proxy.index(0, 0)).data(DomainListModel::IsTemplatesRole).toBool());
        proxy.setFilterText({});

        for (const char *name : {"inst-1", "inst-2"})
            QVERIFY(
                complete(Lifecycle::remove(&c, c.domainByName(QLatin1String(name))->uuid, {})).ok);
        QTRY_COMPARE(model.indexOf(&c, base).data(DomainListModel::InstancesRole).toInt(), 0);
        QVERIFY(complete(Templates::unmake(&c, base)).ok);
        QTRY_VERIFY(
            !model.indexOf(&c, base).parent().data(DomainListModel::IsTemplatesRole).toBool());
        QCOMPARE(model.rowCount(group), machines);
        QVERIFY(!model.isTemplatesRow(model.index(0, 0, group)));
    }
};

QTEST_MAIN(TstDomainListModel)
#include "tst_domainlistmodel.moc"
