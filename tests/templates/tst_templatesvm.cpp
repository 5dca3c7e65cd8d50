// Templates, linked instances and full clones on the real daemon with the test guest: a golden
// guest whose disk holds 8 MiB of a pattern is made a template; 10 linked instances are made at
// once and started two at a time: each reads the template's pattern through its overlay, writes
// its own marker and reads back only its own; the template's disk is byte for byte what it was,
// and each overlay takes a small part of it. A full clone boots with a new UUID and MAC and the
// template's data, and what it writes stays its own. A template is not started, not turned back
// into a VM and not deleted while linked instances exist.
#include "core/Connection.h"
#include "domains/ActionRules.h"
#include "domains/DomainLifecycle.h"
#include "storage/Volumes.h"
#include "support/GuestControl.h"
#include "support/LibraryWait.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "templates/Disposable.h"
#include "templates/Templates.h"
#include "xml/DomainDocument.h"
#include "xml/DomainXml.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result().toHex() : QByteArray();
}

/// What the guest reads at `sector` of its disk: the first line there.
QString readSector(GuestControl &shell, int sector)
{
    return shell
        .run(QStringLiteral("dd if=/dev/vda bs=512 skip=%1 count=1 2>/dev/null | head -n 1")
                 .arg(sector))
        .trimmed();
}

ProcessRun vireo(const QStringList &args)
{
    return runProcess(QStringLiteral(VIREO_BINARY),
                      QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")} + args);
}

quint64 allocationOf(const QString &path)
{
    virStorageVolPtr vol
        = virStorageVolLookupByPath(TestGuest::helperConnection(), path.toUtf8().constData());
    const VolumeInfo v = vol ? readVolume(vol, {}) : VolumeInfo{};
    if (vol)
        virStorageVolFree(vol);
    return v.allocation;
}

QString diskOf(const QString &name)
{
    virDomainPtr dom
        = virDomainLookupByName(TestGuest::helperConnection(), name.toUtf8().constData());
    char *xml = dom ? virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE) : nullptr;
    DomainDocument doc;
    doc.read(QString::fromUtf8(xml ? xml : ""));
    free(xml);
    if (dom)
        virDomainFree(dom);
    return doc.disks().isEmpty() ? QString() : doc.disks().first().source;
}

} // namespace

class TstTemplatesVm : public QObject
{
    Q_OBJECT
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_golden;
    std::vector<std::unique_ptr<TestGuest>> m_instances;
    std::unique_ptr<TestGuest> m_fromSnapshot;
    QByteArray m_baseSum;

private Q_SLOTS:
    void initTestCase()
    {
        for (int n = 1; n <= 10; ++n)
            TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-inst-%1").arg(n));
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-full"));
        TestGuest::removeDomainAndVolumes(QStringLiteral("vireo-from-snap"));
        m_conn = std::make_unique<Connection>(QStringLiteral("qemu:///system"));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 15000);
        m_golden = std::make_unique<TestGuest>(QStringLiteral("vireo-golden"),
                                               GuestOptions{.withDisk = true});
        QVERIFY2(m_golden->define(), qPrintable(m_golden->error()));
        // 8 MiB of a pattern from 1 MiB on: what every instance must read from the template.
        const ProcessRun w
            = runProcess(QStringLiteral("qemu-io"),
                         {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                          QStringLiteral("write -P 0x5a 1M 8M"), m_golden->diskPath()});
        QVERIFY2(w.code == 0, qPrintable(w.err));
    }

    void cleanupTestCase()
    {
        m_instances.clear();
        m_fromSnapshot.reset();
        m_golden.reset();
    }

    void linkedInstancesKeepTheirOwnData()
    {
        Outcome r = complete(Templates::make(m_conn.get(), m_golden->uuid()));
        QVERIFY2(r.ok, qPrintable(r.error));
        m_baseSum = sha256(m_golden->diskPath());
        QVERIFY(!m_baseSum.isEmpty());
        // A template is not started: the rule says why.
        QTRY_VERIFY(m_conn->domain(m_golden->uuid())
                    && m_conn->domain(m_golden->uuid())->isTemplate);
        const ActionAvailability start
            = actionAvailability(DomainAction::Start, *m_conn->domain(m_golden->uuid()), false);
        QVERIFY(!start.enabled && start.reason.contains(QStringLiteral("template")));

        r = complete(Templates::newInstances(m_conn.get(), m_golden->uuid(), 10,
                                             QStringLiteral("vireo-inst-{n}"),
                                             CloneRequest::Kind::Linked, false),
                     120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList names = r.value.toStringList();
        QCOMPARE(names.size(), 10);
        for (const QString &name : names) {
            m_instances.push_back(TestGuest::adopt(name, *m_golden));
            QVERIFY(m_instances.back());
        }
        // Two at a time: each sees the template's data and keeps its own marker.
        for (size_t i = 0; i < m_instances.size(); i += 2) {
            for (size_t j = i; j < i + 2; ++j)
                QVERIFY2(m_instances[j]->start(), qPrintable(m_instances[j]->error()));
            for (size_t j = i; j < i + 2; ++j) {
                TestGuest &g = *m_instances[j];
                GuestControl shell(g.controlSocketPath());
                QVERIFY(shell.connectToGuest(20000));
                const QString pattern = shell.run(QStringLiteral(
                    "dd if=/dev/vda bs=1M skip=4 count=1 2>/dev/null | od -An -tx1 | head -n 1"));
                QVERIFY2(pattern.simplified().startsWith(QStringLiteral("5a 5a 5a")),
                         qPrintable(pattern));
                shell.run(QStringLiteral("echo OWN-%1 | dd of=/dev/vda bs=512 seek=64 count=1 "
                                         "conv=sync,fsync 2>/dev/null")
                              .arg(g.name()));
                QCOMPARE(readSector(shell, 64), QStringLiteral("OWN-") + g.name());
            }
            for (size_t j = i; j < i + 2; ++j) {
                virDomainPtr dom = virDomainLookupByName(
                    TestGuest::helperConnection(), m_instances[j]->name().toUtf8().constData());
                virDomainDestroy(dom);
                virDomainFree(dom);
            }
        }
        // The template's disk never changed; each overlay holds only its own writes.
        QCOMPARE(sha256(m_golden->diskPath()), m_baseSum);
        const quint64 base = allocationOf(m_golden->diskPath());
        QVERIFY(base >= 8u << 20);
        for (const auto &g : m_instances) {
            const quint64 overlay = allocationOf(diskOf(g->name()));
            QVERIFY2(
                overlay > 0 && overlay * 4 < base,
                qPrintable(QStringLiteral("%1: %2 of %3").arg(g->name()).arg(overlay).arg(base)));
        }
    }

    void fullCloneIsIndependent()
    {
        Outcome r
            = complete(Templates::clone(m_conn.get(), CloneRequest{m_golden->uuid(),
                                                                   QStringLiteral("vireo-full"),
                                                                   CloneRequest::Kind::Full,
                                                                   {},
                                                                   false}),
                       120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.value.toString() != m_golden->uuid());
        m_instances.push_back(TestGuest::adopt(QStringLiteral("vireo-full"), *m_golden));
        TestGuest &full = *m_instances.back();
        QVERIFY(full.uuid() != m_golden->uuid());
        QVERIFY(allocationOf(diskOf(full.name())) >= 8u << 20); // a copy, not an overlay
        QVERIFY2(full.start(), qPrintable(full.error()));
        GuestControl shell(full.controlSocketPath());
        QVERIFY(shell.connectToGuest(20000));
        QVERIFY(shell
                    .run(QStringLiteral("dd if=/dev/vda bs=1M skip=4 count=1 2>/dev/null | od "
                                        "-An -tx1 | head -n 1"))
                    .simplified()
                    .startsWith(QStringLiteral("5a 5a 5a")));
        shell.run(QStringLiteral("echo FULL | dd of=/dev/vda bs=1M seek=4 count=1 conv=sync,fsync "
                                 "2>/dev/null"));
        QCOMPARE(readSector(shell, 8192), QStringLiteral("FULL"));
        virDomainPtr dom = virDomainLookupByName(TestGuest::helperConnection(), "vireo-full");
        virDomainDestroy(dom);
        virDomainFree(dom);
        QCOMPARE(sha256(m_golden->diskPath()), m_baseSum);
    }

    // A template from a snapshot of the full clone, taken while the clone runs and writes: the
    // template holds the disk as it was at the snapshot, the clone goes on untouched.
    void templateFromSnapshotLeavesTheVmAlone()
    {
        const ProcessRun snap = runProcess(QStringLiteral("virsh"),
                                           {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                                            QStringLiteral("snapshot-create-as"),
                                            QStringLiteral("vireo-full"), QStringLiteral("clean")});
        QVERIFY2(snap.code == 0, qPrintable(snap.err));
        TestGuest *full = m_instances.back().get();
        QVERIFY2(full->start(), qPrintable(full->error()));
        GuestControl shell(full->controlSocketPath());
        QVERIFY(shell.connectToGuest(20000));
        shell.run(QStringLiteral("echo LATER | dd of=/dev/vda bs=1M seek=4 count=1 conv=sync,fsync "
                                 "2>/dev/null"));
        Outcome r
            = complete(Templates::fromSnapshot(m_conn.get(), full->uuid(), QStringLiteral("clean"),
                                               QStringLiteral("vireo-from-snap")),
                       120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        m_fromSnapshot = TestGuest::adopt(QStringLiteral("vireo-from-snap"), *m_golden);
        QVERIFY(m_fromSnapshot);
        QTRY_VERIFY(m_conn->domainByName(QStringLiteral("vireo-from-snap"))
                    && m_conn->domainByName(QStringLiteral("vireo-from-snap"))->isTemplate);
        QCOMPARE(m_conn->domainByName(QStringLiteral("vireo-from-snap"))->templateOrigin,
                 QStringLiteral("vireo-full, snapshot 'clean'"));
        QCOMPARE(m_conn->domain(full->uuid())->state, DomainState::Running);
        QCOMPARE(readSector(shell, 8192), QStringLiteral("LATER"));
        const auto readAt4M = [](const QString &image) {
            return runProcess(QStringLiteral("qemu-io"),
                              {QStringLiteral("-r"), QStringLiteral("-U"), QStringLiteral("-f"),
                               QStringLiteral("qcow2"), QStringLiteral("-c"),
                               QStringLiteral("read -v 4M 16"), image})
                .out;
        };
        const QString fromSnap = diskOf(QStringLiteral("vireo-from-snap"));
        QVERIFY(fromSnap != diskOf(QStringLiteral("vireo-full")));
        QVERIFY2(readAt4M(fromSnap).contains(QStringLiteral("FULL")),
                 qPrintable(readAt4M(fromSnap)));
        virDomainPtr dom = virDomainLookupByName(TestGuest::helperConnection(), "vireo-full");
        virDomainDestroy(dom);
        virDomainFree(dom);
        // An unknown snapshot: refused, nothing made.
        r = complete(Templates::fromSnapshot(m_conn.get(), full->uuid(), QStringLiteral("nope"),
                                             QStringLiteral("vireo-from-nope")));
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("nope")));
        QVERIFY(!m_conn->domainByName(QStringLiteral("vireo-from-nope")));
        QCOMPARE(vireo({QStringLiteral("template"), QStringLiteral("from-snapshot"),
                        QStringLiteral("vireo-full"), QStringLiteral("clean")})
                     .code,
                 2); // no name for the template
        QCOMPARE(vireo({QStringLiteral("template"), QStringLiteral("from-snapshot"),
                        QStringLiteral("vireo-full"), QStringLiteral("nope"),
                        QStringLiteral("vireo-from-nope")})
                     .code,
                 2);
        QVERIFY(!m_conn->domainByName(QStringLiteral("vireo-from-nope")));
    }

    // The terminal's commands once each; bad input exits 2 with nothing made.
    void terminalCommands()
    {
        ProcessRun r
            = vireo({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        bool listed = false;
        for (const QJsonValue &t : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (t[QStringLiteral("name")].toString() == m_golden->name())
                listed = t[QStringLiteral("instances")].toInt() == int(m_instances.size());
        QVERIFY2(listed, qPrintable(r.out));
        for (const QStringList &bad :
             {QStringList{QStringLiteral("clone"), m_golden->name(),
                          QStringLiteral("vireo-inst-1")},
              QStringList{QStringLiteral("clone"), m_golden->name(), QStringLiteral("bad/name")},
              QStringList{QStringLiteral("template"), QStringLiteral("new"), m_golden->name(),
                          QStringLiteral("--count"), QStringLiteral("0")},
              QStringList{QStringLiteral("template"), QStringLiteral("unmake"), m_golden->name()},
              QStringList{QStringLiteral("template"), QStringLiteral("frobnicate")}}) {
            r = vireo(bad);
            QVERIFY2(r.code == 2, qPrintable(bad.join(' ') + QStringLiteral(" -> ") + r.err));
        }
        r = vireo({QStringLiteral("template"), QStringLiteral("new"), m_golden->name(),
                   QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--pattern"),
                   QStringLiteral("vireo-cli-{n}")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("vireo-cli-1, vireo-cli-2")));
        r = vireo({QStringLiteral("clone"), QStringLiteral("vireo-inst-1"),
                   QStringLiteral("vireo-cli-copy")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *name : {"vireo-cli-1", "vireo-cli-2", "vireo-cli-copy"}) {
            m_instances.push_back(TestGuest::adopt(QLatin1String(name), *m_golden));
            QVERIFY(m_instances.back());
        }
        r = vireo({QStringLiteral("template"), QStringLiteral("instances"), m_golden->name(),
                   QStringLiteral("--json")});
        // The copy of an instance is no instance of the template: 11 + 2.
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 13);
    }

    // Lineage is in each instance's definition: a new connection (a restarted Vireo) reads it;
    // removed with virsh, it is found again from the backing chain and written back.
    void lineageSurvivesRestartAndIsRebuilt()
    {
        Connection restarted(QStringLiteral("qemu:///system"));
        restarted.open();
        QTRY_COMPARE_WITH_TIMEOUT(restarted.state(), Connection::State::Connected, 15000);
        std::optional<DomainInfo> inst = restarted.domainByName(QStringLiteral("vireo-inst-2"));
        QVERIFY(inst);
        QCOMPARE(inst->templateUuid, m_golden->uuid());
        QCOMPARE(inst->instanceKind, QStringLiteral("linked"));
        const ProcessRun removed = runProcess(
            QStringLiteral("virsh"),
            {QStringLiteral("-c"), QStringLiteral("qemu:///system"), QStringLiteral("metadata"),
             QStringLiteral("vireo-inst-2"), lineageMetadataNamespace(), QStringLiteral("--config"),
             QStringLiteral("--remove")});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QTRY_VERIFY(restarted.domainByName(QStringLiteral("vireo-inst-2"))->templateUuid.isEmpty());
        const Outcome r = complete(Templates::instances(&restarted, m_golden->uuid()));
        QVERIFY2(r.ok, qPrintable(r.error));
        bool foundByChain = false;
        for (const InstanceInfo &i : r.value.value<QList<InstanceInfo>>())
            if (i.vm.name == QLatin1String("vireo-inst-2"))
                foundByChain = i.fromBackingChain && i.kind == QLatin1String("linked");
        QVERIFY(foundByChain);
        QTRY_COMPARE(restarted.domainByName(QStringLiteral("vireo-inst-2"))->templateUuid,
                     m_golden->uuid());
    }

    // A disposable run boots on an overlay of the template, writes, shuts down: nothing is left
    // defined, its overlay is gone and the template's disk is what it was.
    void disposableRunLeavesNothing()
    {
        DisposableKeeper keeper(m_conn.get());
        Outcome r = complete(Disposables::run(m_conn.get(), m_golden->uuid()), 60000);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString uuid = r.value.toString();
        QTRY_VERIFY(m_conn->domain(uuid) && m_conn->domain(uuid)->state == DomainState::Running);
        const DomainInfo run = *m_conn->domain(uuid);
        QCOMPARE(run.name, m_golden->name() + QStringLiteral("-disposable-1"));
        QVERIFY(run.disposable);
        QCOMPARE(run.disposableOwner, Disposables::thisOwner());
        QVERIFY(keeper.ourRuns().contains(run.name));
        const QString overlay = diskOf(run.name);
        QVERIFY2(overlay.contains(QStringLiteral("vireo-disposable-") + uuid), qPrintable(overlay));
        QVERIFY(QFile::exists(overlay));
        {
            GuestControl shell(m_golden->controlSocketPath());
            QVERIFY(shell.connectToGuest(60000));
            QVERIFY(shell
                        .run(QStringLiteral("dd if=/dev/vda bs=1M skip=4 count=1 2>/dev/null | "
                                            "od -An -tx1 | head -n 1"))
                        .simplified()
                        .startsWith(QStringLiteral("5a 5a 5a")));
            shell.run(QStringLiteral("echo GONE-SOON | dd of=/dev/vda bs=512 seek=128 count=1 "
                                     "conv=sync,fsync 2>/dev/null"));
            QCOMPARE(readSector(shell, 128), QStringLiteral("GONE-SOON"));
        }
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       uuid.toLatin1().constData());
        QVERIFY(dom);
        QCOMPARE(virDomainShutdown(dom), 0);
        virDomainFree(dom);
        QTRY_VERIFY_WITH_TIMEOUT(!m_conn->domain(uuid), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(overlay), 15000);
        dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                          uuid.toLatin1().constData());
        QVERIFY(!dom);
        QCOMPARE(sha256(m_golden->diskPath()), m_baseSum);
    }

    // The terminal's run: SIGTERM (Ctrl+C alike) stops and removes it; a killed one is removed
    // by the next Vireo that connects.
    void disposableRunFromTheTerminal()
    {
        QCOMPARE(vireo({QStringLiteral("run"), m_golden->name()}).code, 2); // --disposable missing
        QCOMPARE(vireo({QStringLiteral("run"), QStringLiteral("--disposable"),
                        QStringLiteral("vireo-inst-3")})
                     .code,
                 2); // no template
        for (const bool killed : {false, true}) {
            const QString name
                = killed ? QStringLiteral("vireo-disp-killed") : QStringLiteral("vireo-disp-term");
            QProcess cli;
            cli.start(QStringLiteral(VIREO_BINARY),
                      {QStringLiteral("-c"), QStringLiteral("qemu:///system"),
                       QStringLiteral("run"), QStringLiteral("--disposable"), m_golden->name(),
                       QStringLiteral("--name"), name});
            QByteArray out; // QTRY_ evaluates once more at the end: what was read is kept
            QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains(" runs "),
                                     60000);
            QVERIFY2(out.contains(name.toUtf8()), out.constData());
            QTRY_VERIFY(m_conn->domainByName(name)
                        && m_conn->domainByName(name)->state == DomainState::Running);
            const QString uuid = m_conn->domainByName(name)->uuid;
            const QString overlay = diskOf(name);
            QVERIFY(QFile::exists(overlay));
            if (killed) {
                cli.kill();
                QVERIFY(cli.waitForFinished(10000));
                QVERIFY(m_conn->domainByName(name)); // its owner is gone; it still runs
                Connection restarted(QStringLiteral("qemu:///system"));
                DisposableKeeper keeper(&restarted);
                restarted.open();
                QTRY_VERIFY_WITH_TIMEOUT(!m_conn->domain(uuid), 30000);
            } else {
                cli.terminate();
                QVERIFY(cli.waitForFinished(30000));
                QCOMPARE(cli.exitCode(), 0);
                QVERIFY2(cli.readAllStandardOutput().contains("stopped and removed"),
                         qPrintable(cli.readAllStandardError()));
                QTRY_VERIFY(!m_conn->domain(uuid));
            }
            QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(overlay), 15000);
        }
        QCOMPARE(sha256(m_golden->diskPath()), m_baseSum);
    }

    void templateRulesWhileInstancesExist()
    {
        Outcome r = complete(Templates::unmake(m_conn.get(), m_golden->uuid()));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("vireo-inst-1 (shut off)")), qPrintable(r.error));
        r = complete(Templates::beginEdit(m_conn.get(), m_golden->uuid(), false));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("base of linked instances")), qPrintable(r.error));
        r = complete(Lifecycle::remove(m_conn.get(), m_golden->uuid(), {}));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("template of linked instances")),
                 qPrintable(r.error));
        r = complete(Templates::instances(m_conn.get(), m_golden->uuid()));
        QCOMPARE(r.value.value<QList<InstanceInfo>>().size(), 13);
        // One instance flattened through the terminal: no backing file, its data intact.
        ProcessRun f = vireo({QStringLiteral("flatten"), QStringLiteral("vireo-inst-1")});
        QVERIFY2(f.code == 0, qPrintable(f.err));
        const QString disk = diskOf(QStringLiteral("vireo-inst-1"));
        const ProcessRun info
            = runProcess(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"),
                                                      QStringLiteral("--output=json"), disk});
        QVERIFY2(info.code == 0 && !info.out.contains(QStringLiteral("backing-filename")),
                 qPrintable(info.out));
        TestGuest *first = nullptr;
        for (const auto &g : m_instances)
            if (g->name() == QLatin1String("vireo-inst-1"))
                first = g.get();
        QVERIFY(first);
        QVERIFY2(first->start(), qPrintable(first->error()));
        {
            GuestControl shell(first->controlSocketPath());
            QVERIFY(shell.connectToGuest(20000));
            QVERIFY(shell
                        .run(QStringLiteral("dd if=/dev/vda bs=1M skip=4 count=1 2>/dev/null | "
                                            "od -An -tx1 | head -n 1"))
                        .simplified()
                        .startsWith(QStringLiteral("5a 5a 5a")));
            QCOMPARE(readSector(shell, 64), QStringLiteral("OWN-vireo-inst-1"));
        }
        virDomainPtr dom = virDomainLookupByName(TestGuest::helperConnection(), "vireo-inst-1");
        virDomainDestroy(dom);
        virDomainFree(dom);

        // Another flattened while it runs: QEMU pulls the template's data in (progress by
        // percent); afterwards its disk has no backing file and it reads the same.
        TestGuest *second = nullptr;
        for (const auto &g : m_instances)
            if (g->name() == QLatin1String("vireo-inst-2"))
                second = g.get();
        QVERIFY(second);
        QVERIFY2(second->start(), qPrintable(second->error()));
        GuestControl shell(second->controlSocketPath());
        QVERIFY(shell.connectToGuest(20000));
        Operation *pull = Templates::flatten(m_conn.get(), second->uuid());
        QList<int> percents;
        connect(pull, &Operation::progress, this, [&](int p) { percents << p; });
        r = complete(pull, 120000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!percents.isEmpty());
        const ProcessRun pulled = runProcess(
            QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"),
                                         QStringLiteral("--output=json"), diskOf(second->name())});
        QVERIFY2(pulled.code == 0 && !pulled.out.contains(QStringLiteral("backing-filename")),
                 qPrintable(pulled.out));
        QVERIFY(shell
                    .run(QStringLiteral("dd if=/dev/vda bs=1M skip=4 count=1 2>/dev/null | "
                                        "od -An -tx1 | head -n 1"))
                    .simplified()
                    .startsWith(QStringLiteral("5a 5a 5a")));
        QCOMPARE(readSector(shell, 64), QStringLiteral("OWN-vireo-inst-2"));
        QTRY_COMPARE(m_conn->domain(second->uuid())->instanceKind, QStringLiteral("full"));
        dom = virDomainLookupByName(TestGuest::helperConnection(), "vireo-inst-2");
        virDomainDestroy(dom);
        virDomainFree(dom);

        // The linked ones gone, the template may go, or become a VM again.
        std::erase_if(m_instances,
                      [&](const auto &g) { return g.get() != first && g.get() != second; });
        r = complete(Templates::instances(m_conn.get(), m_golden->uuid()));
        const auto left = r.value.value<QList<InstanceInfo>>();
        QCOMPARE(left.size(), 2);
        for (const InstanceInfo &i : left)
            QCOMPARE(i.kind, QStringLiteral("full"));
    }

    // No linked instance left: the template is edited through a writable instance, and what
    // changed there is saved into its disk. Then it becomes a VM again and goes.
    void editTemplateThenRemoveIt()
    {
        Outcome r = complete(Templates::beginEdit(m_conn.get(), m_golden->uuid(), true), 60000);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString editUuid = r.value.toString();
        QTRY_VERIFY(m_conn->domain(editUuid)
                    && m_conn->domain(editUuid)->state == DomainState::Running);
        QCOMPARE(m_conn->domain(editUuid)->name, m_golden->name() + QStringLiteral("-edit"));
        {
            GuestControl shell(m_golden->controlSocketPath());
            QVERIFY(shell.connectToGuest(60000));
            shell.run(QStringLiteral("echo EDITED | dd of=/dev/vda bs=512 seek=256 count=1 "
                                     "conv=sync,fsync 2>/dev/null"));
            QCOMPARE(readSector(shell, 256), QStringLiteral("EDITED"));
        }
        // While the edit is open, no instance stands on the template.
        r = complete(Templates::newInstances(m_conn.get(), m_golden->uuid(), 1,
                                             QStringLiteral("vireo-during-edit"),
                                             CloneRequest::Kind::Linked, false));
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("being edited")));
        r = complete(Templates::endEdit(m_conn.get(), m_golden->uuid(), true));
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("Shut"))); // it still runs
        virDomainPtr dom = virDomainLookupByUUIDString(TestGuest::helperConnection(),
                                                       editUuid.toLatin1().constData());
        virDomainDestroy(dom);
        virDomainFree(dom);
        r = complete(Templates::endEdit(m_conn.get(), m_golden->uuid(), true), 60000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY(!m_conn->domain(editUuid));
        const QString atSector256
            = runProcess(QStringLiteral("qemu-io"),
                         {QStringLiteral("-r"), QStringLiteral("-U"), QStringLiteral("-f"),
                          QStringLiteral("qcow2"), QStringLiteral("-c"),
                          QStringLiteral("read -v 128K 16"), m_golden->diskPath()})
                  .out;
        QVERIFY2(atSector256.contains(QStringLiteral("EDITED")), qPrintable(atSector256));
        // The saved edit is the base now; a write behind Vireo's back is noticed, and no instance
        // is made on the changed base.
        QVERIFY(complete(Templates::lineage(m_conn.get(), m_golden->uuid()))
                    .value.value<LineageTree>()
                    .baseChanges.isEmpty());
        const ProcessRun behind
            = runProcess(QStringLiteral("qemu-io"),
                         {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                          QStringLiteral("write -P 0x11 2M 1M"), m_golden->diskPath()});
        QVERIFY2(behind.code == 0, qPrintable(behind.err + behind.out));
        const LineageTree changed = complete(Templates::lineage(m_conn.get(), m_golden->uuid()))
                                        .value.value<LineageTree>();
        QVERIFY2(changed.baseChanges.contains(QStringLiteral("vda")),
                 qPrintable(changed.baseChanges));
        r = complete(Templates::newInstances(m_conn.get(), m_golden->uuid(), 1,
                                             QStringLiteral("vireo-on-changed"),
                                             CloneRequest::Kind::Linked, false));
        QVERIFY(!r.ok && r.error.contains(QStringLiteral("written to")));
        QVERIFY(!m_conn->domainByName(QStringLiteral("vireo-on-changed")));

        r = complete(Templates::unmake(m_conn.get(), m_golden->uuid()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY(!m_conn->domain(m_golden->uuid())->isTemplate);
        r = complete(Lifecycle::remove(m_conn.get(), m_golden->uuid(), {}));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TstTemplatesVm)
#include "tst_templatesvm.moc"
