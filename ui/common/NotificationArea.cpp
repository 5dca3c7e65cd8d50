#include "ui/common/NotificationArea.h"

#include "ui/common/Tint.h"

#include "ui/common/Feedback.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

constexpr int kMaxNotices = 4;
constexpr int kInfoTimeoutMs = 6000;

} // namespace

NotificationArea::NotificationArea(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("notifications"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    hide();
}

void NotificationArea::showError(const QString &summary, const QString &detail)
{
    add(summary, detail, true);
}

void NotificationArea::showFailure(const Failure &failure)
{
    add(Feedback::summaryOf(failure), Feedback::detailOf(failure), true);
}

void NotificationArea::showInfo(const QString &text)
{
    add(text, {}, false);
}

QStringList NotificationArea::messages() const
{
    QStringList list;
    for (QFrame *f : findChildren<QFrame *>(QStringLiteral("notice"), Qt::FindDirectChildrenOnly)) {
        if (!f->property("dismissed").toBool())
            list << f->property("message").toString();
    }
    return list;
}

void NotificationArea::clear()
{
    for (QFrame *f : findChildren<QFrame *>(QStringLiteral("notice"), Qt::FindDirectChildrenOnly))
        delete f;
    hide();
}

void NotificationArea::dismiss(QFrame *notice)
{
    notice->setProperty("dismissed", true);
    notice->deleteLater();
    setVisible(!messages().isEmpty());
}

void NotificationArea::add(const QString &summary, const QString &detail, bool error)
{
    auto notices = findChildren<QFrame *>(QStringLiteral("notice"), Qt::FindDirectChildrenOnly);
    if (notices.size() >= kMaxNotices)
        delete notices.first();

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("notice"));
    frame->setProperty("message",
                       detail.isEmpty() ? summary : summary + QLatin1Char('\n') + detail);
    frame->setFrameShape(QFrame::StyledPanel);
    Tint::apply(frame, error ? Tint::Role::ErrorNotice : Tint::Role::InfoNotice);

    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(8, 3, 3, 3);
    auto *text = new QLabel(summary, frame);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(text, 1);
    if (!detail.isEmpty()) {
        auto *more = new QToolButton(frame);
        more->setText(tr("Details"));
        more->setCheckable(true);
        row->addWidget(more);
        connect(more, &QToolButton::toggled, text, [text, summary, detail](bool on) {
            text->setText(on ? summary + QStringLiteral("\n") + detail : summary);
        });
    }
    auto *close = new QToolButton(frame);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    row->addWidget(close);
    connect(close, &QToolButton::clicked, frame, [this, frame] { dismiss(frame); });
    if (!error)
        QTimer::singleShot(kInfoTimeoutMs, frame, [this, frame] { dismiss(frame); });
    m_layout->addWidget(frame);
    show();
}

} // namespace Vireo::Ui
