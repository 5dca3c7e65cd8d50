#include "ui/common/Feedback.h"

#include "ui/common/Tint.h"

#include "core/Operation.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>

namespace Vireo::Ui::Feedback {

QString summaryOf(const Failure &failure)
{
    if (!failure.summary.isEmpty())
        return failure.summary;
    return failure.detail.section(QLatin1Char('\n'), 0, 0);
}

QString detailOf(const Failure &failure)
{
    return failure.detail.isEmpty() ? failure.summary : failure.detail;
}

void show(QLabel *label, const Failure &failure)
{
    if (!failure.failed()) {
        label->clear();
        label->setToolTip({});
        return;
    }
    Tint::apply(label, Tint::Role::ErrorText);
    label->setText(failure.text());
    label->setToolTip(detailOf(failure));
}

void applyThenAccept(QDialog *dialog, QAbstractButton *button, QLabel *message, Operation *op,
                     const std::function<void(const QString &)> &done)
{
    button->setEnabled(false);
    message->setText(QCoreApplication::translate("Feedback", "Applying..."));
    QObject::connect(op, &Operation::finished, dialog,
                     [dialog, button, message, op, done](bool ok) {
                         button->setEnabled(true);
                         if (!ok) {
                             show(message, op->failure());
                             return;
                         }
                         done(op->value().toString());
                         dialog->accept();
                     });
}

} // namespace Vireo::Ui::Feedback
