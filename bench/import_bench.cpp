// Figures for issue 12's new paths, with the real daemon and QEMU:
//
//   bench_import [--runs N]
//
// 1. Converting a 1 GiB VMDK into the pool: Vireo's import (qemu-img info, the checks, the
//    conversion, the definition) against `qemu-img convert` alone on the same file. Target:
//    Vireo's overhead at most 5 %.
// 2. A cloud-image VM from Finish to the guest's READY on its serial port: Vireo (linked copy and
//    a cloud-init seed) against `virt-install --import --cloud-init` on the same image, in one
//    run (virt-install is skipped, with a word, when it is not installed).

#include "BenchGuest.h"
#include "BenchStats.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "create/Import.h"
#include "create/VmCreator.h"
#include "support/LibraryWait.h"
#include "support/TestGuest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <sys/stat.h>

#include <cstdio>

using namespace Vireo;

namespace {

bool run(const QString &program, const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    p.start(program, args);
    const bool ok = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit
                    && p.exitCode() == 0;
    if (!ok)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
    return ok;
}

bool waitForReady(const QString &serial, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            QFile f(serial);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("VIREO-GUEST READY");
        },
        timeoutMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args[i] == QLatin1String("--runs"))
            runs = qMax(1, args[i + 1].toInt());
    if (!Bench::prepareDaemonAndGuest("bench_import"))
        return 1;
    QTemporaryDir dir(QStringLiteral("/var/tmp/vireo-bench-import-XXXXXX"));
    chmod(qPrintable(dir.path()), 0755);
    Connection conn(QStringLiteral("qemu:///system"));
    conn.open();
    if (!QTest::qWaitFor([&] { return conn.state() == Connection::State::Connected; }, 20000)) {
        std::fprintf(stderr, "bench_import: no connection to qemu:///system\n");
        return 1;
    }

    // 1. A 1 GiB VMDK, half of it data.
    const QString raw = dir.filePath(QStringLiteral("data.raw"));
    const QString vmdk = dir.filePath(QStringLiteral("bench-disk.vmdk"));
    if (!run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-f"),
                                          QStringLiteral("raw"), raw, QStringLiteral("1G")})
        || !run(QStringLiteral("dd"), {QStringLiteral("if=/dev/urandom"),
                                       QStringLiteral("of=") + raw, QStringLiteral("bs=1M"),
                                       QStringLiteral("count=512"), QStringLiteral("conv=notrunc")})
        || !run(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"),
                                             QStringLiteral("vmdk"), raw, vmdk}))
        return 1;
    QFile::remove(raw);
    QList<double> alone, vireo;
    for (int r = 0; r < runs; ++r) {
        const QString out = QStringLiteral("/var/lib/libvirt/images/bench-alone.qcow2");
        QFile::remove(out);
        QElapsedTimer t;
        t.start();
        if (!run(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"),
                                              QStringLiteral("qcow2"), vmdk, out}))
            return 1;
        alone << t.nsecsElapsed() / 1e6;
        QFile::remove(out);

        Test::TestGuest::removeDomainAndVolumes(QStringLiteral("bench-import"));
        ImportRequest in;
        in.path = vmdk;
        in.name = QStringLiteral("bench-import");
        in.start = false;
        in.hardware.emulated = true;
        t.restart();
        const auto [ok, error] = Test::finish(Import::importVm(&conn, in), 600000);
        if (!ok) {
            std::fprintf(stderr, "bench_import: the import failed: %s\n", qPrintable(error));
            return 1;
        }
        vireo << t.nsecsElapsed() / 1e6;
        Test::TestGuest::removeDomainAndVolumes(QStringLiteral("bench-import"));
    }
    const double a = Bench::median(alone), v = Bench::median(vireo);
    std::printf("1 GiB VMDK (512 MiB of data) to qcow2 in the pool, median of %d: qemu-img convert "
                "alone %.0f ms; Vireo's import %.0f ms (overhead %+.1f %%, target <= 5 %%)\n",
                runs, a, v, 100.0 * (v - a) / a);
    std::fflush(stdout);

    // 2. A cloud image, Finish to READY.
    const QString image = Test::TestGuest::stagingDir() + QStringLiteral("/vireo-test-cloud.qcow2");
    const QString vireoSerial = dir.filePath(QStringLiteral("vireo-cloud.log"));
    Test::TestGuest::removeDomainAndVolumes(QStringLiteral("bench-cloud-vireo"));
    CreateRequest request;
    request.spec = recommendedSpec(nullptr, HostCapacity{}, true);
    request.spec.name = QStringLiteral("bench-cloud-vireo");
    request.spec.emulated = true;
    request.spec.memoryMiB = 256;
    request.spec.vcpus = 1;
    request.spec.nics.clear();
    request.spec.graphics.type = VmGraphics::Type::Vnc;
    request.spec.serialLogPath = vireoSerial;
    request.newDiskGiB = 0;
    request.linkedFrom = image;
    CloudInitConfig cloud;
    cloud.user = QStringLiteral("bench");
    cloud.password = QStringLiteral("bench");
    cloud.hostname = QStringLiteral("bench-cloud");
    request.cloudInit = cloud;
    QElapsedTimer t;
    t.start();
    const auto [ok, error] = Test::finish(Creation::create(&conn, request), 120000);
    if (!ok || !waitForReady(vireoSerial, 180000)) {
        std::fprintf(stderr, "bench_import: the cloud VM did not come up: %s\n", qPrintable(error));
        return 1;
    }
    const double vireoMs = t.nsecsElapsed() / 1e6;
    Test::TestGuest::removeDomainAndVolumes(QStringLiteral("bench-cloud-vireo"));

    QString other = QStringLiteral("virt-install is not installed (apt install virtinst)");
    if (!QStandardPaths::findExecutable(QStringLiteral("virt-install")).isEmpty()) {
        const QString serial = dir.filePath(QStringLiteral("virt-install-cloud.log"));
        const QString userData = dir.filePath(QStringLiteral("user-data"));
        QFile ud(userData);
        ud.open(QIODevice::WriteOnly);
        ud.write("#cloud-config\nusers:\n  - name: bench\nhostname: bench-cloud\n");
        ud.close();
        Test::TestGuest::removeDomainAndVolumes(QStringLiteral("bench-cloud-vi"));
        t.restart();
        const bool started = run(QStringLiteral("virt-install"),
                                 {QStringLiteral("--connect"),
                                  QStringLiteral("qemu:///system"),
                                  QStringLiteral("--name"),
                                  QStringLiteral("bench-cloud-vi"),
                                  QStringLiteral("--memory"),
                                  QStringLiteral("256"),
                                  QStringLiteral("--vcpus"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--virt-type"),
                                  QStringLiteral("qemu"),
                                  QStringLiteral("--import"),
                                  QStringLiteral("--disk"),
                                  QStringLiteral("size=1,backing_store=%1,bus=virtio").arg(image),
                                  QStringLiteral("--cloud-init"),
                                  QStringLiteral("user-data=") + userData,
                                  QStringLiteral("--osinfo"),
                                  QStringLiteral("linux2022"),
                                  QStringLiteral("--network"),
                                  QStringLiteral("none"),
                                  QStringLiteral("--graphics"),
                                  QStringLiteral("vnc"),
                                  QStringLiteral("--serial"),
                                  QStringLiteral("file,path=") + serial,
                                  QStringLiteral("--noautoconsole")},
                                 180000);
        if (started && waitForReady(serial, 180000))
            other = QStringLiteral("virt-install --import --cloud-init %1 ms")
                        .arg(t.nsecsElapsed() / 1e6, 0, 'f', 0);
        else
            other = QStringLiteral("virt-install did not bring the guest up");
        Test::TestGuest::removeDomainAndVolumes(QStringLiteral("bench-cloud-vi"));
    }
    std::printf("cloud image (linked copy and seed), Finish to the guest's READY: Vireo %.0f ms; "
                "%s\n",
                vireoMs, qPrintable(other));
    return 0;
}
