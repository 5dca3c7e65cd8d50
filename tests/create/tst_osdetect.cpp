// OS detection against the installed osinfo-db, with ISOs made here by xorriso carrying the
// identifiers osinfo-db lists for each OS.

#include "create/OsDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

class TstOsDetect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OsDatabase m_db;

    /// An ISO 9660 image with these primary volume descriptor fields.
    QString makeIso(const QString &file, const QString &volumeId, const QString &systemId = {},
                    const QString &publisher = {}, const QString &application = {})
    {
        const QString content = m_dir.filePath(QStringLiteral("content"));
        QDir().mkpath(content);
        QFile readme(content + QStringLiteral("/README.TXT"));
        if (readme.open(QIODevice::WriteOnly))
            readme.write("Vireo test image\n");
        readme.close();
        QStringList args{QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"),
                         QStringLiteral("-V"), volumeId};
        if (!systemId.isEmpty())
            args << QStringLiteral("-sysid") << systemId;
        if (!publisher.isEmpty())
            args << QStringLiteral("-publisher") << publisher;
        if (!application.isEmpty())
            args << QStringLiteral("-A") << application;
        const QString out = m_dir.filePath(file);
        args << QStringLiteral("-o") << out << content;
        QProcess p;
        p.start(QStringLiteral("xorriso"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qWarning("xorriso: %s", p.readAllStandardError().constData());
        if (!systemId.isEmpty()) {
            // xorriso upper-cases the system identifier ("FreeBSD" becomes "FREEBSD"); real
            // images carry it as written, so it goes into the primary volume descriptor as is
            // (ISO 9660: sector 16, bytes 8 to 39).
            QFile iso(out);
            if (iso.open(QIODevice::ReadWrite) && iso.seek(16 * 2048 + 8))
                iso.write(systemId.leftJustified(32, QLatin1Char(' ')).toLatin1());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.load(&error), qPrintable(error));
    }

    void detects_data()
    {
        QTest::addColumn<QString>("volumeId");
        QTest::addColumn<QString>("systemId");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("shortId");
        QTest::addColumn<QString>("name");
        QTest::newRow("Debian 11") << "Debian 11.5.0 amd64 n"
                                   << ""
                                   << ""
                                   << "debian11"
                                   << "Debian 11";
        QTest::newRow("Ubuntu 22.04") << "Ubuntu 22.04.1 LTS amd64"
                                      << ""
                                      << ""
                                      << "ubuntu22.04"
                                      << "Ubuntu 22.04 LTS";
        QTest::newRow("Fedora 37") << "Fedora-S-dvd-x86_64-37"
                                   << "LINUX"
                                   << ""
                                   << "fedora37"
                                   << "Fedora Linux 37";
        QTest::newRow("Windows 10") << "CENA_X64FREV_EN-US_DV5"
                                    << ""
                                    << "MICROSOFT CORPORATION"
                                    << "win10"
                                    << "Microsoft Windows 10";
        QTest::newRow("Windows 11") << "CCCOMA_X64FRE_EN-US_DV9"
                                    << ""
                                    << "MICROSOFT CORPORATION"
                                    << "win11"
                                    << "Microsoft Windows 11";
        QTest::newRow("FreeBSD 13") << "13_1_RELEASE_AMD64_CD"
                                    << "FreeBSD"
                                    << ""
                                    << "freebsd13.1"
                                    << "FreeBSD 13.1";
    }
    void detects()
    {
        QFETCH(QString, volumeId);
        QFETCH(QString, systemId);
        QFETCH(QString, publisher);
        QFETCH(QString, shortId);
        QFETCH(QString, name);
        const QString iso
            = makeIso(shortId + QStringLiteral(".iso"), volumeId, systemId, publisher);
        QString error;
        const auto os = m_db.detect(iso, &error);
        QVERIFY2(os.has_value(),
                 qPrintable(error.isEmpty() ? QStringLiteral("not detected") : error));
        QCOMPARE(os->shortId, shortId);
        QCOMPARE(os->name, name);
        QVERIFY(os->id.startsWith(QStringLiteral("http")));
    }

    void windows11NeedsSecureBootAndTpm()
    {
        const auto win11 = m_db.byShortId(QStringLiteral("win11"));
        QVERIFY(win11.has_value());
        QVERIFY(win11->needsSecureBootAndTpm);
        QVERIFY(win11->needsUefi);
        QVERIFY(win11->isWindows());
        QVERIFY(!win11->virtioDisk); // no inbox virtio driver
        const auto debian = m_db.byShortId(QStringLiteral("debian11"));
        QVERIFY(debian.has_value());
        QVERIFY(debian->virtioDisk);
        QVERIFY(debian->virtioNet);
        QVERIFY(!debian->needsSecureBootAndTpm);
        QVERIFY(debian->recommendedMemoryMiB >= debian->minimumMemoryMiB);
        QVERIFY(debian->recommendedMemoryMiB > 0);
    }

    void unknownIsoIsUnknown()
    {
        const QString iso
            = makeIso(QStringLiteral("mystery.iso"), QStringLiteral("TOTALLY_MADE_UP_42"),
                      QStringLiteral("NOBODY"), QStringLiteral("NOBODY INC"));
        QString error;
        const auto os = m_db.detect(iso, &error);
        QVERIFY(!os.has_value());
        QVERIFY2(error.isEmpty(), qPrintable(error)); // a readable ISO, just not one osinfo knows
    }

    void badFilesAreRefusedWithAReason()
    {
        QString error;
        QVERIFY(!m_db.detect(m_dir.filePath(QStringLiteral("missing.iso")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));

        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64 * 1024, 'x'));
        f.close();
        QVERIFY(!m_db.detect(text, &error));
        QVERIFY2(error.contains(QStringLiteral("not an install image")), qPrintable(error));
    }

    void pickerListsEverything()
    {
        const QList<OsInfo> all = m_db.all();
        QVERIFY(all.size() > 100);
        bool sawDebian = false;
        for (const OsInfo &os : all)
            sawDebian |= os.shortId == QLatin1String("debian11");
        QVERIFY(sawDebian);
    }
};

QTEST_GUILESS_MAIN(TstOsDetect)
#include "tst_osdetect.moc"
