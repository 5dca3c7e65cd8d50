// The checks before a migration, on two libvirt test-driver hosts: one that can take the VM (its
// disk at the same path, its network running) and one that cannot (no such disk, pool or
// network, a VM of the same name): each check says which and why. What libvirt 9.0 refuses
// (snapshots), a display bound to this host's address and a live move of a shut-off VM are
// failures too.
#include "migration/Preflight.h"

#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;

namespace {

const char kVm[]
    = "<domain type='test'><name>mover</name><uuid>11111111-2222-4333-8444-555555555555</uuid>"
      "<memory unit='MiB'>256</memory><vcpu>1</vcpu><os><type>hvm</type></os><devices>"
      "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
      "<source file='/images/mover.qcow2'/><target dev='vda' bus='virtio'/></disk>"
      "<interface type='network'><mac address='52:54:00:00:00:01'/><source network='lan'/>"
      "</interface><graphics type='vnc' port='-1'><listen type='address' address='%1'/>"
      "</graphics></devices></domain>";

QString pool(bool withDisk)
{
    return QStringLiteral("<pool type='dir'><name>images</name><target><path>/images</path>"
                          "</target>%1</pool>")
        .arg(withDisk ? QStringLiteral("<volume><name>mover.qcow2</name><capacity unit='G'>4"
                                       "</capacity><allocation unit='M'>300</allocation>"
                                       "<target><format type='qcow2'/></target></volume>")
                      : QString());
}

QString network()
{
    return QStringLiteral("<network><name>lan</name><bridge name='virbr7'/></network>");
}

MigrationCheck find(const QList<MigrationCheck> &checks, const QString &what)
{
    for (const MigrationCheck &c : checks)
        if (c.what.startsWith(what))
            return c;
    return {QStringLiteral("(missing)"), MigrationCheck::Status::Unknown, {}};
}

} // namespace

class TstMigration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    virConnectPtr m_source = nullptr;
    virConnectPtr m_ready = nullptr; // can take the VM
    virConnectPtr m_bare = nullptr;  // cannot

    virConnectPtr open(const QString &file, const QString &xml)
    {
        QFile f(m_dir.filePath(file));
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        f.write(xml.toUtf8());
        f.close();
        return virConnectOpen(QStringLiteral("test://%1").arg(f.fileName()).toUtf8().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = open(QStringLiteral("source.xml"),
                        QStringLiteral("<node>%1%2%3</node>")
                            .arg(QString::fromLatin1(kVm).arg(QStringLiteral("127.0.0.1")),
                                 pool(true), network()));
        m_ready = open(QStringLiteral("ready.xml"),
                       QStringLiteral("<node>%1%2</node>").arg(pool(true), network()));
        m_bare = open(QStringLiteral("bare.xml"),
                      QStringLiteral("<node>%1</node>")
                          .arg(QStringLiteral("<domain type='test'><name>mover</name><memory "
                                              "unit='MiB'>64</memory><os><type>hvm</type></os>"
                                              "</domain>")));
        QVERIFY(m_source && m_ready && m_bare);
    }

    void cleanupTestCase()
    {
        for (virConnectPtr c : {m_source, m_ready, m_bare})
            if (c)
                virConnectClose(c);
    }

    void aHostThatCanTakeIt()
    {
        virDomainPtr dom = virDomainLookupByName(m_source, "mover");
        QVERIFY(dom);
        const QList<MigrationCheck> checks = Preflight::run(m_source, dom, m_ready, {});
        virDomainFree(dom);
        for (const char *what : {"Name", "Disk vda", "Network of", "Display"})
            QVERIFY2(find(checks, QLatin1String(what)).status == MigrationCheck::Status::Passed,
                     qPrintable(Preflight::describe(checks)));
        QVERIFY(
            find(checks, QStringLiteral("Disk vda")).reason.contains(QStringLiteral("same path")));
        // The test driver names no host UUID: the same-host check has nothing to refuse.
        QCOMPARE(find(checks, QStringLiteral("Another host")).status,
                 MigrationCheck::Status::Passed);
        QVERIFY2(!Preflight::blocks(checks), qPrintable(Preflight::describe(checks)));
    }

    void anEncryptedDiskNeedsItsSecretThere()
    {
        const QByteArray xml
            = "<domain type='test'><name>locked</name><memory unit='MiB'>128</memory><os><type>"
              "hvm</type></os><devices><disk type='file' device='disk'><driver name='qemu' "
              "type='qcow2'/><source file='/images/mover.qcow2'><encryption format='luks'>"
              "<secret type='passphrase' uuid='5a1f0e52-3c3e-4b7a-8d1e-2f4f6a7b8c9d'/>"
              "</encryption></source><target dev='vda' bus='virtio'/></disk></devices></domain>";
        virDomainPtr dom = virDomainDefineXML(m_source, xml.constData());
        QVERIFY(dom);
        const QList<MigrationCheck> checks = Preflight::run(m_source, dom, m_ready, {});
        virDomainUndefine(dom);
        virDomainFree(dom);
        const MigrationCheck c = find(checks, QStringLiteral("Encryption of vda"));
        QCOMPARE(c.status, MigrationCheck::Status::Failed);
        QVERIFY2(c.reason.contains(QStringLiteral("5a1f0e52")), qPrintable(c.reason));
    }

    void aHostThatCannot()
    {
        virDomainPtr dom = virDomainLookupByName(m_source, "mover");
        QList<MigrationCheck> checks = Preflight::run(m_source, dom, m_bare, {});
        const MigrationCheck name = find(checks, QStringLiteral("Name"));
        QCOMPARE(name.status, MigrationCheck::Status::Failed);
        QVERIFY(name.reason.contains(QStringLiteral("'mover'")));
        const MigrationCheck disk = find(checks, QStringLiteral("Disk vda"));
        QCOMPARE(disk.status, MigrationCheck::Status::Failed);
        QVERIFY(disk.reason.contains(QStringLiteral("/images/mover.qcow2")));
        const MigrationCheck net = find(checks, QStringLiteral("Network of"));
        QCOMPARE(net.status, MigrationCheck::Status::Failed);
        QVERIFY(net.reason.contains(QStringLiteral("no network 'lan'")));
        // Copying the disk needs a pool there that holds its folder.
        MigrationPlan copy;
        copy.storage = MigrationPlan::Storage::CopyAll;
        checks = Preflight::run(m_source, dom, m_bare, copy);
        QVERIFY(find(checks, QStringLiteral("Disk vda"))
                    .reason.contains(QStringLiteral("No storage pool on the destination holds "
                                                    "/images")));
        // A shut-off VM is not moved live.
        QCOMPARE(virDomainDestroy(dom), 0);
        checks = Preflight::run(m_source, dom, m_ready, {});
        QCOMPARE(find(checks, QStringLiteral("Live or offline")).status,
                 MigrationCheck::Status::Failed);
        MigrationPlan offline;
        offline.live = false;
        checks = Preflight::run(m_source, dom, m_ready, offline);
        QCOMPARE(find(checks, QStringLiteral("Live or offline")).what, QStringLiteral("(missing)"));
        QCOMPARE(virDomainCreate(dom), 0);
        virDomainFree(dom);
    }

    void whatLibvirtRefusesAndADisplayBoundHere()
    {
        virConnectPtr src = open(QStringLiteral("bound.xml"),
                                 QStringLiteral("<node>%1%2%3</node>")
                                     .arg(QString::fromLatin1(kVm).arg(QStringLiteral("192.0.2.7")),
                                          pool(true), network()));
        QVERIFY(src);
        virDomainPtr dom = virDomainLookupByName(src, "mover");
        virDomainSnapshotPtr snap = virDomainSnapshotCreateXML(
            dom, "<domainsnapshot><name>s1</name></domainsnapshot>", 0);
        QVERIFY(snap);
        virDomainSnapshotFree(snap);
        const QList<MigrationCheck> checks = Preflight::run(src, dom, m_ready, {});
        const MigrationCheck snapshots = find(checks, QStringLiteral("Snapshots"));
        QCOMPARE(snapshots.status, MigrationCheck::Status::Failed);
        QVERIFY(snapshots.reason.contains(QStringLiteral("libvirt 9.0")));
        const MigrationCheck display = find(checks, QStringLiteral("Display"));
        QCOMPARE(display.status, MigrationCheck::Status::Failed);
        QVERIFY(display.reason.contains(QStringLiteral("192.0.2.7")));
        QVERIFY(Preflight::describe(checks).contains(QStringLiteral("FAIL Snapshots")));
        virDomainFree(dom);
        virConnectClose(src);
    }
};

QTEST_GUILESS_MAIN(TstMigration)
#include "tst_migration.moc"
