#pragma once

#include "snapshots/Snapshots.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// The snapshots of the selected VM as a tree (thumbnail, name, time, state, size, description)
/// with take, revert, delete, delete with children and edit description. Every action runs on
/// the connection's worker; confirmations say what will be lost.
class SnapshotsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotsPanel(QWidget *parent = nullptr);

    /// Shows this domain's snapshots (an empty uuid: none).
    void setDomain(Connection *connection, const QString &uuid);
    QString uuid() const { return m_uuid; }
    /// Reads the snapshots again.
    void reload();
    QTreeWidget *tree() const { return m_tree; }
    QList<SnapshotInfo> snapshots() const { return m_snapshots; }
    /// The snapshot selected in the tree, empty when none.
    QString selectedName() const;
    bool selectSnapshot(const QString &name);
    bool isBusy() const { return m_busy; }

    QAction *takeAction() const { return m_take; }
    QAction *revertAction() const { return m_revert; }
    QAction *deleteAction() const { return m_delete; }
    QAction *deleteTreeAction() const { return m_deleteTree; }
    QAction *describeAction() const { return m_describe; }
    QAction *makeTemplateAction() const { return m_makeTemplate; }

Q_SIGNALS:
    /// A list finished loading (after every reload).
    void loaded();
    /// An action ended: ok, or the error in words.
    void actionFinished(bool ok, const QString &error);

private:
    void fill();
    void updateActions();
    void run(Operation *op, const QString &busyText);
    void askTake();
    void askRevert();
    void askDelete(bool withChildren);
    void askDescription();
    void askMakeTemplate();
    void offerConversion(const QString &why);
    const SnapshotInfo *selected() const;

    QPointer<Connection> m_connection;
    QString m_uuid;
    QList<SnapshotInfo> m_snapshots;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QAction *m_take;
    QAction *m_revert;
    QAction *m_delete;
    QAction *m_deleteTree;
    QAction *m_describe;
    QAction *m_makeTemplate;
    bool m_busy = false;
    int m_generation = 0; // ignores lists that arrive after the domain changed
};

} // namespace Vireo::Ui
