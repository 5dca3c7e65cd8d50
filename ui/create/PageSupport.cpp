#include "ui/create/PageSupport.h"

#include <QFile>
#include <QLabel>
#include <QPalette>

namespace Vireo::Ui {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(pal);
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

} // namespace Vireo::Ui
