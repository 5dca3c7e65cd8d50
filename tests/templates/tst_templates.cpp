// Templates and clones without a daemon: names from a pattern, the lineage metadata read into
// the library's DomainInfo, a template refused a start with the reason; then on libvirt's test
// driver, a VM whose disk is a pool volume made a template, a full clone and linked instances
// made from it (new UUIDs and MACs, their own volumes, the overlays backed by the template's
// disk), the template refused a Convert to VM while they exist, and a disk outside any pool
// refused with the reason.
#include "core/Connection.h"
#include "domains/ActionRules.h"
#include "domains/DomainLifecycle.h"
#include "storage/Volumes.h"
#include "support/LibraryWait.h"
#include "templates/Templates.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using Vireo::Test::complete;

namespace {

QString domainXmlOf(virConnectPtr conn, const QString &name, unsigned flags = 0)
{
    virDomainPtr dom = virDomainLookupByName(conn, name.toUtf8().constData());
    char *xml = dom ? virDomainGetXMLDesc(dom, flags) : nullptr;
    const QString text = QString::fromUtf8(xml ? xml : "");
    free(xml);
    if (dom)
        virDomainFree(dom);
    return text;
}

} // namespace

class TstTemplates : public QObject
{
    Q_OBJECT
    std::unique_ptr<Connection> m_conn;
    virConnectPtr m_check = nullptr; // the same test driver's state, as a second client sees it
    QString m_golden;                // the UUID of the VM made a template

private Q_SLOTS:
    void initTestCase()
    {
        // test:///default is one state per process: the engine's connection and this one share it.
        m_conn = std::make_unique<Connection>(QStringLiteral("test:///default"));
        QSignalSpy up(m_conn.get(), &Connection::domainsReset);
        m_conn->open();
        QVERIFY(up.wait(10000));
        m_check = virConnectOpen("test:///default");
        QVERIFY(m_check);
    }

    void cleanupTestCase()
    {
        if (m_check)
            virConnectClose(m_check);
    }

    void namesFromAPattern()
    {
        const QStringList taken{QStringLiteral("web-1"), QStringLiteral("web-3")};
        QCOMPARE(Templates::instanceNames(QStringLiteral("web-{n}"), 3, taken),
                 (QStringList{QStringLiteral("web-2"), QStringLiteral("web-4"),
                              QStringLiteral("web-5")}));
        QCOMPARE(Templates::instanceNames(QStringLiteral("db"), 2, {}),
                 (QStringList{QStringLiteral("db-1"), QStringLiteral("db-2")}));
        QCOMPARE(Templates::instanceNames(QStringLiteral("db"), 1, {}),
                 QStringList{QStringLiteral("db")});
        QVERIFY(
            Templates::instanceNames(QStringLiteral("db"), 1, {QStringLiteral("db")}).isEmpty());
    }

    void lineageIsReadAndTemplatesDoNotStart()
    {
        const QString ns = lineageMetadataNamespace();
        DomainInfo t;
        readDomainXml(QStringLiteral("<domain><name>golden</name><metadata><vireo:lineage "
                                     "xmlns:vireo='%1'><vireo:template readonly='vda'/>"
                                     "</vireo:lineage></metadata></domain>")
                          .arg(ns),
                      t);
        QVERIFY(t.isTemplate);
        t.state = DomainState::ShutOff;
        QCOMPARE(t.stateText(), QStringLiteral("Template")); // the library's State column
        const ActionAvailability start = actionAvailability(DomainAction::Start, t, false);
        QVERIFY(!start.enabled);
        QVERIFY2(start.reason.contains(QStringLiteral("golden is a template")),
                 qPrintable(start.reason));
        DomainInfo i;
        readDomainXml(QStringLiteral("<domain><name>web-1</name><metadata><vireo:lineage "
                                     "xmlns:vireo='%1'><vireo:instance of='u-1' name='golden' "
                                     "kind='linked' snapshot='clean'/></vireo:lineage></metadata>"
                                     "</domain>")
                          .arg(ns),
                      i);
        QVERIFY(!i.isTemplate);
        QCOMPARE(i.templateUuid, QStringLiteral("u-1"));
        QCOMPARE(i.templateName, QStringLiteral("golden"));
        QCOMPARE(i.instanceKind, QStringLiteral("linked"));
        QCOMPARE(i.fromSnapshot, QStringLiteral("clean"));
        QVERIFY(actionAvailability(DomainAction::Start, i, false).enabled);
    }

    void diskOutsideAPoolIsRefused()
    {
        // The test driver's VM "test" has /guest/diskimage1, in no pool; it runs: shut it off.
        virDomainPtr dom = virDomainLookupByName(m_check, "test");
        QVERIFY(dom);
        virDomainDestroy(dom);
        virDomainFree(dom);
        m_conn->refreshAll();
        QTRY_VERIFY(!m_conn->domainByName(QStringLiteral("test"))->isActive());
        const QString uuid = m_conn->domainByName(QStringLiteral("test"))->uuid;
        const auto r = complete(Templates::clone(
            m_conn.get(),
            CloneRequest{uuid, QStringLiteral("test-copy"), CloneRequest::Kind::Full, {}, false}));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("in no storage pool")), qPrintable(r.error));
        QVERIFY(domainXmlOf(m_check, QStringLiteral("test-copy")).isEmpty());
    }

    void fullAndLinkedCopiesOfATemplate()
    {
        // A VM whose disk is a volume of the test driver's pool.
        const auto made = complete(Volumes::create(
            m_conn.get(), QStringLiteral("default-pool"),
            VolumeSpec{QStringLiteral("golden.qcow2"), QStringLiteral("qcow2"), 64 << 20, {}}));
        QVERIFY2(made.ok, qPrintable(made.error));
        const QString base = made.value.toString();
        const QString xml
            = QStringLiteral("<domain type='test'><name>golden</name><memory>65536</memory>"
                             "<os><type>hvm</type></os><devices><disk type='file' device='disk'>"
                             "<driver name='qemu' type='qcow2'/><source file='%1'/>"
                             "<target dev='vda' bus='virtio'/></disk><interface type='network'>"
                             "<mac address='52:54:00:aa:bb:01'/><source network='default'/>"
                             "</interface></devices></domain>")
                  .arg(base);
        virDomainPtr dom = virDomainDefineXML(m_check, xml.toUtf8().constData());
        QVERIFY(dom);
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(dom, uuid);
        virDomainFree(dom);
        m_golden = QString::fromLatin1(uuid);

        auto r = complete(Templates::make(m_conn.get(), m_golden));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString tmplXml
            = domainXmlOf(m_check, QStringLiteral("golden"), VIR_DOMAIN_XML_INACTIVE);
        DomainInfo t;
        readDomainXml(tmplXml, t);
        QVERIFY(t.isTemplate);
        DomainDocument doc;
        QVERIFY(doc.read(tmplXml));
        QVERIFY(doc.disks().first().readOnly);

        // Three linked instances from a pattern.
        r = complete(Templates::newInstances(m_conn.get(), m_golden, 3, QStringLiteral("web-{n}"),
                                             CloneRequest::Kind::Linked, false));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value.toStringList(),
                 (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2"),
                              QStringLiteral("web-3")}));
        QSet<QString> uuids, paths;
        for (const QString &name : r.value.toStringList()) {
            DomainInfo i;
            const QString ixml = domainXmlOf(m_check, name, VIR_DOMAIN_XML_INACTIVE);
            readDomainXml(ixml, i);
            QCOMPARE(i.templateUuid, m_golden);
            QCOMPARE(i.instanceKind, QStringLiteral("linked"));
            DomainDocument idoc;
            QVERIFY(idoc.read(ixml));
            const auto disk = idoc.disks().first();
            QVERIFY(!disk.readOnly);
            QVERIFY(disk.source != base);
            QCOMPARE(disk.format, QStringLiteral("qcow2"));
            QVERIFY(idoc.interfaces().first().mac != QStringLiteral("52:54:00:aa:bb:01"));
            uuids << i.uuid;
            paths << disk.source;
        }
        QCOMPARE(uuids.size(), 3);
        QCOMPARE(paths.size(), 3);

        // A full copy: its own volume, no backing file.
        r = complete(Templates::clone(
            m_conn.get(),
            CloneRequest{m_golden, QStringLiteral("solo"), CloneRequest::Kind::Full, {}, false}));
        QVERIFY2(r.ok, qPrintable(r.error));
        DomainDocument solo;
        QVERIFY(solo.read(domainXmlOf(m_check, QStringLiteral("solo"), VIR_DOMAIN_XML_INACTIVE)));
        QVERIFY(solo.disks().first().source != base);
        QVERIFY(!paths.contains(solo.disks().first().source));

        // A name clash changes nothing.
        r = complete(Templates::clone(
            m_conn.get(),
            CloneRequest{
                m_golden, QStringLiteral("web-1"), CloneRequest::Kind::Linked, {}, false}));
        QCOMPARE(r.why.kind, Failure::Kind::InvalidInput);
        QVERIFY(r.error.contains(QStringLiteral("already")));

        // The instances, by metadata; the template cannot become a VM while they exist.
        r = complete(Templates::instances(m_conn.get(), m_golden));
        QCOMPARE(r.value.value<QList<InstanceInfo>>().size(), 4);
        r = complete(Templates::unmake(m_conn.get(), m_golden));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("web-1 (shut off)")), qPrintable(r.error));
        r = complete(Lifecycle::remove(m_conn.get(), m_golden, {}));
        QVERIFY(!r.ok);
        QVERIFY2(
            r.error.contains(QStringLiteral("template of linked instances: web-1, web-2, web-3")),
            qPrintable(r.error));
        QVERIFY(!domainXmlOf(m_check, QStringLiteral("golden")).isEmpty());
        QVERIFY(!actionAvailability(DomainAction::Start, *m_conn->domain(m_golden), false).enabled);
    }
};

QTEST_GUILESS_MAIN(TstTemplates)
#include "tst_templates.moc"
