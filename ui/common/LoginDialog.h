#pragma once

#include "core/Authenticator.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLineEdit;

namespace Vireo::Ui {

/// What a host asks when Vireo connects to it (user name, password, a passphrase), as libvirt's
/// credential types ask, with "Remember in the keyring" and, after a refused try, why and which
/// try this is. The fields never show a secret; their text goes nowhere but to libvirt (and to
/// the keyring when asked).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    /// `cannotRemember`: why the keyring cannot be used (empty when it can).
    LoginDialog(const AuthRequest &request, const QString &cannotRemember,
                QWidget *parent = nullptr);

    /// The request with the user's answers filled in.
    AuthRequest answered() const;
    bool remember() const;

    /// Makes the desktop's login (this dialog, remembered logins in the keyring) the answer to
    /// every connection's questions. The dialog opens on the GUI thread while the connection's
    /// worker waits.
    static void installForDesktop();

private:
    AuthRequest m_request;
    QList<QLineEdit *> m_fields;
    QCheckBox *m_remember = nullptr;
};

} // namespace Vireo::Ui
