// What Vireo remembers between runs: connections, window geometry, splitter and columns.

#include "app/RememberedConnections.h"
#include "core/ConnectionRegistry.h"
#include "ui/library/MainWindow.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vireo;

class TstSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file() const { return m_dir.filePath(QStringLiteral("vireo.conf")); }

private Q_SLOTS:
    void connectionsRoundTrip()
    {
        {
            QSettings s(file(), QSettings::IniFormat);
            App::saveConnections(s, {{QStringLiteral("qemu:///system"), false},
                                     {QStringLiteral("qemu+ssh://admin@host/system"), true}});
        }
        QSettings s(file(), QSettings::IniFormat);
        const auto list = App::loadConnections(s);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].uri, QStringLiteral("qemu:///system"));
        QVERIFY(!list[0].readOnly);
        QCOMPARE(list[1].uri, QStringLiteral("qemu+ssh://admin@host/system"));
        QVERIFY(list[1].readOnly);
    }

    void windowLayoutRoundTrip()
    {
        ConnectionRegistry registry;
        QList<int> splitterSizes;
        {
            Ui::MainWindow w(&registry);
            w.resize(900, 555);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *splitter = w.findChild<QSplitter *>(QStringLiteral("splitter"));
            splitter->setSizes({700, 180});
            splitterSizes = splitter->sizes();
            QVERIFY(splitterSizes.first() > 3 * splitterSizes.last()); // not the default 3:2
            w.libraryView()->setColumnWidth(1, 222);
            QSettings s(file(), QSettings::IniFormat);
            w.saveSettings(s);
        }
        Ui::MainWindow again(&registry);
        QSettings s(file(), QSettings::IniFormat);
        again.restoreSettings(s);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 555));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), splitterSizes);
        QCOMPARE(again.libraryView()->columnWidth(1), 222);
    }
};

QTEST_MAIN(TstSettings)
#include "tst_settings.moc"
