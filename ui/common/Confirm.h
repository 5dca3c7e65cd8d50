#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace Vireo::Ui {

/// Asking before something that cannot be undone, the same way everywhere: a message box that
/// names what happens, Cancel as the default, and a button that says the action ("Force Off",
/// "Delete") rather than Yes. It opens window-modal with open(), never exec(): the window keeps
/// painting and libvirt's events keep arriving while the user reads.
namespace Confirm {

struct Question
{
    QString title;
    QString text;
    QString informative;                           // a second paragraph: what is kept, what is lost
    QString acceptText;                            // the action's own name
    QString name = QStringLiteral("confirmation"); // the box's object name (tests find it)
    QMessageBox::Icon icon = QMessageBox::Warning;
};

/// Shows the question over `parent`; `accepted` runs when the action's button (object name
/// "confirm") is clicked, `declined` otherwise (Cancel, Escape, the window closed). The box
/// deletes itself.
QMessageBox *ask(QWidget *parent, const Question &question, std::function<void()> accepted,
                 std::function<void()> declined = {});
/// The same for a kind of action the user may stop being asked about (Preferences::
/// confirmations(): "forceOff", "deleteSnapshot"...): when turned off, `accepted` runs at once and
/// no box is shown (null returned); the box has "Do not ask again" (object name "dontAskAgain").
QMessageBox *ask(QWidget *parent, const QString &preference, const Question &question,
                 std::function<void()> accepted, std::function<void()> declined = {});

} // namespace Confirm
} // namespace Vireo::Ui
