#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Vireo {
class Connection;
class ConnectionRegistry;
} // namespace Vireo

namespace Vireo::Ui {

/// A strip above the library that appears while any connection is not connected: which one, its
/// state ("Not responding", "Reconnecting"...), why, and a button to reconnect now.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(ConnectionRegistry *registry, QWidget *parent = nullptr);

    QString text() const;

private:
    void watch(Connection *connection);
    void update();

    ConnectionRegistry *m_registry;
    QLabel *m_label;
    QPushButton *m_reconnect;
    Connection *m_shown = nullptr;
};

} // namespace Vireo::Ui
