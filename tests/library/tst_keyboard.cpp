// A person without a mouse: the new-VM wizard opened with Ctrl+N and completed with key presses
// alone (Tab, arrows, typing, Return), each page's Tab order following how it reads (top to
// bottom, left to right) and reaching every control; the library window's controls reachable
// by Tab; the focused control drawn differently from when it is not (focus is visible). On
// libvirt's test driver, with the test guest's ISO as the install image.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/common/Appearance.h"
#include "ui/create/NewVmWizard.h"
#include "ui/library/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;
using Vireo::Ui::NewVmWizard;

namespace {

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    const QPoint at = w->mapTo(w->window(), QPoint());
    return QStringLiteral("%1 %2 \"%3\" at %4,%5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
        .arg(at.x())
        .arg(at.y());
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

/// The widgets Tab visits from the focus, once round, in order. `unseen` gets those that look
/// the same with the focus as without it (no focus frame or highlight: a person cannot see
/// where the keys go).
QList<QWidget *> tabChain(QStringList *unseen = nullptr)
{
    QList<QWidget *> chain;
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < 80 && QApplication::focusWidget(); ++i) {
        QWidget *w = QApplication::focusWidget();
        if (i > 0 && w == start)
            break;
        chain << w;
        const QImage focused = w->grab().toImage();
        QTest::keyClick(w, Qt::Key_Tab);
        // (The first one may have had the focus before any key was pressed: styles show the
        // focus once the keyboard is used.)
        if (unseen && i > 0 && QApplication::focusWidget() != w && w->grab().toImage() == focused)
            *unseen << QStringLiteral("the focus does not show on ") + describe(w);
    }
    return chain;
}

/// Presses Tab until the widget called `name` has the focus; false when Tab never gets there.
bool tabTo(const QString &name)
{
    for (int i = 0; i < 80; ++i) {
        QWidget *w = QApplication::focusWidget();
        if (!w)
            return false;
        if (w->objectName() == name)
            return true;
        QTest::keyClick(w, Qt::Key_Tab);
    }
    return false;
}

/// What is wrong with Tab on `page` (empty when nothing): a control Tab never reaches, or
/// one reached out of reading order (a later one above an earlier one in the same column, or
/// left of it on the same row), or one that looks the same with the focus.
QStringList tabProblems(QWidget *page)
{
    QStringList problems;
    const QList<QWidget *> chain = tabChain(&problems);
    QList<QWidget *> onPage;
    for (QWidget *w : chain)
        if (page->isAncestorOf(w))
            onPage << w;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->focusProxy())
            continue;
        const auto *radio = qobject_cast<const QRadioButton *>(w);
        if (radio && radio->autoExclusive() && !radio->isChecked())
            continue; // a group's arrows reach the others
        if (!onPage.contains(w) && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            && !qobject_cast<QComboBox *>(w->parentWidget()))
            problems << QStringLiteral("Tab never reaches ") + describe(w);
    }
    for (int i = 1; i < onPage.size(); ++i) {
        const QRect a(onPage[i - 1]->mapTo(page, QPoint()), onPage[i - 1]->size());
        const QRect b(onPage[i]->mapTo(page, QPoint()), onPage[i]->size());
        const bool sameRow = qAbs(a.center().y() - b.center().y()) < qMin(a.height(), b.height());
        // Up is right only into the next column (a list with its buttons, then its editor).
        const bool nextColumn = b.left() >= a.right();
        if ((sameRow && b.left() < a.left()) || (!sameRow && b.top() < a.top() && !nextColumn))
            problems << QStringLiteral("Tab goes from %1 back to %2")
                            .arg(describe(onPage[i - 1]), describe(onPage[i]));
    }
    return problems;
}

} // namespace

class TstKeyboard : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    Connection *m_conn = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        Ui::Appearance::apply(QStringLiteral("light")); // as Vireo starts: its style
        m_conn = m_registry.add(QStringLiteral("test:///default"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void theLibraryByKeyboardAlone()
    {
        Ui::MainWindow window(&m_registry);
        window.resize(1024, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The list has the keyboard; arrows select the machine.
        auto *library = window.findChild<QAbstractItemView *>(QStringLiteral("library"));
        QTRY_COMPARE(QApplication::focusWidget(), library);
        const QString uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
        for (int i = 0; i < 10 && window.selectedUuid() != uuid; ++i)
            press(Qt::Key_Down);
        QCOMPARE(window.selectedUuid(), uuid);
        // Tab goes to the side tabs; arrows go through them, Tab into each one's page, in
        // reading order, and round to the list again.
        QTabWidget *tabs = window.sideTabs();
        tabs->setCurrentIndex(0);
        QStringList problems;
        for (int t = 0; t < tabs->count(); ++t) {
            QTRY_COMPARE(QApplication::focusWidget(), library);
            press(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), tabs->tabBar());
            if (t > 0)
                press(Qt::Key_Right);
            QCOMPARE(tabs->currentIndex(), t);
            QCoreApplication::sendPostedEvents();
            press(Qt::Key_Tab);
            QWidget *first = QApplication::focusWidget();
            const QList<QWidget *> inside = tabs->currentWidget()->findChildren<QWidget *>();
            const bool hasControls = std::any_of(inside.cbegin(), inside.cend(), [&](QWidget *w) {
                return w->isVisibleTo(tabs) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
            });
            if (hasControls && !tabs->currentWidget()->isAncestorOf(first))
                problems << QStringLiteral("Tab from the %1 tab goes to %2")
                                .arg(tabs->tabText(t), describe(first));
            problems += tabProblems(tabs->currentWidget());
            for (int i = 0; i < 40 && QApplication::focusWidget() != library; ++i)
                press(Qt::Key_Tab);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theWizardByKeyboardAlone()
    {
        Ui::MainWindow window(&m_registry);
        window.resize(1024, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(QApplication::focusWidget());
        press(Qt::Key_N, Qt::ControlModifier);
        NewVmWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<NewVmWizard *>()) && wizard->isVisible());
        QApplication::setActiveWindow(wizard); // what the window manager does with a new dialog
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QStringList problems;
        const auto onPage = [&](int id) {
            QTRY_COMPARE(wizard->currentId(), id);
            // The page's first control has the keyboard (Next, on a page with nothing to fill
            // in), and Tab reads it in order.
            QWidget *focus = QApplication::focusWidget();
            const bool onNext = focus == wizard->button(QWizard::NextButton);
            if (!focus || !focus->isVisible()
                || !(wizard->currentPage()->isAncestorOf(focus) || onNext))
                problems << QStringLiteral("page %1 starts with the focus on %2")
                                .arg(id)
                                .arg(describe(focus));
            problems += tabProblems(wizard->currentPage());
        };

        // The source: the install image's path typed in.
        onPage(NewVmWizard::SourcePage);
        QVERIFY(tabTo(QStringLiteral("imagePath")));
        QTest::keyClicks(QApplication::focusWidget(),
                         TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso"));
        QTRY_VERIFY2_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(),
                                  qPrintable(wizard->currentPage()->title()), 15000);
        press(Qt::Key_Return);
        // The OS: the image is not known, so it is searched for and the first match taken.
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->findChild<QWidget *>(QStringLiteral("osSearch"))->isVisible(), 20000);
        onPage(NewVmWizard::OsPage);
        QVERIFY(tabTo(QStringLiteral("osSearch")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("linux2022"));
        QTRY_VERIFY2_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(),
                                  qPrintable(wizard->currentPage()->title()), 15000);
        press(Qt::Key_Return);
        // Express install (none for a generic Linux), resources, storage, network: as offered.
        for (const int id : {NewVmWizard::ExpressPage, NewVmWizard::ResourcesPage,
                             NewVmWizard::StoragePage, NewVmWizard::NetworkPage}) {
            onPage(id);
            QTRY_VERIFY2_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(),
                                      qPrintable(wizard->currentPage()->title()), 15000);
            press(Qt::Key_Return);
        }
        // The devices: software emulation chosen with the arrow keys (KVM is not usable here).
        onPage(NewVmWizard::DevicesPage);
        QVERIFY(tabTo(QStringLiteral("accelerator")));
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        // The summary: a name typed over the suggested one, "customize before starting" ticked
        // with Space (the test driver starts no machine), then Return creates.
        onPage(NewVmWizard::SummaryPage);
        QVERIFY(tabTo(QStringLiteral("vmName")));
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed-by-keys"));
        QVERIFY(tabTo(QStringLiteral("customize")));
        press(Qt::Key_Space);
        QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("customize"))->isChecked());
        QVERIFY(tabTo(QStringLiteral("vmName")));
        QSignalSpy created(wizard, &NewVmWizard::created);
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        press(Qt::Key_Return);
        if (!created.wait(30000)) {
            for (QLabel *l : wizard->currentPage()->findChildren<QLabel *>())
                qInfo() << l->objectName() << l->text();
            qInfo() << problems;
            QFAIL("not created");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QTRY_VERIFY(m_conn->domainByName(QStringLiteral("typed-by-keys")).has_value());
        QCOMPARE(m_conn->domainByName(QStringLiteral("typed-by-keys"))->osId,
                 QStringLiteral("http://libosinfo.org/linux/2022"));
    }
};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
