#pragma once

#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Vireo {
class Operation;
}

namespace Vireo::Ui {

/// The Host window pages' status row: what runs (a progress bar and Cancel for a transfer), how
/// the last job ended (its failure's summary, the detail as tooltip), and the question asked
/// when the engine says a change needs confirming (a network that running VMs use).
class JobRow : public QWidget
{
    Q_OBJECT
public:
    explicit JobRow(QWidget *parent = nullptr);

    /// Follows `op`. Success: `done` with its value. A failure of kind NeedsConfirmation with a
    /// `retry`: asks (a message box named "confirm") and, on Yes, follows what retry() starts.
    /// Any other failure: shown in the row.
    void run(Operation *op, std::function<void(const QVariant &)> done = {},
             std::function<Operation *()> retry = {});
    bool isBusy() const { return !m_running.isNull(); }
    /// Says something in the row (a success, a hint); empty clears it.
    void say(const QString &text);

    QLabel *status() const { return m_status; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// A job this row followed ended (after any question asked about it).
    void finished(bool ok);

private:
    QLabel *m_status;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPointer<Operation> m_running;
};

} // namespace Vireo::Ui
