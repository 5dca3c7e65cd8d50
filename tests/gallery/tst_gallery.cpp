// The look of every window, as a person sees it at first: the library (each side tab), the
// new-VM wizard's pages, Preferences and the console window, in the light and the dark palette,
// at 1024x768 and 1920x1080, saved as artifacts/gallery/*.png. Checked too, since a screenshot
// cannot say it: a 30-character machine name shows in full at 1024 px, the toolbar's main
// actions fit without the overflow menu, no widget sticks out of its parent, every toolbar icon
// draws, the graphs' legends cover no axis, and in the dark palette the notices, the connection
// banner and the graphs are dark with text at least 4.5:1. On libvirt's test driver.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "support/Contrast.h"
#include "support/TestDriverXml.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/common/Appearance.h"
#include "ui/common/NotificationArea.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/console/DisplayView.h"
#include "ui/console/FullscreenBars.h"
#include "ui/create/NewVmWizard.h"
#include "ui/create/OsPage.h"
#include "ui/create/WizardSteps.h"
#include "ui/library/ConnectionBanner.h"
#include "ui/library/MainWindow.h"
#include "ui/library/PreferencesDialog.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include "ui/stats/QCustomPlotInclude.h"

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kLongName = QStringLiteral("a-machine-name-of-thirty-chars");

/// Visible widgets whose rectangle leaves their parent's (scrolled contents and Qt's own
/// scroll-area parts excepted): something drawn over a neighbour or cut off.
QStringList outsideParents(QWidget *top)
{
    QStringList found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        QWidget *parent = w->parentWidget();
        if (!parent || !w->isVisible() || w->isWindow())
            continue;
        // The contents of a scroll area (and of its viewport) move inside it by design.
        if (qobject_cast<QAbstractScrollArea *>(parent->parentWidget())
            || qobject_cast<QAbstractScrollArea *>(parent)
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (!parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            found << QStringLiteral("%1 \"%2\" at %3,%4 %5x%6 outside %7 \"%8\" %9x%10")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                         .arg(w->x())
                         .arg(w->y())
                         .arg(w->width())
                         .arg(w->height())
                         .arg(QString::fromLatin1(parent->metaObject()->className()),
                              parent->objectName())
                         .arg(parent->width())
                         .arg(parent->height());
    }
    return found;
}

void save(QWidget *w, const QString &name)
{
    QDir().mkpath(artifactsDir() + QStringLiteral("/gallery"));
    QVERIFY(w->grab().save(artifactsDir() + QStringLiteral("/gallery/") + name + ".png"));
}

} // namespace

class TstGallery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionRegistry m_registry;
    Connection *m_conn = nullptr;

    QString uuidOf(const QString &name) { return m_conn->domainByName(name)->uuid; }

private Q_SLOTS:
    void initTestCase()
    {
        // One running machine with a 30-character name, one shut off.
        QString xml = testDriverXml(2, 2);
        xml.replace(QStringLiteral("<name>vm-0000</name>"),
                    QStringLiteral("<name>%1</name>").arg(kLongName));
        // The default network and pool, which the wizard's pages offer.
        xml.replace(QStringLiteral("</node>"),
                    QStringLiteral("<network><name>default</name><bridge name='virbr0'/>"
                                   "<forward/><ip address='192.168.122.1' "
                                   "netmask='255.255.255.0'/></network>"
                                   "<pool type='dir'><name>default</name><target>"
                                   "<path>/default-pool</path></target></pool></node>"));
        QFile file(m_dir.filePath(QStringLiteral("gallery.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(xml.toUtf8()) > 0);
        file.close();
        m_conn = m_registry.add(QStringLiteral("test://") + file.fileName(), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        QTRY_VERIFY(m_conn->domainByName(kLongName).has_value());
    }

    void theLibraryFitsAt1024()
    {
        Ui::Appearance::apply(QStringLiteral("light"));
        Ui::MainWindow window(&m_registry);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.selectDomain(m_conn, uuidOf(kLongName)));
        QCoreApplication::processEvents();

        // The name in full: its cell is as wide as what the delegate needs for it.
        QAbstractItemView *view = window.libraryView();
        const QModelIndex index = view->currentIndex().siblingAtColumn(0);
        QCOMPARE(index.data().toString(), kLongName);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.features |= QStyleOptionViewItem::HasDecoration;
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
        const int needed = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
        QVERIFY2(view->visualRect(index).width() >= needed,
                 qPrintable(QStringLiteral("%1 px for a name that needs %2")
                                .arg(view->visualRect(index).width())
                                .arg(needed)));

        // The toolbar: no overflow menu; Start, Shut Down and Console shown; every icon draws.
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("machineToolBar"));
        QVERIFY(bar);
        auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(!more || !more->isVisible());
        QStringList shown;
        for (QAction *a : bar->actions()) {
            QWidget *button = bar->widgetForAction(a);
            if (a->isSeparator() || !button)
                continue;
            if (button->isVisible())
                shown << a->text().remove(QLatin1Char('&'));
            if (qobject_cast<QToolButton *>(button))
                QVERIFY2(!a->icon().pixmap(bar->iconSize()).isNull(), qPrintable(a->text()));
        }
        for (const QString &main :
             {QStringLiteral("Start"), QStringLiteral("Shut Down"), QStringLiteral("Console")})
            QVERIFY2(shown.contains(main), qPrintable(shown.join(QStringLiteral(", "))));

        // Every side tab's name shows (no scroll arrows on the tab bar).
        for (QToolButton *arrow : window.sideTabs()->tabBar()->findChildren<QToolButton *>())
            QVERIFY(!arrow->isVisible());

        // Nothing sticks out, on any side tab.
        QStringList outside;
        for (int t = 0; t < window.sideTabs()->count(); ++t) {
            window.sideTabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            outside += outsideParents(&window);
        }
        outside.removeDuplicates();
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
    }

    void emptyListsSayWhatToDo()
    {
        Ui::Appearance::apply(QStringLiteral("light"));
        Ui::MainWindow window(&m_registry);
        window.resize(1024, 768);
        window.show();
        QTRY_VERIFY(window.selectDomain(m_conn, uuidOf(kLongName)));
        // No snapshots: the list says what one is, and Take Snapshot is under it.
        window.sideTabs()->setCurrentIndex(2);
        auto *tree = window.findChild<QAbstractItemView *>(QStringLiteral("snapshotTree"));
        QWidget *empty = nullptr;
        QTRY_VERIFY((empty = tree->findChild<QWidget *>(QStringLiteral("emptyState")))
                    && empty->isVisible());
        QVERIFY(empty->findChild<QLabel *>()->text().startsWith(QStringLiteral("No snapshots")));
        auto *take = empty->findChild<QPushButton *>(QStringLiteral("emptyStateAction"));
        QVERIFY(take && take->isEnabled());
        take->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("takeSnapshotDialog"))));
        dialog->reject();
        // No events: the log says what it will hold.
        window.sideTabs()->setCurrentIndex(4);
        auto *log = window.findChild<QAbstractItemView *>(QStringLiteral("eventLog"));
        QTRY_VERIFY((empty = log->findChild<QWidget *>(QStringLiteral("emptyState")))
                    && empty->isVisible());
        QVERIFY(empty->findChild<QLabel *>()->text().startsWith(QStringLiteral("No events")));
    }

    void theGraphsLegendsCoverNoAxis()
    {
        Ui::Appearance::apply(QStringLiteral("light"));
        Ui::MainWindow window(&m_registry);
        window.resize(1024, 768);
        window.show();
        QTRY_VERIFY(window.selectDomain(m_conn, uuidOf(QStringLiteral("vm-0001")))); // shut off
        window.sideTabs()->setCurrentIndex(3);                                       // Performance
        QList<QCustomPlot *> plots;
        QTRY_VERIFY((plots = window.findChildren<QCustomPlot *>()).size() == 4);
        for (QCustomPlot *plot : plots) {
            plot->replot();
            if (plot->legend->visible())
                QVERIFY2(!plot->legend->outerRect().intersects(plot->axisRect()->outerRect()),
                         qPrintable(plot->objectName()));
            // Nothing to draw for a machine that is off: the graph says so.
            const auto *note = plot->findChild<QCPItemText *>(QStringLiteral("emptyNote"));
            QVERIFY(note && note->visible());
            QCOMPARE(note->text(), QStringLiteral("No samples yet: the machine is shut off"));
            QVERIFY(plot->height() >= 150);
        }
    }

    void gallery_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QSize>("size");
        for (const char *theme : {"light", "dark"})
            for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)})
                QTest::addRow("%s-%dx%d", theme, size.width(), size.height())
                    << QString::fromLatin1(theme) << size;
    }

    void gallery()
    {
        QFETCH(QString, theme);
        QFETCH(QSize, size);
        Ui::Appearance::apply(theme);
        const bool dark = theme == QLatin1String("dark");
        const QString tag = QStringLiteral("-%1-%2").arg(theme).arg(size.width());

        Ui::MainWindow window(&m_registry);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.selectDomain(m_conn, uuidOf(kLongName)));
        window.findChild<Ui::NotificationArea *>()->showError(
            QStringLiteral("Could not start vm-0001."), QStringLiteral("An example notice."));
        for (int t = 0; t < window.sideTabs()->count(); ++t) {
            window.sideTabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            // The Hardware tab reads the machine's devices off the GUI thread: shown once read.
            if (auto *devices = window.sideTabs()->currentWidget()->findChild<QAbstractItemView *>(
                    QStringLiteral("hardwareList")))
                QTRY_VERIFY(devices->model()->rowCount() > 0);
            save(&window, QStringLiteral("library-%1%2").arg(t).arg(tag));
        }
        // Dark: the notice and the graphs are dark, their text readable.
        auto *notice = window.findChild<QWidget *>(QStringLiteral("notice"));
        QVERIFY(notice);
        const QPalette n = notice->palette();
        QVERIFY(contrast(n.color(QPalette::WindowText), n.color(QPalette::Window)) >= 4.5);
        QCOMPARE(n.color(QPalette::Window).lightness() < 100, dark);
        for (QCustomPlot *plot : window.findChildren<QCustomPlot *>()) {
            plot->replot();
            const QRect area = plot->axisRect()->rect();
            const QColor back = plot->grab().toImage().pixelColor(area.topLeft() + QPoint(3, 3));
            QCOMPARE(back.lightness() < 100, dark);
            QVERIFY(contrast(plot->xAxis->tickLabelColor(), back) >= 4.5);
        }
        Ui::ConnectionBanner banner(&m_registry);
        const QPalette b = banner.palette();
        QCOMPARE(b.color(QPalette::Window).lightness() < 100, dark);
        QVERIFY(contrast(b.color(QPalette::WindowText), b.color(QPalette::Window)) >= 4.5);

        // The wizard's pages, walked with the test guest's image.
        Ui::NewVmWizard *wizard = window.openNewVmWizard(TestGuest::stagingDir()
                                                         + QStringLiteral("/vireo-test-guest.iso"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        for (int page = 1; page <= 8 && wizard->currentId() != Ui::NewVmWizard::SummaryPage;
             ++page) {
            if (wizard->currentId() == Ui::NewVmWizard::OsPage) {
                // The test image is not one Vireo knows: a generic Linux is chosen.
                QTRY_VERIFY_WITH_TIMEOUT(
                    wizard->findChild<QWidget *>(QStringLiteral("osList"))->isVisible(), 20000);
                QVERIFY(static_cast<Ui::OsPage *>(wizard->currentPage())
                            ->pick(QStringLiteral("linux2022")));
            }
            save(wizard, QStringLiteral("wizard-%1%2").arg(page).arg(tag));
            QTRY_VERIFY2_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(),
                                      qPrintable(wizard->currentPage()->title()), 10000);
            wizard->next();
        }
        save(wizard, QStringLiteral("wizard-summary%1").arg(tag));
        // The steps down the side: all eight for an install image, the last one current.
        const QStringList steps = wizard->findChild<Ui::WizardSteps *>()->shownSteps();
        QCOMPARE(steps.size(), 8);
        QCOMPARE(steps.last(), QStringLiteral("> Summary"));
        wizard->reject();

        Ui::PreferencesDialog preferences(&m_registry);
        preferences.show();
        auto *tabs = preferences.findChild<QTabWidget *>();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            save(&preferences, QStringLiteral("preferences-%1%2").arg(t).arg(tag));
        }

        Ui::ConsoleWindow console(m_conn, uuidOf(kLongName));
        console.resize(size / 2);
        console.show();
        QCOMPARE(console.windowTitle(), kLongName + QStringLiteral(" - Vireo"));
        save(&console, QStringLiteral("console%1").arg(tag));
    }

    void fullscreenGivesTheConsoleTheScreen()
    {
        Ui::Appearance::apply(QStringLiteral("light"));
        Ui::ConsoleWindow console(m_conn, uuidOf(kLongName));
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        auto *bar = console.findChild<QToolBar *>();
        QVERIFY(bar->isVisible() && console.statusBar()->isVisible());
        console.showFullScreen();
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY(!console.statusBar()->isVisible());
        // The pointer at the top edge brings the toolbar; away from it, it goes again.
        const auto moveTo = [&](int y) {
            QWidget *view = console.view();
            const QPoint at = view->mapFrom(&console, QPoint(view->width() / 2, y));
            QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(view, &move);
        };
        moveTo(0);
        QVERIFY(bar->isVisible());
        QVERIFY(console.fullscreenBars()->barShown());
        moveTo(300);
        QTRY_VERIFY(!bar->isVisible());
        console.showNormal();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(console.statusBar()->isVisible());
    }
};

QTEST_MAIN(TstGallery)
#include "tst_gallery.moc"
