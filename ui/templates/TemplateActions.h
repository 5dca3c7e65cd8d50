#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Vireo {
class Connection;
class DisposableKeeper;
class Operation;
struct DomainInfo;
} // namespace Vireo

namespace Vireo::Ui {

/// The library's template and clone actions (Machine menu and a machine's context menu): Run
/// Disposable, Clone, New Instances, Make Template, Convert to VM, Flatten, Edit Template (and
/// on its edit: Save Edit, Discard Edit), Show Lineage. Each is
/// enabled for what the selected machine is (a template, an instance, shut off or not) with the
/// reason as its tooltip, asks what it needs in a dialog, and hands the operation to `watch` (the
/// window's presenter).
class TemplateActions : public QObject
{
    Q_OBJECT
public:
    TemplateActions(QWidget *window, std::function<void(Operation *)> watch);

    void addTo(QMenu *menu) const;
    void updateFor(Connection *connection, const DomainInfo *domain);
    QAction *clone() const { return m_clone; }
    QAction *newInstances() const { return m_newInstances; }
    QAction *makeTemplate() const { return m_make; }
    QAction *convertToVm() const { return m_unmake; }
    QAction *flatten() const { return m_flatten; }
    QAction *runDisposable() const { return m_runDisposable; }
    QAction *showLineage() const { return m_lineage; }
    QAction *editTemplate() const { return m_editTemplate; }
    QAction *saveEdit() const { return m_saveEdit; }
    QAction *discardEdit() const { return m_discardEdit; }

    /// Whether the window may close: when this process has disposable runs, asks first (they
    /// are stopped and removed when Vireo quits).
    static bool mayQuit(QWidget *window, const DisposableKeeper *keeper);

Q_SIGNALS:
    /// A disposable run or a template's edit started: its console should show.
    void consoleWanted(Vireo::Connection *connection, const QString &uuid);

private:
    void openCloneDialog(bool instances);
    /// Watches an operation that starts a VM, and asks for its console once it is listed.
    void startThenShow(Operation *op);
    void endEdit(bool save);

    QWidget *m_window;
    std::function<void(Operation *)> m_watch;
    QPointer<Connection> m_connection;
    QString m_uuid;
    QAction *m_clone;
    QAction *m_newInstances;
    QAction *m_make;
    QAction *m_unmake;
    QAction *m_flatten;
    QAction *m_runDisposable;
    QAction *m_editTemplate;
    QAction *m_saveEdit;
    QAction *m_discardEdit;
    QAction *m_lineage;
};

} // namespace Vireo::Ui
