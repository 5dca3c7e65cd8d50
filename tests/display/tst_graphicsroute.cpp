// Where a display is reached over the network, from the connection URI and the domain XML's
// listen address and port; and how an SSH tunnel reaches it on a host connected over SSH.

#include "display/GraphicsChannel.h"
#include "display/SshTunnel.h"
#include "display/TextConsole.h"
#include "domains/DomainInfo.h"

#include <QTest>

using namespace Vireo;

class TstGraphicsRoute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("host");     // empty: refused
        QTest::addColumn<QString>("errorHas"); // part of the refusal
        QTest::newRow("local loopback") << "qemu:///system"
                                        << "127.0.0.1" << 5900 << "127.0.0.1"
                                        << "";
        QTest::newRow("local any") << "qemu:///system"
                                   << "0.0.0.0" << 5901 << "127.0.0.1"
                                   << "";
        QTest::newRow("remote any") << "qemu+ssh://root@host.example/system"
                                    << "0.0.0.0" << 5902 << "host.example"
                                    << "";
        QTest::newRow("remote address") << "qemu+tcp://host.example/system"
                                        << "192.0.2.7" << 5903 << "192.0.2.7"
                                        << "";
        QTest::newRow("remote loopback") << "qemu+tls://host.example/system"
                                         << "127.0.0.1" << 5904 << ""
                                         << "loopback";
        QTest::newRow("no port") << "qemu:///system"
                                 << "" << -1 << ""
                                 << "no network port";
    }
    void endpoints()
    {
        QFETCH(QString, uri);
        QFETCH(QString, listen);
        QFETCH(int, port);
        QFETCH(QString, host);
        QFETCH(QString, errorHas);
        GraphicsInfo g;
        g.type = QStringLiteral("vnc");
        g.listen = listen;
        g.port = port;
        const Graphics::Endpoint e = Graphics::networkEndpoint(uri, g);
        QCOMPARE(e.host, host);
        if (host.isEmpty()) {
            QVERIFY2(e.error.contains(errorHas), qPrintable(e.error));
        } else {
            QVERIFY(e.error.isEmpty());
            QCOMPARE(e.port, port);
        }
    }

    void sshTargets()
    {
        const auto t = SshTarget::of(QStringLiteral(
            "qemu+ssh://ann@host.example:2222/system?keyfile=/home/ann/.ssh/id%20x&no_verify=1"));
        QVERIFY(t.has_value());
        QCOMPARE(t->user, QStringLiteral("ann"));
        QCOMPARE(t->host, QStringLiteral("host.example"));
        QCOMPARE(t->port, 2222);
        QCOMPARE(t->keyfile, QStringLiteral("/home/ann/.ssh/id x"));
        QVERIFY(t->noVerify);
        const auto plain = SshTarget::of(QStringLiteral("qemu+libssh2://host2/system"));
        QVERIFY(plain.has_value());
        QCOMPARE(plain->port, -1);
        QVERIFY(plain->user.isEmpty() && !plain->noVerify);
        for (const char *other : {"qemu:///system", "qemu+tcp://host2/system",
                                  "qemu+tls://host2/system", "test:///default"})
            QVERIFY2(!SshTarget::of(QLatin1String(other)), other);
    }

    void tunnelEnds_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("socket");
        QTest::addColumn<QString>("remote"); // empty: refused
        QTest::newRow("loopback") << "127.0.0.1" << 5900 << ""
                                  << "127.0.0.1:5900";
        QTest::newRow("any") << "0.0.0.0" << 5901 << ""
                             << "127.0.0.1:5901";
        QTest::newRow("any v6") << "::" << 5902 << ""
                                << "[::1]:5902";
        QTest::newRow("address") << "192.0.2.7" << 5903 << ""
                                 << "192.0.2.7:5903";
        QTest::newRow("socket") << "" << -1 << "/run/libvirt/qemu/x/spice.sock"
                                << "/run/libvirt/qemu/x/spice.sock";
        QTest::newRow("nothing") << "" << -1 << ""
                                 << "";
    }
    void tunnelEnds()
    {
        QFETCH(QString, listen);
        QFETCH(int, port);
        QFETCH(QString, socket);
        QFETCH(QString, remote);
        GraphicsInfo g;
        g.type = QStringLiteral("spice");
        g.listen = listen;
        g.port = port;
        g.socket = socket;
        QString error;
        QCOMPARE(SshTunnel::remoteEndpoint(g, &error), remote);
        QCOMPARE(error.isEmpty(), !remote.isEmpty());
    }

    void tunnelArguments()
    {
        const auto t = SshTarget::of(
            QStringLiteral("qemu+ssh://root@127.0.0.1:16542/system?keyfile=/k&no_verify=1"));
        const QStringList args = SshTunnel::arguments(*t, QStringLiteral("/tmp/v/display"),
                                                      QStringLiteral("127.0.0.1:5900"));
        const QString line = args.join(QLatin1Char(' '));
        QVERIFY2(line.contains(QStringLiteral("-N ")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("-p 16542 -l root -i /k")));
        QVERIFY(line.contains(QStringLiteral("StrictHostKeyChecking=no")));
        // Not checked at all: an old key on record would make ssh forward nothing.
        QVERIFY(line.contains(QStringLiteral("UserKnownHostsFile=/dev/null")));
        QVERIFY(line.contains(QStringLiteral("ExitOnForwardFailure=yes")));
        QVERIFY(line.endsWith(QStringLiteral("-L /tmp/v/display:127.0.0.1:5900 -- 127.0.0.1")));
    }

    void textDevicesOfALiveDomain()
    {
        // What libvirt 9.0 reports for a file serial port and a virtio console on a pty:
        // console0 mirrors serial0 (left out).
        const QList<TextDevice> devices = textDevices(QStringLiteral(
            "<domain><devices><serial type='file'><source path='/tmp/s.log'/>"
            "<target type='isa-serial' port='0'><model name='isa-serial'/></target>"
            "<alias name='serial0'/></serial>"
            "<console type='file'><source path='/tmp/s.log'/><target type='serial' port='0'/>"
            "<alias name='serial0'/></console>"
            "<console type='pty' tty='/dev/pts/0'><source path='/dev/pts/0'/>"
            "<target type='virtio' port='0'/><alias name='console1'/></console>"
            "<serial type='pty'><target type='isa-serial' port='1'/><alias name='serial1'/>"
            "</serial></devices></domain>"));
        QCOMPARE(devices.size(), 3);
        QCOMPARE(devices[0].alias, QStringLiteral("serial0"));
        QVERIFY(!devices[0].pty);
        QCOMPARE(devices[0].label(), QStringLiteral("Serial port 1"));
        QCOMPARE(devices[1].alias, QStringLiteral("console1"));
        QVERIFY(devices[1].pty);
        QCOMPARE(devices[1].label(), QStringLiteral("Virtio console (hvc0)"));
        QCOMPARE(devices[2].alias, QStringLiteral("serial1"));
        QVERIFY(devices[2].pty);
        QCOMPARE(devices[2].label(), QStringLiteral("Serial port 2"));
    }
};

QTEST_GUILESS_MAIN(TstGraphicsRoute)
#include "tst_graphicsroute.moc"
