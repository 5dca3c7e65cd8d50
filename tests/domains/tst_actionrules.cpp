#include "domains/ActionRules.h"

#include <QTest>

using namespace Vireo;

Q_DECLARE_METATYPE(Vireo::DomainAction)
Q_DECLARE_METATYPE(Vireo::DomainState)

class TstActionRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void availability_data()
    {
        QTest::addColumn<DomainAction>("action");
        QTest::addColumn<DomainState>("state");
        QTest::addColumn<bool>("managedSave");
        QTest::addColumn<bool>("enabled");
        using A = DomainAction;
        using S = DomainState;
        QTest::newRow("start shut off") << A::Start << S::ShutOff << false << true;
        QTest::newRow("start running") << A::Start << S::Running << false << false;
        QTest::newRow("restore saved") << A::Start << S::ShutOff << true << true;
        QTest::newRow("shutdown running") << A::Shutdown << S::Running << false << true;
        QTest::newRow("shutdown paused") << A::Shutdown << S::Paused << false << false;
        QTest::newRow("shutdown off") << A::Shutdown << S::ShutOff << false << false;
        QTest::newRow("reboot running") << A::Reboot << S::Running << false << true;
        QTest::newRow("force off paused") << A::ForceOff << S::Paused << false << true;
        QTest::newRow("force off off") << A::ForceOff << S::ShutOff << false << false;
        QTest::newRow("reset running") << A::Reset << S::Running << false << true;
        QTest::newRow("reset paused") << A::Reset << S::Paused << false << true;
        QTest::newRow("reset off") << A::Reset << S::ShutOff << false << false;
        QTest::newRow("pause running") << A::Pause << S::Running << false << true;
        QTest::newRow("pause paused") << A::Pause << S::Paused << false << false;
        QTest::newRow("resume paused") << A::Resume << S::Paused << false << true;
        QTest::newRow("resume running") << A::Resume << S::Running << false << false;
        QTest::newRow("save running") << A::Save << S::Running << false << true;
        QTest::newRow("save paused") << A::Save << S::Paused << false << true;
        QTest::newRow("save off") << A::Save << S::ShutOff << false << false;
        QTest::newRow("discard with save") << A::DiscardSave << S::ShutOff << true << true;
        QTest::newRow("discard without") << A::DiscardSave << S::ShutOff << false << false;
        QTest::newRow("rename off") << A::Rename << S::ShutOff << false << true;
        QTest::newRow("rename running") << A::Rename << S::Running << false << false;
        QTest::newRow("rename saved") << A::Rename << S::ShutOff << true << false;
        QTest::newRow("delete running") << A::Delete << S::Running << false << true;
        QTest::newRow("delete crashed") << A::Delete << S::Crashed << false << true;
    }
    void availability()
    {
        QFETCH(DomainAction, action);
        QFETCH(DomainState, state);
        QFETCH(bool, managedSave);
        QFETCH(bool, enabled);
        DomainInfo d;
        d.state = state;
        d.hasManagedSave = managedSave;
        const ActionAvailability av = actionAvailability(action, d, false);
        QCOMPARE(av.enabled, enabled);
        // A disabled action always says why.
        QCOMPARE(av.reason.isEmpty(), enabled);
    }

    void readOnlyDisablesEverythingWithAReason()
    {
        DomainInfo d;
        d.state = DomainState::Running;
        for (DomainAction a : {DomainAction::Start, DomainAction::Shutdown, DomainAction::ForceOff,
                               DomainAction::Pause, DomainAction::Save, DomainAction::Delete,
                               DomainAction::Rename}) {
            const ActionAvailability av = actionAvailability(a, d, true);
            QVERIFY(!av.enabled);
            QVERIFY(av.reason.contains(QStringLiteral("read-only")));
        }
    }

    void transientMachinesCannotBeSavedOrRenamed()
    {
        DomainInfo d;
        d.state = DomainState::Running;
        d.persistent = false;
        QVERIFY(!actionAvailability(DomainAction::Save, d, false).enabled);
        d.state = DomainState::ShutOff;
        QVERIFY(!actionAvailability(DomainAction::Rename, d, false).enabled);
    }

    void hardwareEditingSaysWhyNot()
    {
        DomainInfo d;
        d.state = DomainState::Running;
        d.persistent = true;
        QVERIFY(hardwareAvailability(HardwareEdit::Change, d, false).enabled);
        QVERIFY(hardwareAvailability(HardwareEdit::RawXml, d, false).enabled);
        const ActionAvailability ro = hardwareAvailability(HardwareEdit::Change, d, true);
        QVERIFY(!ro.enabled && ro.reason.contains(QStringLiteral("read-only")));
        d.state = DomainState::ShutOff;
        d.hasManagedSave = true;
        const ActionAvailability saved = hardwareAvailability(HardwareEdit::Change, d, false);
        QVERIFY(!saved.enabled && saved.reason.contains(QStringLiteral("saved state")));
        d.hasManagedSave = false;
        d.state = DomainState::Running;
        d.persistent = false;
        QVERIFY(hardwareAvailability(HardwareEdit::Change, d, false).enabled); // live changes
        const ActionAvailability xml = hardwareAvailability(HardwareEdit::RawXml, d, false);
        QVERIFY(!xml.enabled && xml.reason.contains(QStringLiteral("transient")));
    }

    void destructiveActionsAskFirst()
    {
        QVERIFY(isDestructive(DomainAction::ForceOff));
        QVERIFY(isDestructive(DomainAction::Reset));
        QVERIFY(isDestructive(DomainAction::Delete));
        QVERIFY(isDestructive(DomainAction::DiscardSave));
        QVERIFY(!isDestructive(DomainAction::Start));
        QVERIFY(!isDestructive(DomainAction::Pause));
    }

    void restoreIsCalledRestore()
    {
        DomainInfo d;
        d.state = DomainState::ShutOff;
        QCOMPARE(actionLabel(DomainAction::Start, &d), QStringLiteral("Start"));
        d.hasManagedSave = true;
        QCOMPARE(actionLabel(DomainAction::Start, &d), QStringLiteral("Restore"));
    }
};

QTEST_GUILESS_MAIN(TstActionRules)
#include "tst_actionrules.moc"
