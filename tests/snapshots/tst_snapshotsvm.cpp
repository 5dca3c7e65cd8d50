// Snapshots of the test guest under QEMU, through Vireo's engine, panel and command line: the
// disks hold exactly what they held, the memory state comes back, the tree has the right shape,
// other tools' snapshots show, and bad input and a full disk lose nothing.

#include "core/Connection.h"
#include "snapshots/Snapshots.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/snapshots/SnapshotsPanel.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sys/mount.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

using Run = ProcessRun;

/// What the tools print, stdout and stderr together.
Run run(const QString &program, const QStringList &args)
{
    return runProcess(program, args, 120000, QProcess::MergedChannels);
}

/// Writes a byte pattern where the guest sees its disk (qemu-io, the image not in use).
bool writePattern(const QString &image, int pattern)
{
    const Run r = run(QStringLiteral("qemu-io"),
                      {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                       QStringLiteral("write -P %1 1M 256k").arg(pattern), image});
    return r.code == 0 && !r.out.contains(QStringLiteral("error"), Qt::CaseInsensitive);
}

/// True when the guest-visible bytes at 1 MiB are all `pattern`.
bool holdsPattern(const QString &image, int pattern)
{
    const Run r
        = run(QStringLiteral("qemu-io"),
              {QStringLiteral("-r"), QStringLiteral("-f"), QStringLiteral("qcow2"),
               QStringLiteral("-c"), QStringLiteral("read -P %1 1M 256k").arg(pattern), image});
    return r.code == 0 && !r.out.contains(QStringLiteral("Pattern verification failed"));
}

/// SHA-256 of all the guest-visible data of a disk image.
QByteArray checksum(const QString &image)
{
    QTemporaryDir dir;
    const QString raw = dir.filePath(QStringLiteral("disk.raw"));
    if (run(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-U"),
                                         QStringLiteral("-O"), QStringLiteral("raw"), image, raw})
            .code
        != 0)
        return {};
    QFile f(raw);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

/// `qemu-img check` finds no errors and no leaks.
bool checkClean(const QString &image, QString *report = nullptr)
{
    const Run r = run(QStringLiteral("qemu-img"), {QStringLiteral("check"), image});
    if (report)
        *report = r.out;
    return r.code == 0 && r.out.contains(QStringLiteral("No errors were found"));
}

QList<SnapshotInfo> listed(Connection *conn, const QString &uuid)
{
    Operation *op = Snapshots::list(conn, uuid);
    QSignalSpy done(op, &Operation::finished);
    if (!done.wait(30000) || !done.first().first().toBool())
        return {};
    return op->value().value<QList<SnapshotInfo>>();
}

const SnapshotInfo *find(const QList<SnapshotInfo> &list, const QString &name)
{
    for (const SnapshotInfo &s : list)
        if (s.name == name)
            return &s;
    return nullptr;
}

QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == name)
            return *it;
    return nullptr;
}

} // namespace

class TstSnapshotsVm : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_conn;

    bool start(TestGuest &guest)
    {
        if (!QTest::qWaitFor([&] { return m_conn->domain(guest.uuid()).has_value(); }, 10000))
            return false;
        return finish(Lifecycle::perform(m_conn.get(), DomainAction::Start, guest.uuid())).first
               && guest.waitForSerial(QStringLiteral("VIREO-GUEST READY"));
    }

    std::pair<bool, QString> take(const QString &uuid, const QString &name,
                                  Snapshots::Kind kind = Snapshots::Kind::Automatic)
    {
        return finish(Snapshots::create(m_conn.get(), uuid, name, {}, kind), 180000);
    }

    bool revert(const QString &uuid, const QString &name,
                Snapshots::RevertTo to = Snapshots::RevertTo::AsTaken)
    {
        const auto [ok, error] = finish(Snapshots::revert(m_conn.get(), uuid, name, to), 180000);
        if (!ok)
            qWarning() << error;
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
    }

    void diskIntegrityOfAShutOffMachine()
    {
        TestGuest guest(QStringLiteral("vireo-snap-disk"), GuestOptions{.withDisk = true});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QTRY_VERIFY(m_conn->domain(guest.uuid()).has_value());
        const QString disk = guest.diskPath();
        QString report;

        QVERIFY(writePattern(disk, 0xa1));
        const QByteArray a = checksum(disk);
        QVERIFY(!a.isEmpty());
        auto [ok, error] = take(guest.uuid(), QStringLiteral("S1"));
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(writePattern(disk, 0xb2));
        const QByteArray b = checksum(disk);
        std::tie(ok, error) = take(guest.uuid(), QStringLiteral("S2"));
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(writePattern(disk, 0xc3));
        QVERIFY(checksum(disk) != b);
        QVERIFY2(checkClean(disk, &report), qPrintable(report));

        QVERIFY(revert(guest.uuid(), QStringLiteral("S1")));
        QVERIFY(holdsPattern(disk, 0xa1));
        QCOMPARE(checksum(disk), a);
        QVERIFY2(checkClean(disk, &report), qPrintable(report));
        QVERIFY(revert(guest.uuid(), QStringLiteral("S2")));
        QVERIFY(holdsPattern(disk, 0xb2));
        QCOMPARE(checksum(disk), b);
        QVERIFY2(checkClean(disk, &report), qPrintable(report));

        // Deleting S1 leaves S2 whole.
        QVERIFY(finish(Snapshots::remove(m_conn.get(), guest.uuid(), QStringLiteral("S1"), false))
                    .first);
        QVERIFY(writePattern(disk, 0xd4));
        QVERIFY(revert(guest.uuid(), QStringLiteral("S2")));
        QCOMPARE(checksum(disk), b);
        QVERIFY2(checkClean(disk, &report), qPrintable(report));
        const QList<SnapshotInfo> left = listed(m_conn.get(), guest.uuid());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().name, QStringLiteral("S2"));
        QCOMPARE(left.first().state, QStringLiteral("shutoff"));
    }

    void memoryStateComesBack()
    {
        TestGuest guest(QStringLiteral("vireo-snap-memory"), GuestOptions{.withDisk = true});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QVERIFY(start(guest));
        GuestControl control(guest.controlSocketPath());
        QVERIFY(!control.run(QStringLiteral("echo X-before > /tmp/vireo-value")).isNull());
        const double uptimeAtSnapshot
            = control.run(QStringLiteral("cut -d' ' -f1 /proc/uptime")).trimmed().toDouble();
        QVERIFY(uptimeAtSnapshot > 0);
        QElapsedTimer sinceSnapshot;
        sinceSnapshot.start();
        auto [ok, error]
            = take(guest.uuid(), QStringLiteral("with memory"), Snapshots::Kind::WithMemory);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(!control.run(QStringLiteral("echo Y-after > /tmp/vireo-value")).isNull());
        QCOMPARE(control.run(QStringLiteral("cat /tmp/vireo-value")).trimmed(),
                 QStringLiteral("Y-after"));

        QVERIFY(revert(guest.uuid(), QStringLiteral("with memory")));
        QTRY_COMPARE(shownState(guest.uuid()), DomainState::Running);
        GuestControl again(guest.controlSocketPath());
        QCOMPARE(again.run(QStringLiteral("cat /tmp/vireo-value")).trimmed(),
                 QStringLiteral("X-before"));
        // Its clock goes on from the snapshot's, not from the time since.
        const double uptime
            = again.run(QStringLiteral("cut -d' ' -f1 /proc/uptime")).trimmed().toDouble();
        QVERIFY2(uptime >= uptimeAtSnapshot
                     && uptime < uptimeAtSnapshot + sinceSnapshot.elapsed() / 1000.0,
                 qPrintable(QStringLiteral("uptime %1 after revert, %2 at the snapshot, %3 s ago")
                                .arg(uptime)
                                .arg(uptimeAtSnapshot)
                                .arg(sinceSnapshot.elapsed() / 1000.0)));
        const QList<SnapshotInfo> list = listed(m_conn.get(), guest.uuid());
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().hasMemory);
        QCOMPARE(list.first().state, QStringLiteral("running"));
        QVERIFY2(list.first().sizeBytes > 1024 * 1024, "the memory state takes room");
        QVERIFY(
            QFile::exists(Snapshots::thumbnailPath(guest.uuid(), QStringLiteral("with memory"))));
        QVERIFY(finish(Snapshots::remove(m_conn.get(), guest.uuid(), QStringLiteral("with memory"),
                                         false))
                    .first);
        QVERIFY(
            !QFile::exists(Snapshots::thumbnailPath(guest.uuid(), QStringLiteral("with memory"))));
    }

    void treeShapeAndOtherTools()
    {
        TestGuest guest(QStringLiteral("vireo-snap-tree"), GuestOptions{.withDisk = true});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QTRY_VERIFY(m_conn->domain(guest.uuid()).has_value());
        QVERIFY(take(guest.uuid(), QStringLiteral("A")).first);
        QVERIFY(take(guest.uuid(), QStringLiteral("B")).first);
        QVERIFY(revert(guest.uuid(), QStringLiteral("A")));
        QVERIFY(take(guest.uuid(), QStringLiteral("C")).first);
        // Made by virsh: one internal, one external (an overlay file).
        QCOMPARE(
            run(QStringLiteral("virsh"),
                {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                 QStringLiteral("snapshot-create-as"), guest.name(), QStringLiteral("by-virsh")})
                .code,
            0);
        const Run external = run(QStringLiteral("virsh"),
                                 {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                                  QStringLiteral("snapshot-create-as"), guest.name(),
                                  QStringLiteral("virsh-external"), QStringLiteral("--disk-only")});
        QVERIFY2(external.code == 0, qPrintable(external.out));

        const QList<SnapshotInfo> list = listed(m_conn.get(), guest.uuid());
        QCOMPARE(list.size(), 5);
        QCOMPARE(find(list, QStringLiteral("B"))->parent, QStringLiteral("A"));
        QCOMPARE(find(list, QStringLiteral("C"))->parent, QStringLiteral("A"));
        QCOMPARE(find(list, QStringLiteral("by-virsh"))->parent, QStringLiteral("C"));
        const SnapshotInfo *ext = find(list, QStringLiteral("virsh-external"));
        QVERIFY(ext && ext->external);
        QVERIFY(!ext->revertBlocked.isEmpty());

        // The panel shows the same tree; what libvirt cannot do is disabled, with the reason.
        Ui::SnapshotsPanel panel;
        QSignalSpy loaded(&panel, &Ui::SnapshotsPanel::loaded);
        panel.setDomain(m_conn.get(), guest.uuid());
        QVERIFY(loaded.wait(30000));
        QTreeWidget *tree = panel.tree();
        QTreeWidgetItem *b = itemNamed(tree, QStringLiteral("B"));
        QTreeWidgetItem *c = itemNamed(tree, QStringLiteral("C"));
        QVERIFY(b && c && b->parent() && c->parent());
        QCOMPARE(b->parent()->data(0, Qt::UserRole).toString(), QStringLiteral("A"));
        QCOMPARE(c->parent(), b->parent()); // siblings
        QVERIFY(itemNamed(tree, QStringLiteral("by-virsh")));
        QVERIFY(panel.selectSnapshot(QStringLiteral("virsh-external")));
        QVERIFY(!panel.revertAction()->isEnabled());
        QCOMPARE(panel.revertAction()->toolTip(), ext->revertBlocked);
        QVERIFY(panel.selectSnapshot(QStringLiteral("B")));
        QVERIFY(panel.revertAction()->isEnabled());
        panel.resize(900, 400);
        panel.show();
        panel.grab().save(artifactsDir() + QStringLiteral("/snapshots-panel-tree.png"));
    }

    void badInputAndRawDisks()
    {
        TestGuest guest(QStringLiteral("vireo-snap-raw"),
                        GuestOptions{.withDisk = true, .diskFormat = QStringLiteral("raw")});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QVERIFY(start(guest));
        auto [ok, error] = take(guest.uuid(), QStringLiteral("mem"), Snapshots::Kind::WithMemory);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("raw")) && error.contains(QStringLiteral("qcow2")),
                 qPrintable(error));
        std::tie(ok, error) = take(guest.uuid(), QString());
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
        std::tie(ok, error) = take(guest.uuid(), QStringLiteral("a/b"));
        QVERIFY(!ok);
        QVERIFY(listed(m_conn.get(), guest.uuid()).isEmpty());
        QCOMPARE(shownState(guest.uuid()), DomainState::Running);

        // Shut off, the panel offers to convert the disk to qcow2 when a snapshot is asked
        // for; then it takes snapshots. The raw file stays.
        QVERIFY(
            finish(Lifecycle::perform(m_conn.get(), DomainAction::ForceOff, guest.uuid())).first);
        QTRY_COMPARE(shownState(guest.uuid()), DomainState::ShutOff);
        Ui::SnapshotsPanel panel;
        QSignalSpy loaded(&panel, &Ui::SnapshotsPanel::loaded);
        QSignalSpy acted(&panel, &Ui::SnapshotsPanel::actionFinished);
        panel.setDomain(m_conn.get(), guest.uuid());
        QVERIFY(loaded.wait(30000));
        panel.show();
        panel.takeAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<QDialog *>(QStringLiteral("takeSnapshotDialog"))));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QMessageBox *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (offer = panel.findChild<QMessageBox *>(QStringLiteral("convertOffer"))), 30000);
        QVERIFY(offer->text().contains(QStringLiteral("raw")));
        offer->grab().save(artifactsDir() + QStringLiteral("/snapshots-convert-offer.png"));
        offer->findChild<QPushButton *>(QStringLiteral("convertDisks"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(acted.count(), 2, 120000);
        QVERIFY2(acted.last().first().toBool(), qPrintable(acted.last().at(1).toString()));
        QVERIFY(QFile::exists(guest.diskPath()));
        QVERIFY(take(guest.uuid(), QStringLiteral("after conversion")).first);
        std::tie(ok, error) = take(guest.uuid(), QStringLiteral("after conversion"));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    }

    void fullDiskLosesNothing()
    {
        // The disk lives on a small filesystem of its own.
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        QVERIFY2(::mount("tmpfs", mountPoint.path().toLocal8Bit().constData(), "tmpfs", 0,
                         "size=160m,mode=0755")
                     == 0,
                 "mounting a tmpfs needs root");
        const auto unmount = qScopeGuard(
            [&] { ::umount2(mountPoint.path().toLocal8Bit().constData(), MNT_DETACH); });
        {
            TestGuest guest(QStringLiteral("vireo-snap-full"),
                            GuestOptions{.withDisk = true, .diskDir = mountPoint.path()});
            QVERIFY2(guest.define(), qPrintable(guest.error()));
            QVERIFY(start(guest));
            GuestControl control(guest.controlSocketPath());
            QVERIFY(!control.run(QStringLiteral("echo kept > /tmp/vireo-value")).isNull());
            auto [ok, error]
                = take(guest.uuid(), QStringLiteral("S1"), Snapshots::Kind::WithMemory);
            QVERIFY2(ok, qPrintable(error));
            QVERIFY(!control.run(QStringLiteral("echo changed > /tmp/vireo-value")).isNull());

            // Fill the filesystem up to the last MiB, then try again.
            const QString filler = mountPoint.filePath(QStringLiteral("filler"));
            const Run df
                = run(QStringLiteral("df"),
                      {QStringLiteral("-B1"), QStringLiteral("--output=avail"), mountPoint.path()});
            const qint64 avail = df.out.split(QLatin1Char('\n')).value(1).trimmed().toLongLong();
            QVERIFY(avail > 0);
            QCOMPARE(run(QStringLiteral("fallocate"),
                         {QStringLiteral("-l"), QString::number(avail - 1024 * 1024), filler})
                         .code,
                     0);
            std::tie(ok, error)
                = take(guest.uuid(), QStringLiteral("S2"), Snapshots::Kind::WithMemory);
            QVERIFY(!ok);
            QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
            // The machine runs on (libvirt paused it for the snapshot; the snapshot runs on the
            // long lane, so the library showed that pause and now shows it running again), S2
            // does not exist, S1 still reverts.
            QTRY_COMPARE(shownState(guest.uuid()), DomainState::Running);
            QCOMPARE(control.run(QStringLiteral("cat /tmp/vireo-value")).trimmed(),
                     QStringLiteral("changed"));
            const QList<SnapshotInfo> list = listed(m_conn.get(), guest.uuid());
            QCOMPARE(list.size(), 1);
            QFile::remove(filler);
            QVERIFY(revert(guest.uuid(), QStringLiteral("S1")));
            GuestControl again(guest.controlSocketPath());
            QCOMPARE(again.run(QStringLiteral("cat /tmp/vireo-value")).trimmed(),
                     QStringLiteral("kept"));
            QVERIFY(finish(Lifecycle::perform(m_conn.get(), DomainAction::ForceOff, guest.uuid()))
                        .first);
            QString report;
            QVERIFY2(checkClean(guest.diskPath(), &report), qPrintable(report));
        }
    }

    void panelAndCommandLineOnARunningGuest()
    {
        TestGuest guest(QStringLiteral("vireo-snap-ui"), GuestOptions{.withDisk = true});
        QVERIFY2(guest.define(), qPrintable(guest.error()));
        QVERIFY(start(guest));
        GuestControl control(guest.controlSocketPath());
        QVERIFY(!control.run(QStringLiteral("echo panel > /tmp/vireo-value")).isNull());

        // The panel: take a snapshot through its dialog...
        Ui::SnapshotsPanel panel;
        QSignalSpy loaded(&panel, &Ui::SnapshotsPanel::loaded);
        QSignalSpy acted(&panel, &Ui::SnapshotsPanel::actionFinished);
        panel.setDomain(m_conn.get(), guest.uuid());
        QVERIFY(loaded.wait(30000));
        panel.resize(900, 400);
        panel.show();
        panel.takeAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<QDialog *>(QStringLiteral("takeSnapshotDialog"))));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("snapshotName"));
        QVERIFY(!name->text().isEmpty()); // a timestamp by default
        name->setText(QStringLiteral("from the panel"));
        dialog->grab().save(artifactsDir() + QStringLiteral("/snapshots-take-dialog.png"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(acted.wait(180000));
        QVERIFY2(acted.last().first().toBool(), qPrintable(acted.last().at(1).toString()));
        QTRY_VERIFY(itemNamed(panel.tree(), QStringLiteral("from the panel")));
        QVERIFY(!control.run(QStringLiteral("echo later > /tmp/vireo-value")).isNull());

        // ... and revert to it, confirming what is lost.
        QVERIFY(panel.selectSnapshot(QStringLiteral("from the panel")));
        panel.revertAction()->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY(
            (confirm = panel.findChild<QMessageBox *>(QStringLiteral("revertConfirmation"))));
        QVERIFY2(confirm->informativeText().contains(QStringLiteral("discarded")),
                 qPrintable(confirm->informativeText()));
        confirm->findChild<QPushButton *>(QStringLiteral("revertRunning"))->click();
        QVERIFY(acted.wait(180000));
        QVERIFY2(acted.last().first().toBool(), qPrintable(acted.last().at(1).toString()));
        GuestControl again(guest.controlSocketPath());
        QCOMPARE(again.run(QStringLiteral("cat /tmp/vireo-value")).trimmed(),
                 QStringLiteral("panel"));
        QTRY_VERIFY(loaded.count() >= 3);
        panel.grab().save(artifactsDir() + QStringLiteral("/snapshots-panel.png"));

        // The command line, on the same engine code.
        const QString vireo = QStringLiteral(VIREO_BINARY);
        Run r = run(vireo, {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                            QStringLiteral("snapshot"), QStringLiteral("create"), guest.name(),
                            QStringLiteral("cli-one"), QStringLiteral("--description"),
                            QStringLiteral("from a terminal")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = run(vireo, {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                        QStringLiteral("snapshot"), QStringLiteral("create"), guest.name(),
                        QStringLiteral("cli-two"), QStringLiteral("--memory")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        r = run(vireo, {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                        QStringLiteral("snapshot"), QStringLiteral("list"), guest.name()});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("from the panel"))
                     && r.out.contains(QStringLiteral("from a terminal")),
                 qPrintable(r.out));
        // cli-two is drawn under cli-one, deeper than it.
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        auto indentOf = [&lines](const QString &name) {
            for (const QString &line : lines)
                if (line.contains(name))
                    return int(line.indexOf(name));
            return -1;
        };
        QVERIFY2(indentOf(QStringLiteral("cli-two")) > indentOf(QStringLiteral("cli-one")),
                 qPrintable(r.out));
        r = run(vireo, {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                        QStringLiteral("snapshot"), QStringLiteral("revert"), guest.name(),
                        QStringLiteral("cli-one"), QStringLiteral("--paused")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(guest.uuid()), DomainState::Paused, 10000);
        r = run(vireo, {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                        QStringLiteral("snapshot"), QStringLiteral("delete"), guest.name(),
                        QStringLiteral("cli-one"), QStringLiteral("--children")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QList<SnapshotInfo> left = listed(m_conn.get(), guest.uuid());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().name, QStringLiteral("from the panel"));
        // Errors: a clear message and a non-zero exit.
        r = run(vireo,
                {QStringLiteral("-c"), QStringLiteral("qemu:///system"), QStringLiteral("snapshot"),
                 QStringLiteral("revert"), guest.name(), QStringLiteral("no-such-snapshot")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("vireo snapshot:")));
        r = run(vireo,
                {QStringLiteral("-c"), QStringLiteral("qemu:///system"), QStringLiteral("snapshot"),
                 QStringLiteral("create"), QStringLiteral("no-such-vm-anywhere")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("no-such-vm-anywhere")));
        r = run(vireo,
                {QStringLiteral("-c"), QStringLiteral("qemu:///system"), QStringLiteral("snapshot"),
                 QStringLiteral("create"), guest.name(), QStringLiteral("bad/name")});
        QCOMPARE(r.code, 2);
        // The common options stand after the command as well as before it.
        r = run(vireo, {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                        QStringLiteral("snapshot"), QStringLiteral("frobnicate"), guest.name(),
                        QStringLiteral("--connect"), QStringLiteral("qemu:///system")});
        QCOMPARE(r.code, 2);
    }

private:
    DomainState shownState(const QString &uuid) const
    {
        const auto d = m_conn->domain(uuid);
        return d ? d->state : DomainState::NoState;
    }
};

QTEST_MAIN(TstSnapshotsVm)
#include "tst_snapshotsvm.moc"
