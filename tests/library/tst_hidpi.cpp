// High-DPI screens (QT_SCALE_FACTOR=2, as on a 4K laptop): the library window's action icons
// and the state icons of its rows come at twice the pixels, not scaled up from 1x images
// (which blurs them). On libvirt's test driver.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "domains/DomainListModel.h"
#include "ui/common/Appearance.h"
#include "ui/library/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QTest>
#include <QToolBar>

using namespace Vireo;

namespace {

/// Empty when `icon` draws `logical` at twice its pixels; else what it gives.
QString blurredAt2x(const QIcon &icon, const QSize &logical)
{
    const QPixmap pixmap = icon.pixmap(logical, 2.0);
    if (!pixmap.isNull() && pixmap.devicePixelRatio() >= 1.99
        && pixmap.width() >= 2 * logical.width())
        return {};
    return QStringLiteral("%1x%2 px at ratio %3")
        .arg(pixmap.width())
        .arg(pixmap.height())
        .arg(pixmap.devicePixelRatio());
}

} // namespace

class TstHiDpi : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;

private Q_SLOTS:
    void initTestCase()
    {
        Ui::Appearance::apply(QStringLiteral("light")); // as Vireo starts
        Connection *c = m_registry.add(QStringLiteral("test:///default"), false);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), Connection::State::Connected, 15000);
    }

    void iconsComeAtTwiceThePixels()
    {
        Ui::MainWindow window(&m_registry);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.devicePixelRatio(), 2.0);
        QStringList blurred;
        int checked = 0;
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("machineToolBar"));
        QVERIFY(bar);
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->icon().isNull())
                continue;
            ++checked;
            const QString why = blurredAt2x(a->icon(), bar->iconSize());
            if (!why.isEmpty())
                blurred << QStringLiteral("%1 (%2 in %3): %4")
                               .arg(a->text(), a->objectName(),
                                    QString::fromLatin1(a->parent()->metaObject()->className()),
                                    why);
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        // The rows' state icons (the connection's and its machines').
        auto *view = window.findChild<QAbstractItemView *>(QStringLiteral("library"));
        const QModelIndex connection = view->model()->index(0, 0);
        QTRY_VERIFY(view->model()->rowCount(connection) > 0);
        for (const QModelIndex &row : {connection, view->model()->index(0, 0, connection)}) {
            const auto icon = row.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
            const QString why
                = blurredAt2x(icon, view->iconSize().isValid() ? view->iconSize() : QSize(16, 16));
            if (!why.isEmpty())
                blurred << row.data().toString() + QStringLiteral(": ") + why;
        }
        QVERIFY2(blurred.isEmpty(), qPrintable(blurred.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2"); // before the application reads it
    QApplication app(argc, argv);
    TstHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hidpi.moc"
