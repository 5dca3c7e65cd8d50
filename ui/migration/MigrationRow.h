#pragma once

#include "migration/Migration.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Vireo {
class Connection;
class Operation;
} // namespace Vireo

namespace Vireo::Ui {

/// A graph of how much a migration has left over time (memory and disk together), drawn with
/// the window's palette: a line that falls to zero is a migration that converges.
class RemainingGraph : public QWidget
{
    Q_OBJECT
public:
    explicit RemainingGraph(QWidget *parent = nullptr);
    void add(qint64 elapsedMs, quint64 remaining);
    int sampleCount() const { return int(m_samples.size()); }
    qint64 lastElapsedMs() const { return m_samples.isEmpty() ? 0 : m_samples.last().first; }
    QSize sizeHint() const override { return {320, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<qint64, quint64>> m_samples;
};

/// One VM's migration in the Migrate dialog: its bars, figures and graph, Cancel, and Switch to
/// Post-Copy (offered when it does not converge and post-copy was allowed).
class MigrationRow : public QFrame
{
    Q_OBJECT
public:
    MigrationRow(Connection *source, const QString &uuid, const QString &name,
                 const QString &destinationUri, const QString &destinationName,
                 const MigrationOptions &options, QWidget *parent = nullptr);

    Operation *operation() const { return m_operation; }
    QString name() const { return m_name; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_ok; }
    QString outcome() const;
    QProgressBar *memoryBar() const { return m_memory; }
    QProgressBar *diskBar() const { return m_disk; }
    QLabel *figures() const { return m_figures; }
    QLabel *warning() const { return m_warning; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *postCopyButton() const { return m_switch; }
    RemainingGraph *graph() const { return m_graph; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void show(const MigrationProgress &p);

    QPointer<Connection> m_source;
    QString m_uuid;
    QString m_name;
    QString m_destination;     // its URI
    QString m_destinationName; // what the user knows it by
    QPointer<Operation> m_operation;
    QLabel *m_title;
    QProgressBar *m_memory;
    QProgressBar *m_disk;
    QLabel *m_figures;
    QLabel *m_warning;
    RemainingGraph *m_graph;
    QPushButton *m_cancel;
    QPushButton *m_switch;
    QString m_error;
    quint64 m_downtimeMs = 0;
    bool m_postCopyAllowed = false;
    bool m_finished = false;
    bool m_ok = false;
};

} // namespace Vireo::Ui
