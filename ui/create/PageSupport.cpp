#include "ui/create/PageSupport.h"

#include "ui/common/Tint.h"

#include <QRadioButton>

#include <QFile>
#include <QLabel>
#include <QPalette>

namespace Vireo::Ui {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    Tint::apply(label, Tint::Role::ErrorText);
    label->hide();
    return label;
}

void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool looksLikeIso(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(16 * 2048 + 1))
        return false;
    return f.read(5) == "CD001";
}

bool focusFirstControl(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w) || !w->isVisibleTo(page) || !w->isEnabled()
            || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        const auto *radio = qobject_cast<const QRadioButton *>(w);
        if (radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        w->setFocus(Qt::TabFocusReason);
        return true;
    }
    return false;
}

} // namespace Vireo::Ui
