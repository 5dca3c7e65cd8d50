// The hardware Vireo picks per OS and host, and what creation sets up around a VM, on libvirt's
// test driver.

#include "create/OsDatabase.h"
#include "create/VmCreator.h"
#include "support/LibraryWait.h"

#include "core/LibvirtError.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Vireo;
using Vireo::Test::finish;

class TstVmCreator : public QObject
{
    Q_OBJECT

    OsDatabase m_db;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_db.load()); }

    void windows11GetsUefiSecureBootTpmAndNoVirtio()
    {
        const auto win11 = m_db.byShortId(QStringLiteral("win11"));
        QVERIFY(win11);
        const VmSpec s = recommendedSpec(&*win11, HostCapacity{8, 16384, true}, true);
        QCOMPARE(s.firmware, Firmware::UefiSecureBoot);
        QVERIFY(s.tpm);
        QVERIFY(!s.virtioDevices);
        QVERIFY(!s.guestAgent);
        QVERIFY(s.localtimeClock);
        QCOMPARE(s.nics.size(), 1);
        QCOMPARE(s.nics[0].model, QStringLiteral("e1000e"));
        QCOMPARE(s.nics[0].kind, VmNic::Kind::Network);
        QVERIFY(s.memoryMiB >= win11->minimumMemoryMiB);
        QVERIFY(!s.emulated);
        QVERIFY(recommendedDiskGiB(&*win11) >= 50);
    }

    void linuxGetsBiosVirtioAndUserNetworkingOnASession()
    {
        const auto debian = m_db.byShortId(QStringLiteral("debian11"));
        QVERIFY(debian);
        const VmSpec s = recommendedSpec(&*debian, HostCapacity{2, 4096, false}, false);
        QCOMPARE(s.firmware, Firmware::Bios);
        QVERIFY(!s.tpm);
        QVERIFY(s.virtioDevices);
        QVERIFY(s.guestAgent); // qemu-ga: addresses, clean shutdown, quiesced snapshots
        QCOMPARE(s.nics[0].kind, VmNic::Kind::User);
        QCOMPARE(s.nics[0].model, QStringLiteral("virtio"));
        QVERIFY(s.emulated); // no usable KVM: software emulation
        QVERIFY(s.vcpus <= 2);
        QVERIFY(s.memoryMiB <= 2048); // at most half the host
        QCOMPARE(s.osId, debian->id);
        // Sound through the console and the client's USB devices, as virt-manager gives.
        QCOMPARE(s.machine, QStringLiteral("q35"));
        QCOMPARE(s.sound, QStringLiteral("ich9"));
        QCOMPARE(s.usbRedirChannels, 2);
        // Folders shared through the console without a restart first, as GNOME Boxes gives.
        QVERIFY(s.webdavChannel);
        QCOMPARE(soundModelFor(QStringLiteral("pc")), QStringLiteral("ich6"));
        VmSpec arm = s;
        makeArm(arm);
        QVERIFY(arm.sound.isEmpty());
    }

    void requestsAreCheckedAgainstTheHost()
    {
        const HostCapacity host{2, 4096, false};
        CreateRequest r;
        r.spec.name = QStringLiteral("ok");
        r.spec.memoryMiB = 1024;
        r.spec.vcpus = 2;
        QVERIFY(validateCreateRequest(r, host).isEmpty());
        r.spec.vcpus = 3;
        QVERIFY(validateCreateRequest(r, host).contains(QStringLiteral("more than this host")));
        r.spec.vcpus = 1;
        r.spec.memoryMiB = 8192;
        QVERIFY(validateCreateRequest(r, host).contains(QStringLiteral("more than this host")));
        r.spec.memoryMiB = 0;
        QVERIFY(validateCreateRequest(r, host).contains(QStringLiteral("memory")));
        r.spec.memoryMiB = 512;
        r.spec.name = QStringLiteral("bad/name");
        QVERIFY(validateCreateRequest(r, host).contains(QStringLiteral("'/'")));
    }

    void missingDefaultNetworkIsCreatedAndStarted()
    {
        Connection c(QStringLiteral("test:///default"));
        c.open();
        QTRY_COMPARE(c.state(), Connection::State::Connected);
        // Take the test driver's own "default" network away first.
        Operation *drop = c.runJob(QStringLiteral("drop"), [](virConnectPtr conn, Operation *) {
            if (virNetworkPtr n = virNetworkLookupByName(conn, "default")) {
                virNetworkDestroy(n);
                virNetworkUndefine(n);
                virNetworkFree(n);
            }
            virResetLastError();
            return OpResult::success();
        });
        QVERIFY(finish(drop).first);

        CreateRequest r;
        r.spec.name = QStringLiteral("nat-vm");
        VmNic nic;
        nic.kind = VmNic::Kind::Network;
        nic.source = QStringLiteral("default");
        r.spec.nics = {nic};
        r.start = false;
        const auto [ok, error] = finish(Creation::create(&c, r));
        QVERIFY2(ok, qPrintable(error));
        Operation *check = c.runJob(QStringLiteral("check"), [](virConnectPtr conn, Operation *) {
            virNetworkPtr n = virNetworkLookupByName(conn, "default");
            const bool active = n && virNetworkIsActive(n) == 1;
            if (n)
                virNetworkFree(n);
            return active ? OpResult::success()
                          : OpResult::failure(QStringLiteral("no active default network"));
        });
        const auto [active, why] = finish(check);
        QVERIFY2(active, qPrintable(why));
        QTRY_VERIFY(c.domainByName(QStringLiteral("nat-vm")).has_value());
    }

    void unknownNetworkIsRefused()
    {
        Connection c(QStringLiteral("test:///default"));
        c.open();
        QTRY_COMPARE(c.state(), Connection::State::Connected);
        CreateRequest r;
        r.spec.name = QStringLiteral("lost-vm");
        VmNic nic;
        nic.kind = VmNic::Kind::Network;
        nic.source = QStringLiteral("no-such-net");
        r.spec.nics = {nic};
        const auto [ok, error] = finish(Creation::create(&c, r));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("no network called 'no-such-net'")),
                 qPrintable(error));
        // Nothing was defined: asked of libvirt itself, not of the cache.
        const auto [defined, why]
            = finish(c.runJob(QStringLiteral("look"), [](virConnectPtr conn, Operation *) {
                  virDomainPtr dom = virDomainLookupByName(conn, "lost-vm");
                  if (dom)
                      virDomainFree(dom);
                  virResetLastError();
                  return dom ? OpResult::success() : OpResult::failure(QStringLiteral("absent"));
              }));
        QVERIFY2(!defined, "lost-vm was defined although its creation failed");
        QCOMPARE(why, QStringLiteral("absent"));
    }

    void aCopiedDiskGoesWhenDefiningFails()
    {
        // A pool in a folder of the test's own, and a disk image to copy into it.
        QTemporaryDir poolDir;
        QTemporaryDir sourceDir;
        QVERIFY(poolDir.isValid() && sourceDir.isValid());
        const QString image = sourceDir.filePath(QStringLiteral("source.img"));
        {
            QFile f(image);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(64 * 1024, 'x'));
        }
        Connection c(QStringLiteral("test:///default"));
        c.open();
        QTRY_COMPARE(c.state(), Connection::State::Connected);
        const QByteArray poolXml = QStringLiteral("<pool type='dir'><name>copies</name><target>"
                                                  "<path>%1</path></target></pool>")
                                       .arg(poolDir.path())
                                       .toUtf8();
        const auto [made, problem]
            = finish(c.runJob(QStringLiteral("pool"), [poolXml](virConnectPtr conn, Operation *) {
                  virStoragePoolPtr p = virStoragePoolDefineXML(conn, poolXml.constData(), 0);
                  const bool ok = p && virStoragePoolCreate(p, 0) == 0;
                  if (p)
                      virStoragePoolFree(p);
                  return ok ? OpResult::success()
                            : OpResult::failure(takeLibvirtError(QStringLiteral("no pool")));
              }));
        QVERIFY2(made, qPrintable(problem));

        CreateRequest r;
        r.spec.name = QStringLiteral("copy-vm");
        r.spec.vcpus = 0; // libvirt refuses to define a machine without a vCPU
        VmDisk disk;
        disk.path = image;
        disk.format = QStringLiteral("raw");
        r.spec.disks = {disk};
        r.spec.nics.clear();
        r.copyDiskFrom = image;
        r.pool = QStringLiteral("copies");
        r.newDiskGiB = 0;
        r.start = false;
        const auto [ok, error] = finish(Creation::create(&c, r));
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("Could not define 'copy-vm'")), qPrintable(error));
        // All or nothing: the copy in the pool is gone, the source is untouched.
        QCOMPARE(QDir(poolDir.path()).entryList(QDir::Files), QStringList());
        QVERIFY(QFile::exists(image));
    }
};

QTEST_GUILESS_MAIN(TstVmCreator)
#include "tst_vmcreator.moc"
