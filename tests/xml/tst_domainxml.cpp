#include "xml/DomainXml.h"

#include <QFile>
#include <QTest>

using namespace Vireo;

class TstDomainXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhatTheLibraryShows()
    {
        QFile file(QStringLiteral(VIREO_SOURCE_DIR "/tests/xml/data/domain-full.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        DomainInfo d;
        readDomainXml(xml, d);
        QCOMPARE(d.name, QStringLiteral("web \"01\" & co"));
        QCOMPARE(d.uuid, QStringLiteral("4dea22b3-1d52-d8f3-2516-782e98ab3fa0"));
        QCOMPARE(d.title, QStringLiteral("Web"));
        QCOMPARE(d.virtType, QStringLiteral("kvm"));
        QCOMPARE(d.machine, QStringLiteral("pc-q35-7.2"));
        QCOMPARE(d.osId, QStringLiteral("http://fedoraproject.org/fedora/37"));
        QCOMPARE(d.osName, QStringLiteral("Fedora 37"));
        QCOMPARE(d.vcpus, 2);
        QCOMPARE(d.memoryKiB, quint64(2048) * 1024);
        QCOMPARE(d.memoryText(), QStringLiteral("2 GiB"));
        QCOMPARE(d.disks.size(), 3);
        QCOMPARE(d.disks[0].source, QStringLiteral("/var/lib/libvirt/images/web.qcow2"));
        QCOMPARE(d.disks[0].target, QStringLiteral("vda"));
        QCOMPARE(d.disks[1].device, QStringLiteral("cdrom"));
        QVERIFY(d.disks[1].source.isEmpty());
        QCOMPARE(d.disks[2].source, QStringLiteral("default/data.qcow2"));
        QCOMPARE(d.nics.size(), 1);
        QCOMPARE(d.nics[0].source, QStringLiteral("default"));
        QCOMPARE(d.nics[0].mac, QStringLiteral("52:54:00:aa:bb:cc"));
        QCOMPARE(d.nics[0].model, QStringLiteral("virtio"));
        QCOMPARE(d.graphics.size(), 2);
        QCOMPARE(d.graphics[0].type, QStringLiteral("spice"));
        QCOMPARE(d.graphics[0].listen, QStringLiteral("127.0.0.1"));
        QCOMPARE(d.graphics[0].port, 5900);
        QCOMPARE(d.graphics[1].socket, QStringLiteral("/run/vnc.sock"));
    }

    void memoryWithoutCurrentUsesMaximum()
    {
        DomainInfo d;
        readDomainXml(
            QStringLiteral("<domain><name>a</name><memory>524288</memory><vcpu>1</vcpu></domain>"),
            d);
        QCOMPARE(d.memoryKiB, quint64(524288));
        QCOMPARE(d.memoryText(), QStringLiteral("512 MiB"));
        QVERIFY(d.osId.isEmpty());
        QVERIFY(d.osName.isEmpty());
    }

    void malformedXmlKeepsWhatWasRead()
    {
        DomainInfo d;
        readDomainXml(QStringLiteral("<domain><name>half</name><vcpu>3</vcpu><devices><disk"), d);
        QCOMPARE(d.name, QStringLiteral("half"));
        QCOMPARE(d.vcpus, 3);
        DomainInfo e;
        readDomainXml(QStringLiteral("not xml at all"), e);
        QVERIFY(e.name.isEmpty());
    }

    void units_data()
    {
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<quint64>("kib");
        QTest::newRow("default") << quint64(1024) << QString() << quint64(1024);
        QTest::newRow("bytes") << quint64(1048576) << QStringLiteral("bytes") << quint64(1024);
        QTest::newRow("MiB") << quint64(3) << QStringLiteral("MiB") << quint64(3072);
        QTest::newRow("M") << quint64(3) << QStringLiteral("M") << quint64(3072);
        QTest::newRow("GiB") << quint64(2) << QStringLiteral("GiB") << quint64(2097152);
        QTest::newRow("MB") << quint64(1024) << QStringLiteral("MB") << quint64(1000000);
        QTest::newRow("TiB") << quint64(1) << QStringLiteral("TiB") << quint64(1073741824);
    }
    void units()
    {
        QFETCH(quint64, value);
        QFETCH(QString, unit);
        QFETCH(quint64, kib);
        QCOMPARE(toKiB(value, unit), kib);
    }

    void osNames_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("debian") << "http://debian.org/debian/12"
                                << "Debian 12";
        QTest::newRow("windows") << "http://microsoft.com/win/11"
                                 << "Windows 11";
        QTest::newRow("ubuntu") << "http://ubuntu.com/ubuntu/22.04"
                                << "Ubuntu 22.04";
        QTest::newRow("freebsd") << "http://freebsd.org/freebsd/13.1"
                                 << "FreeBSD 13.1";
        QTest::newRow("generic") << "http://libosinfo.org/linux/2022"
                                 << "Linux 2022";
        QTest::newRow("empty") << ""
                               << "";
    }
    void osNames()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QCOMPARE(osNameFromId(id), name);
    }

    void stateTexts()
    {
        DomainInfo d;
        d.state = DomainState::ShutOff;
        d.reason = 3;
        QCOMPARE(d.stateText(), QStringLiteral("Shut off (crashed)"));
        QCOMPARE(d.reasonText(), QStringLiteral("crashed"));
        d.hasManagedSave = true;
        d.reason = 4;
        QCOMPARE(d.stateText(), QStringLiteral("Saved"));
        d.state = DomainState::Paused;
        d.reason = 1;
        QCOMPARE(d.stateText(), QStringLiteral("Paused"));
        QVERIFY(d.isActive());
    }
};

QTEST_GUILESS_MAIN(TstDomainXml)
#include "tst_domainxml.moc"
