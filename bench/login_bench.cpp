// What a SASL login costs: a Connection to a second libvirt daemon on this machine that asks for
// a login (DIGEST-MD5, the prompt answered at once by the bench, as a remembered login is)
// against the same daemon set-up without authentication. Opened to Connected (the domains
// listed), alternately, `runs` times each; medians printed. Target: at most +50 ms.
//
//   bench_login [runs]    (root: it starts two second daemons; default 20 runs)

#include "core/Authenticator.h"
#include "core/Connection.h"
#include "core/LibvirtEventLoop.h"

#include "support/SecondHost.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace Vireo;

namespace {

const QString kUser = QStringLiteral("bench");
const QString kPassword = QStringLiteral("bench-login-password-1");

class Answer : public Authenticator
{
public:
    bool answer(AuthRequest &request) override
    {
        for (AuthCredential &c : request.credentials)
            c.result = c.kind == AuthCredential::Kind::UserName ? kUser : kPassword;
        return true;
    }
};

/// Milliseconds from open() to Connected; -1 when it did not connect.
double timeToConnected(const QString &uri, std::shared_ptr<Authenticator> auth)
{
    Connection c(uri);
    c.setAuthenticator(std::move(auth));
    QEventLoop loop;
    QObject::connect(&c, &Connection::stateChanged, &loop, [&loop](Connection::State s) {
        if (s == Connection::State::Connected || s == Connection::State::Disconnected)
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    c.open();
    loop.exec();
    const double ms = t.nsecsElapsed() / 1e6;
    return c.state() == Connection::State::Connected ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ensureLibvirtEventLoop();
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 20;
    Test::SecondHost plain(16661);
    Test::SecondHost sasl(16662);
    if (!plain.start() || !sasl.startWithLogin(kUser, kPassword)) {
        std::fprintf(stderr, "bench_login: the second daemons did not start: %s%s\n",
                     qPrintable(plain.error()), qPrintable(sasl.error()));
        return 1;
    }
    auto answer = std::make_shared<Answer>();
    // One connection each first: the daemons' first answers are slower.
    timeToConnected(plain.uri(), answer);
    timeToConnected(sasl.uri(), answer);
    QList<double> without, with;
    for (int i = 0; i < runs; ++i) {
        const double a = timeToConnected(plain.uri(), answer);
        const double b = timeToConnected(sasl.uri(), answer);
        if (a < 0 || b < 0) {
            std::fprintf(stderr, "bench_login: a connection failed\n");
            return 1;
        }
        without << a;
        with << b;
    }
    const double p = Bench::median(without);
    const double s = Bench::median(with);
    std::printf("connect, no authentication   %.1f ms (median of %d)\n", p, runs);
    std::printf("connect, SASL login answered %.1f ms (median of %d)\n", s, runs);
    std::printf("the login adds               %+.1f ms (target: at most +50 ms)\n", s - p);
    return 0;
}
