// bench_host: the Host window's two figures (issue 14).
//
//  1. A host with 100 networks and a pool of 2000 volumes (libvirt's test driver): from opening
//     the Host window to its Networks list filled and painted, and from choosing the pool to its
//     2000 volumes listed and painted. Target: at most 100 ms each.
//  2. Uploading a 1 GiB file into a directory pool on the real daemon, Vireo's engine against
//     `virsh vol-create-as` + `virsh vol-upload` in one run. Target: at least 0.9x virsh's
//     throughput.
//
//   bench_host [ROUNDS] [MiB]      (default 5 rounds, 1024 MiB)

#include "BenchStats.h"

#include "core/Connection.h"
#include "core/Operation.h"
#include "storage/StoragePools.h"
#include "storage/Volumes.h"
#include "ui/host/HostNetworksPage.h"
#include "ui/host/HostStoragePage.h"
#include "ui/host/HostWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <cstdio>

#include <libvirt/libvirt.h>

using namespace Vireo;

namespace {

QString hostXml(int networks, int volumes)
{
    QString xml = QStringLiteral("<node>\n");
    for (int i = 0; i < networks; ++i)
        xml += QStringLiteral("<network><name>net-%1</name><bridge name='vbr%1'/>"
                              "<forward mode='nat'/><ip address='10.%2.%3.1' prefix='24'><dhcp>"
                              "<range start='10.%2.%3.2' end='10.%2.%3.254'/></dhcp></ip>"
                              "</network>\n")
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .arg(i / 200 + 1)
                   .arg(i % 200);
    xml += QStringLiteral("<pool type='dir'><name>big</name><target><path>/big</path></target>");
    for (int i = 0; i < volumes; ++i)
        xml += QStringLiteral("<volume><name>vol-%1.qcow2</name><capacity unit='G'>%2</capacity>"
                              "<target><format type='qcow2'/></target></volume>\n")
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(1 + i % 40);
    xml += QStringLiteral("</pool>\n</node>\n");
    return xml;
}

struct ListFigures
{
    double networks = -1;
    double volumes = -1;
    double volumesEngine = -1; // of which reading them through libvirt
    int networkRows = 0;
    int volumeRows = 0;
};

ListFigures listing(int rounds)
{
    ListFigures f;
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/host.xml");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return f;
    out.write(hostXml(100, 2000).toUtf8());
    out.close();
    Connection conn(QStringLiteral("test://") + file);
    QSignalSpy up(&conn, &Connection::storagePoolsReset);
    conn.open();
    if (!up.wait(30000))
        return f;
    QList<double> networks, volumes, engine;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer e;
        e.start();
        Operation *op = Volumes::listPool(&conn, QStringLiteral("big"));
        QSignalSpy listed(op, &Operation::finished);
        listed.wait(10000);
        engine << e.nsecsElapsed() / 1e6;

        QElapsedTimer t;
        t.start();
        Ui::HostWindow *w = Ui::HostWindow::showFor(&conn, nullptr, Ui::HostWindow::Page::Networks);
        w->networks()->list()->repaint();
        networks << t.nsecsElapsed() / 1e6;
        f.networkRows = w->networks()->list()->topLevelItemCount();

        Ui::HostStoragePage *storage = w->storage();
        w->showPage(Ui::HostWindow::Page::Storage);
        QSignalSpy shown(storage, &Ui::HostStoragePage::volumesShown);
        t.restart();
        storage->selectPool(QStringLiteral("big"));
        if (!shown.wait(10000))
            return f;
        storage->volumes()->repaint();
        volumes << t.nsecsElapsed() / 1e6;
        f.volumeRows = storage->volumes()->topLevelItemCount();
        w->close();
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    f.networks = Bench::median(networks);
    f.volumes = Bench::median(volumes);
    f.volumesEngine = Bench::median(engine);
    return f;
}

struct UploadFigures
{
    double vireo = -1; // MiB/s
    double virsh = -1;
};

UploadFigures upload(int rounds, int mib)
{
    UploadFigures f;
    QTemporaryDir dir(QStringLiteral("/var/tmp/vireo-bench-host-XXXXXX"));
    const QString source = dir.path() + QStringLiteral("/source.bin");
    {
        QFile out(source);
        if (!out.open(QIODevice::WriteOnly))
            return f;
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(i * 7 + i / 4096);
        for (int i = 0; i < mib; ++i)
            out.write(block);
    }
    Connection conn(QStringLiteral("qemu:///system"));
    QSignalSpy up(&conn, &Connection::storagePoolsReset);
    conn.open();
    if (!up.wait(15000))
        return f;
    const QString pool = QStringLiteral("vireo-bench-upload");
    const auto run = [](Operation *op) {
        QSignalSpy done(op, &Operation::finished);
        return done.wait(600000) && done.first().first().toBool();
    };
    PoolSpec spec;
    spec.name = pool;
    spec.path = dir.path() + QStringLiteral("/pool");
    spec.autostart = false;
    if (!run(StoragePools::create(&conn, spec)))
        return f;
    QList<double> vireo, virsh;
    for (int r = 0; r < rounds; ++r) {
        const QString name = QStringLiteral("up-%1.img").arg(r);
        QElapsedTimer t;
        t.start();
        if (!run(Volumes::upload(&conn, source, pool, name)))
            break;
        vireo << mib / (t.nsecsElapsed() / 1e9);
        run(Volumes::remove(&conn, pool, name));

        const QString script = QStringLiteral("vol-create-as %1 v%2.img %3M --format raw; "
                                              "vol-upload --pool %1 v%2.img %4")
                                   .arg(pool)
                                   .arg(r)
                                   .arg(mib)
                                   .arg(source);
        t.restart();
        if (QProcess::execute(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"),
                                                        QStringLiteral("qemu:///system"), script})
            != 0)
            break;
        virsh << mib / (t.nsecsElapsed() / 1e9);
        QProcess::execute(QStringLiteral("virsh"),
                          {QStringLiteral("-q"), QStringLiteral("-c"),
                           QStringLiteral("qemu:///system"),
                           QStringLiteral("vol-delete --pool %1 v%2.img").arg(pool).arg(r)});
    }
    run(StoragePools::remove(&conn, pool, false));
    if (vireo.size() == rounds && virsh.size() == rounds) {
        f.vireo = Bench::median(vireo);
        f.virsh = Bench::median(virsh);
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::offscreenUnlessDisplay();
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    const int mib = argc > 2 ? qMax(16, atoi(argv[2])) : 1024;

    std::printf("bench_host: %d rounds\n", rounds);
    const ListFigures list = listing(rounds);
    std::printf("Host window, 100 networks: listed and painted in %.1f ms (median; %d rows; "
                "target <= 100 ms)\n",
                list.networks, list.networkRows);
    std::printf("Host window, pool of 2000 volumes: listed and painted in %.1f ms (median; %d "
                "rows; target <= 100 ms), of which libvirt and the engine %.1f ms\n",
                list.volumes, list.volumeRows, list.volumesEngine);
    const UploadFigures u = upload(rounds, mib);
    if (u.vireo < 0) {
        std::printf("upload: could not measure (is qemu:///system up?)\n");
        return 1;
    }
    std::printf("Upload of %d MiB to a dir pool: Vireo %.0f MiB/s, virsh vol-upload %.0f MiB/s: "
                "%.2fx (median; target >= 0.9x)\n",
                mib, u.vireo, u.virsh, u.vireo / u.virsh);
    return 0;
}
