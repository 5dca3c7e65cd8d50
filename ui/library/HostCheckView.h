#pragma once

#include "host/HostCheck.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace Vireo {
class Connection;
}

namespace Vireo::Ui {

/// The host check (HostCheck) as a list: one line per check with its state, what was found,
/// a Fix button where Vireo can fix it (start the default network, create the pool) and the
/// exact command, selectable, where it cannot. Checks again after a fix.
class HostCheckView : public QWidget
{
    Q_OBJECT
public:
    explicit HostCheckView(QWidget *parent = nullptr);

    /// Checks `connection`'s host (the daemon and KVM only when it is not connected).
    void check(Connection *connection);
    QList<HostCheckItem> items() const { return m_items; }
    /// The Fix button of a check ("network", "pool"), null when it has none.
    QPushButton *fixButton(const QString &key) const;

Q_SIGNALS:
    void checked();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void show(const QList<HostCheckItem> &items);
    void fitHeight();

    QPointer<Connection> m_connection;
    QList<HostCheckItem> m_items;
    QVBoxLayout *m_rows;
    QWidget *m_list = nullptr;
    int m_generation = 0; // answers of earlier checks are dropped
};

} // namespace Vireo::Ui
