// The domain document: what Vireo does not model is kept as it was, byte for byte; an edit
// changes only what it edits; libvirt reads the written XML back to the same domain.

#include "core/Connection.h"
#include "core/LibvirtError.h"
#include "create/VmSpec.h"
#include "support/LibraryWait.h"
#include "xml/DomainDocument.h"

#include <QFile>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using Vireo::Test::finish;

namespace {

QString fixture(const char *name)
{
    QFile f(QStringLiteral(VIREO_SOURCE_DIR "/tests/xml/data/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// The lines of `after` that differ from `before` (same number of lines expected).
QStringList changedLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    QStringList changed;
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            changed << b.value(i);
    return changed;
}

} // namespace

class TstDomainDocument : public QObject
{
    Q_OBJECT

    Connection *m_conn = nullptr;

    /// libvirt's own XML of a domain defined from `xml` on the test driver (inactive, as an
    /// editor reads it).
    QString definedBack(const QString &xml)
    {
        const QByteArray text = xml.toUtf8();
        Operation *op
            = m_conn->runJob(QStringLiteral("define"), [text](virConnectPtr conn, Operation *) {
                  virDomainPtr dom = virDomainDefineXML(conn, text.constData());
                  if (!dom)
                      return OpResult::failure(takeLibvirtError(QStringLiteral("define failed")));
                  char *back = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
                  virDomainFree(dom);
                  const QString result = QString::fromUtf8(back);
                  free(back);
                  return OpResult::success(result);
              });
        QSignalSpy done(op, &Operation::finished);
        if (!done.wait(10000) || !done.at(0).at(0).toBool()) {
            qWarning("%s", qPrintable(done.value(0).value(1).toString()));
            return {};
        }
        return op->value().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_conn = new Connection(QStringLiteral("test:///default"), false, this);
        m_conn->open();
        QTRY_COMPARE(m_conn->state(), Connection::State::Connected);
    }

    void unchangedIsTheSameText_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("virt-install's output") << fixture("virt-install.xml");
        QTest::newRow("libvirt's reading of it") << definedBack(fixture("virt-install.xml"));
        VmSpec spec;
        spec.name = QStringLiteral("from-the-wizard");
        spec.osId = QStringLiteral("http://debian.org/debian/12");
        spec.firmware = Firmware::UefiSecureBoot;
        spec.tpm = true;
        QTest::newRow("Vireo's wizard output") << writeDomainXml(spec);
        QTest::newRow("devices and metadata Vireo does not model") << fixture("unmodelled.xml");
        QTest::newRow("libvirt's reading of those") << definedBack(fixture("unmodelled.xml"));
        QTest::newRow("the library's fixture") << fixture("domain-full.xml");
    }
    void unchangedIsTheSameText()
    {
        QFETCH(QString, xml);
        QVERIFY(!xml.isEmpty());
        DomainDocument doc;
        QString error;
        QVERIFY2(doc.read(xml, &error), qPrintable(error));
        QCOMPARE(doc.write(), xml);
    }

    void libvirtReadsItBackTheSame_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("virt-install") << definedBack(fixture("virt-install.xml"));
        QTest::newRow("unmodelled") << definedBack(fixture("unmodelled.xml"));
    }
    void libvirtReadsItBackTheSame()
    {
        QFETCH(QString, xml);
        DomainDocument doc;
        QVERIFY(doc.read(xml));
        QCOMPARE(definedBack(doc.write()), xml);
    }

    void readsWhatItModels()
    {
        DomainDocument doc;
        QVERIFY(doc.read(fixture("unmodelled.xml")));
        QCOMPARE(doc.name(), QStringLiteral("keeps-everything"));
        QCOMPARE(doc.description(), QStringLiteral("Tom & Jerry's <lab> \"VM\""));
        QCOMPARE(doc.memoryKiB(), quint64(512 * 1024));
        QCOMPARE(doc.currentMemoryKiB(), quint64(512 * 1024));
        QCOMPARE(doc.maxVcpus(), 1);
        QCOMPARE(doc.cpuMode(), QStringLiteral("host-passthrough"));
        QCOMPARE(doc.firmware(), QStringLiteral("efi"));
        QCOMPARE(doc.bootOrder(), (QStringList{QStringLiteral("hd"), QStringLiteral("network")}));
        QVERIFY(doc.bootMenu());
        QCOMPARE(doc.disks().size(), 2);
        QCOMPARE(doc.disks().at(0).cache, QStringLiteral("none"));
        QCOMPARE(doc.disks().at(1).device, QStringLiteral("cdrom"));
        QVERIFY(doc.disks().at(1).readOnly);
        QCOMPARE(doc.interfaces().size(), 1);
        QCOMPARE(doc.interfaces().at(0).mac, QStringLiteral("52:54:00:12:34:56"));
        QVERIFY(doc.interfaces().at(0).linkUp);
        QCOMPARE(doc.deviceKinds(), (QStringList{"emulator", "disk", "interface", "rng", "watchdog",
                                                 "tpm", "memballoon"}));

        DomainDocument installed;
        QVERIFY(installed.read(fixture("virt-install.xml")));
        QCOMPARE(installed.osId(), QStringLiteral("http://debian.org/debian/11"));
        QCOMPARE(installed.memoryKiB(), quint64(1048576));
        QCOMPARE(installed.maxVcpus(), 2);
        QCOMPARE(installed.machine(), QStringLiteral("q35"));
        QCOMPARE(installed.bootOrder(),
                 (QStringList{QStringLiteral("cdrom"), QStringLiteral("hd")}));
        QCOMPARE(installed.graphics().value(0).type, QStringLiteral("spice"));
    }

    void anEditChangesOnlyWhatItEdits()
    {
        const QString original = definedBack(fixture("unmodelled.xml"));
        DomainDocument doc;
        QVERIFY(doc.read(original));
        doc.setMemoryKiB(1024 * 1024);
        QStringList changed = changedLines(original, doc.write());
        QCOMPARE(changed, QStringList{QStringLiteral("  <memory unit='KiB'>1048576</memory>")});

        doc.setLinkUp(QStringLiteral("52:54:00:12:34:56"), false);
        changed = changedLines(original, doc.write());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1), QStringLiteral("      <link state='down'/>"));

        // Media out of the CD-ROM, and in again.
        DomainDocument media;
        QVERIFY(media.read(original));
        QVERIFY(media.setMedia(QStringLiteral("sda"), QString()));
        QCOMPARE(media.disks().at(1).source, QString());
        QVERIFY(!media.setMedia(QStringLiteral("vda"), QString())); // not removable
        QVERIFY(media.setMedia(QStringLiteral("sda"), QStringLiteral("/srv/other.iso")));
        QCOMPARE(media.disks().at(1).source, QStringLiteral("/srv/other.iso"));
        // Everything else came through libvirt unchanged (the test driver keeps no QEMU
        // command line; the fixture's own round trip above keeps it).
        const QString back = definedBack(media.write());
        DomainDocument reread;
        QVERIFY(reread.read(back));
        QCOMPARE(reread.disks().at(1).source, QStringLiteral("/srv/other.iso"));
        QCOMPARE(reread.deviceKinds(), doc.deviceKinds());
        QVERIFY(back.contains(QStringLiteral("<app:colour value=\"teal\"/>")));
        QVERIFY(back.contains(QStringLiteral("<total_bytes_sec>10485760</total_bytes_sec>")));
    }

    void newElementsAreMadeWhereLibvirtWantsThem()
    {
        DomainDocument doc;
        QVERIFY(doc.read(fixture("virt-install.xml")));
        doc.setTitle(QStringLiteral("Build box"));
        doc.setVcpus(2, 4);
        doc.setCpuTopology({1, 2, 2});
        doc.setBootOrder({QStringLiteral("hd")});
        doc.setBootMenu(true);
        doc.setDescription(QStringLiteral("a & b"));
        const QString back = definedBack(doc.write());
        DomainDocument reread;
        QVERIFY2(reread.read(back), qPrintable(back));
        QCOMPARE(reread.title(), QStringLiteral("Build box"));
        QCOMPARE(reread.description(), QStringLiteral("a & b"));
        QCOMPARE(reread.maxVcpus(), 4);
        QCOMPARE(reread.currentVcpus(), 2);
        QCOMPARE(reread.cpuTopology(), (DomainDocument::CpuTopology{1, 2, 2}));
        QCOMPARE(reread.bootOrder(), QStringList{QStringLiteral("hd")});
        QVERIFY(reread.bootMenu());
        QCOMPARE(reread.osId(), QStringLiteral("http://debian.org/debian/11"));
        // Indented like their siblings.
        QVERIFY2(doc.write().contains(QStringLiteral("\n  <title>Build box</title>\n")),
                 qPrintable(doc.write()));
    }

    void badXmlIsRefused()
    {
        DomainDocument doc;
        QString error;
        QVERIFY(!doc.read(QStringLiteral("<domain><name>x</domain>"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!doc.read(QStringLiteral("<network/>"), &error));
        QVERIFY(error.contains(QStringLiteral("network")));
        QVERIFY(!doc.isValid());
    }
};

QTEST_GUILESS_MAIN(TstDomainDocument)
#include "tst_domaindocument.moc"
