// Edit > Preferences as a user changes them: each takes effect at once, without a restart (the
// samplers' interval and history, a confirmation no longer asked, the open console's scaling,
// the dark look) and is still there for the next start (a new dialog, QSettings). On libvirt's
// test driver: no daemon, no guest.

#include "app/FollowPreferences.h"
#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "domains/DomainListModel.h"
#include "stats/StatsSampler.h"
#include "stats/StatsStore.h"
#include "support/Contrast.h"
#include "support/LibraryWait.h"
#include "support/TestPaths.h"
#include "ui/common/Appearance.h"
#include "ui/common/Preferences.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/console/DisplayView.h"
#include "ui/library/MainWindow.h"
#include "ui/library/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

void choose(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index); // as a click on the item does
}

} // namespace

class TstPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config; // the settings of this test only: the other suites keep theirs
    ConnectionRegistry m_registry;
    Connection *m_conn = nullptr;

    Ui::PreferencesDialog *openDialog(Ui::MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        if (!action)
            return nullptr;
        action->trigger();
        Ui::PreferencesDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = window.findChild<Ui::PreferencesDialog *>()); });
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings().clear();
        m_conn = m_registry.add(QStringLiteral("test:///default"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void statisticsFollowAtOnce()
    {
        StatsStore store(m_config.filePath(QStringLiteral("history.db")));
        StatsSampler sampler(m_conn);
        App::followPreferences(&sampler, &store);
        App::followHistoryPreferences();
        QCOMPARE(sampler.interval(), 1000);
        QCOMPARE(sampler.store(), &store);

        Ui::MainWindow window(&m_registry);
        window.show();
        Ui::PreferencesDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *interval = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("prefInterval"));
        interval->setValue(2.5);
        QCOMPARE(sampler.interval(), 2500);
        dialog->findChild<QCheckBox *>(QStringLiteral("prefKeepHistory"))->setChecked(false);
        QCOMPARE(sampler.store(), nullptr);
        dialog->findChild<QCheckBox *>(QStringLiteral("prefKeepHistory"))->setChecked(true);
        QCOMPARE(sampler.store(), &store);
        // What is sampled: CPU and memory always, disks and network cards as chosen.
        QCOMPARE(sampler.groups(), int(Stats::AllGroups));
        dialog->findChild<QCheckBox *>(QStringLiteral("prefSampleDisks"))->setChecked(false);
        QCOMPARE(sampler.groups(), int(Stats::Network));
        dialog->findChild<QCheckBox *>(QStringLiteral("prefSampleNetwork"))->setChecked(false);
        QCOMPARE(sampler.groups(), 0);
        dialog->findChild<QCheckBox *>(QStringLiteral("prefSampleDisks"))->setChecked(true);
        QCOMPARE(sampler.groups(), int(Stats::Disks));
        dialog->findChild<QSpinBox *>(QStringLiteral("prefHistoryDays"))->setValue(30);
        QCOMPARE(StatsStore::coarseKeepMs(), 30LL * 24 * 3600 * 1000);
        dialog->grab().save(artifactsDir() + QStringLiteral("/preferences.png"));
        dialog->close();

        // The next start: a new dialog and the stored settings say the same.
        Ui::PreferencesDialog again(&m_registry);
        QCOMPARE(again.findChild<QDoubleSpinBox *>(QStringLiteral("prefInterval"))->value(), 2.5);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("prefHistoryDays"))->value(), 30);
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("prefSampleNetwork"))->isChecked());
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("prefSampleDisks"))->isChecked());
        Ui::Preferences::instance()->setSampleNetwork(true);
        QCOMPARE(QSettings().value(QStringLiteral("stats/intervalMs")).toInt(), 2500);
    }

    void aConfirmationTurnedOffIsNotAsked()
    {
        Ui::MainWindow window(&m_registry);
        window.show();
        const QString uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
        QVERIFY(window.selectDomain(m_conn, uuid));
        QAction *pause = window.action(DomainAction::Pause);
        QTRY_VERIFY(pause->isEnabled());
        // Asked at first, with "Do not ask again"; declined, nothing happens.
        QAction *forceOff = window.action(DomainAction::ForceOff);
        forceOff->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("confirmation"))));
        QVERIFY(box->findChild<QCheckBox *>(QStringLiteral("dontAskAgain")));
        box->reject();
        QVERIFY(m_conn->domain(uuid)->isActive());

        // Turned off in Preferences: Force Off acts without a word.
        Ui::PreferencesDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *ask = dialog->findChild<QCheckBox *>(QStringLiteral("prefConfirm-forceOff"));
        QVERIFY(ask && ask->isChecked());
        ask->setChecked(false);
        dialog->close();
        forceOff->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_conn->domain(uuid)->isActive(), 10000);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("confirmation")));
        QCOMPARE(QSettings().value(QStringLiteral("confirm/forceOff")).toBool(), false);
        // Back on for the tests after this one.
        Ui::Preferences::instance()->setConfirms(QStringLiteral("forceOff"), true);
    }

    void theOpenConsoleFollowsTheScaling()
    {
        const QString uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
        Ui::ConsoleWindow console(m_conn, uuid);
        console.show();
        QCOMPARE(console.view()->scaling(), Ui::DisplayView::Scaling::FitKeepAspect);
        Ui::PreferencesDialog dialog(&m_registry);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("prefScaling")), 1);
        QCOMPARE(console.view()->scaling(), Ui::DisplayView::Scaling::OneToOne);
        // A console opened later starts that way too.
        Ui::ConsoleWindow later(m_conn, uuid);
        QCOMPARE(later.view()->scaling(), Ui::DisplayView::Scaling::OneToOne);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("prefScaling")), 0);
    }

    void theOpenConsoleFollowsTheReleaseKeys()
    {
        const QString uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
        Ui::ConsoleWindow console(m_conn, uuid);
        console.show();
        Ui::DisplayView *view = console.view();
        Ui::PreferencesDialog dialog(&m_registry);
        auto *keys = dialog.findChild<QComboBox *>(QStringLiteral("prefReleaseKeys"));
        QVERIFY(keys);
        QCOMPARE(keys->currentText(), QStringLiteral("Ctrl+Alt"));

        // Shift+F12, as remote-viewer: the grabbed console says so and lets go on it.
        choose(keys, 2);
        view->setGrabbed(true);
        QVERIFY2(console.windowTitle().contains(QStringLiteral("Press Shift+F12 to release")),
                 qPrintable(console.windowTitle()));
        QCOMPARE(view->releaseHint(),
                 QStringLiteral("Press Shift+F12 to release the keyboard and mouse."));
        QTest::keyClick(view, Qt::Key_F12);
        QVERIFY(view->isGrabbed());
        QTest::keyClick(view, Qt::Key_F12, Qt::ShiftModifier);
        QVERIFY(!view->isGrabbed());
        QVERIFY(!console.windowTitle().contains(QStringLiteral("release")));

        // The right Ctrl alone, as VirtualBox's host key: the left one does not let go.
        choose(keys, 1);
        view->setGrabbed(true);
        QVERIFY(console.windowTitle().contains(QStringLiteral("Right Ctrl")));
        const auto control = [view](quint32 keysym) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Control, Qt::ControlModifier, 0, keysym, 0);
            QApplication::sendEvent(view, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_Control, Qt::NoModifier, 0, keysym, 0);
            QApplication::sendEvent(view, &release);
        };
        control(0xffe3); // XK_Control_L
        QVERIFY(view->isGrabbed());
        control(0xffe4); // XK_Control_R
        QVERIFY(!view->isGrabbed());

        // A console opened later starts with the choice; the next start reads it back.
        Ui::ConsoleWindow later(m_conn, uuid);
        QCOMPARE(later.view()->releaseKeys(), Ui::DisplayView::ReleaseKeys::RightCtrl);
        QCOMPARE(Ui::PreferencesDialog(&m_registry)
                     .findChild<QComboBox *>(QStringLiteral("prefReleaseKeys"))
                     ->currentText(),
                 QStringLiteral("Right Ctrl"));
        choose(keys, 0);
        QCOMPARE(view->releaseKeys(), Ui::DisplayView::ReleaseKeys::CtrlAlt);
    }

    void theDarkLookIsReadable()
    {
        Ui::PreferencesDialog dialog(&m_registry);
        // What the wizard's new machines get, kept.
        choose(dialog.findChild<QComboBox *>(QStringLiteral("prefNewVmFirmware")),
               QStringLiteral("uefi"));
        QCOMPARE(Ui::Preferences::instance()->newVmFirmware(), QStringLiteral("uefi"));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("prefTheme")), QStringLiteral("dark"));
        Ui::Appearance::apply(Ui::Preferences::instance()->theme()); // as the programs do on change
        QVERIFY(Ui::Appearance::isDark());
        const QPalette p = QApplication::palette();
        QVERIFY(p.color(QPalette::Window).lightness() < 80);
        for (const auto &[text, back] : {std::pair{QPalette::WindowText, QPalette::Window},
                                         std::pair{QPalette::Text, QPalette::Base},
                                         std::pair{QPalette::ButtonText, QPalette::Button},
                                         std::pair{QPalette::HighlightedText, QPalette::Highlight}})
            QVERIFY2(contrast(p.color(text), p.color(back)) >= 4.5,
                     qPrintable(QString::number(contrast(p.color(text), p.color(back)))));
        QCoreApplication::sendPostedEvents(); // the palette reaches the widgets
        dialog.grab().save(artifactsDir() + QStringLiteral("/preferences-dark.png"));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("prefTheme")), QStringLiteral("light"));
        Ui::Appearance::apply(Ui::Preferences::instance()->theme());
        QVERIFY(!Ui::Appearance::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 160);
    }
};

QTEST_MAIN(TstPreferences)
#include "tst_preferences.moc"
