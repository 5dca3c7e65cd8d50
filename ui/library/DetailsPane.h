#pragma once

#include "domains/DomainInfo.h"

#include <QWidget>

class QLabel;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// What the library knows of the selected machine: identity, state and why, OS, hardware, and
/// where its console listens. Read from the cache only.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showDomain(const Connection *connection, const DomainInfo &domain);
    void showConnection(const Connection *connection);
    void showNothing();
    /// Several machines selected: how many, in which states, on which hosts, and what applies.
    void showMany(const QList<QPair<const Connection *, const DomainInfo *>> &vms);
    QString text() const;
    /// How often the pane was filled (each time rebuilds its whole text).
    int fills() const { return m_fills; }

private:
    void setRows(const QString &heading, const QList<QPair<QString, QString>> &rows);

    QLabel *m_content;
    int m_fills = 0;
};

} // namespace Vireo::Ui
