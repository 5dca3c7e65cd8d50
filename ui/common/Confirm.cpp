#include "ui/common/Confirm.h"

#include <QPushButton>

namespace Vireo::Ui::Confirm {

QMessageBox *ask(QWidget *parent, const Question &question, std::function<void()> accepted,
                 std::function<void()> declined)
{
    auto *box
        = new QMessageBox(question.icon, question.title, question.text, QMessageBox::Cancel, parent);
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

} // namespace Vireo::Ui::Confirm
