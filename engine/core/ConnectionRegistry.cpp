#include "core/ConnectionRegistry.h"

#include "core/Connection.h"

namespace Vireo {

ConnectionRegistry::ConnectionRegistry(QObject *parent)
    : QObject(parent)
{
}

Connection *ConnectionRegistry::add(const QString &uri, bool readOnly)
{
    if (Connection *existing = find(uri))
        return existing;
    auto *c = new Connection(uri, readOnly, this);
    m_connections << c;
    Q_EMIT added(c);
    c->open();
    return c;
}

void ConnectionRegistry::remove(Connection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    Q_EMIT removed(connection);
    connection->close();
    connection->deleteLater();
}

void ConnectionRegistry::clear()
{
    const QList<Connection *> all = m_connections;
    for (Connection *c : all) {
        m_connections.removeOne(c);
        Q_EMIT removed(c);
        delete c;
    }
}

Connection *ConnectionRegistry::find(const QString &uri) const
{
    for (Connection *c : m_connections) {
        if (c->uri() == uri.trimmed())
            return c;
    }
    return nullptr;
}

} // namespace Vireo
