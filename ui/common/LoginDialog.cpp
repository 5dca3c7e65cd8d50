#include "ui/common/LoginDialog.h"

#include "core/RememberedLogin.h"
#include "ui/common/Feedback.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>
#include <future>
#include <memory>

namespace Vireo::Ui {

namespace {

QString labelFor(const AuthCredential &c)
{
    switch (c.kind) {
    case AuthCredential::Kind::UserName:
        return LoginDialog::tr("&User name:");
    case AuthCredential::Kind::Password:
        return LoginDialog::tr("&Password:");
    default: {
        QString prompt = c.prompt.trimmed();
        if (!prompt.endsWith(QLatin1Char(':')))
            prompt += QLatin1Char(':');
        return prompt;
    }
    }
}

} // namespace

LoginDialog::LoginDialog(const AuthRequest &request, const QString &cannotRemember, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setObjectName(QStringLiteral("loginDialog"));
    const QUrl url(request.uri);
    const bool ssh = url.scheme() == QLatin1String("ssh");
    const QString host = url.host().isEmpty() ? tr("This computer") : url.host();
    QLabel *intro = nullptr;
    if (ssh) {
        // ssh's own question on the way to a qemu+ssh:// host: a password or a key's passphrase.
        setWindowTitle(url.host().isEmpty() ? tr("SSH Key Passphrase")
                                            : tr("Log In to %1 (SSH)").arg(host));
        intro = new QLabel(tr("ssh asks this to reach a host over SSH (a qemu+ssh:// "
                              "connection)."));
    } else {
        setWindowTitle(tr("Log In to %1").arg(host));
        intro = new QLabel(tr("<b>%1</b> asks who you are before Vireo may manage its virtual "
                              "machines.<br>Connection: %2")
                               .arg(host.toHtmlEscaped(), request.uri.toHtmlEscaped()));
    }
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (int i = 0; i < request.credentials.size(); ++i) {
        const AuthCredential &c = request.credentials.at(i);
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("loginField%1").arg(i));
        if (c.isSecret()) {
            field->setEchoMode(QLineEdit::Password);
            // Nothing typed here may be dragged or copied out of the field.
            field->setDragEnabled(false);
            field->setContextMenuPolicy(Qt::NoContextMenu);
        } else {
            field->setText(c.result.isEmpty() ? c.defaultValue : c.result);
        }
        auto *label = new QLabel(labelFor(c));
        label->setBuddy(field);
        field->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, field);
        m_fields << field;
    }
    m_remember = new QCheckBox(tr("&Remember in the keyring"));
    m_remember->setObjectName(QStringLiteral("rememberLogin"));
    if (!cannotRemember.isEmpty()) {
        m_remember->setEnabled(false);
        m_remember->setToolTip(cannotRemember);
    } else {
        m_remember->setToolTip(tr("Kept in the desktop's keyring (never in a file of Vireo's): "
                                  "the next connection logs in without asking."));
    }
    auto *problem = new QLabel;
    problem->setObjectName(QStringLiteral("loginProblem"));
    problem->setWordWrap(true);
    if (request.attempt > 1) {
        Feedback::show(problem, Failure::of(Failure::Kind::Other, tr("%1 Try %2 of %3.")
                                                                      .arg(request.previousFailure)
                                                                      .arg(request.attempt)
                                                                      .arg(kLoginAttempts)));
    } else {
        problem->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("logIn"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problem);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    // The first empty field has the focus (the password once the user name is known).
    for (QLineEdit *f : std::as_const(m_fields)) {
        if (f->text().isEmpty()) {
            f->setFocus();
            break;
        }
    }
}

AuthRequest LoginDialog::answered() const
{
    AuthRequest r = m_request;
    for (int i = 0; i < r.credentials.size() && i < m_fields.size(); ++i)
        r.credentials[i].result = m_fields.at(i)->text();
    return r;
}

bool LoginDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void LoginDialog::installForDesktop()
{
    // On the opening thread: the dialog opens on the GUI thread, the worker waits for it.
    auto ask = [](AuthRequest &request, const QString &cannotRemember, bool *remember) {
        struct Answer
        {
            bool accepted = false;
            AuthRequest request;
            bool remember = false;
        };
        auto promise = std::make_shared<std::promise<Answer>>();
        auto given = std::make_shared<std::atomic_bool>(false);
        auto give = [promise, given](const Answer &a) {
            if (!given->exchange(true))
                promise->set_value(a);
        };
        std::future<Answer> future = promise->get_future();
        const AuthRequest asked = request;
        QMetaObject::invokeMethod(
            qApp,
            [asked, cannotRemember, give] {
                auto *dialog = new LoginDialog(asked, cannotRemember, QApplication::activeWindow());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::finished, dialog, [dialog, give](int result) {
                    give({result == QDialog::Accepted, dialog->answered(), dialog->remember()});
                });
                // Closed with its window, its connection or the application: as if cancelled.
                connect(dialog, &QObject::destroyed, qApp, [give] { give({}); });
                if (asked.owner)
                    connect(asked.owner, &QObject::destroyed, dialog, &QDialog::reject);
                connect(qApp, &QCoreApplication::aboutToQuit, dialog, &QDialog::reject);
                dialog->open();
            },
            Qt::QueuedConnection);
        const Answer a = future.get();
        if (!a.accepted)
            return false;
        request = a.request;
        *remember = a.remember;
        return true;
    };
    Authenticator::setDefault(std::make_shared<RememberedLogin>(ask));
}

} // namespace Vireo::Ui
