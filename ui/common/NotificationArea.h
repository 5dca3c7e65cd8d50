#pragma once

#include "core/Failure.h"

#include <QWidget>

class QFrame;
class QVBoxLayout;

namespace Vireo::Ui {

/// Non-modal notices at the bottom of the main window: an error never blocks the window. Each
/// shows a one-line summary, the full text one click away, and stays until dismissed (the oldest
/// go when too many pile up).
class NotificationArea : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationArea(QWidget *parent = nullptr);

    void showError(const QString &summary, const QString &detail);
    /// A failure as Feedback presents it: its summary, the detail one click away.
    void showFailure(const Failure &failure);
    void showInfo(const QString &text);
    /// The notices currently shown, summary and detail, newest last.
    QStringList messages() const;
    void clear();

private:
    void dismiss(QFrame *notice);
    void add(const QString &summary, const QString &detail, bool error);

    QVBoxLayout *m_layout;
};

} // namespace Vireo::Ui
