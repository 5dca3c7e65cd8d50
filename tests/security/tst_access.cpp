// Who may reach what on this machine, checked as the users themselves: QEMU's user and a file in
// a private (0700) folder, the ACL fix Vireo offers, creating a VM from such a folder; and Vireo
// run by an unprivileged user (nobody): the system connection refused with what to do about it,
// the session connection working. The tests run as root (CI does); the users' side of each check
// runs as that user with runuser.

#include "core/Connection.h"
#include "create/VmCreator.h"
#include "storage/PathAccess.h"

#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

/// Runs a program as `user` (no shell, the same environment plus `env`).
ProcessRun runAs(const QString &user, const QStringList &command, const QStringList &env = {})
{
    return runProcess(
        QStringLiteral("runuser"),
        QStringList{QStringLiteral("-u"), user, QStringLiteral("--"), QStringLiteral("env")} + env
            + command,
        60000);
}

} // namespace

class TstAccess : public QObject
{
    Q_OBJECT

    QString m_qemu;
    QTemporaryDir m_private{QStringLiteral("/var/tmp/vireo-private-XXXXXX")};
    QString m_iso;

private Q_SLOTS:
    void initTestCase()
    {
        m_qemu = PathAccess::qemuUser();
        QVERIFY2(!m_qemu.isEmpty(), "no QEMU user");
        QVERIFY(m_private.isValid());
        // A private folder, as Debian 12 makes home folders, holding an install image.
        QVERIFY(QFile::setPermissions(m_private.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_iso = m_private.filePath(QStringLiteral("install.iso"));
        QVERIFY(
            QFile::copy(TestGuest::stagingDir() + QStringLiteral("/vireo-test-guest.iso"), m_iso));
        QVERIFY(QFile::setPermissions(m_iso, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                 | QFile::ReadOther));
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-private-iso"));
    }

    void cleanupTestCase()
    {
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-private-iso"));
    }

    void aPrivateFolderBlocksQemusUser()
    {
        const QStringList blocked = PathAccess::blockedFolders(m_iso, m_qemu);
        QCOMPARE(blocked, QStringList{m_private.path()});
        // As QEMU's user itself: the file cannot be read.
        QVERIFY(runAs(m_qemu, {QStringLiteral("cat"), m_iso}).code != 0);
        const QString told = PathAccess::explain(m_iso, blocked, m_qemu);
        QVERIFY2(
            told.contains(QStringLiteral("setfacl -m u:%1:x '%2'").arg(m_qemu, m_private.path())),
            qPrintable(told));
    }

    void theAclFixLetsItPassAndNothingMore()
    {
        const QStringList blocked = PathAccess::blockedFolders(m_iso, m_qemu);
        QString error;
        QVERIFY2(PathAccess::grantSearch(blocked, m_qemu, &error), qPrintable(error));
        QVERIFY(PathAccess::blockedFolders(m_iso, m_qemu).isEmpty());
        // QEMU's user reads the file now, but still cannot list the folder; the owner's own
        // permissions are as they were.
        QCOMPARE(runAs(m_qemu, {QStringLiteral("cat"), m_iso}).code, 0);
        QVERIFY(runAs(m_qemu, {QStringLiteral("ls"), m_private.path()}).code != 0);
        QVERIFY(runAs(QStringLiteral("nobody"), {QStringLiteral("cat"), m_iso}).code != 0);
        QCOMPARE(QFileInfo(m_private.path()).permissions() & QFile::ExeOther, QFile::Permissions());
        QVERIFY2(PathAccess::revokeSearch(blocked, m_qemu, &error), qPrintable(error));
        QCOMPARE(PathAccess::blockedFolders(m_iso, m_qemu), blocked);
        QVERIFY(runAs(m_qemu, {QStringLiteral("cat"), m_iso}).code != 0);
    }

    void creatingFromAPrivateFolderAsksFirst()
    {
        Connection c(QStringLiteral("qemu:///system"));
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Connected, 15000);
        CreateRequest r;
        r.spec.name = QStringLiteral("vireo-private-iso");
        r.spec.memoryMiB = 128;
        r.spec.emulated = true;
        VmDisk cdrom;
        cdrom.device = VmDisk::Device::Cdrom;
        cdrom.path = m_iso;
        cdrom.format = QStringLiteral("raw");
        cdrom.bus = QStringLiteral("sata");
        cdrom.readOnly = true;
        r.spec.disks = {cdrom};
        r.spec.bootFromCdrom = true;
        r.start = false;
        // Asked first: nothing is made, nothing changed on the folder.
        const Outcome asked = complete(Creation::create(&c, r));
        QVERIFY(!asked.ok);
        QCOMPARE(asked.why.kind, Failure::Kind::NeedsConfirmation);
        QVERIFY2(asked.why.detail.contains(QStringLiteral("setfacl")),
                 qPrintable(asked.why.detail));
        QVERIFY(!c.domainByName(r.spec.name));
        QVERIFY(!PathAccess::blockedFolders(m_iso, m_qemu).isEmpty());
        // Agreed: the folder lets QEMU's user through and the VM is made.
        r.grantQemuAccess = true;
        const Outcome made = complete(Creation::create(&c, r));
        QVERIFY2(made.ok, qPrintable(made.error));
        QVERIFY(PathAccess::blockedFolders(m_iso, m_qemu).isEmpty());
        QVERIFY(PathAccess::revokeSearch({m_private.path()}, m_qemu));
    }

    void anUnprivilegedUserIsToldWhatToDo()
    {
        // Vireo as `nobody`: the build tree must be reachable for it first (the CI clone is in
        // a private folder: the same fix, for nobody, undone afterwards).
        const QString vireo = QStringLiteral(VIREO_BINARY);
        const QStringList blocked = PathAccess::blockedFolders(vireo, QStringLiteral("nobody"));
        QVERIFY(PathAccess::grantSearch(blocked, QStringLiteral("nobody")));
        const auto undo
            = qScopeGuard([&] { PathAccess::revokeSearch(blocked, QStringLiteral("nobody")); });
        QTemporaryDir home(QStringLiteral("/var/tmp/vireo-nobody-XXXXXX"));
        QVERIFY(home.isValid());
        QCOMPARE(
            runProcess(QStringLiteral("chown"), {QStringLiteral("nobody:nogroup"), home.path()})
                .code,
            0);
        const QStringList env{
            QStringLiteral("HOME=") + home.path(), QStringLiteral("XDG_RUNTIME_DIR=") + home.path(),
            QStringLiteral("XDG_CONFIG_HOME=") + home.path() + QStringLiteral("/config"),
            QStringLiteral("XDG_DATA_HOME=") + home.path() + QStringLiteral("/data"),
            QStringLiteral("XDG_CACHE_HOME=") + home.path() + QStringLiteral("/cache")};
        // The system connection is root's (or the libvirt group's, through polkit): refused
        // with what to do.
        const ProcessRun system = runAs(QStringLiteral("nobody"),
                                        {vireo, QStringLiteral("security"), QStringLiteral("--all"),
                                         QStringLiteral("-c"), QStringLiteral("qemu:///system")},
                                        env);
        QCOMPARE(system.code, 1);
        QVERIFY2(system.err.contains(QStringLiteral("libvirt group"))
                     && system.err.contains(QStringLiteral("qemu:///session")),
                 qPrintable(system.err));
        // Its own session works: libvirt starts a session daemon as that user.
        const ProcessRun session
            = runAs(QStringLiteral("nobody"),
                    {vireo, QStringLiteral("security"), QStringLiteral("--all"),
                     QStringLiteral("-c"), QStringLiteral("qemu:///session")},
                    env);
        QVERIFY2(session.code == 0, qPrintable(session.err));
        // Its session daemon goes with the test: found by its pid file in nobody's runtime
        // folder (XDG_RUNTIME_DIR above), never by name (two system daemons may run).
        QFile pidFile(home.path() + QStringLiteral("/libvirt/libvirtd.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const QString pid = QString::fromLatin1(pidFile.readAll().trimmed());
        QVERIFY(!pid.isEmpty());
        runProcess(QStringLiteral("kill"), {pid});
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/") + pid), 10000);
        runProcess(QStringLiteral("rm"), {QStringLiteral("-rf"), home.path()});
    }
};

QTEST_MAIN(TstAccess)
#include "tst_access.moc"
