#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPoint>
#include <functional>

class QAction;
class QMimeData;
class QTreeView;
class QWidget;

namespace Vireo {
class Connection;
class ConnectionRegistry;
class DomainListModel;
class Operation;
} // namespace Vireo

namespace Vireo::Ui {

class LibraryProxyModel;
class MigrateDialog;

/// Migrate... for the library window: the action (Machine menu, context menu, toolbar) for the
/// selected machines, dragging a machine onto another connection's group, and what follows a
/// move: the machine's console window shows it on the destination, whose connection is added
/// when it was typed as a new URI.
class MigrationActions : public QObject
{
    Q_OBJECT
public:
    using Vms = QList<QPair<Connection *, QString>>;
    MigrationActions(QWidget *window, ConnectionRegistry *registry, QTreeView *view,
                     DomainListModel *model, LibraryProxyModel *proxy,
                     std::function<void(Operation *)> watch);

    QAction *migrate() const { return m_migrate; }
    /// Enables Migrate... for these machines (the selection), with the reason when it cannot.
    void updateFor(const Vms &vms);
    /// Opens the dialog for these machines, with a destination chosen when not empty.
    MigrateDialog *openDialog(const Vms &vms, const QString &destinationUri = {});
    /// What a drag of these machines carries (dropped on a connection's row, it opens the
    /// dialog with that destination).
    static QMimeData *mimeData(const Vms &vms);

Q_SIGNALS:
    /// A destination that is no connection of Vireo's yet (the app adds and remembers it).
    void connectionWanted(const QString &uri);
    /// A machine now runs on `destination` (to select its row there).
    void moved(Vireo::Connection *destination, const QString &uuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(const QString &uuid, const QString &destinationUri);
    Connection *connectionUnder(const QPoint &pos) const;

    QWidget *m_window;
    ConnectionRegistry *m_registry;
    QTreeView *m_view;
    DomainListModel *m_model;
    LibraryProxyModel *m_proxy;
    std::function<void(Operation *)> m_watch;
    QAction *m_migrate;
    Vms m_selection;
    QPoint m_pressAt;
};

} // namespace Vireo::Ui
