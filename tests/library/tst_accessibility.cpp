// What a screen reader and a keyboard user meet: every interactive widget of the library window
// (with each of its tabs shown), the new-VM wizard's pages, Preferences and the console window
// has a name an assistive technology reads (QAccessible's, from its text, its label or its
// accessible name). On libvirt's test driver.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "support/TestPaths.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/create/NewVmWizard.h"
#include "ui/library/MainWindow.h"
#include "ui/library/PreferencesDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace Vireo;

namespace {

bool interactive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
           || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
           || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w);
}

/// The interactive widgets shown in `top` that an assistive technology cannot name.
QStringList unnamed(QWidget *top)
{
    QStringList found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || !interactive(w))
            continue;
        // A combo box's and a spin box's own line edit is named by them; scroll bars by Qt.
        if (qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || w->inherits("QScrollBar")
            || w->inherits("QHeaderView") || w->inherits("QTabBar")
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found << QStringLiteral("%1 \"%2\" in %3")
                         .arg(
                             QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                             w->parentWidget()
                                 ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                       + QLatin1Char(' ') + w->parentWidget()->objectName()
                                 : QString());
    }
    return found;
}

} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT

    ConnectionRegistry m_registry;
    Connection *m_conn = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QAccessible::setActive(true);
        m_conn = m_registry.add(QStringLiteral("test:///default"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void theLibraryAndItsTabsNameEveryControl()
    {
        Ui::MainWindow window(&m_registry);
        window.resize(1024, 768);
        window.show();
        const QString uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
        QTRY_VERIFY(window.selectDomain(m_conn, uuid));
        QStringList missing;
        for (int t = 0; t < window.sideTabs()->count(); ++t) {
            window.sideTabs()->setCurrentIndex(t);
            QCoreApplication::sendPostedEvents();
            for (const QString &m : unnamed(&window))
                if (!missing.contains(m))
                    missing << m;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void theWizardNamesEveryControl()
    {
        Ui::MainWindow window(&m_registry);
        window.show();
        Ui::NewVmWizard *wizard = window.openNewVmWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        const QStringList missing = unnamed(wizard);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        wizard->reject();
    }

    void preferencesAndTheConsoleNameEveryControl()
    {
        Ui::PreferencesDialog preferences(&m_registry);
        preferences.show();
        QStringList missing;
        auto *tabs = preferences.findChild<QTabWidget *>();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            missing += unnamed(&preferences);
        }
        const QString uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
        Ui::ConsoleWindow console(m_conn, uuid);
        console.show();
        missing += unnamed(&console);
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
