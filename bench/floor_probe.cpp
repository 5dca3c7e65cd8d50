// The memory floor of any console built like Vireo's: a Qt Widgets window (a toolbar, a label)
// and one open libvirt connection, nothing else. bench_console runs it beside the viewers and
// reads its resident memory the same way, so the RSS figures have a reference point.
//
// Run: build/bench/bench_floor_probe [URI]   (stays open until killed)

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>

#include <libvirt/libvirt.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QByteArray uri = argc > 1 ? QByteArray(argv[1]) : QByteArray("qemu:///system");
    virConnectPtr conn = virConnectOpen(uri.constData());
    if (!conn) {
        std::fprintf(stderr, "bench_floor_probe: cannot open %s\n", uri.constData());
        return 1;
    }
    QMainWindow window;
    window.addToolBar(QStringLiteral("Console"))->addAction(QStringLiteral("Send Key"));
    window.setCentralWidget(new QLabel(QStringLiteral("floor")));
    window.resize(760, 480);
    window.show();
    const int rc = app.exec();
    virConnectClose(conn);
    return rc;
}
