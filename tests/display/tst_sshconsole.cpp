// Consoles of a host reached over SSH (qemu+ssh://): an sshd on this machine (tests/support/
// ssh-host.sh) lets root in with a key whose passphrase Vireo asks for through its askpass helper.
// The test guest's SPICE and VNC displays listen on that host's loopback only; each is shown
// through an SSH tunnel pixel for pixel, the passphrase asked once per tunnel; the console window
// shows a tunnel whose ssh was killed as disconnected and comes back by itself; a process that
// owns a tunnel and is killed takes its ssh with it.

#include "core/Askpass.h"
#include "core/Authenticator.h"
#include "core/Connection.h"
#include "display/DisplayProtocols.h"
#include "display/GraphicsChannel.h"
#include "display/SshTunnel.h"
#include "domains/Screenshot.h"
#include "support/DisplayCompare.h"
#include "support/GuestControl.h"
#include "support/ProcessRun.h"
#include "support/TestGuest.h"
#include "support/TestPaths.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/console/DisplayView.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTest>

#include <libvirt/libvirt.h>

#include <csignal>
#include <mutex>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const int kSshPort = 16543;

/// A process that has ended but not been reaped yet (its parent is gone: init reaps it soon).
bool zombie(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    return status.open(QIODevice::ReadOnly) && status.readAll().contains("State:\tZ");
}
const QString kPassphrase = QStringLiteral("tunnel-key-passphrase-31");

/// Answers every question with the key's passphrase, counting them.
class PassphraseAnswers : public Authenticator
{
public:
    bool answer(AuthRequest &request) override
    {
        std::lock_guard lock(m_mutex);
        ++m_asked;
        m_prompts << (request.credentials.isEmpty() ? QString() : request.credentials[0].prompt);
        for (AuthCredential &c : request.credentials)
            c.result = kPassphrase;
        return true;
    }
    int asked()
    {
        std::lock_guard lock(m_mutex);
        return m_asked;
    }
    QStringList prompts()
    {
        std::lock_guard lock(m_mutex);
        return m_prompts;
    }

private:
    std::mutex m_mutex;
    int m_asked = 0;
    QStringList m_prompts;
};

/// Waits until the view shows exactly QEMU's framebuffer; keeps both images when it does not.
bool showsExactly(Ui::DisplayView &view, const QString &uuid, const QString &name)
{
    QImage reference;
    QImage shown;
    const bool same = QTest::qWaitFor(
        [&] {
            reference = screenshot(uuid);
            shown = painted(view);
            return !reference.isNull() && shown == reference;
        },
        20000);
    shown.save(artifactsDir() + QStringLiteral("/ssh-%1-view.png").arg(name));
    if (!same)
        reference.save(artifactsDir() + QStringLiteral("/ssh-%1-qemu.png").arg(name));
    return same;
}

} // namespace

class TstSshConsole : public QObject
{
    Q_OBJECT

    QString m_dir
        = QStringLiteral("/var/tmp/vireo-ssh-console-%1").arg(QCoreApplication::applicationPid());
    std::shared_ptr<PassphraseAnswers> m_answers = std::make_shared<PassphraseAnswers>();
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<TestGuest> m_guest; // SPICE first, VNC second, both on loopback

    QString script() const { return sourceDir() + QStringLiteral("/tests/support/ssh-host.sh"); }

private Q_SLOTS:
    void initTestCase()
    {
        const ProcessRun started = runProcess(
            QStringLiteral("bash"),
            {script(), QStringLiteral("start"), m_dir, QString::number(kSshPort)}, 30000,
            QProcess::SeparateChannels, QProcessEnvironment::systemEnvironment(),
            (kPassphrase + QLatin1Char('\n')).toUtf8());
        QVERIFY2(started.code == 0, qPrintable(started.err));
        QString error;
        QVERIFY2(Askpass::install(QStringLiteral(VIREO_ASKPASS_BINARY), &error), qPrintable(error));
        // libvirt's own ssh hands its questions to SSH_ASKPASS in a graphical session only.
        qputenv("DISPLAY", ":0");
        Authenticator::setDefault(m_answers);

        m_guest = std::make_unique<TestGuest>(
            QStringLiteral("vireo-sshconsole"),
            GuestOptions{.graphics = {QStringLiteral("spice"), QStringLiteral("vnc")}});
        QVERIFY2(m_guest->define(), qPrintable(m_guest->error()));
        QVERIFY2(m_guest->start(), qPrintable(m_guest->error()));

        m_conn = std::make_unique<Connection>(
            QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system?keyfile=%2/client&no_verify=1")
                .arg(kSshPort)
                .arg(m_dir));
        m_conn->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), Connection::State::Connected, 30000);
        QCOMPARE(m_answers->asked(), 1); // the connection's ssh asked for the passphrase
        QTRY_VERIFY(m_conn->domain(m_guest->uuid()).has_value());
        QVERIFY(m_guest->waitForSerial(QStringLiteral("VIREO-GUEST READY")));
        // A still screen with the test pattern (no blinking cursor, no blanking).
        GuestControl control(m_guest->controlSocketPath());
        QVERIFY(!control
                     .run(QStringLiteral("printf '\\033[?25l\\033[9;0]' > /dev/tty1; "
                                         "vireo-pattern; echo ok"))
                     .isNull());
    }

    void tunnelEndsWithItsOwner()
    {
        // A process that owns a tunnel and is killed (no destructor runs): its ssh ends too.
        // The child uses a copy of the key without its passphrase (it has nobody to ask).
        const QString plainKey = m_dir + QStringLiteral("/client-plain");
        QFile::remove(plainKey);
        QVERIFY(QFile::copy(m_dir + QStringLiteral("/client"), plainKey));
        QFile::setPermissions(plainKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const ProcessRun strip = runProcess(QStringLiteral("ssh-keygen"),
                                            {QStringLiteral("-q"), QStringLiteral("-p"),
                                             QStringLiteral("-f"), plainKey, QStringLiteral("-P"),
                                             kPassphrase, QStringLiteral("-N"), QString()});
        QVERIFY2(strip.code == 0, qPrintable(strip.err));
        const auto domain = m_conn->domain(m_guest->uuid());
        QVERIFY(domain && !domain->graphics.isEmpty());
        QString why;
        const QString remote = SshTunnel::remoteEndpoint(domain->graphics.first(), &why);
        QVERIFY2(!remote.isEmpty(), qPrintable(why));
        QProcess owner;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIREO_TUNNEL_URI"),
                   QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system?keyfile=%2&no_verify=1")
                       .arg(kSshPort)
                       .arg(plainKey));
        env.insert(QStringLiteral("VIREO_TUNNEL_REMOTE"), remote);
        owner.setProcessEnvironment(env);
        owner.start(QCoreApplication::applicationFilePath(), {});
        QTRY_VERIFY_WITH_TIMEOUT(owner.canReadLine() || owner.state() == QProcess::NotRunning,
                                 30000);
        const QByteArray line = owner.readLine().trimmed();
        QVERIFY2(line.startsWith("ssh "), owner.readAllStandardError().constData());
        const qint64 ssh = line.split(' ').value(1).toLongLong();
        // Killed, the owner leaves its tunnel's private folder behind: the test removes it.
        const QString folder = QFileInfo(QString::fromLocal8Bit(line.split(' ').value(2))).path();
        QVERIFY(folder.startsWith(QStringLiteral("/tmp/vireo-ssh-")));
        QVERIFY(ssh > 0 && QFile::exists(QStringLiteral("/proc/%1").arg(ssh)));
        owner.kill();
        QVERIFY(owner.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFile::exists(QStringLiteral("/proc/%1/status").arg(ssh)) || zombie(ssh), 10000);
        QFile::remove(plainKey);
        QDir(folder).removeRecursively();
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        m_guest.reset();
        Authenticator::setDefault({});
        runProcess(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_dir});
    }

    void eachDisplayThroughATunnel_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("index");
        QTest::newRow("spice") << QStringLiteral("spice") << 0;
        QTest::newRow("vnc") << QStringLiteral("vnc") << 1;
    }
    void eachDisplayThroughATunnel()
    {
        QFETCH(QString, protocol);
        QFETCH(int, index);
        // Both listen on the host's loopback: over the network they cannot be reached.
        const GraphicsInfo g = m_conn->domain(m_guest->uuid())->graphics.at(index);
        QCOMPARE(g.listen, QStringLiteral("127.0.0.1"));
        const int askedBefore = m_answers->asked();
        QString error;
        std::unique_ptr<DisplaySession> session(
            DisplayProtocols::create(protocol, nullptr, &error));
        QVERIFY2(session, qPrintable(error));
        Ui::DisplayView view;
        view.setScaling(Ui::DisplayView::Scaling::OneToOne);
        view.setSession(session.get());
        Graphics::attach(m_conn.get(), m_guest->uuid(), session.get(), index);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), DisplaySession::State::Connected, 30000);
        auto *tunnel = session->findChild<SshTunnel *>();
        QVERIFY(tunnel && tunnel->isReady());
        QVERIFY(QFileInfo(tunnel->socketPath()).exists());
        QCOMPARE(QFileInfo(tunnel->socketPath()).permissions() & 0x0077, 0); // this user's only
        QTRY_VERIFY(!session->frame().isNull());
        view.resize(session->frameSize());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showsExactly(view, m_guest->uuid(), protocol));
        // SPICE's channels (main, display, inputs, cursor...) share the one tunnel: the
        // passphrase was asked once for it.
        QCOMPARE(m_answers->asked(), askedBefore + 1);
        QVERIFY2(m_answers->prompts().last().contains(QStringLiteral("passphrase")),
                 qPrintable(m_answers->prompts().last()));
        // The tunnel goes with the session: its ssh and its folder.
        const QString folder = QFileInfo(tunnel->socketPath()).path();
        const qint64 pid = tunnel->processId();
        QVERIFY(pid > 0);
        session.reset();
        QVERIFY(!QFileInfo::exists(folder));
        QTRY_VERIFY(::kill(pid_t(pid), 0) != 0);
    }

    void aDroppedTunnelIsShownAndComesBack()
    {
        Ui::ConsoleWindow window(m_conn.get(), m_guest->uuid());
        window.show();
        QTRY_VERIFY(window.session());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), DisplaySession::State::Connected,
                                  30000);
        QPointer<DisplaySession> first = window.session();
        auto *tunnel = first->findChild<SshTunnel *>();
        QVERIFY(tunnel);
        auto *view = window.findChild<Ui::DisplayView *>();
        QVERIFY(view);
        // What the window says the moment the session ends.
        QString said;
        connect(first, &DisplaySession::stateChanged, this, [&](DisplaySession::State state) {
            if (state == DisplaySession::State::Disconnected)
                said = view->overlayText();
        });
        // The link breaks: ssh dies.
        QVERIFY(::kill(pid_t(tunnel->processId()), SIGKILL) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 15000);
        QVERIFY2(said.startsWith(QStringLiteral("Disconnected")), qPrintable(said));
        // It connects again by itself, through a new tunnel, and shows the guest's screen.
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != first
                                     && window.session()->state()
                                            == DisplaySession::State::Connected,
                                 30000);
        QVERIFY(window.session()->findChild<SshTunnel *>());
        QTRY_VERIFY(!window.session()->frame().isNull());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->frame().convertToFormat(QImage::Format_RGB888),
                                  screenshot(m_guest->uuid()), 20000);
        window.grab().save(artifactsDir() + QStringLiteral("/ssh-console-window.png"));
    }
};

// The tunnel-owner child of tunnelEndsWithItsOwner(): opens a tunnel with the URI and remote
// endpoint in its environment, prints ssh's process id once it is ready, and waits to be killed.
static int tunnelOwner()
{
    const auto target = SshTarget::of(qEnvironmentVariable("VIREO_TUNNEL_URI"));
    if (!target)
        return 2;
    SshTunnel tunnel(*target, qEnvironmentVariable("VIREO_TUNNEL_REMOTE"));
    QObject::connect(&tunnel, &SshTunnel::ready, [&tunnel] {
        printf("ssh %lld %s\n", qlonglong(tunnel.processId()), qPrintable(tunnel.socketPath()));
        fflush(stdout);
    });
    QObject::connect(&tunnel, &SshTunnel::failed, [](const QString &why) {
        fprintf(stderr, "%s\n", qPrintable(why));
        QCoreApplication::exit(1);
    });
    tunnel.start();
    return QCoreApplication::exec();
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("VIREO_TUNNEL_URI")) {
        QCoreApplication app(argc, argv);
        return tunnelOwner();
    }
    QApplication app(argc, argv);
    TstSshConsole test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sshconsole.moc"
