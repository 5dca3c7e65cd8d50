#pragma once

#include <QObject>
#include <QPointer>

class QPushButton;
class QStatusBar;

namespace Vireo {
class Operation;
}

namespace Vireo::Ui {

class NotificationArea;

/// Shows operations while they run and how they ended, one way for the whole window: the title
/// and progress in the status bar, one Cancel button there for the latest operation that can be
/// cancelled (a save), "done" when it succeeded, and a notice when it failed (the failure's
/// summary, its detail one click away; see Feedback).
class OperationPresenter : public QObject
{
    Q_OBJECT
public:
    OperationPresenter(QStatusBar *statusBar, NotificationArea *notices, QObject *parent = nullptr);

    void watch(Operation *operation);
    QPushButton *cancelButton() const { return m_cancelButton; }

private:
    QStatusBar *m_statusBar;
    NotificationArea *m_notices;
    QPushButton *m_cancelButton;
    QPointer<Operation> m_cancellable;
};

} // namespace Vireo::Ui
