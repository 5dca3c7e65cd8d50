#include "ui/host/JobRow.h"

#include "core/Operation.h"
#include "ui/common/Confirm.h"
#include "ui/common/Feedback.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

namespace Vireo::Ui {

JobRow::JobRow(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_bar->setMaximumWidth(220);
    m_bar->hide();
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_cancel->hide();
    layout->addWidget(m_status, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel();
    });
}

void JobRow::say(const QString &text)
{
    m_status->setStyleSheet({});
    m_status->setToolTip({});
    m_status->setText(text);
}

void JobRow::run(Operation *op, std::function<void(const QVariant &)> done,
                 std::function<Operation *()> retry)
{
    m_running = op;
    say(op->title() + QStringLiteral("..."));
    m_bar->setValue(0);
    m_bar->setVisible(op->isCancellable());
    m_cancel->setVisible(op->isCancellable());
    connect(op, &Operation::cancellableChanged, this, [this](bool can) {
        m_bar->setVisible(can);
        m_cancel->setVisible(can);
    });
    connect(op, &Operation::progress, this, [this](int percent, const QString &text) {
        m_bar->show();
        m_bar->setValue(percent);
        if (!text.isEmpty())
            say(text);
    });
    connect(op, &Operation::finished, this, [this, op, done, retry](bool ok, const QString &) {
        if (m_running == op)
            m_running = nullptr;
        m_bar->hide();
        m_cancel->hide();
        const Failure why = op->failure();
        const QVariant value = op->value();
        if (ok) {
            say(tr("%1: done.").arg(op->title()));
            if (done)
                done(value);
            Q_EMIT finished(true);
            return;
        }
        if (why.kind == Failure::Kind::NeedsConfirmation && retry) {
            say({});
            Confirm::ask(
                window(),
                {op->title(),
                 why.text(),
                 {},
                 op->title(),
                 QStringLiteral("confirm"),
                 QMessageBox::Question},
                [this, done, retry] { run(retry(), done); },
                [this] {
                    say(tr("Nothing was changed."));
                    Q_EMIT finished(false);
                });
            return;
        }
        Feedback::show(m_status, why);
        Q_EMIT finished(false);
    });
}

} // namespace Vireo::Ui
