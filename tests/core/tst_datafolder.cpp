// Vireo's data folder is the user's own: ~/.local/share/vireo (not vireo/vireo, whose contents
// move there once), folders 0700 and files 0600, also for the statistics database SQLite makes
// and its journal.

#include "core/DataFolder.h"
#include "stats/StatsStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Vireo;

namespace {

/// The mode bits of a file (07777), -1 when it is not there.
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

void write(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                    | QFile::ReadOther);
}

} // namespace

class TstDataFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        ::umask(022); // as a desktop session has it: what is not made private is readable
    }

    void olderFolderMovesUpAndEverythingIsPrivate()
    {
        const QString root = m_home.path() + QStringLiteral("/vireo");
        QCOMPARE(DataFolder::path(), root);
        write(root + QStringLiteral("/vireo/stats.sqlite"));
        write(root + QStringLiteral("/vireo/snapshots/uuid-1/thumb.png"));
        write(root + QStringLiteral("/kept.txt"));
        QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                        | QFile::ReadOther | QFile::ExeOther);

        DataFolder::prepare();
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/vireo")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/stats.sqlite")));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/snapshots/uuid-1/thumb.png")));
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(modeOf(root + QStringLiteral("/snapshots")), 0700);
        QCOMPARE(modeOf(root + QStringLiteral("/snapshots/uuid-1")), 0700);
        QCOMPARE(modeOf(root + QStringLiteral("/snapshots/uuid-1/thumb.png")), 0600);
        QCOMPARE(modeOf(root + QStringLiteral("/stats.sqlite")), 0600);
        QCOMPARE(modeOf(root + QStringLiteral("/kept.txt")), 0600);

        // Once moved, a second start changes nothing.
        DataFolder::prepare();
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/stats.sqlite")));
    }

    void newFoldersAndTheDatabaseArePrivate()
    {
        const QString root = DataFolder::path();
        const QString deep = root + QStringLiteral("/snapshots/uuid-2");
        QVERIFY(DataFolder::makePath(deep));
        QCOMPARE(modeOf(deep), 0700);

        const QString db = root + QStringLiteral("/fresh/stats.sqlite");
        {
            StatsStore store(db);
            QVERIFY2(store.error().isEmpty(), qPrintable(store.error()));
            store.appendEvent(QStringLiteral("vm"),
                              {1, QStringLiteral("operation"), QStringLiteral("Start"), true, {}});
            store.flush();
            QCOMPARE(modeOf(db), 0600);
            QCOMPARE(modeOf(root + QStringLiteral("/fresh")), 0700);
            // SQLite's write-ahead log gets the database's mode.
            if (QFileInfo::exists(db + QStringLiteral("-wal")))
                QCOMPARE(modeOf(db + QStringLiteral("-wal")), 0600);
        }
    }
};

QTEST_MAIN(TstDataFolder)
#include "tst_datafolder.moc"
