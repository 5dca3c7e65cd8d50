#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QTreeWidget;

namespace Vireo {
class Connection;
struct LineageTree;
} // namespace Vireo

namespace Vireo::Ui {

/// The lineage of a template, as a tree: the template and its disks, then each instance (linked
/// or full, running or not, from which snapshot) with its disks, each disk with its backing
/// chain down to the template's image and the space each image takes on the host. Read on the
/// connection's worker; Refresh reads it again.
class LineageDialog : public QDialog
{
    Q_OBJECT
public:
    LineageDialog(Connection *connection, const QString &templateUuid, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// Reads the lineage again (the dialog does once when made).
    void refresh();

Q_SIGNALS:
    /// The tree has been filled (after each refresh).
    void loaded();

private:
    void fill(const LineageTree &lineage);

    QPointer<Connection> m_connection;
    QString m_uuid;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace Vireo::Ui
