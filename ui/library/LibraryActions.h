#pragma once

#include "domains/ActionRules.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

class QAction;
class QMenu;
class QToolBar;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// The library's lifecycle actions with their shortcuts, kept enabled only where they make sense
/// for the selected machine; a disabled action's tooltip says why.
class LibraryActions : public QObject
{
    Q_OBJECT
public:
    explicit LibraryActions(QObject *parent = nullptr);

    QAction *action(DomainAction which) const { return m_actions.value(int(which)); }
    QList<QAction *> all() const;
    void addTo(QMenu *menu) const;
    void addTo(QToolBar *toolBar) const;
    /// Enables what is valid for this domain on this connection; none when domain is null.
    void updateFor(const Connection *connection, const DomainInfo *domain);
    /// Several machines selected: the actions that apply to many, enabled when at least one of
    /// them can; the others disabled ("Select one machine").
    void updateForMany(const QList<QPair<const Connection *, const DomainInfo *>> &vms);

Q_SIGNALS:
    void triggered(Vireo::DomainAction action);

private:
    QHash<int, QAction *> m_actions;
};

} // namespace Vireo::Ui
