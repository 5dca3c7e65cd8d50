// Templates in the library window, as a user drives them, on libvirt's test driver: Make
// Template from the Machine menu (it moves into the connection's Templates row, its State
// column then says "Template" with its number of instances, Start is refused with the reason), New
// Instances through its dialog (three linked instances appear, each naming its template in the
// details), Clone of an instance (the dialog refuses a taken name), and the actions enabled for
// what the selection is. Screenshots go to the artifacts folder.
#include "core/Connection.h"
#include "core/ConnectionRegistry.h"
#include "domains/DomainListModel.h"
#include "storage/Volumes.h"
#include "support/LibraryWait.h"
#include "support/TestPaths.h"
#include "ui/library/DetailsPane.h"
#include "ui/library/MainWindow.h"
#include "ui/templates/CloneDialog.h"
#include "ui/templates/LineageDialog.h"
#include "ui/templates/TemplateActions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

void shot(QWidget *w, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    w->grab().save(artifactsDir() + QStringLiteral("/templates-%1.png").arg(name));
}

Ui::CloneDialog *openDialog(QWidget *window)
{
    for (auto *d : window->findChildren<Ui::CloneDialog *>())
        if (d->isVisible())
            return d;
    return nullptr;
}

} // namespace

class TstTemplatesGui : public QObject
{
    Q_OBJECT
    ConnectionRegistry m_registry;
    std::unique_ptr<Ui::MainWindow> m_window;
    Connection *m_conn = nullptr;
    QString m_golden;

    Ui::TemplateActions *actions() const { return m_window->templateActions(); }
    QString state(const QString &uuid) const { return shown(*m_window->model(), m_conn, uuid); }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<Ui::MainWindow>(&m_registry);
        m_window->resize(1100, 700);
        m_window->show();
        m_conn = m_registry.add(QStringLiteral("test:///default"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 10000);
        // A machine whose disk is a volume of the test driver's pool.
        const auto made = complete(Volumes::create(
            m_conn, QStringLiteral("default-pool"),
            VolumeSpec{QStringLiteral("golden.qcow2"), QStringLiteral("qcow2"), 64 << 20, {}}));
        QVERIFY2(made.ok, qPrintable(made.error));
        virConnectPtr check = virConnectOpen("test:///default");
        const QString xml
            = QStringLiteral("<domain type='test'><name>golden</name><memory>65536</memory>"
                             "<os><type>hvm</type></os><devices><disk type='file' device='disk'>"
                             "<driver name='qemu' type='qcow2'/><source file='%1'/>"
                             "<target dev='vda' bus='virtio'/></disk></devices></domain>")
                  .arg(made.value.toString());
        virDomainPtr dom = virDomainDefineXML(check, xml.toUtf8().constData());
        QVERIFY(dom);
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(dom, uuid);
        virDomainFree(dom);
        virConnectClose(check);
        m_golden = QString::fromLatin1(uuid);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectDomain(m_conn, m_golden), 5000);
    }

    void makeTemplateFromTheMenu()
    {
        QVERIFY(!actions()->newInstances()->isEnabled()); // not a template yet
        QVERIFY(actions()->makeTemplate()->isEnabled());
        actions()->makeTemplate()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(state(m_golden), QStringLiteral("Template, no instances"), 5000);
        // It moved into the connection's Templates row, which comes first.
        const QModelIndex golden = m_window->model()->indexOf(m_conn, m_golden);
        QVERIFY(golden.parent().data(DomainListModel::IsTemplatesRole).toBool());
        QCOMPARE(golden.parent().row(), 0);
        QCOMPARE(golden.parent().siblingAtColumn(DomainListModel::StateColumn).data().toString(),
                 QStringLiteral("1 template"));
        QTRY_VERIFY(m_window->selectDomain(m_conn, m_golden));
        QTRY_VERIFY(actions()->newInstances()->isEnabled());
        QVERIFY(!actions()->makeTemplate()->isEnabled());
        QAction *start = m_window->action(DomainAction::Start);
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().contains(QStringLiteral("template")),
                 qPrintable(start->toolTip()));
        shot(m_window.get(), QStringLiteral("template"));
    }

    void newInstancesThroughTheDialog()
    {
        actions()->newInstances()->trigger();
        Ui::CloneDialog *dialog = openDialog(m_window.get());
        QVERIFY(dialog);
        dialog->countBox()->setValue(3);
        dialog->nameEdit()->setText(QStringLiteral("web-{n}"));
        QVERIFY(dialog->linkedButton()->isChecked());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("cloneProblem"))
                    ->text()
                    .contains(QStringLiteral("web-1, web-2, web-3")));
        shot(dialog, QStringLiteral("new-instances"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cloneOk")),
                          Qt::LeftButton);
        for (const char *name : {"web-1", "web-2", "web-3"})
            QTRY_VERIFY_WITH_TIMEOUT(m_conn->domainByName(QLatin1String(name)), 5000);
        QTRY_COMPARE(state(m_golden), QStringLiteral("Template, 3 instances"));
        const DomainInfo web2 = *m_conn->domainByName(QStringLiteral("web-2"));
        QCOMPARE(web2.templateUuid, m_golden);
        QVERIFY(m_window->selectDomain(m_conn, web2.uuid));
        QTRY_VERIFY(m_window->details()->findChild<QLabel *>() != nullptr);
        QVERIFY(actions()->flatten()->isEnabled()); // a linked instance, shut off
        QVERIFY(!actions()->newInstances()->isEnabled());
        shot(m_window.get(), QStringLiteral("instances"));
    }

    // The lineage view of the template: its disk, then its three instances, each disk an
    // overlay standing on the template's image.
    void lineageViewShowsTheChains()
    {
        const DomainInfo web2 = *m_conn->domainByName(QStringLiteral("web-2"));
        QVERIFY(m_window->selectDomain(m_conn, web2.uuid));
        QTRY_VERIFY(actions()->showLineage()->isEnabled()); // from an instance: its template's
        actions()->showLineage()->trigger();
        Ui::LineageDialog *view = nullptr;
        QTRY_VERIFY((view = m_window->findChild<Ui::LineageDialog *>()) != nullptr);
        QSignalSpy loaded(view, &Ui::LineageDialog::loaded);
        QVERIFY(loaded.wait(5000) || view->tree()->topLevelItemCount() == 1);
        QCOMPARE(view->tree()->topLevelItemCount(), 1);
        QTreeWidgetItem *root = view->tree()->topLevelItem(0);
        QCOMPARE(root->text(0), QStringLiteral("golden"));
        QString goldenImage;
        QStringList instances;
        for (int i = 0; i < root->childCount(); ++i) {
            QTreeWidgetItem *c = root->child(i);
            if (c->text(0) == QLatin1String("vda"))
                goldenImage = c->text(3);
            else
                instances << c->text(0);
        }
        QVERIFY(!goldenImage.isEmpty());
        instances.sort();
        QCOMPARE(instances, (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2"),
                                         QStringLiteral("web-3")}));
        for (int i = 0; i < root->childCount(); ++i) {
            QTreeWidgetItem *c = root->child(i);
            if (c->text(0) != QLatin1String("web-2"))
                continue;
            QVERIFY(c->text(1).startsWith(QStringLiteral("linked instance")));
            QTreeWidgetItem *disk = c->child(0);
            QVERIFY2(disk->text(1).startsWith(QStringLiteral("overlay")),
                     qPrintable(disk->text(1)));
            QCOMPARE(disk->childCount(), 1);
            QCOMPARE(disk->child(0)->text(3), goldenImage); // it stands on the template's image
        }
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("lineageSummary"))
                    ->text()
                    .contains(QStringLiteral("Instances: 3, of which 3 linked")));
        shot(view, QStringLiteral("lineage"));
        view->close();
    }

    void cloneRefusesATakenName()
    {
        const DomainInfo web1 = *m_conn->domainByName(QStringLiteral("web-1"));
        QVERIFY(m_window->selectDomain(m_conn, web1.uuid));
        QTRY_VERIFY(actions()->clone()->isEnabled());
        actions()->clone()->trigger();
        Ui::CloneDialog *dialog = openDialog(m_window.get());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("cloneOk"));
        dialog->nameEdit()->setText(QStringLiteral("web-2"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("cloneProblem"))
                    ->text()
                    .contains(QStringLiteral("already")));
        dialog->nameEdit()->setText(QStringLiteral("web-1 copy"));
        QVERIFY(ok->isEnabled());
        // Its disk is copied unless the user says to share it.
        auto *copyDisk = dialog->findChild<QCheckBox *>(QStringLiteral("copyDisk-vda"));
        QVERIFY(copyDisk && copyDisk->isChecked());
        QVERIFY(dialog->sharedDisks().isEmpty());
        copyDisk->setChecked(false);
        QCOMPARE(dialog->sharedDisks(), QStringList{QStringLiteral("vda")});
        copyDisk->setChecked(true);
        shot(dialog, QStringLiteral("clone"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_conn->domainByName(QStringLiteral("web-1 copy")), 5000);
        // A copy of an instance is an ordinary machine.
        QVERIFY(m_conn->domainByName(QStringLiteral("web-1 copy"))->templateUuid.isEmpty());
    }
};

QTEST_MAIN(TstTemplatesGui)
#include "tst_templatesgui.moc"
