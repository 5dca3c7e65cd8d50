#include "ui/common/Feedback.h"

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
        label->setStyleSheet({});
        return;
    }
    label->setStyleSheet(QStringLiteral("color: #b02020"));
    label->setText(failure.text());
    label->setToolTip(detailOf(failure));
}

} // namespace Vireo::Ui::Feedback
