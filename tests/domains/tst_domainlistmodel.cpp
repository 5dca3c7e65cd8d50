// The library model and its sorting/filtering proxy with 1000 domains from a test-driver file.

#include "core/Connection.h"
#include "core/Operation.h"
#include "domains/DomainLifecycle.h"
#include "domains/DomainListModel.h"
#include "support/TestDriverXml.h"
#include "ui/library/LibraryProxyModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

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
};

QTEST_MAIN(TstDomainListModel)
#include "tst_domainlistmodel.moc"
