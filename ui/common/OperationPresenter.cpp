#include "ui/common/OperationPresenter.h"

#include "core/Operation.h"
#include "ui/common/NotificationArea.h"

#include <QPushButton>
#include <QStatusBar>

namespace Vireo::Ui {

OperationPresenter::OperationPresenter(QStatusBar *statusBar, NotificationArea *notices,
                                       QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_notices(notices)
    , m_cancelButton(new QPushButton(tr("Cancel"), statusBar))
{
    m_cancelButton->setObjectName(QStringLiteral("cancelOperation"));
    m_cancelButton->hide();
    statusBar->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancellable)
            m_cancellable->cancel();
    });
}

void OperationPresenter::watch(Operation *op)
{
    m_statusBar->showMessage(op->title() + QStringLiteral("..."));
    connect(op, &Operation::progress, this, [this, title = op->title()](int, const QString &text) {
        m_statusBar->showMessage(title + QStringLiteral("... ") + text);
    });
    // One button cancels the latest operation that can be cancelled (a save).
    connect(op, &Operation::cancellableChanged, this, [this, op](bool cancellable) {
        if (cancellable) {
            m_cancellable = op;
            m_cancelButton->setToolTip(tr("Cancel: %1").arg(op->title()));
        } else if (m_cancellable == op) {
            m_cancellable = nullptr;
        }
        m_cancelButton->setVisible(m_cancellable != nullptr);
    });
    connect(op, &QObject::destroyed, this,
            [this] { m_cancelButton->setVisible(m_cancellable != nullptr); });
    connect(op, &Operation::finished, this, [this, op, title = op->title()](bool ok) {
        if (ok) {
            m_statusBar->showMessage(tr("%1: done.").arg(title), 4000);
        } else {
            m_statusBar->clearMessage();
            if (!op->isFailureToldElsewhere())
                m_notices->showFailure(op->failure());
        }
    });
}

} // namespace Vireo::Ui
