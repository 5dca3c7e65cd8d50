#include "ui/common/Confirm.h"

#include "ui/common/Preferences.h"

#include <QCheckBox>
#include <QPushButton>

namespace Vireo::Ui::Confirm {

QMessageBox *ask(QWidget *parent, const Question &question, std::function<void()> accepted,
                 std::function<void()> declined)
{
    auto *box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::Cancel,
                                parent);
    box->setObjectName(question.name);
    box->setInformativeText(question.informative);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(question.acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, accepted, declined](int) {
        if (box->clickedButton() == accept) {
            if (accepted)
                accepted();
        } else if (declined) {
            declined();
        }
    });
    box->open();
    return box;
}

QMessageBox *ask(QWidget *parent, const QString &preference, const Question &question,
                 std::function<void()> accepted, std::function<void()> declined)
{
    if (!Preferences::instance()->confirms(preference)) {
        if (accepted)
            accepted();
        return nullptr;
    }
    auto *dontAsk = new QCheckBox(QObject::tr("Do not ask again (Edit > Preferences asks again)"));
    dontAsk->setObjectName(QStringLiteral("dontAskAgain"));
    QMessageBox *box = nullptr;
    box = ask(
        parent, question,
        [accepted, preference, dontAsk] {
            if (dontAsk->isChecked())
                Preferences::instance()->setConfirms(preference, false);
            if (accepted)
                accepted();
        },
        declined);
    box->setCheckBox(dontAsk);
    return box;
}

} // namespace Vireo::Ui::Confirm
