#pragma once

#include <QList>
#include <QObject>

namespace Vireo {

class Connection;

/// The set of open connections. Each URI appears once.
class ConnectionRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionRegistry(QObject *parent = nullptr);

    /// Adds and opens a connection; returns the existing one when the URI is already there.
    Connection *add(const QString &uri, bool readOnly);
    void remove(Connection *connection);
    /// Closes and deletes every connection now (at exit).
    void clear();
    Connection *find(const QString &uri) const;
    QList<Connection *> connections() const { return m_connections; }

Q_SIGNALS:
    void added(Vireo::Connection *connection);
    void removed(Vireo::Connection *connection);

private:
    QList<Connection *> m_connections;
};

} // namespace Vireo
