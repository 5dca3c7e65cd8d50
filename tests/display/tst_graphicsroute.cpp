// Where a display is reached over the network, from the connection URI and the domain XML's
// listen address and port.

#include "display/GraphicsChannel.h"
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
        QTest::newRow("remote loopback") << "qemu+ssh://host.example/system"
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
};

QTEST_GUILESS_MAIN(TstGraphicsRoute)
#include "tst_graphicsroute.moc"
