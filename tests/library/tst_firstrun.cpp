// First run and troubleshooting, as a new user meets them: with no machine the library shows
// the welcome page, whose button opens the wizard and which goes once a machine is there; the
// host check (Help > Check This Computer) lists the default network when it is stopped and its
// Fix button starts it (the real daemon); with no daemon answering it says how to start one;
// `vireo doctor` prints the same and exits 1 while something is a problem.

#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "support/ProcessRun.h"
#include "support/TestDriverXml.h"
#include "support/TestPaths.h"
#include "ui/create/NewVmWizard.h"
#include "ui/library/HostCheckView.h"
#include "ui/library/MainWindow.h"
#include "ui/library/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kNoDaemon = QStringLiteral("qemu:///system?socket=/run/vireo-no-daemon-here.sock");

ProcessRun virsh(const QStringList &args)
{
    return runProcess(QStringLiteral("virsh"),
                      QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")} + args,
                      30000);
}

bool networkActive()
{
    return virsh({QStringLiteral("net-info"), QStringLiteral("default")})
        .out.contains(QRegularExpression(QStringLiteral("Active:\\s+yes")));
}

const HostCheckItem *item(const QList<HostCheckItem> &items, const QString &key)
{
    for (const HostCheckItem &i : items)
        if (i.key == key)
            return &i;
    return nullptr;
}

} // namespace

class TstFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWelcomePageLeadsToTheWizard()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("empty.xml")));
        QVERIFY(empty.open(QIODevice::WriteOnly) && empty.write(testDriverXml(0).toUtf8()) > 0);
        empty.close();
        ConnectionRegistry registry;
        Connection *conn = registry.add(QStringLiteral("test://") + empty.fileName(), false);
        Ui::MainWindow window(&registry);
        window.resize(1024, 768);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), Connection::State::Connected, 15000);
        Ui::WelcomePage *welcome = window.welcome();
        QTRY_VERIFY(welcome->isVisible());
        // The connection's row stays above it (double-click: its host; right-click: its menu).
        QVERIFY(window.libraryView()->isVisible());
        QVERIFY(window.libraryView()->height() < window.height() / 3);
        // The host check runs on the connection: its daemon answers.
        QTRY_VERIFY(item(welcome->hostCheck()->items(), QStringLiteral("daemon")));
        QCOMPARE(item(welcome->hostCheck()->items(), QStringLiteral("daemon"))->status,
                 HostCheckItem::Status::Ok);
        QLabel *daemonLine = nullptr;
        QTRY_VERIFY((daemonLine = welcome->findChild<QLabel *>(QStringLiteral("check-daemon")))
                    && daemonLine->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out first
        window.grab().save(artifactsDir() + QStringLiteral("/welcome-page.png"));

        // Create a Virtual Machine opens the wizard on that connection.
        QTest::mouseClick(welcome->createButton(), Qt::LeftButton);
        Ui::NewVmWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<Ui::NewVmWizard *>()));
        QTRY_VERIFY(wizard->isVisible());
        wizard->reject();

        // A machine appears (a second connection with one): the list takes the page's place.
        registry.add(QStringLiteral("test:///default"), false);
        QTRY_VERIFY(!welcome->isVisible());
        QTRY_VERIFY(window.libraryView()->height() > window.height() / 2);
    }

    void theCheckStartsTheDefaultNetwork()
    {
        const bool wasActive = networkActive();
        QVERIFY2(virsh({QStringLiteral("net-info"), QStringLiteral("default")})
                     .out.contains(QStringLiteral("Name")),
                 "libvirt's default network is not defined here (libvirt-daemon-config-network)");
        if (wasActive)
            QCOMPARE(virsh({QStringLiteral("net-destroy"), QStringLiteral("default")}).code, 0);

        ConnectionRegistry registry;
        Connection *conn = registry.add(QStringLiteral("qemu:///system"), false);
        Ui::MainWindow window(&registry);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), Connection::State::Connected, 15000);
        auto *checkAction = window.findChild<QAction *>(QStringLiteral("checkHost"));
        QVERIFY(checkAction);
        checkAction->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("hostCheckDialog"))));
        auto *view = dialog->findChild<Ui::HostCheckView *>();
        QTRY_VERIFY(item(view->items(), QStringLiteral("network")));
        const HostCheckItem *network = item(view->items(), QStringLiteral("network"));
        QCOMPARE(network->status, HostCheckItem::Status::Problem);
        QVERIFY2(network->detail.contains(QStringLiteral("not running")),
                 qPrintable(network->detail));
        QVERIFY(network->command.contains(QStringLiteral("net-start default")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        dialog->grab().save(artifactsDir() + QStringLiteral("/host-check.png"));
        QPushButton *fix = view->fixButton(QStringLiteral("network"));
        QVERIFY(fix);
        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(item(view->items(), QStringLiteral("network"))
                                     && item(view->items(), QStringLiteral("network"))->status
                                            == HostCheckItem::Status::Ok,
                                 20000);
        QVERIFY(networkActive());
        QVERIFY(!view->fixButton(QStringLiteral("network")));
        dialog->close();
        if (!wasActive) // as it was found
            QCOMPARE(virsh({QStringLiteral("net-destroy"), QStringLiteral("default")}).code, 0);
    }

    void noDaemonSaysHowToStartOne()
    {
        ConnectionRegistry registry;
        Connection *conn = registry.add(kNoDaemon, false);
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), Connection::State::Disconnected, 15000);
        Ui::HostCheckView view;
        view.check(conn);
        const HostCheckItem *daemon = item(view.items(), QStringLiteral("daemon"));
        QVERIFY(daemon);
        QCOMPARE(daemon->status, HostCheckItem::Status::Problem);
        QVERIFY2(daemon->command.contains(QStringLiteral("libvirtd")), qPrintable(daemon->command));
        QVERIFY2(daemon->detail.contains(QStringLiteral("not running")),
                 qPrintable(daemon->detail));

        // The terminal's doctor says the same, and exits 1.
        const ProcessRun r
            = runProcess(QStringLiteral(VIREO_BINARY),
                         {QStringLiteral("-c"), kNoDaemon, QStringLiteral("doctor")}, 30000);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("[PROBLEM] libvirt daemon"))
                     && r.out.contains(daemon->command),
                 qPrintable(r.out + r.err));
    }

    void doctorExitsByWhatItFound()
    {
        const ProcessRun r = runProcess(QStringLiteral(VIREO_BINARY),
                                        {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                                         QStringLiteral("doctor"), QStringLiteral("--json")},
                                        30000);
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(items.size() >= 4, qPrintable(r.out + r.err));
        bool problem = false;
        for (const QJsonValue &i : items)
            problem = problem || i[QStringLiteral("status")].toString() == QLatin1String("problem");
        QCOMPARE(r.code, problem ? 1 : 0);
        QCOMPARE(items.at(0)[QStringLiteral("check")].toString(), QStringLiteral("daemon"));
        QCOMPARE(items.at(0)[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        // Bad input: 2.
        QCOMPARE(runProcess(QStringLiteral(VIREO_BINARY),
                            {QStringLiteral("doctor"), QStringLiteral("extra")}, 30000)
                     .code,
                 2);
    }
};

QTEST_MAIN(TstFirstRun)
#include "tst_firstrun.moc"
