// Logins to a host that asks for a password: a second libvirt daemon on this machine with SASL
// (DIGEST-MD5) logins, answered by a script, by the login dialog a user fills in, and by the
// desktop's keyring (the suite runs under tests/support/with-keyring.sh: a D-Bus session with
// GNOME Keyring unlocked). What a user checks: the right password connects, a wrong one is
// refused and asked again, cancel leaves the connection closed with the reason, a remembered
// login connects without asking, and the password is in no file, process list or log.

#include "core/Askpass.h"
#include "core/Authenticator.h"
#include "core/Connection.h"
#include "core/Keyring.h"
#include "core/RememberedLogin.h"
#include "ui/common/LoginDialog.h"

#include "support/ProcessRun.h"
#include "support/SecondHost.h"
#include "support/TestPaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <mutex>

using namespace Vireo;
using namespace Vireo::Test;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kRight = QStringLiteral("Tr0ub4dor-sasl-right");
const QString kNewRight = QStringLiteral("C0rrect-horse-sasl-new");
const QString kWrong = QStringLiteral("not-the-password-41");
const QString kKeyPassphrase = QStringLiteral("ssh-key-passphrase-77");

/// Answers from a list, one set per question, recording what was asked.
struct Script
{
    struct Answer
    {
        QString user;
        QString password;
        bool remember = false;
        bool cancel = false;
    };
    std::mutex mutex;
    QList<Answer> answers;
    QList<AuthRequest> asked;
    QString processesWhileAsked; // `ps` while the prompt was open

    std::shared_ptr<Authenticator> authenticator(bool useKeyring = true)
    {
        return std::make_shared<RememberedLogin>(
            [this](AuthRequest &request, const QString &, bool *remember) {
                processesWhileAsked = runProcess(QStringLiteral("ps"),
                                                 {QStringLiteral("-eo"), QStringLiteral("args")})
                                          .out;
                std::lock_guard lock(mutex);
                asked << request;
                if (answers.isEmpty())
                    return false;
                const Answer a = answers.takeFirst();
                if (a.cancel)
                    return false;
                for (AuthCredential &c : request.credentials)
                    c.result = c.kind == AuthCredential::Kind::UserName ? a.user : a.password;
                *remember = a.remember;
                return true;
            },
            useKeyring);
    }
};

/// Every file below `dir` that contains `text`.
QStringList filesContaining(const QString &dir, const QString &text)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
            found << f.fileName();
    }
    return found;
}

QWidget *openLoginDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("loginDialog") && w->isVisible())
            return w;
    return nullptr;
}

} // namespace

class TstLogin : public QObject
{
    Q_OBJECT

    SecondHost m_host{16541};

    std::unique_ptr<Connection> connectWith(std::shared_ptr<Authenticator> auth)
    {
        auto c = std::make_unique<Connection>(m_host.uri());
        if (auth)
            c->setAuthenticator(std::move(auth));
        c->open();
        return c;
    }

    static bool settled(Connection &c)
    {
        return c.state() == Connection::State::Connected
               || c.state() == Connection::State::Disconnected;
    }

    void setPassword(const QString &password)
    {
        const ProcessRun r = runProcess(
            QStringLiteral("saslpasswd2"),
            {QStringLiteral("-p"), QStringLiteral("-a"), QStringLiteral("libvirt"),
             QStringLiteral("-f"), m_host.libDir() + QStringLiteral("/../sasl2/passwd.db"), kUser},
            10000, QProcess::SeparateChannels, QProcessEnvironment::systemEnvironment(),
            password.toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_host.startWithLogin(kUser, kRight), qPrintable(m_host.error()));
        QVERIFY2(Keyring::unavailableReason().isEmpty(),
                 qPrintable(QStringLiteral("run under tests/support/with-keyring.sh: ")
                            + Keyring::unavailableReason()));
        QVERIFY(RememberedLogin::forget(m_host.uri()));
    }

    void cleanupTestCase()
    {
        RememberedLogin::forget(m_host.uri());
        m_host.stop();
    }

    void theRightPasswordConnects()
    {
        Script script;
        script.answers = {{kUser, kRight}};
        auto c = connectWith(script.authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*c), 20000);
        QCOMPARE(c->state(), Connection::State::Connected);
        // One question: who and the password (SASL's authorization name is not asked apart).
        QCOMPARE(script.asked.size(), 1);
        QCOMPARE(script.asked.first().credentials.size(), 2);
        QCOMPARE(script.asked.first().credentials.at(0).kind, AuthCredential::Kind::UserName);
        QCOMPARE(script.asked.first().credentials.at(1).kind, AuthCredential::Kind::Password);
        // The password is on no command line while the login runs.
        QVERIFY(script.processesWhileAsked.contains(QStringLiteral("libvirtd")));
        QVERIFY(!script.processesWhileAsked.contains(kRight));
    }

    void aWrongPasswordIsRefusedAndAskedAgain()
    {
        Script script;
        script.answers = {{kUser, kWrong}, {kUser, kRight}};
        auto c = connectWith(script.authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*c), 20000);
        QCOMPARE(c->state(), Connection::State::Connected);
        QCOMPARE(script.asked.size(), 2);
        QCOMPARE(script.asked.at(1).attempt, 2);
        QVERIFY2(script.asked.at(1).previousFailure.contains(QStringLiteral("did not accept")),
                 qPrintable(script.asked.at(1).previousFailure));
    }

    void threeWrongPasswordsLeaveItClosedWithTheReason()
    {
        Script script;
        script.answers = {{kUser, kWrong}, {kUser, kWrong}, {kUser, kWrong}, {kUser, kRight}};
        auto c = connectWith(script.authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*c), 20000);
        QCOMPARE(c->state(), Connection::State::Disconnected);
        QCOMPARE(script.asked.size(), kLoginAttempts);
        QVERIFY2(c->stateDetail().contains(QStringLiteral("refused the login 3 times")),
                 qPrintable(c->stateDetail()));
        // What the connection's row, the Details and the log show never holds what was typed.
        QVERIFY(!c->stateDetail().contains(kWrong));
        // It does not try again by itself (that would only be refused again).
        QSignalSpy changes(c.get(), &Connection::stateChanged);
        QVERIFY(!changes.wait(1500));
        QCOMPARE(script.asked.size(), kLoginAttempts);
    }

    void cancelLeavesItDisconnectedWithTheReason()
    {
        Script script;
        script.answers = {{{}, {}, false, true}};
        auto c = connectWith(script.authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*c), 20000);
        QCOMPARE(c->state(), Connection::State::Disconnected);
        QVERIFY2(c->stateDetail().contains(QStringLiteral("cancelled")),
                 qPrintable(c->stateDetail()));
        QSignalSpy changes(c.get(), &Connection::stateChanged);
        QVERIFY(!changes.wait(1500));
        QCOMPARE(script.asked.size(), 1);
    }

    void aRememberedLoginConnectsWithoutAsking()
    {
        {
            Script first;
            first.answers = {{kUser, kRight, true}};
            auto c = connectWith(first.authenticator());
            QTRY_VERIFY_WITH_TIMEOUT(settled(*c), 20000);
            QCOMPARE(c->state(), Connection::State::Connected);
        }
        QVERIFY(Keyring::read(Keyring::connectionKey(m_host.uri())).has_value());
        Script next; // no answers: asking would cancel
        auto c = connectWith(next.authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*c), 20000);
        QCOMPARE(c->state(), Connection::State::Connected);
        QVERIFY(next.asked.isEmpty());
        c.reset();

        // The terminal's commands use the same remembered login: no prompt, no terminal.
        QProcess vireo;
        vireo.setStandardInputFile(QProcess::nullDevice());
        vireo.start(QStringLiteral(VIREO_BINARY),
                    {QStringLiteral("security"), QStringLiteral("--all"), QStringLiteral("-c"),
                     m_host.uri()});
        // Waited for with the event loop running (the test's own connections keep answering).
        QTRY_VERIFY_WITH_TIMEOUT(vireo.state() == QProcess::NotRunning, 30000);
        const QString err = QString::fromUtf8(vireo.readAllStandardError());
        QVERIFY2(vireo.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("Password")), qPrintable(err));
    }

    void aRememberedLoginTheHostRefusesIsForgottenAndAsked()
    {
        QVERIFY(Keyring::read(Keyring::connectionKey(m_host.uri())).has_value());
        setPassword(kNewRight);
        Script script;
        script.answers = {{kUser, kNewRight, true}};
        auto c = connectWith(script.authenticator());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*c), 20000);
        QCOMPARE(c->state(), Connection::State::Connected);
        // The keyring answered first and was refused: the user was asked on the second try.
        QCOMPARE(script.asked.size(), 1);
        QCOMPARE(script.asked.first().attempt, 2);
        const auto kept = Keyring::read(Keyring::connectionKey(m_host.uri()));
        QVERIFY(kept && kept->contains(kNewRight) && !kept->contains(kRight));
        setPassword(kRight);
        QVERIFY(RememberedLogin::forget(m_host.uri()));
    }

    void theLoginDialogAsksAndTellsWhatWentWrong()
    {
        Ui::LoginDialog::installForDesktop();
        auto c = connectWith(nullptr); // the application's login: the dialog
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openLoginDialog()) != nullptr, 20000);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("127.0.0.1")));
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("loginField0"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("loginField1"));
        QVERIFY(user && password);
        // What is typed in the password field never shows (nor in a screenshot).
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("loginProblem"))->isHidden());
        QTest::keyClicks(user, kUser);
        QTest::keyClicks(password, kWrong);
        QVERIFY(dialog->grab().save(artifactsDir() + QStringLiteral("/login-dialog.png")));
        dialog->findChild<QPushButton *>(QStringLiteral("logIn"))->click();

        // Refused: asked again, saying so and which try this is.
        QWidget *again = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (again = openLoginDialog()) != nullptr
                && again->findChild<QLabel *>(QStringLiteral("loginProblem"))->isVisible(),
            20000);
        auto *problem = again->findChild<QLabel *>(QStringLiteral("loginProblem"));
        QVERIFY2(problem->text().contains(QStringLiteral("did not accept"))
                     && problem->text().contains(QStringLiteral("2 of 3")),
                 qPrintable(problem->text()));
        QVERIFY(again->grab().save(artifactsDir() + QStringLiteral("/login-dialog-refused.png")));
        // The user name typed before is kept.
        QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("loginField0"))->text(), kUser);
        QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("loginField1")), kRight);
        again->findChild<QCheckBox *>(QStringLiteral("rememberLogin"))->setChecked(true);
        again->findChild<QPushButton *>(QStringLiteral("logIn"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), Connection::State::Connected, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(Keyring::read(Keyring::connectionKey(m_host.uri())).has_value(),
                                 10000);

        // Remembered: the next connection opens without a dialog.
        auto next = connectWith(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*next), 20000);
        QCOMPARE(next->state(), Connection::State::Connected);
        QVERIFY(!openLoginDialog());
        QVERIFY(RememberedLogin::forget(m_host.uri()));
    }

    void cancellingTheDialogLeavesItDisconnected()
    {
        Ui::LoginDialog::installForDesktop();
        auto c = connectWith(nullptr);
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = openLoginDialog()) != nullptr, 20000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), Connection::State::Disconnected, 20000);
        QVERIFY(c->stateDetail().contains(QStringLiteral("cancelled")));
        QVERIFY(!openLoginDialog());
    }

    void sshAsksThroughVireo()
    {
        // An SSH server whose key for root has a passphrase; ssh (which libvirt runs for
        // qemu+ssh://, with no terminal) asks for it through Vireo's askpass helper.
        const QString dir
            = QStringLiteral("/var/tmp/vireo-ssh-host-%1").arg(QCoreApplication::applicationPid());
        const QString script = sourceDir() + QStringLiteral("/tests/support/ssh-host.sh");
        const ProcessRun started = runProcess(
            QStringLiteral("bash"), {script, QStringLiteral("start"), dir, QStringLiteral("16542")},
            30000, QProcess::SeparateChannels, QProcessEnvironment::systemEnvironment(),
            (kKeyPassphrase + QLatin1Char('\n')).toUtf8());
        const auto stop = qScopeGuard([&] {
            runProcess(QStringLiteral("bash"), {script, QStringLiteral("stop"), dir});
            Authenticator::setDefault({});
        });
        QVERIFY2(started.code == 0, qPrintable(started.err));
        QString error;
        QVERIFY2(Askpass::install(QStringLiteral(VIREO_ASKPASS_BINARY), &error), qPrintable(error));
        // ssh hands its questions to SSH_ASKPASS in a graphical session (DISPLAY set).
        qputenv("DISPLAY", ":0");
        Script answers;
        answers.answers = {{{}, kWrong}, {{}, kKeyPassphrase}};
        Authenticator::setDefault(answers.authenticator(false));
        Connection c(QStringLiteral("qemu+ssh://root@127.0.0.1:16542/system?keyfile=%1/client"
                                    "&no_verify=1")
                         .arg(dir));
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(settled(c), 30000);
        QVERIFY2(c.state() == Connection::State::Connected, qPrintable(c.stateDetail()));
        // Asked twice: the wrong passphrase made ssh ask again, and Vireo said which try it was.
        QCOMPARE(answers.asked.size(), 2);
        const AuthCredential &asked = answers.asked.first().credentials.first();
        QCOMPARE(asked.kind, AuthCredential::Kind::SecretPrompt);
        QVERIFY2(asked.prompt.contains(QStringLiteral("passphrase")), qPrintable(asked.prompt));
        QCOMPARE(answers.asked.at(1).attempt, 2);
        QVERIFY(!answers.processesWhileAsked.contains(kKeyPassphrase));
        QVERIFY(answers.processesWhileAsked.contains(QStringLiteral("ssh")));
    }

    void thePasswordsAreInNoFileOfVireos()
    {
        // Vireo's settings and data (event log, statistics, thumbnails) and the test's
        // artifacts (screenshots are images, but logs are text).
        for (const QString &dir : {qEnvironmentVariable("XDG_CONFIG_HOME"),
                                   qEnvironmentVariable("XDG_DATA_HOME"), artifactsDir()}) {
            if (dir.isEmpty())
                continue;
            for (const QString &secret : {kRight, kNewRight, kWrong, kKeyPassphrase}) {
                const QStringList found = filesContaining(dir, secret);
                QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
            }
        }
    }

    void tlsAndPermissionFailuresAreExplained()
    {
        // No certificates on this machine: libvirt names the CA file it looked for.
        Connection tls(QStringLiteral("qemu+tls://127.0.0.1:16999/system"));
        tls.open();
        QTRY_VERIFY_WITH_TIMEOUT(settled(tls), 20000);
        QCOMPARE(tls.state(), Connection::State::Disconnected);
        QVERIFY2(tls.stateDetail().contains(QStringLiteral("qemu+tls needs"))
                     && tls.stateDetail().contains(QStringLiteral("/etc/pki/CA/cacert.pem")),
                 qPrintable(tls.stateDetail()));

        // A socket the user may not open.
        Failure denied = Failure::of(Failure::Kind::Libvirt, QStringLiteral("Could not connect."),
                                     QStringLiteral("Failed to connect socket to "
                                                    "'/var/run/libvirt/libvirt-sock': Permission "
                                                    "denied"));
        const Failure told = explainOpenFailure(QStringLiteral("qemu:///system"), denied);
        QVERIFY2(told.detail.contains(QStringLiteral("libvirt group"))
                     && told.detail.contains(QStringLiteral("/var/run/libvirt/libvirt-sock")),
                 qPrintable(told.detail));
        QVERIFY(needsTheUser(told));
    }
};

QTEST_MAIN(TstLogin)
#include "tst_login.moc"
